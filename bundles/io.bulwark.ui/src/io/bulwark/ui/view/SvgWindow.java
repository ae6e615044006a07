package io.bulwark.ui.view;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Shell;

/** A window showing an SVG drawing (the defended footprint map), scaled to the window. */
final class SvgWindow {

    private final Shell shell;

    private SvgWindow(Shell shell) {
        this.shell = shell;
    }

    Shell shell() {
        return shell;
    }

    static SvgWindow open(Shell parent, String title, String svg) {
        Shell shell = new Shell(parent, SWT.SHELL_TRIM);
        shell.setText(title);
        shell.setLayout(new FillLayout());
        SvgCanvas drawing = new SvgCanvas(shell, SWT.NONE);
        drawing.show(svg);
        Canvas canvas = drawing.canvas();
        canvas.addPaintListener(event -> drawing.drawImageScaled(event.gc, drawing.fittingScale(Double.MAX_VALUE)));
        canvas.addListener(SWT.Resize, event -> canvas.redraw());
        Rectangle screen = parent.getMonitor().getClientArea();
        Rectangle size = drawing.imageSize();
        shell.setSize(Math.min(size.width + 20, screen.width * 8 / 10), Math.min(size.height + 50, screen.height * 8 / 10));
        shell.open();
        return new SvgWindow(shell);
    }
}
