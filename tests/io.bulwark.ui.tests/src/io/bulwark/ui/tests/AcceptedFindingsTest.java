package io.bulwark.ui.tests;

import static io.bulwark.ui.tests.Workbench.lineOf;
import static io.bulwark.ui.tests.Workbench.markers;
import static io.bulwark.ui.tests.Workbench.page;
import static io.bulwark.ui.tests.Workbench.screenshot;
import static io.bulwark.ui.tests.Workbench.text;
import static io.bulwark.ui.tests.Workbench.ui;
import static io.bulwark.ui.tests.Workbench.uiRun;
import static io.bulwark.ui.tests.Workbench.waitForBuild;
import static io.bulwark.ui.tests.Workbench.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.bulwark.ui.builder.BulwarkMarkers;
import io.bulwark.ui.wizards.ExampleProjects;

/**
 * A finding accepted by a {@code // bulwark:accept CODE "reason"} comment is never hidden in the IDE: its marker is
 * an "accepted" marker at info severity with the reason in its message, whose annotation is grey; the other findings
 * keep their severity, and an acceptance that matches nothing is a warning.
 */
@ExtendWith(Leftovers.class)
class AcceptedFindingsTest {

    private static final String REASON = "a second radar is budgeted for 2027";

    @Test
    void anAcceptedFindingIsAGreyedMarkerWithItsReason() throws Exception {
        IProject project = ExampleProjects.createExample("accept-test", new NullProgressMonitor());
        IFile korea = project.getFile(ExampleProjects.EXAMPLE_SCENARIO);
        waitForBuild();
        String text = text(korea);
        int radarLine = lineOf(text, "radar TPY2_Seongju");
        assertEquals(IMarker.SEVERITY_WARNING, singlePointOfFailureAt(korea, radarLine).getAttribute(IMarker.SEVERITY, -1));

        // accept the radar's single point of failure; a second acceptance above Busan matches nothing
        write(korea, text.replace("radar TPY2_Seongju", "// bulwark:accept BULWARK-COV-007 \"" + REASON + "\"\nradar TPY2_Seongju")
                .replace("asset Busan", "// bulwark:accept BULWARK-COV-001 \"covered anyway\"\nasset Busan"));
        waitForBuild();
        String accepted = text(korea);
        IMarker radar = singlePointOfFailureAt(korea, lineOf(accepted, "radar TPY2_Seongju"));
        assertEquals(BulwarkMarkers.ACCEPTED, radar.getType());
        assertEquals(IMarker.SEVERITY_INFO, radar.getAttribute(IMarker.SEVERITY, -1));
        assertEquals(REASON, radar.getAttribute(BulwarkMarkers.REASON, ""));
        String message = radar.getAttribute(IMarker.MESSAGE, "");
        assertTrue(message.startsWith("[BULWARK-COV-007] ") && message.endsWith(" (accepted: " + REASON + ")"), message);
        assertEquals("io.bulwark.ui.acceptedAnnotation", EditorsUI.getAnnotationTypeLookup().getAnnotationType(radar));
        // the others keep their severity; the acceptance that matches nothing is a warning at its line
        IMarker seoul = markers(korea).stream().filter(m -> BulwarkMarkers.code(m).equals("BULWARK-COV-001")
                && m.getAttribute(IMarker.LINE_NUMBER, -1) == lineOf(accepted, "asset Seoul")).findFirst().orElseThrow();
        assertEquals(IMarker.SEVERITY_ERROR, seoul.getAttribute(IMarker.SEVERITY, -1));
        assertEquals(BulwarkMarkers.PROBLEM, seoul.getType());
        IMarker stale = markers(korea).stream().filter(m -> BulwarkMarkers.code(m).equals("BULWARK-REF-008")).findFirst().orElseThrow();
        assertEquals(lineOf(accepted, "// bulwark:accept BULWARK-COV-001"), stale.getAttribute(IMarker.LINE_NUMBER, -1));
        assertEquals(IMarker.SEVERITY_WARNING, stale.getAttribute(IMarker.SEVERITY, -1));

        ITextEditor editor = ui(() -> (ITextEditor) IDE.openEditor(page(), radar, true));
        uiRun(() -> editor.selectAndReveal(0, 0));
        uiRun(() -> IDE.gotoMarker(editor, radar));
        Workbench.processEvents(1500);
        screenshot("accepted-finding.png");
    }

    private static IMarker singlePointOfFailureAt(IFile file, int line) throws Exception {
        List<IMarker> markers = markers(file);
        return markers.stream().filter(m -> BulwarkMarkers.code(m).equals("BULWARK-COV-007") && m.getAttribute(IMarker.LINE_NUMBER, -1) == line)
                .findFirst().orElseThrow(() -> new AssertionError("no BULWARK-COV-007 on line " + line + ": " + markers.stream()
                        .map(m -> BulwarkMarkers.code(m) + "@" + m.getAttribute(IMarker.LINE_NUMBER, -1)).toList()));
    }
}
