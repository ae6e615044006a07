package io.bulwark.ui.view;

import java.util.Objects;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

import io.bulwark.core.report.CoverageReport;
import io.bulwark.core.scenario.Scenario;
import io.bulwark.report.geo.MapView;
import io.bulwark.report.svg.CoverageMap;
import io.bulwark.report.svg.MapAnchor;
import io.bulwark.report.svg.MapHandle;
import io.bulwark.report.svg.RenderedMap;
import io.bulwark.ui.Activator;

/**
 * The coverage map of the Coverage view, drawn by the report's renderer for the pane's size: zoom (wheel, +/- keys
 * and buttons, fit), pan (drag on the empty map), a tooltip with the key figures of the element under the cursor,
 * drag and drop of sites, launch points and region vertices, and a context menu the view fills.
 */
final class MapPane {

    /** What the view does with the map's gestures. */
    interface Host {
        /** A handle was dropped at a new position. */
        void moved(MapHandle handle, double latitude, double longitude);

        /** The context menu at a point, over an element or not. */
        void fillMenu(Menu menu, double latitude, double longitude, Optional<MapAnchor> element);

        /** Double-click on an element. */
        void open(MapAnchor element);
    }

    static final double ZOOM_STEP = 1.25;
    /** How near (px) the cursor must be to pick a handle or an element. */
    static final double PICK_PX = 9;

    private final Host host;
    private final Composite control;
    private final SvgCanvas drawing;
    private final Canvas canvas;
    private Scenario scenario;
    private CoverageReport report;
    private String problem = "Open a .bulwark scenario to see its coverage.";
    private MapView view;
    private RenderedMap rendered;

    private Point pressedAt;
    private MapHandle dragged;
    private Point draggedTo;
    private boolean panning;
    private String tooltipKey;
    private Point rightClickAt;

    MapPane(Composite parent, Host host) {
        this.host = host;
        control = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        control.setLayout(layout);
        ToolBar bar = new ToolBar(control, SWT.FLAT | SWT.RIGHT);
        tool(bar, "Zoom in (+)", "+", () -> zoom(ZOOM_STEP, null));
        tool(bar, "Zoom out (-)", "\u2212", () -> zoom(1 / ZOOM_STEP, null));
        tool(bar, "Show the whole scenario (0)", "Fit", this::fit);
        drawing = new SvgCanvas(control, SWT.BORDER);
        canvas = drawing.canvas();
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas.addPaintListener(event -> paint(event.gc));
        canvas.addListener(SWT.Resize, event -> resized());
        canvas.addListener(SWT.MouseVerticalWheel, event -> zoom(event.count > 0 ? ZOOM_STEP : 1 / ZOOM_STEP, pointer()));
        canvas.addListener(SWT.KeyDown, this::key);
        canvas.addListener(SWT.MouseDown, this::down);
        canvas.addListener(SWT.MouseMove, this::move);
        canvas.addListener(SWT.MouseUp, this::up);
        canvas.addListener(SWT.MouseDoubleClick, event -> {
            Point at = pointer();
            anchorAt(at.x, at.y).ifPresent(host::open);
        });
        canvas.addListener(SWT.MenuDetect, this::menu);
    }

    private static void tool(ToolBar bar, String tip, String text, Runnable action) {
        ToolItem item = new ToolItem(bar, SWT.PUSH);
        item.setText(text);
        item.setToolTipText(tip);
        item.addListener(SWT.Selection, event -> action.run());
    }

    Composite control() {
        return control;
    }

    Canvas canvas() {
        return canvas;
    }

    /** Shows a scenario's map: the same view when it is the scenario already shown (an edit), else the whole scenario. */
    void show(Scenario newScenario, CoverageReport newReport, String newProblem) {
        boolean same = scenario != null && newScenario != null && scenario.name().equals(newScenario.name());
        scenario = newScenario;
        report = newReport;
        problem = newProblem;
        if (!same) {
            view = null;
        }
        render();
    }

    /** The whole scenario at the pane's size. */
    void fit() {
        view = null;
        render();
    }

    void zoom(double factor, Point at) {
        if (view == null) {
            return;
        }
        Point centre = at != null ? at : new Point(view.widthPx() / 2, view.heightPx() / 2);
        view = view.zoomed(factor, centre.x, centre.y);
        render();
    }

    MapView view() {
        return view;
    }

    RenderedMap rendered() {
        return rendered;
    }

    boolean hasImage() {
        return drawing.hasImage();
    }

    private void resized() {
        Rectangle area = canvas.getClientArea();
        if (view != null && area.width > 0 && area.height > 0) {
            view = view.resized(area.width, area.height);
        }
        render();
    }

