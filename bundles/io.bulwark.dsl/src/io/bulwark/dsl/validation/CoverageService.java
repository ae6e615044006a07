package io.bulwark.dsl.validation;

import io.bulwark.core.analysis.AnalysisOptions;
import io.bulwark.core.analysis.CoverageAnalyzer;
import io.bulwark.core.report.CoverageReport;
import io.bulwark.model.bulwark.Scenario;
import io.bulwark.model.mapping.MappedScenario;
import io.bulwark.model.mapping.ScenarioMapper;

import com.google.inject.Singleton;

/** Maps a scenario to the core's records and runs the coverage analysis on it. */
@Singleton
public class CoverageService {

    private volatile AnalysisOptions options = AnalysisOptions.DEFAULT;

    /** An analysis and the mapping it ran on (to find the EMF element of each finding). */
    public record Result(MappedScenario mapped, CoverageReport report) {
    }

    /**
     * @throws io.bulwark.model.mapping.IncompleteModelException when the model lacks a required value
     * @throws io.bulwark.core.scenario.InvalidScenarioException when the core rejects a value
     */
    public Result analyse(Scenario scenario) {
        MappedScenario mapped = ScenarioMapper.map(scenario);
        CoverageReport report = new CoverageAnalyzer().analyze(mapped.scenario(), options);
        return new Result(mapped, report);
    }

    /** Worker threads of the analysis (the results do not depend on it). */
    public void setThreads(int threads) {
        options = new AnalysisOptions(threads, options.singlePointOfFailure());
    }

    public AnalysisOptions options() {
        return options;
    }
}
