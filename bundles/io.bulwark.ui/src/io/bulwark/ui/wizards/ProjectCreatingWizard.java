package io.bulwark.ui.wizards;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/**
 * A wizard whose finish creates one project under the wizard's progress bar, says in a dialog when that fails,
 * and selects the new project in the workbench.
 */
abstract class ProjectCreatingWizard extends Wizard implements INewWizard {

    /** Creates the project; runs off the UI thread, so it must not read the wizard's widgets. */
    @FunctionalInterface
    interface ProjectCreation {
        IProject create(IProgressMonitor monitor) throws CoreException;
    }

    private final String failure;
    private IWorkbench workbench;

    /** {@code failure} starts the error dialog's message, e.g. "The project could not be created". */
    ProjectCreatingWizard(String title, String failure) {
        this.failure = failure;
        setWindowTitle(title);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
    }

    /** Reads the pages (on the UI thread) and returns the work that creates the project. */
    protected abstract ProjectCreation creation();

    /** What follows once the project exists and is selected; nothing by default. */
    protected void created(IProject project, IWorkbench workbench) {
    }

    @Override
    public boolean performFinish() {
        ProjectCreation creation = creation();
        IProject[] project = new IProject[1];
        try {
            getContainer().run(true, true, monitor -> {
                try {
                    project[0] = creation.create(monitor);
                } catch (CoreException e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InvocationTargetException e) {
            MessageDialog.openError(getShell(), getWindowTitle(), failure + ": " + e.getCause().getMessage());
            return false;
        } catch (InterruptedException e) {
            return false;
        }
        BasicNewResourceWizard.selectAndReveal(project[0], workbench.getActiveWorkbenchWindow());
        created(project[0], workbench);
        return true;
    }
}
