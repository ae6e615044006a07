package io.bulwark.ui.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Text;

import io.bulwark.core.scenario.Scenario;
import io.bulwark.model.mapping.ElementKind;
import io.bulwark.report.svg.ArchitectureDiagramSvg;
import io.bulwark.ui.Activator;

/**
 * The architecture tab of the Coverage view: the ELK-laid-out diagram of {@link ArchitectureDiagramSvg}, rasterized,
 * hit-tested with the boxes it draws. Drag from a force to a force draws an agreement, from a radar to a battery a
 * fire-control or cueing connection; double-click or F2 renames in place; Del or the context menu deletes.
 */
final class ArchitecturePane {

    /** A box of the diagram: an element's kind (force, radar, battery or asset), name and bounds (image pixels). */
    record Box(ElementKind kind, String name, Rectangle bounds) {

        /** The element's key, as the view's locations are keyed: "force:USFK". */
        String key() {
            return ScenarioAnalysis.key(kind, name);
        }

        Point centre() {
            return new Point(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
        }
    }

    /** What the view does with the diagram's gestures. */
    interface Host {
        void connect(Box from, Box to);

        void rename(Box box, String newName);

        void delete(Box box);

        void fillMenu(Menu menu, Box box);
    }

    /** A box is a rect followed by the text of its label (see ArchitectureDiagramSvg.draw). */
    private static final Pattern BOX = Pattern.compile(
            "<rect x=\"([-\\d.]+)\" y=\"([-\\d.]+)\" width=\"([\\d.]+)\" height=\"([\\d.]+)\"[^>]*/>\\s*<text [^>]*>([^<]*)</text>");

    private final Host host;
    private final SvgCanvas drawing;
    private final Canvas canvas;
    private String problem = "Open a .bulwark scenario to see its architecture.";
    private List<Box> boxes = List.of();
    private double scale = 1;
    private Box selected;
    private Box pressed;
    private Point dragTo;
    private Text inlineEditor;

    ArchitecturePane(Composite parent, Host host) {
        this.host = host;
        drawing = new SvgCanvas(parent, SWT.BORDER);
        canvas = drawing.canvas();
        canvas.setToolTipText("Drag from a force to a force: agreement; from a radar to a battery: fire control or cueing. "
                + "Double-click or F2: rename. Del: delete.");
        canvas.addPaintListener(event -> paint(event.gc));
        canvas.addListener(SWT.Resize, event -> canvas.redraw());
        canvas.addListener(SWT.MouseDown, this::down);
        canvas.addListener(SWT.MouseMove, this::move);
        canvas.addListener(SWT.MouseUp, this::up);
        canvas.addListener(SWT.MouseDoubleClick, event -> {
            Point at = pointer();
            Box box = boxAt(at.x, at.y);
            if (box != null) {
                startRename(box);
            }
        });
        canvas.addListener(SWT.KeyDown, event -> {
            if ((event.keyCode == SWT.DEL || event.character == SWT.DEL) && selected != null) {
                host.delete(selected);
            } else if (event.keyCode == SWT.F2 && selected != null) {
                startRename(selected);
            }
        });
        canvas.addListener(SWT.MenuDetect, event -> {
            Point at = pointer();
            Box box = boxAt(at.x, at.y);
            if (box == null) {
                event.doit = false;
                return;
            }
            selected = box;
            canvas.redraw();
            host.fillMenu(drawing.replaceMenu(), box);
        });
    }

    Canvas canvas() {
        return canvas;
    }

    void show(Scenario scenario, String newProblem) {
        drawing.clear();
        boxes = List.of();
        problem = newProblem;
        if (scenario != null) {
            try {
                String svg = ArchitectureDiagramSvg.render(scenario);
                drawing.show(svg);
                boxes = boxes(svg, scenario);
            } catch (RuntimeException | LinkageError e) {
                problem = "The architecture could not be drawn: " + e.getMessage();
                Activator.log("Bulwark: cannot draw the architecture", e);
            }
        }
        if (selected != null) {
            Box old = selected;
            selected = boxes.stream().filter(b -> b.kind() == old.kind() && b.name().equals(old.name())).findFirst().orElse(null);
        }
        canvas.redraw();
    }

    /** The element boxes of the diagram, smallest first (so a site wins over its force). */
    static List<Box> boxes(String svg, Scenario scenario) {
        List<Box> found = new ArrayList<>();
        Matcher m = BOX.matcher(svg);
        while (m.find()) {
            String label = m.group(5);
            String name = label.split("[ (]", 2)[0];
            ElementKind kind = kindOf(scenario, name, label);
            if (kind != null) {
                found.add(new Box(kind, name, new Rectangle((int) Math.round(Double.parseDouble(m.group(1))),
                        (int) Math.round(Double.parseDouble(m.group(2))), (int) Math.round(Double.parseDouble(m.group(3))),
                        (int) Math.round(Double.parseDouble(m.group(4))))));
            }
        }
        found.sort(Comparator.comparingInt(b -> b.bounds().width * b.bounds().height));
        return found;
    }

