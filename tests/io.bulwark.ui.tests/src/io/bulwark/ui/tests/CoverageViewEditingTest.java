package io.bulwark.ui.tests;

import static io.bulwark.ui.tests.Workbench.await;
import static io.bulwark.ui.tests.Workbench.page;
import static io.bulwark.ui.tests.Workbench.screenshot;
import static io.bulwark.ui.tests.Workbench.processEvents;
import static io.bulwark.ui.tests.Workbench.text;
import static io.bulwark.ui.tests.Workbench.ui;
import static io.bulwark.ui.tests.Workbench.uiRun;
import static io.bulwark.ui.tests.Workbench.waitForBuild;
import static io.bulwark.ui.tests.Workbench.waitForJobs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import io.bulwark.dsl.edits.ScenarioEdits.NewSite;
import io.bulwark.dsl.edits.ScenarioEdits.RadarRole;
import io.bulwark.ui.BulwarkPerspective;
import io.bulwark.ui.StudioWindow;
import io.bulwark.ui.view.CoverageView;
import io.bulwark.ui.view.Questions;
import io.bulwark.ui.wizards.ExampleProjects;

/**
 * The Coverage view's map and architecture tab edit the scenario text: real mouse and key events posted to the
 * display drag a battery, open the context menus, draw an agreement and rename and delete in the diagram; the
 * dialogs are answered by the test. Each edit changes only its lines of the file, keeps every comment, and the
 * view and the markers show the new findings.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(Leftovers.class)
class CoverageViewEditingTest {

    private IFile korea;
    private String original;
    private CoverageView view;
    private final Answers answers = new Answers();

    /** The test's answers to the view's questions, and the refusals it was told. */
    private static final class Answers implements Questions {
        NewSiteAnswer newSite;
        AgreementAnswer agreement;
        RadarRole role;
        final List<String> refusals = new ArrayList<>();

        @Override
        public NewSiteAnswer newSite(NewSite kind, List<String> types, List<String> forces) {
            assertTrue(types.contains(newSite.type()), types.toString());
            assertTrue(forces.contains(newSite.owner()), forces.toString());
            return newSite;
        }

        @Override
        public AgreementAnswer agreement(String from, String to) {
            return agreement;
        }

        @Override
        public RadarRole role(String radar, String battery) {
            return role;
        }

        @Override
        public FootprintAnswer footprint(List<String> assets, List<String> missiles) {
            return new FootprintAnswer("Busan", "Scud_C");
        }

        @Override
        public void refused(String what, String why) {
            refusals.add(what + ": " + why);
        }
    }

    @BeforeAll
    void openTheView() throws Exception {
        IProject project = ExampleProjects.createExample("korea-map", new NullProgressMonitor());
        korea = project.getFile(ExampleProjects.EXAMPLE_SCENARIO);
        waitForBuild();
        original = text(korea);
        uiRun(() -> {
            var window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
            window.getShell().setBounds(0, 0, 1600, 1000);
            window.getShell().forceActive();
            try {
                PlatformUI.getWorkbench().showPerspective(BulwarkPerspective.ID, window);
            } catch (org.eclipse.ui.WorkbenchException e) {
                throw new IllegalStateException(e);
            }
        });
        ui(() -> IDE.openEditor(page(), korea, true));
        view = ui(() -> (CoverageView) page().showView(CoverageView.ID, null, IWorkbenchPage.VIEW_ACTIVATE));
        uiRun(() -> {
            page().setPartState(page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
            view.setQuestions(answers);
            view.showFile(korea);
            record(view.getMapCanvas());
            record(view.getArchitectureCanvas());
        });
        awaitAnalysis(0);
        // the map is drawn once the maximized view has its size, which GTK may give it after the analysis came
        await("the map drawn", () -> ui(view::hasMap), drawn -> drawn);
    }

    @Test
    @Order(0)
    void studioOpensAtNinetyPercentOfTheScreen() {
        Rectangle screen = ui(() -> Display.getDefault().getPrimaryMonitor().getClientArea());
        Rectangle applied = StudioWindow.appliedBounds();
        assertNotNull(applied, "the first start sized the window");
        assertEquals(StudioWindow.sensibleBounds(screen), applied);
        assertEquals(screen.width * 9 / 10, applied.width);
        assertTrue(applied.width > 1018 && applied.height > 739, "larger than the workbench default on " + screen);
    }

    @Test
    @Order(1)
    void draggingThaadOnTheMapChangesItsSiteLineAndTheFindings() throws Exception {
        uiRun(() -> view.showTab(0));
        Canvas canvas = ui(view::getMapCanvas);
        settled(canvas);
        Point from = ui(() -> view.mapHandle("battery:THAAD_Seongju"));
        Point seoul = ui(() -> view.mapHandle("asset:Seoul"));
        assertNotNull(from, "THAAD is drawn");
        // halfway towards Seoul: about 100 km from it, inside THAAD's 200 km range
        Point to = new Point((from.x + seoul.x) / 2, (from.y + seoul.y) / 2);
        double[] dropped = ui(() -> view.mapLatLon(to.x, to.y));
        int shown = ui(view::getShownCount);

        drag(canvas, from, to);
        awaitAnalysis(shown);
        waitForBuild();

        String after = text(korea);
        List<String> changed = changedLines(original, after);
        assertEquals(List.of("-    at 36.006 N, 128.169 E, 0.68 km", String.format(Locale.ROOT, "+    at %.3f N, %.3f E, 0.68 km", dropped[0], dropped[1])),
                changedLines(section(original, "battery THAAD_Seongju"), section(after, "battery THAAD_Seongju")));
        assertEquals(2, changed.size(), "one line replaced: " + changed);
        assertEquals(comments(original), comments(after));
        List<List<String>> findings = ui(view::getFindingRows);
        String seoulFinding = findings.stream().filter(f -> f.get(1).equals("BULWARK-COV-001") && f.get(2).equals("Seoul")).map(f -> f.get(3))
                .findFirst().orElse("");
        assertFalse(seoulFinding.contains("203.3 km"), "THAAD's range to North1 changed: " + seoulFinding);
        assertTrue(seoulFinding.contains("below the 40.0 km altitude floor"), "the floor still stops it: " + seoulFinding);
        assertTrue(markers(korea).stream().noneMatch(m -> m.contains("203.3 km")), "the markers follow the text: " + markers(korea));
        screenshot("coverage-map-after-drag.png");

        // one undoable change: undo in the editor brings the original text back
        uiRun(() -> {
            var editor = (org.eclipse.ui.texteditor.ITextEditor) page().findEditor(new org.eclipse.ui.part.FileEditorInput(korea));
            editor.getAdapter(org.eclipse.jface.text.ITextOperationTarget.class).doOperation(org.eclipse.jface.text.ITextOperationTarget.UNDO);
            editor.doSave(new NullProgressMonitor());
        });
        waitForBuild();
        assertEquals(original, text(korea));
        awaitAnalysis(ui(view::getShownCount));
    }

    @Test
    @Order(2)
    void aBatteryIsAddedAndDeletedFromTheMapsContextMenu() throws Exception {
        uiRun(() -> view.showTab(0));
        Canvas canvas = ui(view::getMapCanvas);
        settled(canvas);
        Point seoul = ui(() -> view.mapHandle("asset:Seoul"));
        Point at = new Point(seoul.x - 40, seoul.y + 40);
        double[] point = ui(() -> view.mapLatLon(at.x, at.y));
        answers.newSite = new Questions.NewSiteAnswer("PAC3_Gimpo", "PAC3_CRI", "ROK", 16);
        int shown = ui(view::getShownCount);

        choose(canvas, at, "Add battery here\u2026");
        awaitAnalysis(shown);
        waitForBuild();
        String added = text(korea);
        assertEquals(List.of("+battery PAC3_Gimpo : PAC3_CRI {", "+    owner ROK",
                String.format(Locale.ROOT, "+    at %.3f N, %.3f E", point[0], point[1]), "+    interceptors 16", "+}", "+"), changedLines(original, added));
        assertTrue(added.indexOf("battery PAC3_Gimpo") > added.indexOf("battery PAC3_Humphreys"), "after the last battery");
        assertEquals(comments(original), comments(added));
        Point gimpo = ui(() -> view.mapHandle("battery:PAC3_Gimpo"));
        assertNotNull(gimpo, "the new battery is on the map");
        assertTrue(ui(view::getFindingRows).stream().anyMatch(f -> f.get(3).contains("PAC3_Gimpo")), "and in the findings");

        shown = ui(view::getShownCount);
        choose(canvas, gimpo, "Delete PAC3_Gimpo");
        awaitAnalysis(shown);
        waitForBuild();
        assertEquals(original, text(korea), "deleting the added battery restores the file");
        assertEquals(List.of(), answers.refusals);
    }

    @Test
    @Order(3)
    void theArchitectureTabDrawsAnAgreementRenamesAndDeletes() throws Exception {
        uiRun(() -> view.showTab(1));
        Canvas canvas = ui(view::getArchitectureCanvas);
        settled(canvas);
        painted(canvas);
        Point rok = ui(() -> view.architectureTitle("force:ROK"));
        Point jsdf = ui(() -> view.architectureTitle("force:JSDF"));
        assertNotNull(rok, "ROK is drawn");
        assertNotNull(jsdf, "JSDF is drawn");
        screenshot("coverage-architecture.png");

        answers.agreement = new Questions.AgreementAnswer(true, new BigDecimal("4"));
        int shown = ui(view::getShownCount);
        drag(canvas, rok, jsdf);
        awaitAnalysis(shown);
        String withAgreement = text(korea);
        assertEquals(List.of("+agreement ROK_to_JSDF { ROK <-> JSDF latency 4 s }"), changedLines(original, withAgreement));

        // radar to battery: cueing
        answers.role = RadarRole.CUEING;
        painted(canvas);
        Point greenPine = ui(() -> view.architectureBox("radar:GreenPine_Chungcheong"));
        Point humphreys = ui(() -> view.architectureBox("battery:PAC3_Humphreys"));
        shown = ui(view::getShownCount);
        drag(canvas, greenPine, humphreys);
        awaitAnalysis(shown);
        assertEquals(List.of("+    cued by GreenPine_Chungcheong"), changedLines(withAgreement, text(korea)));
        String cued = text(korea);

        // rename in place: select, F2 (a posted double-click reaches no widget as one on Xvfb), the new name, Enter
        painted(canvas);
        Point shariki = ui(() -> view.architectureBox("radar:TPY2_Shariki"));
        shown = ui(view::getShownCount);
        click(canvas, shariki);
        key(SWT.F2, (char) 0);
        await("the inline name field", () -> ui(() -> view.getInlineEditor() != null && !view.getInlineEditor().isDisposed()), open -> open);
        uiRun(() -> view.getInlineEditor().setText("TPY2_Aomori"));
        key(SWT.CR, '\r');
        awaitAnalysis(shown);
        assertEquals(List.of("-radar TPY2_Shariki : AN_TPY_2_FBM {", "+radar TPY2_Aomori : AN_TPY_2_FBM {"), changedLines(cued, text(korea)));
        String renamed = text(korea);

        // delete with the Del key: the force USFJ takes its two radars and both agreements it is the only link of
        painted(canvas);
        Point title = ui(() -> view.architectureTitle("force:USFJ"));
        shown = ui(view::getShownCount);
        click(canvas, title);
        key(SWT.DEL, (char) 127);
        awaitAnalysis(shown);
        String deleted = text(korea);
        assertFalse(deleted.contains("USFJ <->") || deleted.contains("owner USFJ") || deleted.contains("force USFJ"), deleted);
        assertEquals(comments(renamed), comments(deleted), "every comment stays");
        assertTrue(ui(() -> view.architectureBox("force:USFJ")) == null, "USFJ is gone from the diagram");
        screenshot("coverage-architecture-edited.png");

        uiRun(() -> view.showTab(0));
        settled(ui(view::getMapCanvas));
        // '=' (or '+') zooms in: three steps, after a click on the map gives it the keyboard
        double before = ui(view::getMapKmPerPixel);
        click(ui(view::getMapCanvas), new Point(20, 60));
        for (int step = 0; step < 3; step++) {
            key('=', '=');
        }
        await("three zoom steps in from " + before + " km/px", () -> ui(view::getMapKmPerPixel), kmPerPixel -> kmPerPixel < before / 1.5);
        screenshot("coverage-map-zoomed.png");
        assertEquals(List.of(), answers.refusals);
    }

    @Test
    @Order(4)
    void theDefendedFootprintIsShownAsAMap() throws Exception {
        uiRun(view::computeFootprint);
        org.eclipse.swt.widgets.Shell window = await("the footprint window", () -> ui(view::getFootprintWindow), shell -> shell != null);
        assertEquals("Defended footprint of Busan against Scud_C", ui(window::getText));
        Rectangle size = ui(window::getBounds);
        assertTrue(size.width > 400 && size.height > 300, "a map, not a line of text: " + size);
        screenshot("coverage-footprint.png");
        uiRun(window::close);
    }

    @AfterAll
    void restoreTheView() {
        uiRun(() -> {
            page().setPartState(page().getReference(view), IWorkbenchPage.STATE_RESTORED);
            view.setQuestions(null);
        });
    }

    // ------------------------------------------------------------------------------------------- events

    /** The mouse events the canvases received (UI thread) and what the test did (its thread), for the failure messages. */
    private static final List<String> received = java.util.Collections.synchronizedList(new ArrayList<>());
    /** How often each canvas was painted (a pane lays out what it shows when it paints it). */
    private static final java.util.Map<Canvas, Integer> paints = new java.util.concurrent.ConcurrentHashMap<>();

    private static void record(Canvas canvas) {
        for (int type : new int[] {SWT.MouseDown, SWT.MouseUp, SWT.MouseMove, SWT.MouseDoubleClick, SWT.MenuDetect, SWT.KeyDown}) {
            canvas.addListener(type, e -> received.add(e.type + "@" + e.x + "," + e.y + " b" + e.button));
        }
        canvas.addPaintListener(e -> paints.merge(canvas, 1, Integer::sum));
    }

    private static void drag(Canvas canvas, Point from, Point to) {
        received.add("drag " + from + " -> " + to);
        Input.drag(canvas, from, to);
    }

    private static void click(Canvas canvas, Point at) {
        received.add("click " + at);
        Input.click(canvas, at);
    }

    private static void key(int keyCode, char character) {
        Input.key(0, keyCode, character);
    }

    /**
     * Waits until the canvas has painted what it shows now: the architecture places its boxes at the scale of its last
     * paint, so a position read before that paint is where the box was.
     */
    private static void painted(Canvas canvas) {
        int before = paints.getOrDefault(canvas, 0);
        uiRun(canvas::redraw);
        await("a paint of the canvas", () -> paints.getOrDefault(canvas, 0), count -> count > before);
    }

    /**
     * Waits until the canvas keeps its place and size on the display: the maximized view is laid out by GTK after the
     * call that maximized it, and a point read before that is not where the element ends up.
     */
    private static void settled(Canvas canvas) {
        List<Rectangle> seen = new ArrayList<>();
        await("the canvas at a stable place", () -> {
            seen.add(ui(() -> {
                Point origin = canvas.toDisplay(0, 0);
                Rectangle area = canvas.getClientArea();
                return new Rectangle(origin.x, origin.y, area.width, area.height);
            }));
            return seen;
        }, places -> places.size() >= 3 && places.subList(places.size() - 3, places.size()).stream().distinct().count() == 1);
    }

    /** A right-click at the point opens the context menu; the item with the label is chosen and the menu closed. */
    private static void choose(Canvas canvas, Point at, String label) {
        Point display = ui(() -> canvas.toDisplay(at));
        Menu before = ui(canvas::getMenu);
        Input.moveTo(display);
        Input.button(SWT.MouseDown, display, 3);
        Input.buttonUnawaited(SWT.MouseUp, display, 3);
        // the right-click builds a new menu for its point: one read before it came is the last click's
        Menu menu = await("the context menu of the right-click at " + at, () -> ui(canvas::getMenu), m -> m != null && m != before);
        MenuItem item = ui(() -> {
            for (MenuItem candidate : menu.getItems()) {
                if (candidate.getText().equals(label)) {
                    menu.setVisible(false);
                    return candidate;
                }
            }
            throw new AssertionError("no '" + label + "' in " + List.of(menu.getItems()).stream().map(MenuItem::getText).toList());
        });
        uiRun(() -> item.notifyListeners(SWT.Selection, new Event()));
    }

    private void awaitAnalysis(int shownBefore) throws Exception {
        long end = System.nanoTime() + Workbench.PATIENCE.toNanos();
        while (System.nanoTime() < end) {
            waitForJobs(CoverageView.FAMILY);
            processEvents(100);
            if (ui(view::getShownCount) > shownBefore && Job.getJobManager().find(CoverageView.FAMILY).length == 0) {
                return;
            }
        }
        throw new AssertionError("the view did not show a new analysis within " + Workbench.PATIENCE.toSeconds() + " s; refusals "
                + answers.refusals + ", events " + received);
    }

    // ------------------------------------------------------------------------------------------- text

    private static List<String> changedLines(String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        List<String> changed = new ArrayList<>();
        a.subList(head, a.size() - tail).forEach(line -> changed.add("-" + line));
        b.subList(head, b.size() - tail).forEach(line -> changed.add("+" + line));
        return changed;
    }

    private static String section(String text, String declaration) {
        int start = text.indexOf(declaration);
        return text.substring(start, text.indexOf('}', start) + 1);
    }

    /** The comment lines and end-of-line comments of the text ("//" to the end of the line). */
    private static List<String> comments(String text) {
        return text.lines().filter(line -> line.contains("//")).map(line -> line.substring(line.indexOf("//"))).toList();
    }

    private static List<String> markers(IFile file) throws Exception {
        return Workbench.markers(file).stream().map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList();
    }
}
