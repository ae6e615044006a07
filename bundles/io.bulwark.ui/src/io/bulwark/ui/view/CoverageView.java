package io.bulwark.ui.view;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;

import io.bulwark.core.finding.Finding;
import io.bulwark.report.html.HtmlReport;
import io.bulwark.report.svg.ArchitectureDiagramSvg;
import io.bulwark.report.svg.CoverageMapSvg;
import io.bulwark.core.report.AssetRaidReport;
import io.bulwark.core.report.AssetReport;
import io.bulwark.ui.Activator;
import io.bulwark.ui.editor.BulwarkDocuments;
import io.bulwark.ui.model.BulwarkFiles;

/**
 * The coverage of the active scenario: its map (the report's SVG, rasterized), the negation of every asset
 * against every raid aimed at it, and the findings. Follows the active .bulwark editor (and .bulwark files
 * selected in the Project Explorer); a double-click on a row or finding selects the element in the editor.
 */
public class CoverageView extends ViewPart {

    public static final String ID = "io.bulwark.ui.coverageView";
    /** Job family of the view's analyses (tests wait for it). */
    public static final Object FAMILY = new Object();

    private Label header;
    private Canvas map;
    private Image mapImage;
    private String mapProblem;
    private Table matrix;
    private Table findings;
    private ScenarioAnalysis analysis;
    private IFile file;
    private IDocument document;
    private boolean refreshScheduled;

    private final IDocumentListener documentListener = new IDocumentListener() {
        @Override
        public void documentAboutToBeChanged(DocumentEvent event) {
        }

        @Override
        public void documentChanged(DocumentEvent event) {
            scheduleRefresh(1000);
        }
    };

