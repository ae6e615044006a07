package io.bulwark.ui.tests;

import static io.bulwark.ui.tests.Workbench.await;
import static io.bulwark.ui.tests.Workbench.lineOf;
import static io.bulwark.ui.tests.Workbench.markers;
import static io.bulwark.ui.tests.Workbench.page;
import static io.bulwark.ui.tests.Workbench.screenshot;
import static io.bulwark.ui.tests.Workbench.text;
import static io.bulwark.ui.tests.Workbench.ui;
import static io.bulwark.ui.tests.Workbench.uiRun;
import static io.bulwark.ui.tests.Workbench.waitForBuild;
import static io.bulwark.ui.tests.Workbench.waitForJobs;
import static io.bulwark.ui.tests.Workbench.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.jface.text.ITextOperationTarget;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import io.bulwark.dsl.validation.IssueCodes;
import io.bulwark.ui.BulwarkPerspective;
import io.bulwark.ui.builder.BulwarkMarkers;
import io.bulwark.ui.builder.BulwarkNature;
import io.bulwark.ui.editor.BulwarkContentAssistProcessor;
import io.bulwark.ui.editor.BulwarkDocuments;
import io.bulwark.ui.editor.BulwarkHandlers;
import io.bulwark.ui.editor.BulwarkHyperlinkDetector;
import io.bulwark.ui.editor.BulwarkOutlinePage;
import io.bulwark.ui.editor.BulwarkTextHover;
import io.bulwark.ui.editor.OutlineNode;
import io.bulwark.ui.preferences.BulwarkPreferences;
import io.bulwark.ui.view.CoverageView;
import io.bulwark.ui.view.ScenarioAnalysis;
import io.bulwark.ui.wizards.ExampleProjects;

