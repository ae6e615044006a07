package io.bulwark.ui.tests;

import static io.bulwark.ui.tests.Workbench.page;
import static io.bulwark.ui.tests.Workbench.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * After a class of workbench tests: closes its editors (unsaved changes are dropped) and every window it left open.
 * The classes share one workbench, and what one leaves changes the next: a dialog takes the keys another posts, an
 * editor of a file with the same name answers for another project's. A window left open (a dialog, a footprint map)
 * is a failure of the class that left it, named with the window's title.
 */
final class Leftovers implements AfterAllCallback {

    @Override
    public void afterAll(ExtensionContext context) {
        List<String> windows = ui(() -> {
            List<String> closed = new ArrayList<>();
            List<Shell> workbench = Arrays.stream(PlatformUI.getWorkbench().getWorkbenchWindows()).map(IWorkbenchWindow::getShell).toList();
            for (Shell shell : Display.getDefault().getShells()) {
                if (!shell.isDisposed() && shell.isVisible() && !workbench.contains(shell)) {
                    if (!shell.getText().isEmpty()) {
                        closed.add(shell.getText());
                    }
                    shell.close();
                }
            }
            page().closeAllEditors(false);
            return closed;
        });
        if (!windows.isEmpty()) {
            throw new AssertionError(context.getDisplayName() + " left windows open (now closed): " + windows);
        }
    }
}
