package io.bulwark.dsl.validation;

import io.bulwark.core.analysis.AnalysisOptions;
import io.bulwark.core.scenario.Asset;

/**
 * Everything an analysis of a scenario depends on besides the scenario itself: how it runs, the language's defaults
 * (which the IDE takes from its preferences) and the limits that keep an oversized scenario from reaching the core.
 *
 * @param analysis                how the core runs (threads do not change the result)
 * @param defaultRequiredNegation the required negation of an asset that states none
 * @param maxThreats              the most threats (missiles of all raids) a scenario may have
 * @param maxThreatPairs          the most threat pairs (threats x (batteries + radars)) a scenario may have
 */
public record CoverageOptions(AnalysisOptions analysis, double defaultRequiredNegation, long maxThreats, long maxThreatPairs) {

    /**
     * The most threats: the analysis holds each threat's geometry in memory, and a raid of two billion missiles would
     * exhaust it instead of failing with a message.
     */
    public static final int MAX_THREATS = 100_000;

    /**
     * The most threat pairs: the analysis keeps an engagement or a track for each, so memory grows with the pairs, not
     * the threats. Measured through {@code bulwark check} in a 1 GB heap ({@code -Xmx1g}): 100,000 threats x 30
     * batteries and radars (3,000,000 pairs) ran; the bound keeps a margin for engagements with windows and intercepts.
     */
    public static final long MAX_THREAT_PAIRS = 2_000_000;

    /** All processors, the language's 0.9 requirement, the limits above. */
    public static final CoverageOptions DEFAULT = new CoverageOptions(AnalysisOptions.DEFAULT, Asset.DEFAULT_REQUIRED_NEGATION,
            MAX_THREATS, MAX_THREAT_PAIRS);

    public CoverageOptions withThreads(int threads) {
        return new CoverageOptions(new AnalysisOptions(threads, analysis.singlePointOfFailure()), defaultRequiredNegation, maxThreats,
                maxThreatPairs);
    }

    public CoverageOptions withDefaultRequiredNegation(double required) {
        return new CoverageOptions(analysis, required, maxThreats, maxThreatPairs);
    }

    /** These options without what does not change the result (the threads): the key of a cached analysis. */
    CoverageOptions resultKey() {
        return withThreads(1);
    }
}
