package io.bulwark.dsl.validation;

import io.bulwark.core.analysis.AnalysisOptions;
import io.bulwark.core.analysis.CoverageAnalyzer;
import io.bulwark.core.report.CoverageReport;
import io.bulwark.core.scenario.InvalidScenarioException;
import io.bulwark.model.bulwark.Battery;
import io.bulwark.model.bulwark.Radar;
import io.bulwark.model.bulwark.Raid;
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
     * The most threats (missiles of all raids) a scenario may have: the analysis holds each threat's geometry in
     * memory, and a raid of two billion missiles would exhaust it instead of failing with a message.
     */
    public static final int MAX_THREATS = 100_000;

    /**
     * The most threat pairs (threats x (batteries + radars)) a scenario may have: the analysis keeps an engagement or a
     * track for each, so memory grows with the pairs, not the threats. Measured through {@code bulwark check} in a 1 GB
     * heap ({@code -Xmx1g}): 100,000 threats x 30 batteries and radars (3,000,000 pairs) ran; the bound keeps a margin
     * for engagements with windows and intercepts.
     */
    public static final long MAX_THREAT_PAIRS = 2_000_000;

    /** The number of threat pairs of a scenario: its threats times its batteries and radars. */
    public static long threatPairs(Scenario scenario) {
        long deployments = scenario.getElements().stream().filter(e -> e instanceof Battery || e instanceof Radar).count();
        return threats(scenario) * deployments;
    }

    /** The number of threats of a scenario: the sum of its raids' counts (1 where unset), without overflow. */
    public static long threats(Scenario scenario) {
        return scenario.getElements().stream().filter(Raid.class::isInstance).mapToLong(e -> Math.max(0, ((Raid) e).getCount())).sum();
    }

    /**
     * @throws io.bulwark.model.mapping.IncompleteModelException when the model lacks a required value
     * @throws io.bulwark.core.scenario.InvalidScenarioException when the core rejects a value, or the scenario has more
     *         than {@link #MAX_THREATS} threats or {@link #MAX_THREAT_PAIRS} threat pairs
     */
    public Result analyse(Scenario scenario) {
        long threats = threats(scenario);
        if (threats > MAX_THREATS) {
            throw new InvalidScenarioException("the raids add up to " + threats + " threats, more than the " + MAX_THREATS
                    + " the analysis takes");
        }
        long pairs = threatPairs(scenario);
        if (pairs > MAX_THREAT_PAIRS) {
            throw new InvalidScenarioException(threats + " threats against the batteries and radars make " + pairs
                    + " threat pairs, more than the " + MAX_THREAT_PAIRS + " the analysis takes");
        }
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
