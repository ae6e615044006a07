package io.bulwark.ui.wizards;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

import io.bulwark.ui.Activator;

/** File > New > Example > Bulwark Korea 2016 Example: installs the example project and opens its scenario. */
public class ExampleProjectWizard extends ProjectCreatingWizard {

    private Text name;

    public ExampleProjectWizard() {
        super("Korea 2016 Example", "The example could not be installed");
    }

    @Override
    public void addPages() {
        addPage(new WizardPage("example") {
            {
                setTitle("Bulwark Korea 2016 Example");
                setDescription("The THAAD-at-Seongju scenario with the catalog of public figures, and two smaller scenarios.");
            }

            @Override
            public void createControl(Composite parent) {
                Composite composite = new Composite(parent, SWT.NONE);
                composite.setLayout(new GridLayout(2, false));
                new Label(composite, SWT.NONE).setText("Project name:");
                name = new Text(composite, SWT.BORDER);
                name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
                name.setText(ExampleProjects.EXAMPLE_PROJECT);
                name.addModifyListener(event -> validate());
                setControl(composite);
                validate();
            }

            private void validate() {
                String value = name.getText().trim();
                var status = ResourcesPlugin.getWorkspace().validateName(value, IResource.PROJECT);
                String error = !status.isOK() ? status.getMessage()
                        : ResourcesPlugin.getWorkspace().getRoot().getProject(value).exists() ? "A project " + value + " exists already." : null;
                setErrorMessage(error);
                setPageComplete(error == null);
            }
        });
    }

    @Override
    protected ProjectCreation creation() {
        String projectName = name.getText().trim();
        return monitor -> ExampleProjects.createExample(projectName, monitor);
    }

    @Override
    protected void created(IProject project, IWorkbench workbench) {
        try {
            IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), project.getFile(ExampleProjects.EXAMPLE_SCENARIO), true);
        } catch (PartInitException e) {
            Activator.log("cannot open the example scenario", e);
        }
    }
}