    private static ElementKind kindOf(Scenario scenario, String name, String label) {
        if (label.contains(" : ")) {
            if (scenario.radars().stream().anyMatch(r -> r.name().equals(name))) {
                return ElementKind.RADAR;
            }
            return scenario.batteries().stream().anyMatch(b -> b.name().equals(name)) ? ElementKind.BATTERY : null;
        }
        if (label.contains("(requires ") && scenario.assets().stream().anyMatch(a -> a.name().equals(name))) {
            return ElementKind.ASSET;
        }
        return scenario.forces().stream().anyMatch(f -> f.name().equals(name)) ? ElementKind.FORCE : null;
    }

    List<Box> boxes() {
        return boxes;
    }

    Box selected() {
        return selected;
    }

    /** Where a box's centre is on the canvas. */
    Point onCanvas(Box box) {
        Point centre = box.centre();
        return new Point((int) Math.round(centre.x * scale), (int) Math.round(centre.y * scale));
    }

    /** A point of the box's title row on the canvas. */
    Point titleOnCanvas(Box box) {
        Rectangle b = scaled(box.bounds());
        return new Point(b.x + 8, b.y + 8);
    }

    Text inlineEditor() {
        return inlineEditor;
    }

    private void paint(GC gc) {
        if (!drawing.hasImage()) {
            gc.drawText(problem == null ? "No scenario" : problem, 10, 10, true);
            return;
        }
        scale = drawing.fittingScale(1);
        drawing.drawImageScaled(gc, scale);
        if (selected != null) {
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
            gc.setLineWidth(3);
            Rectangle b = scaled(selected.bounds());
            gc.drawRectangle(b.x - 2, b.y - 2, b.width + 4, b.height + 4);
        }
        if (pressed != null && dragTo != null) {
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
            gc.setLineWidth(2);
            gc.setLineStyle(SWT.LINE_DASH);
            Point from = onCanvas(pressed);
            gc.drawLine(from.x, from.y, dragTo.x, dragTo.y);
            gc.setLineStyle(SWT.LINE_SOLID);
        }
    }

    private Rectangle scaled(Rectangle r) {
        return new Rectangle((int) (r.x * scale), (int) (r.y * scale), (int) (r.width * scale), (int) (r.height * scale));
    }

    private Box boxAt(int x, int y) {
        for (Box box : boxes) {
            if (scaled(box.bounds()).contains(x, y)) {
                return box;
            }
        }
        return null;
    }

    private Point pointer() {
        return drawing.pointer();
    }

    private void down(Event event) {
        canvas.setFocus();
        if (event.button != 1) {
            return;
        }
        Point at = pointer();
        pressed = boxAt(at.x, at.y);
        selected = pressed;
        dragTo = null;
        canvas.redraw();
    }

    private void move(Event event) {
        if (pressed != null) {
            dragTo = new Point(event.x, event.y);
            canvas.redraw();
        }
    }

    private void up(Event event) {
        Box from = pressed;
        pressed = null;
        dragTo = null;
        canvas.redraw();
        Point at = pointer();
        Box to = boxAt(at.x, at.y);
        if (from != null && to != null && to != from) {
            host.connect(from, to);
        }
    }

    /** An inline text over the box with its name: Enter renames, Esc or leaving it cancels. */
    void startRename(Box box) {
        if (inlineEditor != null && !inlineEditor.isDisposed()) {
            inlineEditor.dispose();
        }
        Text text = new Text(canvas, SWT.BORDER | SWT.SINGLE);
        Rectangle b = scaled(box.bounds());
        text.setBounds(b.x, b.y + Math.max(0, (b.height - 26) / 2), Math.max(b.width, 120), 26);
        text.setText(box.name());
        text.selectAll();
        text.setFocus();
        text.addListener(SWT.DefaultSelection, event -> {
            String newName = text.getText().strip();
            text.dispose();
            if (!newName.isEmpty() && !newName.equals(box.name())) {
                host.rename(box, newName);
            }
        });
        text.addListener(SWT.KeyDown, event -> {
            if (event.keyCode == SWT.ESC) {
                text.dispose();
            }
        });
        text.addListener(SWT.FocusOut, event -> text.getDisplay().asyncExec(() -> {
            if (!text.isDisposed()) {
                text.dispose();
            }
        }));
        inlineEditor = text;
    }
}
