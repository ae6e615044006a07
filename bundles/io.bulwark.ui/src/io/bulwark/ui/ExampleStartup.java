package io.bulwark.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

import io.bulwark.ui.preferences.BulwarkPreferences;
import io.bulwark.ui.view.CoverageView;
import io.bulwark.ui.wizards.ExampleProjects;

/**
 * Bulwark Studio's first start: when the product asks for it (createExampleOnFirstStart in
 * plugin_customization.ini) and the workspace is empty, the Korea 2016 example project is created and its
 * scenario opened. Only once per workspace: a deleted example is not recreated (Help > Open the Korea 2016
 * Example brings it back).
 */
public class ExampleStartup implements IStartup {

    /** Job family of the first-start example creation. */
    public static final Object FAMILY = new Object();

    @Override
    public void earlyStartup() {
        if (!prefs().getBoolean(BulwarkPreferences.QUALIFIER, BulwarkPreferences.CREATE_EXAMPLE_ON_FIRST_START, false, null)
                || prefs().getBoolean(BulwarkPreferences.QUALIFIER, BulwarkPreferences.EXAMPLE_CREATED, false, null)
                || ResourcesPlugin.getWorkspace().getRoot().getProjects().length > 0) {
            return;
        }
        BulwarkPreferences.setFlag(BulwarkPreferences.EXAMPLE_CREATED);
        openExample();
    }

    private static org.eclipse.core.runtime.preferences.IPreferencesService prefs() {
        return org.eclipse.core.runtime.Platform.getPreferencesService();
    }

    /** Creates the example project if it is missing, then opens its scenario and the Coverage view. */
    public static void openExample() {
        Job job = new Job("Installing the Korea 2016 example") {
            @Override
            protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
                try {
                    IProject project = ExampleProjects.createExample(ExampleProjects.EXAMPLE_PROJECT, monitor);
                    IFile scenario = project.getFile(ExampleProjects.EXAMPLE_SCENARIO);
                    PlatformUI.getWorkbench().getDisplay().asyncExec(() -> open(scenario));
                    return Status.OK_STATUS;
                } catch (CoreException e) {
                    return e.getStatus();
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setRule(ResourcesPlugin.getWorkspace().getRoot());
        job.schedule();
    }

    private static void open(IFile scenario) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
            window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        }
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page == null) {
            return;
        }
        try {
            IDE.openEditor(page, scenario, true);
            page.showView(CoverageView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            Activator.log("cannot open the Korea 2016 example", e);
        }
    }

    /** Help > Open the Korea 2016 Example. */
    public static class OpenExampleHandler extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            openExample();
            return null;
        }
    }
}