    private final IPartListener2 partListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            if (reference.getPart(false) instanceof IEditorPart editor) {
                follow(editor);
            }
        }

        @Override
        public void partBroughtToTop(IWorkbenchPartReference reference) {
            partActivated(reference);
        }
    };

    private final ISelectionListener selectionListener = (IWorkbenchPart part, ISelection selection) -> {
        if (part != this && selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof IFile selected
                && BulwarkFiles.isBulwark(selected) && !selected.equals(file)) {
            showFile(selected);
        }
    };

    private final IResourceChangeListener resourceListener = (IResourceChangeEvent event) -> {
        IFile current = file;
        if (current == null || event.getDelta() == null) {
            return;
        }
        // a saved or rebuilt file of the project may change the scenario's findings (catalogs)
        IResourceDelta projectDelta = event.getDelta().findMember(current.getProject().getFullPath());
        if (projectDelta != null) {
            Display.getDefault().asyncExec(() -> scheduleRefresh(300));
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        header = new Label(parent, SWT.WRAP);
        header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        header.setText("Open a .bulwark scenario to see its coverage.");

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        map = new Canvas(sash, SWT.DOUBLE_BUFFERED | SWT.BORDER);
        map.setBackground(map.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        map.addPaintListener(event -> paintMap(event.gc));
        map.addListener(SWT.Resize, event -> map.redraw());
        map.addListener(SWT.MouseDoubleClick, event -> revealAt(event.x, event.y));
        map.setToolTipText("Double-click a site, a launch point or a region to select it in the editor");

        SashForm tables = new SashForm(sash, SWT.VERTICAL);
        matrix = new Table(tables, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        matrix.setHeaderVisible(true);
        matrix.setLinesVisible(true);
        matrix.setToolTipText("Probability of negation of each asset against each raid aimed at it (red: below the required negation)");
        matrix.addListener(SWT.DefaultSelection, event -> {
            if (event.item instanceof TableItem item && analysis != null) {
                reveal(analysis.locations().get("asset:" + item.getText(0)));
            }
        });
        findings = new Table(tables, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        findings.setHeaderVisible(true);
        findings.setLinesVisible(true);
        for (String[] column : new String[][] { { "Severity", "70" }, { "Code", "130" }, { "Subject", "140" }, { "Message", "900" } }) {
            TableColumn tableColumn = new TableColumn(findings, SWT.LEFT);
            tableColumn.setText(column[0]);
            tableColumn.setWidth(Integer.parseInt(column[1]));
        }
        findings.addListener(SWT.DefaultSelection, event -> {
            if (event.item instanceof TableItem item && item.getData() instanceof Finding finding && analysis != null) {
                reveal(analysis.locationOf(finding));
            }
        });
        tables.setWeights(45, 55);
        sash.setWeights(45, 55);

        getViewSite().getActionBars().getToolBarManager().add(new org.eclipse.jface.action.Action("Defended Footprint") {
            {
                setToolTipText("Defended footprint of the selected asset against the missile of its first raid "
                        + "(grid steps: Preferences > Bulwark)");
            }

            @Override
            public void run() {
                computeFootprint();
            }
        });
        getViewSite().getActionBars().getToolBarManager().add(new org.eclipse.jface.action.Action("Export Architecture SVG") {
            {
                setToolTipText("Write the architecture diagram (ELK layout) as NAME-architecture.svg beside the scenario file");
            }

            @Override
            public void run() {
                exportArchitecture();
            }
        });
        getViewSite().getActionBars().getToolBarManager().add(new org.eclipse.jface.action.Action("Export Report") {
            {
                setToolTipText("Write the HTML coverage report (map, tables, timelines, findings, architecture) as NAME-coverage.html "
                        + "beside the scenario file");
            }

            @Override
            public void run() {
                exportReport();
            }
        });
        getSite().getPage().addPartListener(partListener);
        getSite().getPage().addPostSelectionListener(selectionListener);
        ResourcesPlugin.getWorkspace().addResourceChangeListener(resourceListener, IResourceChangeEvent.POST_BUILD);
        IEditorPart active = getSite().getPage().getActiveEditor();
        if (active != null) {
            follow(active);
        }
    }

    private void follow(IEditorPart part) {
        ITextEditor editor = BulwarkDocuments.bulwarkEditor(part);
        if (editor == null) {
            return;
        }
        IFile editorFile = BulwarkDocuments.file(editor);
        IDocument editorDocument = BulwarkDocuments.document(editor);
        if (editorFile.equals(file) && editorDocument == document) {
            return;
        }
        setDocument(editorDocument);
        file = editorFile;
        scheduleRefresh(0);
    }

    private void setDocument(IDocument newDocument) {
        if (document != null) {
            document.removeDocumentListener(documentListener);
        }
        document = newDocument;
        if (document != null) {
            document.addDocumentListener(documentListener);
        }
    }

    /** Shows the coverage of a file (its editor's text if it is open). */
    public void showFile(IFile newFile) {
        setDocument(null);
        file = newFile;
        scheduleRefresh(0);
    }

    public IFile getFile() {
        return file;
    }

    private void scheduleRefresh(int delayMs) {
        if (refreshScheduled || file == null) {
            return;
        }
        refreshScheduled = true;
        Job job = new Job("Analysing coverage") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                refreshScheduled = false;
                IFile target = file;
                if (target == null || !target.exists()) {
                    return Status.OK_STATUS;
                }
                String text;
                try {
                    IDocument doc = document;
                    text = doc != null ? doc.get() : BulwarkFiles.currentText(target);
                } catch (CoreException e) {
                    return e.getStatus();
                }
                ScenarioAnalysis result = ScenarioAnalysis.of(target, text);
                String svg = null;
                String svgProblem = null;
                if (result.report() != null) {
                    try {
                        svg = renderMap(result);
                    } catch (RuntimeException | LinkageError e) {
                        svgProblem = "No map: " + e;
                    }
                }
                String mapSvg = svg;
                String problem = svgProblem;
                Display display = PlatformUI.getWorkbench().getDisplay();
                display.asyncExec(() -> show(result, mapSvg, problem));
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setSystem(true);
        job.schedule(delayMs);
    }

    static String renderMap(ScenarioAnalysis result) {
        return CoverageMapSvg.render(result.scenario(), result.report());
    }

    private void show(ScenarioAnalysis result, String svg, String svgProblem) {
        if (header == null || header.isDisposed() || !result.file().equals(file)) {
            return;
        }
        analysis = result;
        if (mapImage != null) {
            mapImage.dispose();
            mapImage = null;
        }
        mapProblem = svgProblem;
        if (svg != null) {
            try {
                mapImage = new Image(map.getDisplay(), new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            } catch (RuntimeException e) {
                mapProblem = "The map could not be drawn: " + e.getMessage();
                Activator.log("Bulwark: cannot rasterize the coverage map", e);
            }
        }
        if (result.report() == null) {
            header.setText(result.file().getFullPath() + ": " + result.problem());
            mapProblem = result.problem();
        } else {
            long errors = result.report().findings().stream().filter(f -> f.severity().name().equals("ERROR")).count();
            header.setText("Scenario " + result.scenario().name() + "  (" + result.file().getFullPath() + ")  -  "
                    + result.report().assets().size() + " assets, " + result.scenario().raids().size() + " raids, "
                    + result.report().findings().size() + " findings (" + errors + " errors)\n" + result.report().assumptions());
        }
        fillMatrix(result);
        fillFindings(result);
        setContentDescription(result.scenario() == null ? "" : result.scenario().name());
        header.getParent().layout(true, true);
        map.redraw();
    }

    private void fillMatrix(ScenarioAnalysis result) {
        matrix.setRedraw(false);
        matrix.removeAll();
        for (TableColumn column : matrix.getColumns()) {
            column.dispose();
        }
        List<String> columns = new ArrayList<>(List.of("Asset", "Required"));
        columns.addAll(result.raids());
        columns.add("Worst");
        for (String name : columns) {
            TableColumn column = new TableColumn(matrix, name.equals("Asset") ? SWT.LEFT : SWT.RIGHT);
            column.setText(name);
            column.setWidth(name.equals("Asset") ? 110 : 80);
        }
        if (result.report() != null) {
            Color bad = new Color(255, 200, 200);
            Color good = new Color(210, 245, 210);
            for (AssetReport asset : result.report().assets()) {
                TableItem item = new TableItem(matrix, SWT.NONE);
                item.setText(0, asset.asset());
                item.setText(1, format(asset.required()));
                int index = 2;
                for (String raid : result.raids()) {
                    AssetRaidReport pair = result.report().assetRaids().stream()
                            .filter(r -> r.asset().equals(asset.asset()) && r.raid().equals(raid)).findFirst().orElse(null);
                    item.setText(index, pair == null ? "-" : format(pair.negation()));
                    if (pair != null) {
                        item.setBackground(index, pair.covered() ? good : bad);
                    }
                    index++;
                }
                item.setText(index, format(asset.worstNegation()));
                item.setBackground(index, asset.covered() ? good : bad);
                item.setData(asset);
            }
        }
        matrix.setRedraw(true);
    }

    private void fillFindings(ScenarioAnalysis result) {
        findings.removeAll();
        if (result.report() == null) {
            return;
        }
        for (Finding finding : result.report().findings()) {
            TableItem item = new TableItem(findings, SWT.NONE);
            item.setText(new String[] { finding.severity().name().toLowerCase(Locale.ROOT), finding.code(), finding.subject(), finding.message() });
            item.setImage(0, PlatformUI.getWorkbench().getSharedImages().getImage(switch (finding.severity()) {
                case ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
                case WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
                default -> ISharedImages.IMG_OBJS_INFO_TSK;
            }));
            item.setData(finding);
        }
    }

    /** The defended footprint of the selected asset (or the first), with the preference's grid, shown under the header. */
    public void computeFootprint() {
        ScenarioAnalysis current = analysis;
        if (current == null || current.scenario() == null || current.scenario().assets().isEmpty()) {
            return;
        }
        String asset = matrix.getSelectionCount() > 0 ? matrix.getSelection()[0].getText(0) : current.scenario().assets().get(0).name();
        var raid = current.scenario().raids().stream().filter(r -> asset.equals(r.targetAsset())).findFirst().orElse(null);
        if (raid == null) {
            header.setText(header.getText().split("\n")[0] + "\nNo raid is aimed at " + asset + ": no missile for its footprint.");
            return;
        }
        double ring = io.bulwark.ui.preferences.BulwarkPreferences.ringStepKm();
        double bearing = io.bulwark.ui.preferences.BulwarkPreferences.bearingStepDeg();
        Job job = Job.create("Defended footprint of " + asset, monitor -> {
            String line;
            try {
                var footprint = new io.bulwark.core.footprint.FootprintAnalyzer().footprint(current.scenario(), asset, raid.missile(), ring,
                        bearing, io.bulwark.core.analysis.AnalysisOptions.DEFAULT);
                line = String.format(Locale.ROOT, "Defended footprint of %s against %s: %.0f %% of launch area (%.0f of %.0f km2; grid %s km x %s deg)",
                        asset, raid.missile().name(), 100 * footprint.share(), footprint.negatedAreaKm2(), footprint.totalAreaKm2(),
                        format(ring), format(bearing));
            } catch (RuntimeException e) {
                line = "Defended footprint of " + asset + ": " + e.getMessage();
            }
            String text = line;
            Display.getDefault().asyncExec(() -> {
                if (!header.isDisposed() && analysis == current) {
                    header.setText(header.getText().split("\n")[0] + "\n" + text);
                    header.getParent().layout(true, true);
                }
            });
        });
        job.schedule();
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private void paintMap(GC gc) {
        Rectangle area = map.getClientArea();
        if (mapImage == null) {
            gc.drawText(mapProblem == null ? "No scenario" : mapProblem, 10, 10, true);
            return;
        }
        Rectangle bounds = mapImage.getBounds();
        double scale = Math.min(area.width / (double) bounds.width, area.height / (double) bounds.height);
        int width = (int) (bounds.width * scale);
        int height = (int) (bounds.height * scale);
        gc.setAntialias(SWT.ON);
        gc.setInterpolation(SWT.HIGH);
        gc.drawImage(mapImage, 0, 0, bounds.width, bounds.height, (area.width - width) / 2, (area.height - height) / 2, width, height);
    }

    /** Selects in the editor the element drawn nearest to the point, if one is within a few pixels. */
    private void revealAt(int x, int y) {
        if (mapImage == null || analysis == null || analysis.scenario() == null) {
            return;
        }
        Rectangle area = map.getClientArea();
        Rectangle bounds = mapImage.getBounds();
        double scale = Math.min(area.width / (double) bounds.width, area.height / (double) bounds.height);
        double svgX = (x - (area.width - bounds.width * scale) / 2) / scale;
        double svgY = (y - (area.height - bounds.height * scale) / 2) / scale;
        String nearest = null;
        double best = 14 / scale;
        for (Map.Entry<String, double[]> anchor : CoverageMapSvg.anchors(analysis.scenario()).entrySet()) {
            double distance = Math.hypot(anchor.getValue()[0] - svgX, anchor.getValue()[1] - svgY);
            if (distance <= best) {
                best = distance;
                nearest = anchor.getKey();
            }
        }
        if (nearest != null) {
            reveal(analysis.locations().get(nearest));
        }
    }

    /** Writes the architecture diagram beside the scenario file; returns the file written, or null when there is no scenario. */
    public IFile exportArchitecture() {
        ScenarioAnalysis current = analysis;
        if (current == null || current.scenario() == null) {
            status("No scenario to export: open a .bulwark scenario first.");
            return null;
        }
        return export(current, "-architecture.svg", ArchitectureDiagramSvg.render(current.scenario()));
    }

    /** Writes the HTML coverage report beside the scenario file; returns the file written, or null when there is no analysis. */
    public IFile exportReport() {
        ScenarioAnalysis current = analysis;
        if (current == null || current.report() == null) {
            status("No coverage to report: " + (current == null ? "open a .bulwark scenario first." : current.problem()));
            return null;
        }
        String html = HtmlReport.render("Bulwark coverage report",
                List.of(new HtmlReport.Section(current.file().getFullPath().toString(), current.scenario(), current.report())));
        return export(current, "-coverage.html", html);
    }

    private IFile export(ScenarioAnalysis current, String suffix, String text) {
        String base = current.file().getName().replaceFirst("\\.bulwark$", "");
        IFile target = current.file().getParent().getFile(new org.eclipse.core.runtime.Path(base + suffix));
        try (var in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
            if (target.exists()) {
                target.setContents(in, true, true, null);
            } else {
                target.create(in, true, null);
            }
            status("Wrote " + target.getFullPath());
            return target;
        } catch (org.eclipse.core.runtime.CoreException | java.io.IOException e) {
            Activator.log("Bulwark: cannot write " + target.getFullPath(), e);
            status("Cannot write " + target.getFullPath() + ": " + e.getMessage());
            return null;
        }
    }

    private void status(String message) {
        getViewSite().getActionBars().getStatusLineManager().setMessage(message);
    }

    private void reveal(Region region) {
        if (region != null && file != null) {
            BulwarkDocuments.openAndSelect(file, region.getOffset(), region.getLength());
        }
    }

    /** The rows of the asset x raid table as shown (header row first), for tests and copying. */
    public List<List<String>> getMatrixRows() {
        List<List<String>> rows = new ArrayList<>();
        List<String> head = new ArrayList<>();
        for (TableColumn column : matrix.getColumns()) {
            head.add(column.getText());
        }
        rows.add(head);
        for (TableItem item : matrix.getItems()) {
            List<String> row = new ArrayList<>();
            for (int i = 0; i < matrix.getColumnCount(); i++) {
                row.add(item.getText(i));
            }
            rows.add(row);
        }
        return rows;
    }

    /** The findings as shown: severity, code, subject, message. */
    public List<List<String>> getFindingRows() {
        List<List<String>> rows = new ArrayList<>();
        for (TableItem item : findings.getItems()) {
            rows.add(List.of(item.getText(0), item.getText(1), item.getText(2), item.getText(3)));
        }
        return rows;
    }

    public ScenarioAnalysis getAnalysis() {
        return analysis;
    }

    public String getHeaderText() {
        return header.getText();
    }

    public boolean hasMap() {
        return mapImage != null;
    }

    /** Selects the finding at a row and acts as a double-click on it (tests). */
    public void openFinding(int row) {
        TableItem item = findings.getItem(row);
        if (item.getData() instanceof Finding finding && analysis != null) {
            reveal(analysis.locationOf(finding));
        }
    }

    @Override
    public void setFocus() {
        matrix.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(partListener);
        getSite().getPage().removePostSelectionListener(selectionListener);
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(resourceListener);
        setDocument(null);
        if (mapImage != null) {
            mapImage.dispose();
        }
        super.dispose();
    }
}
