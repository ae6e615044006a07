package io.bulwark.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

import io.bulwark.ui.Activator;

/** File > New > Bulwark Scenario: a .bulwark file with a scenario skeleton that imports the catalog. */
public class NewScenarioWizard extends BasicNewResourceWizard {

    private WizardNewFileCreationPage page;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        super.init(workbench, selection);
        setWindowTitle("New Bulwark Scenario");
    }

    @Override
    public void addPages() {
        page = new WizardNewFileCreationPage("bulwarkScenario", getSelection()) {
            @Override
            protected InputStream getInitialContents() {
                return new ByteArrayInputStream(template(getFileName()).getBytes(StandardCharsets.UTF_8));
            }
        };
        page.setTitle("Bulwark Scenario");
        page.setDescription("A scenario file: forces, sensors, batteries, defended assets and raids.");
        page.setFileExtension("bulwark");
        page.setFileName("scenario.bulwark");
        addPage(page);
    }

    /** The skeleton of a new scenario named after its file. */
    public static String template(String fileName) {
        String base = fileName == null ? "Scenario" : fileName.replaceFirst("\\.bulwark$", "");
        String name = base.replaceAll("[^A-Za-z0-9_]", "_");
        if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
            name = "S_" + name;
        }
        name = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return """
                // %s: a Bulwark scenario. Types (interceptor, radar, missile) come from catalog/systems.bulwark.
                scenario %s
                import catalog.*

                force Blue nation "Blue"

                // radar NAME : RADAR_TYPE { owner Blue  at LAT N, LON E  facing 0 deg }
                // battery NAME : INTERCEPTOR_TYPE { owner Blue  at LAT N, LON E  interceptors 8  fire-control RADAR }
                // asset NAME at LAT N, LON E requires 0.9
                // raid NAME : MISSILE_TYPE x 2 from LAT N, LON E at ASSET
                """.formatted(base, name);
    }

    @Override
    public boolean performFinish() {
        IFile file = page.createNewFile();
        if (file == null) {
            return false;
        }
        selectAndReveal(file);
        try {
            IDE.openEditor(getWorkbench().getActiveWorkbenchWindow().getActivePage(), file, true);
        } catch (PartInitException e) {
            Activator.log("cannot open " + file.getFullPath(), e);
        }
        return true;
    }
}
