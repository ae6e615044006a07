package io.bulwark.ui;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import io.bulwark.ui.preferences.BulwarkPreferences;

/**
 * Bulwark Studio's first start on a workspace: the window takes {@value #SHARE_PERCENT} % of the primary monitor's
 * client area, centred, instead of the workbench's fixed default size (1018 x 739 whatever the screen). Only when the
 * product asks for it (fitWindowOnFirstStart in plugin_customization.ini), and once: later starts keep the size the
 * user left.
 */
public class StudioWindow implements IStartup {

    static final int SHARE_PERCENT = 90;

    private static volatile Rectangle applied;

    @Override
    public void earlyStartup() {
        if (!Platform.getPreferencesService().getBoolean(BulwarkPreferences.QUALIFIER, BulwarkPreferences.FIT_WINDOW_ON_FIRST_START, false, null)
                || Platform.getPreferencesService().getBoolean(BulwarkPreferences.QUALIFIER, BulwarkPreferences.WINDOW_FITTED, false, null)) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.asyncExec(() -> {
            for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
                Shell shell = window.getShell();
                Rectangle bounds = sensibleBounds(display.getPrimaryMonitor().getClientArea());
                shell.setMaximized(false);
                shell.setBounds(bounds);
                applied = bounds;
            }
            BulwarkPreferences.setFlag(BulwarkPreferences.WINDOW_FITTED);
        });
    }

    /** {@value #SHARE_PERCENT} % of the area in each direction, centred in it. */
    public static Rectangle sensibleBounds(Rectangle area) {
        int width = area.width * SHARE_PERCENT / 100;
        int height = area.height * SHARE_PERCENT / 100;
        return new Rectangle(area.x + (area.width - width) / 2, area.y + (area.height - height) / 2, width, height);
    }

    /** The bounds given to the window on this start, or null when it kept its size. */
    public static Rectangle appliedBounds() {
        return applied;
    }
}
