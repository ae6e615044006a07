package io.bulwark.ui.view;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
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
import io.bulwark.dsl.edits.ScenarioEdits;
import io.bulwark.dsl.edits.ScenarioEdits.NewSite;
import io.bulwark.dsl.edits.ScenarioEdits.RadarRole;
import io.bulwark.dsl.fixes.QuickFixes.Edit;
import io.bulwark.model.bulwark.Battery;
import io.bulwark.model.bulwark.BulwarkPackage;
import io.bulwark.model.bulwark.Force;
import io.bulwark.model.bulwark.GeoPoint;
import io.bulwark.model.bulwark.Model;
import io.bulwark.model.bulwark.Radar;
import io.bulwark.model.bulwark.ScenarioElement;
import io.bulwark.model.mapping.ElementKind;
import io.bulwark.report.svg.FootprintMapSvg;
import io.bulwark.report.svg.MapAnchor;
import io.bulwark.report.svg.MapHandle;
import io.bulwark.report.svg.Markup;
import io.bulwark.report.html.HtmlReport;
import io.bulwark.report.svg.ArchitectureDiagramSvg;
import io.bulwark.core.report.AssetRaidReport;
import io.bulwark.core.report.AssetReport;
import io.bulwark.ui.Activator;
import io.bulwark.ui.editor.BulwarkDocuments;
import io.bulwark.ui.model.BulwarkFiles;
import io.bulwark.ui.quickfix.FileEdits;

/**
 * The coverage of the active scenario in three tabs: its map (the report's renderer, zoomable, with sites, launch
 * points and region vertices to drag, elements to add and delete), its architecture (forces, radars, batteries and
 * their links, editable), and the negation of every asset against every raid with the findings. Every edit changes
 * the scenario's text through {@link ScenarioEdits}. Follows the active .bulwark editor (and .bulwark files selected
 * in the Project Explorer); a double-click on a row, a finding or a site selects the element in the editor.
 */
public class CoverageView extends ViewPart {

    public static final String ID = "io.bulwark.ui.coverageView";
    /** Job family of the view's analyses (tests wait for it). */
    public static final Object FAMILY = new Object();

    private Label header;
    private CTabFolder tabs;
    private MapPane map;
    private ArchitecturePane architecture;
    private Questions questions;
    private Table matrix;
    private Table findings;
    private ScenarioAnalysis analysis;
    // read by the analysis job, set on the UI thread
    private volatile IFile file;
    private volatile IDocument document;
    private volatile boolean refreshScheduled;
    private Job refreshJob;
    /** How many analyses the view has shown (tests wait for the next one after an edit). */
    private volatile int shown;

    private final IDocumentListener documentListener = BulwarkDocuments.afterEachChange(() -> scheduleRefresh(1000));

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

        questions = new Dialogs(parent.getShell());
        tabs = new CTabFolder(parent, SWT.BORDER | SWT.BOTTOM);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        map = new MapPane(tabs, new MapHost());
        tab("Map", "Drag a site, launch point or region vertex to move it; right-click to add or delete; wheel, +/- and Fit zoom",
                map.control());
        architecture = new ArchitecturePane(tabs, new ArchitectureHost());
        tab("Architecture", "Forces, radars, batteries and the links between them (ELK layout); edits change the scenario text",
                architecture.canvas());
        tabs.setSelection(0);

