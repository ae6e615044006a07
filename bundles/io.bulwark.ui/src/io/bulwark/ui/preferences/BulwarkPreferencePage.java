package io.bulwark.ui.preferences;

import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.eclipse.core.runtime.preferences.InstanceScope;

/** Window > Preferences > Bulwark: analysis defaults and how findings become markers. */
public class BulwarkPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public BulwarkPreferencePage() {
        super(GRID);
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, BulwarkPreferences.QUALIFIER));
        setDescription("Defaults of the coverage analysis and of the markers written by the Bulwark builder.\n"
                + "Changes rebuild the workspace.");
    }

    @Override
    public void init(IWorkbench workbench) {
    }

    @Override
    protected void createFieldEditors() {
        addField(new DecimalFieldEditor(BulwarkPreferences.DEFAULT_REQUIRED_NEGATION,
                "Default required &negation (assets without 'requires', 0..1):", 0, 1));
        addField(new BooleanFieldEditor(BulwarkPreferences.WARNINGS_AS_ERRORS, "Treat &warnings as errors", getFieldEditorParent()));
        addField(new DecimalFieldEditor(BulwarkPreferences.FOOTPRINT_RING_STEP_KM, "Footprint grid: &ring step (km):", 0.1, 1000));
        addField(new DecimalFieldEditor(BulwarkPreferences.FOOTPRINT_BEARING_STEP_DEG, "Footprint grid: &bearing step (deg):", 0.1, 90));
    }

    @Override
    public boolean performOk() {
        boolean ok = super.performOk();
        Job rebuild = Job.create("Rebuilding Bulwark projects", (IProgressMonitor monitor) -> {
            try {
                ResourcesPlugin.getWorkspace().build(IncrementalProjectBuilder.CLEAN_BUILD, monitor);
                return Status.OK_STATUS;
            } catch (CoreException e) {
                return e.getStatus();
            }
        });
        rebuild.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().buildRule());
        rebuild.schedule();
        return ok;
    }

    /** A number field with bounds (the platform's IntegerFieldEditor takes integers only). */
    private final class DecimalFieldEditor extends StringFieldEditor {
        private final double min;
        private final double max;

        DecimalFieldEditor(String name, String label, double min, double max) {
            super(name, label, getFieldEditorParent());
            this.min = min;
            this.max = max;
            setErrorMessage(label.replace("&", "").replace(":", "") + " must be a number in [" + min + ", " + max + "]");
            setEmptyStringAllowed(false);
        }

        @Override
        protected boolean checkState() {
            try {
                double value = Double.parseDouble(getStringValue().trim());
                if (value >= min && value <= max) {
                    clearErrorMessage();
                    return true;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            showErrorMessage();
            return false;
        }
    }
}
