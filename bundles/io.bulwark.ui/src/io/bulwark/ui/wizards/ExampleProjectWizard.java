package io.bulwark.ui.wizards;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

import io.bulwark.ui.Activator;

/** File > New > Example > Bulwark Korea 2016 Example: installs the example project and opens its scenario. */
public class ExampleProjectWizard extends Wizard implements INewWizard {

    private IWorkbench workbench;
    private Text name;

    public ExampleProjectWizard() {
        setWindowTitle("Korea 2016 Example");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
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
                var status = ResourcesPlugin.getWorkspace().validateName(value, org.eclipse.core.resources.IResource.PROJECT);
                String error = !status.isOK() ? status.getMessage()
                        : ResourcesPlugin.getWorkspace().getRoot().getProject(value).exists() ? "A project " + value + " exists already." : null;
                setErrorMessage(error);
                setPageComplete(error == null);
            }
        });
    }

    @Override
    public boolean performFinish() {
        String projectName = name.getText().trim();
        IProject[] project = new IProject[1];
        try {
            getContainer().run(true, true, monitor -> {
                try {
                    project[0] = ExampleProjects.createExample(projectName, monitor);
                } catch (CoreException e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InvocationTargetException e) {
            MessageDialog.openError(getShell(), "Korea 2016 Example", "The example could not be installed: " + e.getCause().getMessage());
            return false;
        } catch (InterruptedException e) {
            return false;
        }
        BasicNewResourceWizard.selectAndReveal(project[0], workbench.getActiveWorkbenchWindow());
        try {
            IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), project[0].getFile(ExampleProjects.EXAMPLE_SCENARIO), true);
        } catch (PartInitException e) {
            Activator.log("cannot open the example scenario", e);
        }
        return true;
    }
}
