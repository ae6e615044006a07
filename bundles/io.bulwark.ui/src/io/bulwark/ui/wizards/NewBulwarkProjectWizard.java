package io.bulwark.ui.wizards;

import org.eclipse.core.runtime.IPath;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;

/** File > New > Bulwark Project: a project with the Bulwark nature and the example catalog under catalog/. */
public class NewBulwarkProjectWizard extends ProjectCreatingWizard {

    private WizardNewProjectCreationPage page;

    public NewBulwarkProjectWizard() {
        super("New Bulwark Project", "The project could not be created");
    }

    @Override
    public void addPages() {
        page = new WizardNewProjectCreationPage("bulwarkProject");
        page.setTitle("Bulwark Project");
        page.setDescription("A project for missile-defense scenarios, with the example catalog of interceptor, radar and missile types.");
        addPage(page);
    }

    @Override
    protected ProjectCreation creation() {
        String name = page.getProjectName();
        IPath location = page.useDefaults() ? null : page.getLocationPath();
        return monitor -> ExampleProjects.createProject(name, location, monitor);
    }
}