/**
 * The Bulwark integration in a real workbench: the Korea 2016 example installed by the example wizard's
 * operation, built by the workspace, edited through the generic editor with the language's services.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(Leftovers.class)
class BulwarkWorkbenchTest {

    private static final String PROJECT = "korea-test";

    private IProject project;
    private IFile korea;

    @BeforeAll
    void installTheExample() throws Exception {
        project = ExampleProjects.createExample(PROJECT, new NullProgressMonitor());
        korea = project.getFile(ExampleProjects.EXAMPLE_SCENARIO);
        waitForBuild();
    }

    @Test
    @Order(1)
    void exampleProjectHasTheNatureAndEveryExampleFile() throws Exception {
        assertTrue(project.hasNature(BulwarkNature.ID));
        for (String path : List.of("korea2016.bulwark", "minimal.bulwark", "sharing.bulwark", "catalog/systems.bulwark")) {
            assertTrue(project.getFile(path).exists(), path + " should have been installed");
        }
    }

    @Test
    @Order(2)
    void buildMarksTheKnownFindingsOnTheirLines() throws Exception {
        String text = text(korea);
        List<IMarker> markers = markers(korea);
        assertMarker(markers, "BULWARK-COV-001", lineOf(text, "asset Seoul"), IMarker.SEVERITY_ERROR);
        assertMarker(markers, "BULWARK-COV-001", lineOf(text, "asset Pyeongtaek"), IMarker.SEVERITY_ERROR);
        assertMarker(markers, "BULWARK-COV-002", lineOf(text, "raid North1"), IMarker.SEVERITY_ERROR);
        assertMarker(markers, "BULWARK-COV-007", lineOf(text, "radar TPY2_Seongju"), IMarker.SEVERITY_WARNING);
        IMarker seoul = markers.stream().filter(m -> BulwarkMarkers.code(m).equals("BULWARK-COV-001")
                && m.getAttribute(IMarker.LINE_NUMBER, -1) == lineOf(text, "asset Seoul")).findFirst().orElseThrow();
        assertTrue(seoul.getAttribute(IMarker.MESSAGE, "").contains("Seoul"), seoul.getAttribute(IMarker.MESSAGE, ""));
        assertFalse(BulwarkMarkers.data(seoul).isEmpty(), "a finding's data should be on its marker");
        assertTrue(BulwarkMarkers.data(seoul).stream().allMatch(entry -> entry.contains("=")), "data are key=value");
        // no language errors anywhere in the example: only findings
        for (IFile file : List.of(korea, project.getFile("catalog/systems.bulwark"), project.getFile("sharing.bulwark"))) {
            for (IMarker marker : markers(file)) {
                assertTrue(BulwarkMarkers.code(marker).startsWith("BULWARK-COV-"),
                        file.getName() + ":" + marker.getAttribute(IMarker.LINE_NUMBER, -1) + " " + marker.getAttribute(IMarker.MESSAGE, ""));
            }
        }
        assertTrue(markers(project.getFile("catalog/systems.bulwark")).isEmpty());
    }

    private static void assertMarker(List<IMarker> markers, String code, int line, int severity) {
        boolean found = markers.stream().anyMatch(m -> BulwarkMarkers.code(m).equals(code)
                && m.getAttribute(IMarker.LINE_NUMBER, -1) == line && m.getAttribute(IMarker.SEVERITY, -1) == severity);
        assertTrue(found, code + " expected on line " + line + "; markers: " + markers.stream()
                .map(m -> BulwarkMarkers.code(m) + "@" + m.getAttribute(IMarker.LINE_NUMBER, -1)).toList());
    }

    @Test
    @Order(3)
    void unitQuickFixAddsOnlyTheUnitAndKeepsComments() throws Exception {
        String original = """
                // Scratch catalog: the comments must survive the quick fix.
                package scratch

                missile Nodong {
                    reach 1300   // km, but the unit was forgotten
                    rcs 0.5 m2   /* keep me */
                }
                """;
        IFile file = project.getFile("units.bulwark");
        write(file, original);
        waitForBuild();
        IMarker marker = markers(file).stream().filter(m -> BulwarkMarkers.code(m).equals(IssueCodes.MISSING_UNIT)).findFirst()
                .orElseThrow(() -> new AssertionError("no missing-unit marker: " + markersOf(file)));
        assertEquals(lineOf(original, "reach 1300"), marker.getAttribute(IMarker.LINE_NUMBER, -1));
        IMarkerResolution[] resolutions = ui(() -> IDE.getMarkerHelpRegistry().getResolutions(marker));
        List<String> labels = Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList();
        assertEquals(List.of("Add unit 'km'", "Add unit 'm'", "Add unit 'nmi'"), labels);
        uiRun(() -> resolutions[0].run(marker));
        assertEquals(original.replace("reach 1300   //", "reach 1300 km   //"), text(file));
        waitForBuild();
        assertTrue(markers(file).isEmpty(), "fixed file should be clean: " + markersOf(file));
    }

    @Test
    @Order(4)
    void sharingPathQuickFixAddsTheAgreementFromTheFindingData() throws Exception {
        IFile file = project.getFile("sharing-fix.bulwark");
        String original = text(project.getFile("sharing.bulwark")).replace("scenario Sharing", "scenario SharingFix");
        write(file, original);
        waitForBuild();
        int line = lineOf(original, "force ROK");
        IMarker marker = file.createMarker(BulwarkMarkers.PROBLEM, Map.of(IMarker.LINE_NUMBER, line, IMarker.SEVERITY,
                IMarker.SEVERITY_WARNING, IMarker.CHAR_START, original.indexOf("ROK"), IMarker.CHAR_END, original.indexOf("ROK") + 3,
                BulwarkMarkers.CODE, "BULWARK-COV-005", BulwarkMarkers.DATA, "fromForce=ROK\ntoForce=JSDF\nbattery=X"));
        IMarkerResolution[] resolutions = ui(() -> IDE.getMarkerHelpRegistry().getResolutions(marker));
        assertEquals(List.of("Add agreement ROK -> JSDF"), Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList());
        uiRun(() -> resolutions[0].run(marker));
        String usJapan = "agreement US_Japan  { USFK <-> JSDF latency 3 s }";
        assertEquals(original.replace(usJapan, usJapan + "\nagreement ROK_to_JSDF { ROK -> JSDF }"), text(file));
        file.delete(true, null);
    }

    @Test
    @Order(5)
    void ownerReferenceAndWrongUnitQuickFixesEditOnlyTheirText() throws Exception {
        String original = """
                scenario Fixes
                import catalog.*

                force USFK nation "United States"   // the only force
                force ROK

                battery B1 : THAAX {   // a typo in the type
                    at 36.006 N, 128.169 E, 0.68 s
                    interceptors 8
                }
                """;
        IFile file = project.getFile("fixes.bulwark");
        write(file, original);
        waitForBuild();
        IMarker typo = marker(file, IssueCodes.UNKNOWN_REFERENCE);
        assertEquals(lineOf(original, "battery B1"), typo.getAttribute(IMarker.LINE_NUMBER, -1));
        IMarkerResolution change = resolution(typo, "Change to 'THAAD'");
        uiRun(() -> change.run(typo));
        String expected = original.replace(": THAAX {", ": THAAD {");
        assertEquals(expected, text(file));

        waitForBuild();
        IMarker owner = marker(file, IssueCodes.MISSING_OWNER);
        List<String> owners = Arrays.stream(ui(() -> IDE.getMarkerHelpRegistry().getResolutions(owner))).map(IMarkerResolution::getLabel).toList();
        assertEquals(List.of("Add owner USFK", "Add owner ROK"), owners);
        IMarkerResolution addOwner = resolution(owner, "Add owner USFK");
        uiRun(() -> addOwner.run(owner));
        expected = expected.replace("// a typo in the type\n", "// a typo in the type\n    owner USFK\n");
        assertEquals(expected, text(file));

        waitForBuild();
        IMarker unit = marker(file, IssueCodes.WRONG_UNIT);
        IMarkerResolution km = resolution(unit, "Change unit to 'km'");
        uiRun(() -> km.run(unit));
        expected = expected.replace("0.68 s", "0.68 km");
        assertEquals(expected, text(file));
        waitForBuild();
        assertTrue(markers(file).stream().noneMatch(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR
                && !BulwarkMarkers.code(m).startsWith("BULWARK-COV-")), markersOf(file).toString());
        file.delete(true, null);
    }

    @Test
    @Order(10)
    void defaultRequiredNegationPreferenceAppliesToAssetsThatDoNotSay() throws Exception {
        var preferences = org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE.getNode(BulwarkPreferences.QUALIFIER);
        try {
            preferences.putDouble(BulwarkPreferences.DEFAULT_REQUIRED_NEGATION, 0.5);
            ScenarioAnalysis lenient = ScenarioAnalysis.of(korea, text(korea));
            assertTrue(lenient.report().assets().stream().anyMatch(a -> a.asset().equals("Pyeongtaek") && a.covered() && a.required() == 0.5),
                    lenient.report().assets().toString());
            // Busan states 'requires 0.9' and keeps it
            assertTrue(lenient.report().assets().stream().anyMatch(a -> a.asset().equals("Busan") && a.required() == 0.9));
        } finally {
            preferences.remove(BulwarkPreferences.DEFAULT_REQUIRED_NEGATION);
        }
        ScenarioAnalysis strict = ScenarioAnalysis.of(korea, text(korea));
        assertTrue(strict.report().assets().stream().anyMatch(a -> a.asset().equals("Pyeongtaek") && !a.covered()));
    }

    private static IMarker marker(IFile file, String code) throws Exception {
        return markers(file).stream().filter(m -> BulwarkMarkers.code(m).equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " marker: " + markersOf(file)));
    }

    private static IMarkerResolution resolution(IMarker marker, String label) {
        IMarkerResolution[] resolutions = ui(() -> IDE.getMarkerHelpRegistry().getResolutions(marker));
        return Arrays.stream(resolutions).filter(r -> r.getLabel().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + label + "' in " + Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList()));
    }

    private static List<String> markersOf(IFile file) {
        try {
            return markers(file).stream().map(m -> BulwarkMarkers.code(m) + "@" + m.getAttribute(IMarker.LINE_NUMBER, -1) + " "
                    + m.getAttribute(IMarker.MESSAGE, "")).toList();
        } catch (Exception e) {
            return List.of(e.toString());
        }
    }

    @Test
    @Order(6)
    void contentAssistOffersTheRadarTypesOfTheImportedCatalogAndUnits() throws Exception {
        IFile file = project.getFile("assist.bulwark");
        write(file, "scenario Assist\nimport catalog.*\n\nforce F\n\nradar R : ");
        ITextEditor editor = ui(() -> (ITextEditor) IDE.openEditor(page(), file, true));
        ITextViewer viewer = ui(() -> (ITextViewer) editor.getAdapter(ITextOperationTarget.class));
        IDocument document = ui(() -> BulwarkDocuments.document(editor));
        List<String> proposals = ui(() -> Arrays.stream(new BulwarkContentAssistProcessor().computeCompletionProposals(viewer,
                document.getLength())).map(ICompletionProposal::getDisplayString).toList());
        for (String radarType : List.of("AN_TPY_2_TM", "AN_TPY_2_FBM", "GREEN_PINE", "AN_MPQ_65")) {
            assertTrue(proposals.stream().anyMatch(p -> p.startsWith(radarType)), radarType + " expected in " + proposals);
        }
        assertFalse(proposals.stream().anyMatch(p -> p.startsWith("THAAD")), "an interceptor type is no radar type: " + proposals);

        uiRun(() -> document.set("scenario Assist\nimport catalog.*\n\nforce F\n\nradar R : AN_MPQ_65 {\n    facing 330 "));
        List<String> units = ui(() -> Arrays.stream(new BulwarkContentAssistProcessor().computeCompletionProposals(viewer,
                document.getLength())).map(ICompletionProposal::getDisplayString).toList());
        assertTrue(units.get(0).startsWith("deg"), "the angle unit should come first: " + units);
        uiRun(() -> editor.close(false));
        file.delete(true, null);
    }

    @Test
    @Order(7)
    void goToDefinitionOutlineAndReferencesWorkAcrossFiles() throws Exception {
        ITextEditor editor = ui(() -> (ITextEditor) IDE.openEditor(page(), korea, true));
        IDocument document = ui(() -> BulwarkDocuments.document(editor));
        ITextViewer viewer = ui(() -> (ITextViewer) editor.getAdapter(ITextOperationTarget.class));
        int reference = document.get().indexOf(": AN_TPY_2_TM") + 2;
        String hover = ui(() -> new BulwarkTextHover().getHoverInfo(viewer, new Region(reference + 1, 0)));
        assertNotNull(hover, "a hover on the radar type reference");
        assertTrue(hover.contains("AN_TPY_2_TM") && hover.contains("600"), hover);
        IHyperlink[] links = ui(() -> new BulwarkHyperlinkDetector().detectHyperlinks(viewer, new Region(reference, 0), false));
        assertNotNull(links, "a hyperlink on the radar type reference");
        uiRun(() -> links[0].open());
        IEditorPart catalogEditor = ui(() -> page().getActiveEditor());
        assertEquals("systems.bulwark", catalogEditor.getEditorInput().getName());
        String selected = ui(() -> ((ITextSelection) ((ITextEditor) catalogEditor).getSelectionProvider().getSelection()).getText());
        assertEquals("AN_TPY_2_TM", selected);

        IDocument catalog = ui(() -> BulwarkDocuments.document((ITextEditor) catalogEditor));
        int declaration = catalog.get().indexOf("radar AN_TPY_2_TM") + "radar ".length();
        List<String> references = ui(() -> BulwarkHandlers.findReferences(catalog, declaration)).stream().map(Object::toString).toList();
        assertTrue(references.stream().anyMatch(r -> r.startsWith("korea2016.bulwark:") && r.contains("TPY2_Seongju")), references.toString());
        assertTrue(references.stream().anyMatch(r -> r.startsWith("sharing.bulwark:")), references.toString());

        uiRun(() -> page().activate(editor));
        IContentOutlinePage outline = ui(() -> editor.getAdapter(IContentOutlinePage.class));
        assertInstanceOf(BulwarkOutlinePage.class, outline);
        ContentOutline outlineView = ui(() -> (ContentOutline) page().showView(org.eclipse.ui.IPageLayout.ID_OUTLINE));
        uiRun(() -> page().activate(editor));
        List<OutlineNode> nodes = await("the outline of korea2016.bulwark", () -> ui(() -> outlineView.getCurrentPage() instanceof BulwarkOutlinePage page
                ? page.getNodes() : List.<OutlineNode>of()), shown -> shown.stream().anyMatch(n -> n.label().equals("scenario Korea2016")));
        OutlineNode scenario = nodes.stream().filter(n -> n.label().equals("scenario Korea2016")).findFirst().orElseThrow();
        assertTrue(scenario.children().stream().anyMatch(n -> n.label().equals("battery THAAD_Seongju : THAAD")),
                scenario.children().toString());
    }

    @Test
    @Order(8)
    void bulwarkPerspectiveIsTheDefault() {
        assertEquals(BulwarkPerspective.ID, ui(() -> PlatformUI.getWorkbench().getPerspectiveRegistry().getDefaultPerspective()));
    }

    @Test
    @Order(8)
    void semanticHighlightingColoursNamesByWhatTheyName() throws Exception {
        ITextEditor editor = ui(() -> (ITextEditor) IDE.openEditor(page(), korea, true));
        ITextViewer viewer = ui(() -> (ITextViewer) editor.getAdapter(ITextOperationTarget.class));
        String text = text(korea);
        int reference = text.indexOf("TPY2_Seongju", text.indexOf("cued by"));
        int declaration = text.indexOf("radar TPY2_Seongju") + "radar ".length();
        int battery = text.indexOf("battery THAAD_Seongju") + "battery ".length();
        org.eclipse.swt.graphics.RGB radarBlue = new org.eclipse.swt.graphics.RGB(31, 95, 168);
        // a radar reference is radar blue
        await("the semantic highlighting of the radar reference", () -> ui(() -> viewer.getTextWidget().getStyleRangeAtOffset(reference)),
                range -> range != null && range.foreground != null && range.foreground.getRGB().equals(radarBlue));
        org.eclipse.swt.custom.StyleRange declared = ui(() -> viewer.getTextWidget().getStyleRangeAtOffset(declaration));
        assertEquals(radarBlue, declared.foreground.getRGB());
        assertEquals(org.eclipse.swt.SWT.BOLD, declared.fontStyle & org.eclipse.swt.SWT.BOLD, "a declaration is bold");
        org.eclipse.swt.custom.StyleRange batteryStyle = ui(() -> viewer.getTextWidget().getStyleRangeAtOffset(battery));
        assertEquals(new org.eclipse.swt.graphics.RGB(191, 54, 12), batteryStyle.foreground.getRGB(), "a battery is battery orange");
    }

    @Test
    @Order(9)
    void coverageViewShowsTheScenarioTableAndFindings() throws Exception {
        uiRun(() -> {
            var window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
            window.getShell().setBounds(0, 0, 1600, 1000);
            try {
                PlatformUI.getWorkbench().showPerspective(BulwarkPerspective.ID, window);
            } catch (org.eclipse.ui.WorkbenchException e) {
                throw new IllegalStateException(e);
            }
        });
        ITextEditor editor = ui(() -> (ITextEditor) IDE.openEditor(page(), korea, true));
        CoverageView view = ui(() -> (CoverageView) page().showView(CoverageView.ID, null, IWorkbenchPage.VIEW_VISIBLE));
        uiRun(() -> view.showFile(korea));
        // the table, the findings and the map come with the view's analysis; the map once the resized window is laid out
        await("the view's analysis of korea2016.bulwark", () -> ui(view::getHeaderText), header -> header.contains("Korea2016") && header.contains(korea.getFullPath().toString()));
        waitForJobs(CoverageView.FAMILY);
        await("the coverage map", () -> ui(view::hasMap), drawn -> drawn);

        List<List<String>> rows = ui(view::getMatrixRows);
        assertEquals(List.of("Asset", "Required", "North1", "North2", "North3", "North4", "Worst"), rows.get(0));
        assertEquals(List.of("Seoul", "Pyeongtaek", "Daegu", "Busan"), rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList());
        List<String> seoul = rows.get(1);
        assertEquals("0.9", seoul.get(1), "written as the HTML report writes probabilities");
        assertTrue(Double.parseDouble(seoul.get(2)) < 0.9, "Seoul is not covered against North1: " + seoul);
        assertEquals("-", seoul.get(3), "North2 is not aimed at Seoul");
        List<List<String>> findings = ui(view::getFindingRows);
        assertTrue(findings.stream().anyMatch(f -> f.get(1).equals("BULWARK-COV-001") && f.get(2).equals("Seoul")), findings.toString());
        assertTrue(ui(view::getHeaderText).contains("Korea2016"));

        int seoulFinding = findings.indexOf(findings.stream().filter(f -> f.get(1).equals("BULWARK-COV-001") && f.get(2).equals("Seoul"))
                .findFirst().orElseThrow());
        uiRun(() -> view.openFinding(seoulFinding));
        assertEquals("Seoul", ui(() -> ((ITextSelection) editor.getSelectionProvider().getSelection()).getText()));
        assertTrue(ui(view::hasMap), "the coverage map should be drawn");

        uiRun(() -> page().activate(view));
        Workbench.processEvents(1500);
        screenshot("coverage-view.png");

        org.eclipse.core.resources.IFile architecture = ui(view::exportArchitecture);
        assertEquals("korea2016-architecture.svg", architecture.getName());
        String svg = new String(architecture.getContents().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(svg.startsWith("<svg") && svg.contains("TPY2_Seongju : AN_TPY_2_TM"), "the architecture of the scenario");
        org.eclipse.core.resources.IFile report = ui(view::exportReport);
        String html = new String(report.getContents().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(html.contains("bulwark-coverage-map") && html.contains("Scenario Korea2016"), "the HTML report of the scenario");
    }
}
