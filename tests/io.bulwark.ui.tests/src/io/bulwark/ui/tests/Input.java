package io.bulwark.ui.tests;

import static io.bulwark.ui.tests.Workbench.await;
import static io.bulwark.ui.tests.Workbench.ui;
import static io.bulwark.ui.tests.Workbench.uiRun;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

/**
 * Real mouse and key events posted to the display, each awaited until the workbench has handled it, never a fixed
 * sleep: the canvases read the pointer's position when they handle a press or a release, so a move posted before the
 * press was handled would move the press too (on a loaded machine the workbench handles events later).
 */
final class Input {

    /** Presses and releases the workbench has handled, counted by a display filter. */
    private static final AtomicInteger BUTTONS = new AtomicInteger();
    private static boolean counting;

    private Input() {
    }

    /** Moves the pointer to a point of the display and waits until the display has it there. */
    static void moveTo(Point display) {
        uiRun(() -> assertTrue(Display.getDefault().post(mouse(SWT.MouseMove, display, 0)), "posted a move to " + display));
        await("the pointer at " + display, () -> ui(() -> Display.getDefault().getCursorLocation()), display::equals);
    }

    /** Presses or releases a mouse button where the pointer is and waits until the workbench has handled it. */
    static void button(int type, Point display, int button) {
        int before = ui(() -> {
            countButtons();
            return BUTTONS.get();
        });
        uiRun(() -> assertTrue(Display.getDefault().post(mouse(type, display, button)), "posted " + type + " of button " + button));
        await("the workbench to handle " + (type == SWT.MouseDown ? "the press" : "the release") + " of button " + button + " at " + display,
                BUTTONS::get, handled -> handled > before);
    }

    /**
     * Posts a button's event without waiting for it: the release of a right-click goes to the context menu it opened,
     * which is no widget that reports it.
     */
    static void buttonUnawaited(int type, Point display, int button) {
        uiRun(() -> assertTrue(Display.getDefault().post(mouse(type, display, button)), "posted " + type + " of button " + button));
    }

    /**
     * Posts a key's events (with a modifier held when not 0). The caller waits for what the key does: a key the
     * workbench binds to a command is consumed before any filter sees it.
     */
    static void key(int modifier, int keyCode, char character) {
        if (modifier != 0) {
            post(keyEvent(SWT.KeyDown, modifier, '\0'));
        }
        post(keyEvent(SWT.KeyDown, keyCode, character));
        post(keyEvent(SWT.KeyUp, keyCode, character));
        if (modifier != 0) {
            post(keyEvent(SWT.KeyUp, modifier, '\0'));
        }
    }

    /** Press on {@code from}, move in steps, release on {@code to} (canvas coordinates). */
    static void drag(Canvas canvas, Point from, Point to) {
        Point start = ui(() -> canvas.toDisplay(from));
        Point end = ui(() -> canvas.toDisplay(to));
        moveTo(start);
        button(SWT.MouseDown, start, 1);
        for (int step = 1; step <= 8; step++) {
            moveTo(new Point(start.x + (end.x - start.x) * step / 8, start.y + (end.y - start.y) * step / 8));
        }
        button(SWT.MouseUp, end, 1);
    }

    /** A click of the first button on a point of the canvas. */
    static void click(Canvas canvas, Point at) {
        Point display = ui(() -> canvas.toDisplay(at));
        moveTo(display);
        button(SWT.MouseDown, display, 1);
        button(SWT.MouseUp, display, 1);
    }

    private static void post(Event event) {
        uiRun(() -> assertTrue(Display.getDefault().post(event), "posted key " + event.keyCode));
    }

    /** UI thread. */
    private static void countButtons() {
        if (!counting) {
            Display.getDefault().addFilter(SWT.MouseDown, event -> BUTTONS.incrementAndGet());
            Display.getDefault().addFilter(SWT.MouseUp, event -> BUTTONS.incrementAndGet());
            counting = true;
        }
    }

    private static Event mouse(int type, Point display, int button) {
        Event event = new Event();
        event.type = type;
        event.x = display.x;
        event.y = display.y;
        event.button = button;
        return event;
    }

    private static Event keyEvent(int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        return event;
    }
}
