package io.bulwark.ui.tests;

import static io.bulwark.ui.tests.Workbench.await;
import static io.bulwark.ui.tests.Workbench.lineOf;
import static io.bulwark.ui.tests.Workbench.page;
import static io.bulwark.ui.tests.Workbench.screenshot;
import static io.bulwark.ui.tests.Workbench.processEvents;
import static io.bulwark.ui.tests.Workbench.text;
import static io.bulwark.ui.tests.Workbench.ui;
import static io.bulwark.ui.tests.Workbench.uiRun;
import static io.bulwark.ui.tests.Workbench.waitForBuild;
import static io.bulwark.ui.tests.Workbench.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import io.bulwark.ui.editor.BulwarkContentAssistProcessor;
import io.bulwark.ui.editor.BulwarkDocuments;
import io.bulwark.ui.editor.BulwarkOutlinePage;
import io.bulwark.ui.editor.BulwarkTextHover;
import io.bulwark.ui.editor.OutlineNode;
import io.bulwark.ui.wizards.ExampleProjects;

/**
 * The editor on the language's own services (those `bulwark lsp` serves): folding, outline, content assist, hover
 * and highlighting of the Korea 2016 example in a real workbench, with key events posted to the display.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(Leftovers.class)
class EditorServicesTest {

    private static final RGB KEYWORD = new RGB(127, 0, 85);
    private static final RGB COMMENT = new RGB(63, 127, 95);
    private static final RGB NUMBER = new RGB(125, 125, 125);
    private static final RGB UNIT = new RGB(0, 110, 140);
    private static final RGB RADAR = new RGB(31, 95, 168);

    private IProject project;
    private IFile korea;
    private String text;
    private ITextEditor editor;
    private ITextViewer viewer;

    @BeforeAll
    void openTheExample() throws Exception {
        project = ExampleProjects.createExample("korea-editor", new NullProgressMonitor());
        korea = project.getFile(ExampleProjects.EXAMPLE_SCENARIO);
        waitForBuild();
        text = text(korea);
        uiRun(() -> org.eclipse.ui.PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell().setBounds(0, 0, 1600, 1000));
        editor = ui(() -> (ITextEditor) IDE.openEditor(page(), korea, true));
        viewer = ui(() -> (ITextViewer) editor.getAdapter(ITextOperationTarget.class));
    }

    @AfterAll
    void closeTheEditors() {
        uiRun(() -> page().closeAllEditors(false));
    }

    @Test
    @Order(1)
    void foldingComesFromTheLanguageAndCoversBlocksCommentRunsAndTheScenario() throws Exception {
        Set<List<Integer>> folded = await("folding regions", () -> foldedLines(viewer), regions -> regions.size() > 10);
        int header = lineOf(text, "scenario Korea2016") - 1;
        int radar = lineOf(text, "radar TPY2_Seongju");
        int battery = lineOf(text, "battery PAC3_Osan");
        int region = lineOf(text, "region China_Shandong");
        int batteryEnd = closingBrace(text, battery);
        int lines = text.split("\n", -1).length - (text.endsWith("\n") ? 1 : 0);
        assertTrue(folded.contains(List.of(1, header)), "the header's " + header + " comment lines fold: " + folded);
        assertTrue(folded.contains(List.of(radar, radar + 4)), "a radar's block folds: " + folded);
        assertTrue(folded.contains(List.of(battery, batteryEnd)), "a battery's block folds: " + folded);
        assertTrue(folded.contains(List.of(region, region + 4)), "a region's block folds: " + folded);
        assertTrue(folded.contains(List.of(header + 1, lines)), "the scenario folds: " + folded);
        int banner = lineOf(text, "// Forces and data-sharing");
        assertTrue(folded.contains(List.of(banner - 1, banner + 1)), "three line comments fold: " + folded);
        int twoComments = lineOf(text, "// Seongju THAAD site");
        assertTrue(folded.stream().noneMatch(r -> r.get(0) == twoComments), "two line comments do not fold: " + folded);
        int agreement = lineOf(text, "agreement US_Internal");
        assertTrue(folded.stream().noneMatch(r -> r.get(0) == agreement), "a one-line agreement does not fold: " + folded);
        // one region per multi-line block, comment run of three or more lines, and the scenario
        long blocks = text.lines().filter(line -> line.strip().endsWith("{") && !line.strip().startsWith("//")).count();
        assertEquals(blocks + commentRuns(text) + 1, folded.size(), folded.toString());

        IDocument document = ui(() -> BulwarkDocuments.document(editor));
        uiRun(() -> document.set(text + "\nbattery Extra : THAAD {\n    owner USFK\n    interceptors 8\n}\n"));
        int extra = lineOf(document.get(), "battery Extra");
        Set<List<Integer>> edited = await("the new block folded", () -> foldedLines(viewer), r -> r.contains(List.of(extra, extra + 3)));
        assertTrue(edited.contains(List.of(extra, extra + 3)), edited.toString());
        uiRun(() -> document.set(text));
        await("the folding of the original", () -> foldedLines(viewer), r -> r.equals(folded));
    }

    /** The 1-based line of the first closing brace at the start of a line after the given line. */
    private static int closingBrace(String text, int line) {
        String[] lines = text.split("\n", -1);
        for (int i = line; i < lines.length; i++) {
            if (lines[i].startsWith("}")) {
                return i + 1;
            }
        }
        throw new AssertionError("no closing brace after line " + line);
    }

    /** Runs of three or more consecutive lines that hold only a line comment. */
    private static int commentRuns(String text) {
        int runs = 0;
        int run = 0;
        for (String line : (text + "\n").split("\n", -1)) {
            if (line.strip().startsWith("//")) {
                run++;
            } else {
                runs += run >= 3 ? 1 : 0;
                run = 0;
            }
        }
        return runs;
    }

    @Test
    @Order(2)
    void outlineShowsTheSymbolsOfTheLanguageAndSelectsTheirNames() throws Exception {
        ContentOutline outline = ui(() -> (ContentOutline) page().showView(IPageLayout.ID_OUTLINE));
        uiRun(() -> page().activate(editor));
        List<OutlineNode> roots = await("the outline", () -> outlineNodes(outline),
                nodes -> !nodes.isEmpty());
        assertEquals(List.of("scenario Korea2016"), roots.stream().map(OutlineNode::label).toList(), "a file without package: the scenario");
        List<String> elements = roots.get(0).children().stream().map(OutlineNode::label).toList();
        long declared = text.lines().filter(line -> line.matches("(force|agreement|radar|battery|asset|region|raid) .*")).count();
        assertEquals(declared, elements.size(), elements.toString());
        for (String label : List.of("force USFK (United States)", "force ROK (Republic of Korea)", "agreement US_Internal",
                "radar TPY2_Seongju : AN_TPY_2_TM", "battery THAAD_Seongju : THAAD", "asset Seoul", "region China_Shandong",
                "raid North1 : Scud_C x 4", "raid North4 : KN_23 x 2")) {
            assertTrue(elements.contains(label), label + " expected in " + elements);
        }
        assertEquals(elements.indexOf("force USFK (United States)") + 1, elements.indexOf("force USFJ (United States)"), "in text order");

        OutlineNode radar = roots.get(0).children().stream().filter(n -> n.label().startsWith("radar TPY2_Seongju")).findFirst().orElseThrow();
        uiRun(() -> treeViewer(outline).setSelection(new StructuredSelection(radar), true));
        assertEquals("TPY2_Seongju", ui(() -> ((ITextSelection) editor.getSelectionProvider().getSelection()).getText()));

        ITextEditor catalog = ui(() -> (ITextEditor) IDE.openEditor(page(), project.getFile(ExampleProjects.CATALOG), true));
        List<OutlineNode> catalogRoots = await("the catalog's outline",
                () -> outlineNodes(outline),
                nodes -> nodes.size() == 1 && nodes.get(0).label().equals("package catalog"));
        List<String> types = catalogRoots.get(0).children().stream().map(OutlineNode::label).toList();
        for (String label : List.of("interceptor THAAD", "radar AN_TPY_2_TM", "missile Scud_C", "missile KN_23")) {
            assertTrue(types.contains(label), label + " expected under the package in " + types);
        }
        uiRun(() -> page().closeEditor(catalog, false));
        uiRun(() -> page().activate(editor));
    }

    /** The nodes of the outline's page, none while the view still shows another editor's page or its default one. */
    private static List<OutlineNode> outlineNodes(ContentOutline outline) {
        return ui(() -> outline.getCurrentPage() instanceof BulwarkOutlinePage page ? page.getNodes() : List.<OutlineNode>of());
    }

    private static TreeViewer treeViewer(ContentOutline outline) {
        return ((BulwarkOutlinePage) outline.getCurrentPage()).getTreeViewer();
    }

    @Test
    @Order(3)
    void contentAssistOffersTheUnitsOfEachClauseOnceAndFirst() throws Exception {
        IFile file = project.getFile("assist.bulwark");
        String head = "scenario Assist\nimport catalog.*\n\nforce F\n\n";
        write(file, head);
        ITextEditor assist = ui(() -> (ITextEditor) IDE.openEditor(page(), file, true));
        ITextViewer assistViewer = ui(() -> (ITextViewer) assist.getAdapter(ITextOperationTarget.class));
        IDocument document = ui(() -> BulwarkDocuments.document(assist));
        Map<String, List<String>> expected = Map.of(
                "radar R : AN_MPQ_65 {\n    facing 330 ", List.of("deg"),
                "radar R : AN_MPQ_65 {\n    at 37.1 ", List.of("N", "S"),
                "radar R : AN_MPQ_65 {\n    at 37.1 N, 127.0 ", List.of("E", "W"),
                "radar R : AN_MPQ_65 {\n    at 37.1 N, 127.0 E, 0.01 ", List.of("km", "m", "nmi"),
                "battery B : THAAD {\n    assess 10 ", List.of("s", "min"),
                "agreement A { F -> F latency 2 ", List.of("s", "min"),
                "raid X : Scud_C from 38 N, 125 E at 37 N, 127 E apogee 80 ", List.of("km", "m", "nmi"),
                "region Sea altitude 100 ", List.of("km", "m", "nmi"));
        for (Map.Entry<String, List<String>> clause : new TreeMap<>(expected).entrySet()) { // the same order on every run
            uiRun(() -> document.set(head + clause.getKey()));
            List<String> proposals = proposals(assistViewer, document.getLength());
            List<String> values = proposals.stream().map(p -> p.split(" - ")[0]).toList();
            assertEquals(clause.getValue(), values.subList(0, Math.min(values.size(), clause.getValue().size())),
                    "units first after '" + clause.getKey() + "': " + proposals);
            assertEquals(new HashSet<>(values).size(), values.size(), "no proposal twice: " + proposals);
            assertTrue(values.subList(clause.getValue().size(), values.size()).stream().noneMatch(v -> v.matches("km|m|nmi|s|min|deg|m2|dBsm|N|S|E|W")),
                    "no unit of another clause: " + proposals);
        }
        // a catalog type's clauses: length, speed, radar cross-section
        String catalogHead = "package scratch\n\n";
        for (Map.Entry<String, List<String>> clause : new TreeMap<>(Map.of("interceptor I {\n    range 30 .. 200 ", List.of("km", "m", "nmi"),
                "interceptor I {\n    speed 2.8 ", List.of("km/s", "m/s"),
                "radar T {\n    detects 600 km at rcs 1 ", List.of("m2", "dBsm"),
                "missile M {\n    rcs 0.1 ", List.of("m2", "dBsm"))).entrySet()) {
            uiRun(() -> document.set(catalogHead + clause.getKey()));
            List<String> values = proposals(assistViewer, document.getLength()).stream().map(p -> p.split(" - ")[0]).toList();
            assertEquals(clause.getValue(), values.subList(0, Math.min(values.size(), clause.getValue().size())), clause.getKey() + ": " + values);
        }
        // names: each radar type of the imported catalog once, no interceptor type
        uiRun(() -> document.set(head + "radar R : "));
        List<String> types = proposals(assistViewer, document.getLength()).stream().map(p -> p.split(" - ")[0]).toList();
        for (String radarType : List.of("AN_TPY_2_TM", "AN_TPY_2_FBM", "GREEN_PINE", "AN_MPQ_65")) {
            assertEquals(1, types.stream().filter(radarType::equals).count(), radarType + " once in " + types);
        }
        assertFalse(types.contains("THAAD"), "an interceptor type is no radar type: " + types);

        // the same through the keyboard: Ctrl+Space in the editor opens the proposals with the angle unit first
        uiRun(() -> {
            document.set(head + "radar R : AN_MPQ_65 {\n    facing 330 ");
            assist.selectAndReveal(document.getLength(), 0);
            assistViewer.getTextWidget().getShell().forceActive();
            assistViewer.getTextWidget().forceFocus();
        });
        await("the keyboard focus in the editor", () -> ui(() -> assistViewer.getTextWidget().isFocusControl()), focused -> focused);
        Input.key(SWT.CTRL, ' ', ' ');
        List<String> popup = await("the proposal popup", EditorServicesTest::popupItems, items -> !items.isEmpty());
        assertTrue(popup.get(0).startsWith("deg"), popup.toString());
        assertEquals(new HashSet<>(popup).size(), popup.size(), "no row twice: " + popup);
        // a key posted to the popup does not reach it on Xvfb (no window manager gives it the focus): choose its first row
        uiRun(() -> {
            Table table = popupTable();
            table.setSelection(0);
            table.notifyListeners(SWT.DefaultSelection, new Event());
        });
        await("the chosen unit in the text", () -> ui(document::get), t -> t.endsWith("facing 330 deg"));
        uiRun(() -> assist.close(false));
        file.delete(true, null);
    }

    private static List<String> proposals(ITextViewer viewer, int offset) {
        return ui(() -> Arrays.stream(new BulwarkContentAssistProcessor().computeCompletionProposals(viewer, offset))
                .map(ICompletionProposal::getDisplayString).toList());
    }

    /** The rows of the open completion popup. */
    private static List<String> popupItems() {
        return ui(() -> {
            Table table = popupTable();
            return table == null ? List.<String>of() : Arrays.stream(table.getItems()).map(TableItem::getText).toList();
        });
    }

    /** The table of the open completion popup, a shell of its own (UI thread). */
    private static Table popupTable() {
        for (Shell shell : Display.getDefault().getShells()) {
            if (shell.isVisible()) {
                for (Control child : shell.getChildren()) {
                    if (child instanceof Table table && table.getItemCount() > 0) {
                        return table;
                    }
                }
            }
        }
        return null;
    }

    @Test
    @Order(4)
    void hoverShowsTheFiguresOfTheLanguagesHoverService() throws Exception {
        uiRun(() -> page().activate(editor));
        int radar = text.indexOf("radar TPY2_Seongju") + "radar ".length();
        String radarHover = ui(() -> new BulwarkTextHover().getHoverInfo(viewer, new Region(radar + 2, 0)));
        assertNotNull(radarHover);
        // 600 km at 1 m2 against 0.1 m2: 600 * 0.1^(1/4) = 337.4 km
        assertTrue(radarHover.contains("| Scud_C | 0.1 m2 | 337.4 km |") && radarHover.contains("| KN_23 | 0.1 m2 | 337.4 km |"), radarHover);
        assertFalse(radarHover.contains("**"), "Markdown emphasis is shown as plain text: " + radarHover);
        int type = text.indexOf(": THAAD {") + 3;
        String typeHover = ui(() -> new BulwarkTextHover().getHoverInfo(viewer, new Region(type, 0)));
        assertTrue(typeHover.startsWith("interceptor THAAD: range 30 .. 200 km, altitude 40 .. 150 km"), typeHover);
    }

    @Test
    @Order(5)
    void highlightingColoursKeywordsCommentsNumbersUnitsAndNames() throws Exception {
        uiRun(() -> page().activate(editor));
        int keyword = text.indexOf("radar TPY2_Seongju");
        int facing = text.indexOf("facing 330 deg", keyword);
        int number = facing + "facing ".length();
        int unit = number + "330 ".length();
        int reference = text.indexOf("TPY2_Seongju", text.indexOf("fire-control"));
        await("the semantic highlighting at " + reference + " (keyword " + foreground(viewer, keyword) + ", comment " + foreground(viewer, 0)
                + ", ranges " + ui(() -> viewer.getTextWidget().getStyleRanges().length) + ")", () -> foreground(viewer, reference), RADAR::equals);
        assertEquals(KEYWORD, foreground(viewer, keyword));
        assertEquals(SWT.BOLD, ui(() -> viewer.getTextWidget().getStyleRangeAtOffset(keyword)).fontStyle & SWT.BOLD, "keywords are bold");
        assertEquals(KEYWORD, foreground(viewer, facing));
        assertEquals(COMMENT, foreground(viewer, 0));
        assertEquals(NUMBER, foreground(viewer, number));
        assertEquals(UNIT, foreground(viewer, unit));
        assertEquals(RADAR, foreground(viewer, keyword + "radar ".length()));
        processEvents(500);
        screenshot("editor-korea2016.png");
    }

    private static RGB foreground(ITextViewer viewer, int offset) {
        StyleRange style = ui(() -> viewer.getTextWidget().getStyleRangeAtOffset(offset));
        return style == null || style.foreground == null ? null : style.foreground.getRGB();
    }

    /** The folded regions as pairs of 1-based first and last lines, in text order. */
    private static Set<List<Integer>> foldedLines(ITextViewer viewer) {
        return ui(() -> {
            ProjectionAnnotationModel model = ((ProjectionViewer) viewer).getProjectionAnnotationModel();
            IDocument document = viewer.getDocument();
            Set<List<Integer>> lines = new TreeSet<>((a, b) -> a.get(0).equals(b.get(0)) ? a.get(1) - b.get(1) : a.get(0) - b.get(0));
            for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
                Position position = model.getPosition(it.next());
                lines.add(List.of(document.getLineOfOffset(position.getOffset()) + 1,
                        document.getLineOfOffset(position.getOffset() + position.getLength() - 1) + 1));
            }
            return lines;
        });
    }
}
