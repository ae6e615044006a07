package io.bulwark.ui.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

/** Defaults of the Bulwark preferences (the product may override them in plugin_customization.ini). */
public class PreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(BulwarkPreferences.QUALIFIER);
        defaults.putDouble(BulwarkPreferences.DEFAULT_REQUIRED_NEGATION, BulwarkPreferences.DEFAULT_REQUIRED_NEGATION_VALUE);
        defaults.putBoolean(BulwarkPreferences.WARNINGS_AS_ERRORS, false);
        defaults.putDouble(BulwarkPreferences.FOOTPRINT_RING_STEP_KM, BulwarkPreferences.DEFAULT_RING_STEP_KM);
        defaults.putDouble(BulwarkPreferences.FOOTPRINT_BEARING_STEP_DEG, BulwarkPreferences.DEFAULT_BEARING_STEP_DEG);
        defaults.putBoolean(BulwarkPreferences.CREATE_EXAMPLE_ON_FIRST_START, false);
    }
}