    private void render() {
        drawing.clear();
        rendered = null;
        Rectangle area = canvas.getClientArea();
        if (scenario != null && area.width > 10 && area.height > 10) {
            try {
                if (view == null) {
                    view = CoverageMap.fit(scenario, area.width, area.height);
                }
                rendered = CoverageMap.render(scenario, report, view, CoverageMap.Options.VIEWER);
                drawing.show(rendered.svg());
            } catch (RuntimeException | LinkageError e) {
                problem = "The map could not be drawn: " + e.getMessage();
                Activator.log("Bulwark: cannot draw the coverage map", e);
            }
        }
        canvas.redraw();
    }

    private void paint(GC gc) {
        if (!drawing.hasImage()) {
            gc.drawText(problem == null ? "No scenario" : problem, 10, 10, true);
            return;
        }
        int dx = panning && draggedTo != null ? draggedTo.x - pressedAt.x : 0;
        int dy = panning && draggedTo != null ? draggedTo.y - pressedAt.y : 0;
        drawing.drawImage(gc, dx, dy);
        if (dragged != null && draggedTo != null) {
            gc.setAntialias(SWT.ON);
            gc.setLineWidth(2);
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
            gc.setLineStyle(SWT.LINE_DASH);
            gc.drawLine((int) dragged.x(), (int) dragged.y(), draggedTo.x, draggedTo.y);
            gc.setLineStyle(SWT.LINE_SOLID);
            gc.drawOval(draggedTo.x - 7, draggedTo.y - 7, 14, 14);
            double[] latLon = view.toLatLon(draggedTo.x, draggedTo.y);
            gc.drawText(String.format(java.util.Locale.ROOT, "%s  %.3f, %.3f", dragged.element(), latLon[0], latLon[1]), draggedTo.x + 10,
                    draggedTo.y + 8, false);
        }
        if (rendered != null && problem != null && report == null) {
            gc.drawText(problem, 10, 10, false);
        }
    }

    private void key(Event event) {
        switch (event.character) {
            case '+', '=' -> zoom(ZOOM_STEP, null);
            case '-' -> zoom(1 / ZOOM_STEP, null);
            case '0' -> fit();
            default -> {
            }
        }
    }

    private Point pointer() {
        return drawing.pointer();
    }

    private void down(Event event) {
        canvas.setFocus();
        Point at = pointer();
        rightClickAt = event.button == 3 ? at : null;
        if (event.button != 1 || rendered == null) {
            return;
        }
        pressedAt = at;
        dragged = rendered.handleAt(at.x, at.y, PICK_PX).orElse(null);
        panning = dragged == null;
        draggedTo = null;
    }

    private void move(Event event) {
        if (pressedAt != null) {
            draggedTo = new Point(event.x, event.y);
            canvas.redraw();
            return;
        }
        Optional<MapAnchor> anchor = anchorAt(event.x, event.y);
        String key = anchor.map(MapAnchor::key).orElse(null);
        if (!Objects.equals(key, tooltipKey)) {
            tooltipKey = key;
            canvas.setToolTipText(anchor.map(MapAnchor::tooltip).orElse(null));
        }
    }

    private void up(Event event) {
        if (pressedAt == null) {
            return;
        }
        Point at = pointer();
        boolean movedEnough = Math.abs(at.x - pressedAt.x) + Math.abs(at.y - pressedAt.y) >= 3;
        MapHandle handle = dragged;
        int dx = at.x - pressedAt.x;
        int dy = at.y - pressedAt.y;
        boolean wasPanning = panning;
        pressedAt = null;
        dragged = null;
        draggedTo = null;
        panning = false;
        if (!movedEnough) {
            canvas.redraw();
        } else if (wasPanning) {
            view = view.panned(dx, dy);
            render();
        } else if (handle != null) {
            double[] latLon = view.toLatLon(at.x, at.y);
            canvas.redraw();
            host.moved(handle, latLon[0], latLon[1]);
        }
    }

    private void menu(Event event) {
        if (view == null) {
            event.doit = false;
            return;
        }
        // the right-click's point; the centre for the menu key
        Point at = event.detail == SWT.MENU_KEYBOARD ? new Point(view.widthPx() / 2, view.heightPx() / 2)
                : rightClickAt != null ? rightClickAt : pointer();
        double[] latLon = view.toLatLon(at.x, at.y);
        host.fillMenu(drawing.replaceMenu(), latLon[0], latLon[1], anchorAt(at.x, at.y));
    }

    private Optional<MapAnchor> anchorAt(int x, int y) {
        return rendered == null ? Optional.empty() : rendered.anchorAt(x, y, PICK_PX);
    }
}
