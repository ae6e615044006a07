package io.bulwark.design.internal;

import java.util.Map;

import io.bulwark.core.report.CoverageReport;

/**
 * Reads the probability of negation of every (asset, raid) pair from a coverage report, keyed by
 * {@link CoverageState#pair(String, String)}: for each raid aimed at a declared asset, the negation of the raid's
 * worst threat after inventory allocation (the number kind-1 findings compare with the requirement).
 *
 * <p>NOT YET CONNECTED: io.bulwark.core's report API was not written when this bundle was, so this reads nothing
 * and every negation is unknown (labels empty, the negation predicates false). CoverageServicesTest fails until
 * it is connected; findings (kinds 1 to 7) are read by {@link CoverageState} already.
 */
final class NegationReader {

    private NegationReader() {
    }

    static void read(CoverageReport report, Map<String, Double> negations) {
        // connect to the report's per-(asset, raid) negations once io.bulwark.core publishes them
    }
}
