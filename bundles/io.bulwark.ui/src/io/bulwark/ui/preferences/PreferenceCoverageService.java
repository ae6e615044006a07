package io.bulwark.ui.preferences;

import com.google.inject.Singleton;

import io.bulwark.dsl.validation.CoverageOptions;
import io.bulwark.dsl.validation.CoverageService;

/**
 * The language's coverage analysis with the workspace preference for the required negation of assets that do not state
 * one; the limits and everything else as on the command line. Bound in place of {@link CoverageService}, so the
 * builder's markers, the editor, the Coverage view and the diagrams all read the same analysis.
 */
@Singleton
public class PreferenceCoverageService extends CoverageService {

    @Override
    public CoverageOptions options() {
        return CoverageOptions.DEFAULT.withDefaultRequiredNegation(BulwarkPreferences.requiredNegation());
    }
}
