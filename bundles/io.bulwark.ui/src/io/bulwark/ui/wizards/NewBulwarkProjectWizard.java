package io.bulwark.ui.wizards;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/** File > New > Bulwark Project: a project with the Bulwark nature and the example catalog under catalog/. */
public class NewBulwarkProjectWizard extends Wizard implements INewWizard {

    private WizardNewProjectCreationPage page;
    private IWorkbench workbench;

    public NewBulwarkProjectWizard() {
        setWindowTitle("New Bulwark Project");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
    }

    @Override
    public void addPages() {
        page = new WizardNewProjectCreationPage("bulwarkProject");
        page.setTitle("Bulwark Project");
        page.setDescription("A project for missile-defense scenarios, with the example catalog of interceptor, radar and missile types.");
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        String name = page.getProjectName();
        IPath location = page.useDefaults() ? null : page.getLocationPath();
        IProject[] created = new IProject[1];
        try {
            getContainer().run(true, true, monitor -> {
                try {
                    created[0] = ExampleProjects.createProject(name, location, monitor);
                } catch (CoreException e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InvocationTargetException e) {
            MessageDialog.openError(getShell(), "New Bulwark Project", "The project could not be created: " + e.getCause().getMessage());
            return false;
        } catch (InterruptedException e) {
            return false;
        }
        BasicNewResourceWizard.selectAndReveal(created[0], workbench.getActiveWorkbenchWindow());
        return true;
    }
}