        SashForm tables = new SashForm(tabs, SWT.VERTICAL);
        matrix = new Table(tables, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        matrix.setHeaderVisible(true);
        matrix.setLinesVisible(true);
        matrix.setToolTipText("Probability of negation of each asset against each raid aimed at it (red: below the required negation)");
        matrix.addListener(SWT.DefaultSelection, event -> {
            if (event.item instanceof TableItem item && analysis != null) {
                reveal(analysis.locations().get(ScenarioAnalysis.key(ElementKind.ASSET, item.getText(0))));
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
        tab("Negations", "The negation of every asset against every raid aimed at it, and the findings", tables);

        getViewSite().getActionBars().getToolBarManager().add(new org.eclipse.jface.action.Action("Defended Footprint") {
            {
                setToolTipText("Defended footprint of an asset against a missile type, as a map "
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

    private void tab(String title, String tooltip, org.eclipse.swt.widgets.Control content) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        item.setToolTipText(tooltip);
        item.setControl(content);
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
        if (file == null) {
            return;
        }
        if (refreshScheduled) {
            Job pending = refreshJob;
            if (delayMs == 0 && pending != null && pending.getState() == Job.SLEEPING) {
                pending.wakeUp(); // an edit of the view: now, not after the typing delay
            }
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
                PlatformUI.getWorkbench().getDisplay().asyncExec(() -> show(result));
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setSystem(true);
        refreshJob = job;
        job.schedule(delayMs);
    }

    private void show(ScenarioAnalysis result) {
        if (header == null || header.isDisposed() || !result.file().equals(file)) {
            return;
        }
        analysis = result;
        if (result.report() == null) {
            header.setText(result.file().getFullPath() + ": " + result.problem());
        } else {
            long errors = result.report().findings().stream().filter(f -> f.severity().name().equals("ERROR")).count();
            header.setText("Scenario " + result.scenario().name() + "  (" + result.file().getFullPath() + ")  -  "
                    + result.report().assets().size() + " assets, " + result.scenario().raids().size() + " raids, "
                    + result.report().findings().size() + " findings (" + errors + " errors)\n" + result.report().assumptions());
        }
        map.show(result.scenario(), result.report(), result.problem());
        architecture.show(result.scenario(), result.problem());
        fillMatrix(result);
        fillFindings(result);
        setContentDescription(result.scenario() == null ? "" : result.scenario().name());
        header.getParent().layout(true, true);
        shown++;
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

    /**
     * Asks for an asset and a missile type (those in the scenario's scope) and shows the defended footprint map, as
     * {@code bulwark footprint} draws it, in a window of its own.
     */
    public void computeFootprint() {
        ScenarioAnalysis current = analysis;
        if (current == null || current.scenario() == null || current.scenario().assets().isEmpty()) {
            status("No asset to compute a footprint for: open a .bulwark scenario with assets first.");
            return;
        }
        Map<String, io.bulwark.core.scenario.MissileType> missiles = missileTypes(current);
        if (missiles.isEmpty()) {
            status("No missile type in the scenario's scope: import a catalog that declares one.");
            return;
        }
        Questions.FootprintAnswer answer = questions.footprint(current.scenario().assets().stream().map(a -> a.name()).toList(),
                List.copyOf(missiles.keySet()));
        if (answer == null) {
            return;
        }
        double ring = io.bulwark.ui.preferences.BulwarkPreferences.ringStepKm();
        double bearing = io.bulwark.ui.preferences.BulwarkPreferences.bearingStepDeg();
        Job job = Job.create("Defended footprint of " + answer.asset(), monitor -> {
            String svg;
            String problem = null;
            try {
                var footprint = new io.bulwark.core.footprint.FootprintAnalyzer().footprint(current.scenario(), answer.asset(),
                        missiles.get(answer.missile()), ring, bearing, io.bulwark.core.analysis.AnalysisOptions.DEFAULT);
                svg = FootprintMapSvg.render(current.scenario(), footprint);
            } catch (RuntimeException e) {
                svg = null;
                problem = "Defended footprint of " + answer.asset() + ": " + e.getMessage();
            }
            String map = svg;
            String failure = problem;
            Display.getDefault().asyncExec(() -> {
                if (header.isDisposed()) {
                    return;
                }
                if (map == null) {
                    status(failure);
                } else {
                    footprintWindow = SvgWindow.open(getSite().getShell(), "Defended footprint of " + answer.asset() + " against "
                            + answer.missile(), map);
                }
            });
        });
        job.schedule();
    }

    private SvgWindow footprintWindow;

    /** The last footprint window opened (tests). */
    public org.eclipse.swt.widgets.Shell getFootprintWindow() {
        return footprintWindow == null ? null : footprintWindow.shell();
    }

    /** The missile types in the scope of the scenario's file, by name. */
    private static Map<String, io.bulwark.core.scenario.MissileType> missileTypes(ScenarioAnalysis current) {
        Map<String, io.bulwark.core.scenario.MissileType> types = new java.util.TreeMap<>();
        current.scenario().raids().forEach(raid -> types.put(raid.missile().name(), raid.missile()));
        String text;
        try {
            text = FileEdits.text(current.file());
        } catch (CoreException e) {
            return types;
        }
        BulwarkDocuments.compute(current.file(), text, resource -> {
            if (resource.getResourceSet() == null) {
                return null;
            }
            for (var r : List.copyOf(resource.getResourceSet().getResources())) {
                r.getAllContents().forEachRemaining(e -> {
                    if (e instanceof io.bulwark.model.bulwark.MissileType type && type.getName() != null) {
                        try {
                            types.putIfAbsent(type.getName(), io.bulwark.model.mapping.ScenarioMapper.missileType(type));
                        } catch (RuntimeException incomplete) {
                            // a type with a missing value cannot be used; its file reports it
                        }
                    }
                });
            }
            return null;
        });
        return types;
    }

    /** A probability as the HTML report writes it. */
    private static String format(double value) {
        return Markup.probability(value);
    }

    // ------------------------------------------------------------------------------------------- editing

    /** Applies an edit of the map or the diagram to the scenario's file; says why when it cannot be made. */
    private void edit(String what, java.util.function.Function<ScenarioEditing.Target, List<Edit>> edit) {
        IFile target = file;
        if (target == null) {
            return;
        }
        String refusal = ScenarioEditing.apply(target, edit);
        if (refusal != null) {
            status(what + ": " + refusal);
            questions.refused(what, refusal);
        } else {
            status(what);
            scheduleRefresh(0);
        }
    }

    private final class MapHost implements MapPane.Host {

        @Override
        public void moved(MapHandle handle, double latitude, double longitude) {
            edit("Move " + handle.element(), target -> {
                ScenarioElement element = target.element(ElementKind.of(handle.kind().element()), handle.element());
                GeoPoint point = element instanceof io.bulwark.model.bulwark.Region region
                        ? (handle.vertex() >= 0 && handle.vertex() < region.getPoints().size() ? region.getPoints().get(handle.vertex()) : null)
                        : ScenarioEdits.positionOf(element);
                return ScenarioEdits.move(target.text(), point, latitude, longitude);
            });
        }

        @Override
        public void fillMenu(Menu menu, double latitude, double longitude, Optional<MapAnchor> element) {
            for (NewSite kind : NewSite.values()) {
                String label = "Add " + kind.keyword() + " here\u2026";
                menuItem(menu, label, () -> addSite(kind, latitude, longitude));
            }
            element.ifPresent(anchor -> {
                new MenuItem(menu, SWT.SEPARATOR);
                menuItem(menu, "Delete " + anchor.name(), () -> delete(ElementKind.of(anchor.kind()), anchor.name()));
                menuItem(menu, "Show " + anchor.name() + " in Editor", () -> open(anchor));
            });
        }

        @Override
        public void open(MapAnchor element) {
            reveal(analysis == null ? null : analysis.locations().get(element.key()));
        }
    }

    /** Adds a radar, battery or asset at a point, asking its type and owner. */
    void addSite(NewSite kind, double latitude, double longitude) {
        ScenarioEditing.Target now = currentTarget();
        if (now == null) {
            return;
        }
        List<String> types = kind == NewSite.ASSET ? List.of()
                : ScenarioEdits.typesInScope(now.model(), kind == NewSite.RADAR ? BulwarkPackage.Literals.RADAR__TYPE
                        : BulwarkPackage.Literals.BATTERY__TYPE);
        List<String> forces = now.model().getScenario().getElements().stream().filter(Force.class::isInstance).map(e -> e.getName()).toList();
        if (kind != NewSite.ASSET && (types.isEmpty() || forces.isEmpty())) {
            questions.refused("Add " + kind.keyword(), types.isEmpty() ? "No " + (kind == NewSite.RADAR ? "radar" : "interceptor")
                    + " type in the scenario's scope: import a catalog" : "The scenario declares no force to own it");
            return;
        }
        Questions.NewSiteAnswer answer = questions.newSite(kind, types, forces);
        if (answer != null) {
            edit("Add " + kind.keyword(), target -> ScenarioEdits.add(target.text(), target.model(), kind, answer.name(),
                    answer.type(), answer.owner(), answer.interceptors(), latitude, longitude));
        }
    }

    /** Deletes an element with the cascade of the viewpoint's delete tool. */
    void delete(ElementKind kind, String name) {
        edit("Delete " + name, target -> ScenarioEdits.delete(target.text(), target.element(kind, name)));
    }

    /** The file's text and model now, or null when it has no scenario. */
    private ScenarioEditing.Target currentTarget() {
        if (file == null) {
            return null;
        }
        try {
            String text = FileEdits.text(file);
            return BulwarkDocuments.compute(file, text, resource -> {
                org.eclipse.emf.ecore.util.EcoreUtil.resolveAll(resource);
                return !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model model && model.getScenario() != null
                        ? new ScenarioEditing.Target(text, model) : null;
            });
        } catch (CoreException e) {
            return null;
        }
    }

    private final class ArchitectureHost implements ArchitecturePane.Host {

        @Override
        public void connect(ArchitecturePane.Box from, ArchitecturePane.Box to) {
            if (from.kind() == ElementKind.FORCE && to.kind() == ElementKind.FORCE) {
                Questions.AgreementAnswer answer = questions.agreement(from.name(), to.name());
                if (answer != null) {
                    edit("Add agreement " + from.name() + (answer.mutual() ? " <-> " : " -> ") + to.name(), target -> ScenarioEdits.addAgreement(
                            target.text(), target.model(), from.name(), to.name(), answer.mutual(), answer.latencySeconds()));
                }
            } else if (from.kind() == ElementKind.RADAR && to.kind() == ElementKind.BATTERY) {
                RadarRole role = questions.role(from.name(), to.name());
                if (role != null) {
                    edit("Connect " + from.name() + " to " + to.name(), target -> ScenarioEdits.connect(target.text(),
                            (Battery) target.element(ElementKind.BATTERY, to.name()), (Radar) target.element(ElementKind.RADAR, from.name()),
                            role));
                }
            } else {
                status("Drag from a force to a force (agreement) or from a radar to a battery (fire control or cueing)");
            }
        }

        @Override
        public void rename(ArchitecturePane.Box box, String newName) {
            edit("Rename " + box.name() + " to " + newName, target -> ScenarioEdits.rename(target.element(box.kind(), box.name()), newName));
        }

        @Override
        public void delete(ArchitecturePane.Box box) {
            CoverageView.this.delete(box.kind(), box.name());
        }

        @Override
        public void fillMenu(Menu menu, ArchitecturePane.Box box) {
            menuItem(menu, "Rename " + box.name() + "\u2026", () -> architecture.startRename(box));
            menuItem(menu, "Delete " + box.name(), () -> delete(box));
            menuItem(menu, "Show " + box.name() + " in Editor",
                    () -> reveal(analysis == null ? null : analysis.locations().get(box.key())));
        }
    }

    private static void menuItem(Menu menu, String text, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, event -> action.run());
    }

    // ------------------------------------------------------------------------------------------- for tests

    /** Replaces the dialogs of the map and the diagram (tests answer them); null brings the dialogs back. */
    public void setQuestions(Questions newQuestions) {
        questions = newQuestions != null ? newQuestions : new Dialogs(getSite().getShell());
    }

    /** How many analyses the view has shown so far. */
    public int getShownCount() {
        return shown;
    }

    /** Brings the map (0), the architecture (1) or the negations (2) to the front. */
    public void showTab(int index) {
        tabs.setSelection(index);
    }

    /** The map canvas (tests post mouse events at its points). */
    public Canvas getMapCanvas() {
        return map.canvas();
    }

    /** Where an element's draggable handle is on the map canvas ("battery:PAC3_Osan"), or null. */
    public org.eclipse.swt.graphics.Point mapHandle(String key) {
        if (map.rendered() == null) {
            return null;
        }
        return map.rendered().handles().stream().filter(h -> h.key().equals(key)).findFirst()
                .map(h -> new org.eclipse.swt.graphics.Point((int) Math.round(h.x()), (int) Math.round(h.y()))).orElse(null);
    }

    /** The map's scale now, km per pixel. */
    public double getMapKmPerPixel() {
        return map.view().kmPerPixel();
    }

    /** The latitude and longitude under a point of the map canvas. */
    public double[] mapLatLon(int x, int y) {
        return map.view().toLatLon(x, y);
    }

    /** The architecture canvas. */
    public Canvas getArchitectureCanvas() {
        return architecture.canvas();
    }

    /** Where the box of an element ("force:USFK") is on the architecture canvas, or null. */
    public org.eclipse.swt.graphics.Point architectureBox(String key) {
        return architecture.boxes().stream().filter(b -> b.key().equals(key)).findFirst().map(architecture::onCanvas)
                .orElse(null);
    }

    /** Where a force's title is on the architecture canvas (a point of its box outside its radars and batteries), or null. */
    public org.eclipse.swt.graphics.Point architectureTitle(String key) {
        return architecture.boxes().stream().filter(b -> b.key().equals(key)).findFirst().map(architecture::titleOnCanvas)
                .orElse(null);
    }

    /** The inline rename field of the architecture tab, while it is open. */
    public org.eclipse.swt.widgets.Text getInlineEditor() {
        return architecture.inlineEditor();
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
        return map.hasImage();
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
        super.dispose();
    }
}
