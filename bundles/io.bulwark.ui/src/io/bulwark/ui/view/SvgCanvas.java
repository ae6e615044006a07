package io.bulwark.ui.view;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;

/**
 * A white canvas showing one SVG drawing rasterized by SWT: the raster is replaced by the next drawing and freed with
 * the canvas. The map, the architecture tab and the footprint window draw on it.
 */
final class SvgCanvas {

    private final Canvas canvas;
    private Image image;

    SvgCanvas(Composite parent, int style) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | style);
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addListener(SWT.Dispose, event -> clear());
    }

    Canvas canvas() {
        return canvas;
    }

    /** Rasterizes the drawing in place of the one shown; the caller redraws. */
    void show(String svg) {
        clear();
        image = new Image(canvas.getDisplay(), new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** Frees the drawing: none is shown until the next {@link #show}. */
    void clear() {
        if (image != null) {
            image.dispose();
            image = null;
        }
    }

    boolean hasImage() {
        return image != null;
    }

    /** The drawing's size in its own pixels; only with an image. */
    Rectangle imageSize() {
        return image.getBounds();
    }

    /** Draws the image with its top left corner at (x, y), in its own pixels. */
    void drawImage(GC gc, int x, int y) {
        gc.drawImage(image, x, y);
    }

    /** The scale at which the whole drawing fits the canvas, at most {@code largest}. */
    double fittingScale(double largest) {
        Rectangle area = canvas.getClientArea();
        Rectangle size = image.getBounds();
        return Math.min(largest, Math.min(area.width / (double) size.width, area.height / (double) size.height));
    }

    /** Draws the image from the top left corner, scaled smoothly. */
    void drawImageScaled(GC gc, double scale) {
        Rectangle size = image.getBounds();
        gc.setAntialias(SWT.ON);
        gc.setInterpolation(SWT.HIGH);
        gc.drawImage(image, 0, 0, size.width, size.height, 0, 0, (int) (size.width * scale), (int) (size.height * scale));
    }

    /**
     * Where the pointer is on the canvas. Button and menu events use it rather than their own coordinates, which
     * some X servers (Xvfb with XTest) leave at 0,0 for synthesized presses.
     */
    Point pointer() {
        return canvas.toControl(canvas.getDisplay().getCursorLocation());
    }

    /** A new context menu for the canvas, in place of the one the last right-click built. */
    Menu replaceMenu() {
        if (canvas.getMenu() != null) {
            canvas.getMenu().dispose();
        }
        Menu menu = new Menu(canvas);
        canvas.setMenu(menu);
        return menu;
    }
}
