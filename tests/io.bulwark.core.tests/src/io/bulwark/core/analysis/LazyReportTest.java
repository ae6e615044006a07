package io.bulwark.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.bulwark.core.report.CoverageReport;
import io.bulwark.core.report.ThreatReport;
import io.bulwark.core.report.ThreatReports;
import io.bulwark.core.scenario.Raid;
import io.bulwark.core.scenario.Scenario;

/**
 * Threat reports built when read are those built all at once: on seeded scenarios, the lazy report equals its eager
 * copy (every threat built in parallel), a threat's raid, index and negation read without its report equal its
 * report's, and the listing, the threats of a raid and equality do not depend on which of the two is asked.
 */
class LazyReportTest {

    static Stream<Arguments> seeds() {
        return LongStream.rangeClosed(1, 8).mapToObj(seed -> Arguments.of(Named.of("seed=" + seed, seed)));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theLazyReportEqualsItsEagerCopy(long seed) {
        Scenario scenario = VariedScenarios.generate(seed, 40, 8, 6);
        CoverageReport lazy = new CoverageAnalyzer().analyze(scenario, new AnalysisOptions(2, true));
        assertInstanceOf(ThreatReports.class, lazy.threats());
        List<ThreatReport> built = Parallel.map(4, lazy.threats().size(), lazy.threats()::get);
        CoverageReport eager = new CoverageReport(lazy.scenario(), lazy.assumptions(), new ArrayList<>(built), lazy.assetRaids(),
                lazy.assets(), lazy.findings());
        assertEquals(eager, lazy);
        assertEquals(eager.threats(), lazy.threats());
        for (int t = 0; t < built.size(); t++) {
            assertEquals(built.get(t).raid(), lazy.raidOf(t), "raid of " + t);
            assertEquals(built.get(t).index(), lazy.indexOf(t), "index of " + t);
            assertEquals(built.get(t).negation(), lazy.negationOf(t), "negation of " + t);
        }
        for (Raid raid : scenario.raids()) {
            assertEquals(eager.threatsOf(raid.name()), lazy.threatsOf(raid.name()), raid.name());
            assertEquals(raid.count(), lazy.threatsOf(raid.name()).size(), raid.name());
        }
        assertEquals(List.of(), lazy.threatsOf("no such raid"));
        int max = built.size() / 3;
        assertEquals(eager.listingAtMost(max), lazy.listingAtMost(max));
        assertEquals(max, lazy.listingAtMost(max).threats().size());
    }
}
