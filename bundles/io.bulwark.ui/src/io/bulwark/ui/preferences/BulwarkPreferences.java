package io.bulwark.ui.preferences;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

import io.bulwark.core.footprint.FootprintAnalyzer;
import io.bulwark.core.scenario.Asset;
import io.bulwark.ui.Activator;

/** The preference keys of Bulwark (instance scope of io.bulwark.ui) and typed readers usable from any thread. */
public final class BulwarkPreferences {

    public static final String QUALIFIER = "io.bulwark.ui";
    /** Required probability of negation of an asset that does not say ({@code requires}). */
    public static final String DEFAULT_REQUIRED_NEGATION = "defaultRequiredNegation";
    /** Report every warning (also coverage warnings) as an error marker. */
    public static final String WARNINGS_AS_ERRORS = "warningsAsErrors";
    /** Defended-footprint grid: ring step in km. */
    public static final String FOOTPRINT_RING_STEP_KM = "footprintRingStepKm";
    /** Defended-footprint grid: bearing step in degrees. */
    public static final String FOOTPRINT_BEARING_STEP_DEG = "footprintBearingStepDeg";
    /** Create the Korea 2016 example project on the first start of an empty workspace (Bulwark Studio sets it). */
    public static final String CREATE_EXAMPLE_ON_FIRST_START = "createExampleOnFirstStart";
    /** Set once the first-start example has been offered, so deleting it is respected. */
    public static final String EXAMPLE_CREATED = "exampleCreated";
    /** Size the window to the screen on the first start of a workspace (Bulwark Studio sets it). */
    public static final String FIT_WINDOW_ON_FIRST_START = "fitWindowOnFirstStart";
    /** Set once the window has been sized, so the size the user leaves is kept. */
    public static final String WINDOW_FITTED = "windowFitted";

    public static final double DEFAULT_REQUIRED_NEGATION_VALUE = Asset.DEFAULT_REQUIRED_NEGATION;
    public static final double DEFAULT_RING_STEP_KM = FootprintAnalyzer.DEFAULT_RING_STEP_KM;
    public static final double DEFAULT_BEARING_STEP_DEG = FootprintAnalyzer.DEFAULT_BEARING_STEP_DEG;

    private BulwarkPreferences() {
    }

    public static double requiredNegation() {
        return Platform.getPreferencesService().getDouble(QUALIFIER, DEFAULT_REQUIRED_NEGATION, DEFAULT_REQUIRED_NEGATION_VALUE, null);
    }

    public static boolean warningsAsErrors() {
        return Platform.getPreferencesService().getBoolean(QUALIFIER, WARNINGS_AS_ERRORS, false, null);
    }

    public static double ringStepKm() {
        return Platform.getPreferencesService().getDouble(QUALIFIER, FOOTPRINT_RING_STEP_KM, DEFAULT_RING_STEP_KM, null);
    }

    public static double bearingStepDeg() {
        return Platform.getPreferencesService().getDouble(QUALIFIER, FOOTPRINT_BEARING_STEP_DEG, DEFAULT_BEARING_STEP_DEG, null);
    }

    /** Sets a flag in the instance scope and saves it at once: a first-start step that must not run again. */
    public static void setFlag(String key) {
        var node = InstanceScope.INSTANCE.getNode(QUALIFIER);
        node.putBoolean(key, true);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            Activator.log("cannot save the Bulwark preferences", e);
        }
    }
}
