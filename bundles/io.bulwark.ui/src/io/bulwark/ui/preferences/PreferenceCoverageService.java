package io.bulwark.ui.preferences;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import com.google.inject.Singleton;

import io.bulwark.core.analysis.AnalysisOptions;
import io.bulwark.core.analysis.CoverageAnalyzer;
import io.bulwark.core.report.CoverageReport;
import io.bulwark.core.scenario.Asset;
import io.bulwark.dsl.validation.CoverageService;
import io.bulwark.model.bulwark.Scenario;
import io.bulwark.model.mapping.MappedScenario;
import io.bulwark.model.mapping.ScenarioMapper;

/**
 * The language's coverage analysis with the workspace preference for the required negation of assets that do
 * not state one. Bound in place of {@link CoverageService}, so the builder's markers, the editor and the
 * Coverage view all use the same figures.
 */
@Singleton
public class PreferenceCoverageService extends CoverageService {

    @Override
    public Result analyse(Scenario scenario) {
        MappedScenario original = ScenarioMapper.map(scenario);
        MappedScenario mapped = original;
        double required = BulwarkPreferences.requiredNegation();
        io.bulwark.core.scenario.Scenario records = mapped.scenario();
        if (required != ScenarioMapper.DEFAULT_REQUIRED_NEGATION) {
            List<Asset> assets = records.assets().stream().map(asset -> statesRequirement(original, asset.name()) ? asset
                    : new Asset(asset.name(), asset.site(), required)).toList();
            records = new io.bulwark.core.scenario.Scenario(records.name(), records.forces(), records.agreements(), records.radars(),
                    records.batteries(), assets, records.regions(), records.raids());
            mapped = new MappedScenario(records, mapped.elements());
        }
        CoverageReport report = new CoverageAnalyzer().analyze(records, AnalysisOptions.DEFAULT);
        return new Result(mapped, report);
    }

    private static boolean statesRequirement(MappedScenario mapped, String asset) {
        EObject element = mapped.element("asset", asset).orElse(null);
        return element instanceof io.bulwark.model.bulwark.Asset emf && emf.getRequiredNegation() != null;
    }
}
