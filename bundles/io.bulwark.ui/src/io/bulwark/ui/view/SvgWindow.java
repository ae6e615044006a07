package io.bulwark.ui.view;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
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
        Image image = new Image(shell.getDisplay(), new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        Canvas canvas = new Canvas(shell, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(shell.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(event -> {
            Rectangle area = canvas.getClientArea();
            Rectangle size = image.getBounds();
            double scale = Math.min(area.width / (double) size.width, area.height / (double) size.height);
            event.gc.setAntialias(SWT.ON);
            event.gc.setInterpolation(SWT.HIGH);
            event.gc.drawImage(image, 0, 0, size.width, size.height, 0, 0, (int) (size.width * scale), (int) (size.height * scale));
        });
        canvas.addListener(SWT.Resize, event -> canvas.redraw());
        shell.addListener(SWT.Dispose, event -> image.dispose());
        Rectangle screen = parent.getMonitor().getClientArea();
        Rectangle size = image.getBounds();
        shell.setSize(Math.min(size.width + 20, screen.width * 8 / 10), Math.min(size.height + 50, screen.height * 8 / 10));
        shell.open();
        return new SvgWindow(shell);
    }
}
