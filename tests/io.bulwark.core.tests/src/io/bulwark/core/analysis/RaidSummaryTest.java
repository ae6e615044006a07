package io.bulwark.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.bulwark.core.report.BatteryEngagement;
import io.bulwark.core.report.CoverageReport;
import io.bulwark.core.report.RaidSummary;
import io.bulwark.core.report.ThreatReport;
import io.bulwark.core.scenario.Raid;
import io.bulwark.core.scenario.Scenario;

/**
 * A raid's summary (the raids table's launch, range, apogee, flight, worst negation and engaging batteries) is what its
 * threats' reports give, and reading it builds no threat report: on seeded scenarios whose raids of several missiles
 * meet batteries that run dry inside them, so that a raid's missiles get shots from different batteries.
 */
class RaidSummaryTest {

    static Stream<Arguments> seeds() {
        return LongStream.rangeClosed(1, 5).mapToObj(seed -> Arguments.of(Named.of("seed=" + seed, seed)));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyRaidsSummaryIsWhatItsThreatReportsGiveAndReadingItBuildsNone(long seed) {
        Scenario scenario = VariedScenarios.generate(seed, 40, 8, 6);
        GeometryCache cache = new GeometryCache();
        CoverageReport lazy = new CoverageAnalyzer().analyze(scenario, new AnalysisOptions(2, true), cache);
        Analysis analysis = cache.take();

        Map<String, RaidSummary> summaries = lazy.raidSummaries();
        assertEquals(0, analysis.reportReads(), "no threat report built for the summaries");

        List<ThreatReport> built = Parallel.map(2, lazy.threats().size(), lazy.threats()::get);
        assertEquals(built.size(), analysis.reportReads(), "each threat report built reads its raid once");
        Map<String, RaidSummary> fromReports = new LinkedHashMap<>();
        for (Raid raid : scenario.raids()) {
            List<ThreatReport> threats = built.stream().filter(t -> t.raid().equals(raid.name())).toList();
            // as the raids table read them from every threat's report
            fromReports.put(raid.name(), new RaidSummary(raid.name(), threats.get(0).trajectory(),
                    threats.stream().mapToDouble(ThreatReport::negation).min().orElseThrow(),
                    threats.stream().flatMap(t -> t.engagements().stream()).filter(e -> e.allocatedShots() > 0)
                            .map(BatteryEngagement::battery).distinct().toList()));
        }
        assertEquals(List.copyOf(fromReports.keySet()), List.copyOf(summaries.keySet()), "every raid, in the report's order");
        for (String raid : fromReports.keySet()) {
            RaidSummary expected = fromReports.get(raid);
            RaidSummary summary = summaries.get(raid);
            assertEquals(expected.trajectory().launchTimeS(), summary.trajectory().launchTimeS(), raid + " launch");
            assertEquals(expected.trajectory().groundRangeKm(), summary.trajectory().groundRangeKm(), raid + " range");
            assertEquals(expected.trajectory().apogeeKm(), summary.trajectory().apogeeKm(), raid + " apogee");
            assertEquals(expected.trajectory().timeOfFlightS(), summary.trajectory().timeOfFlightS(), raid + " flight");
            assertEquals(expected.worstNegation(), summary.worstNegation(), raid + " worst negation");
            assertEquals(expected.engagingBatteries(), summary.engagingBatteries(), raid + " engaging batteries");
            assertEquals(expected, summary, raid);
        }

        CoverageReport eager = new CoverageReport(lazy.scenario(), lazy.assumptions(), new ArrayList<>(built), lazy.assetRaids(),
                lazy.assets(), lazy.findings());
        assertEquals(summaries, eager.raidSummaries(), "the same from reports built all at once");
    }

    @Test
    void theSeedsHaveRaidsWhoseMissilesGetShotsFromDifferentBatteriesAndRaidsNoneEngages() {
        int mixed = 0;
        int unengaged = 0;
        for (long seed = 1; seed <= 5; seed++) {
            CoverageReport report = new CoverageAnalyzer().analyze(VariedScenarios.generate(seed, 40, 8, 6), new AnalysisOptions(2, false));
            Map<String, List<List<String>>> byRaid = new LinkedHashMap<>();
            for (int t = 0; t < report.threats().size(); t++) {
                byRaid.computeIfAbsent(report.raidOf(t), r -> new ArrayList<>()).add(report.engagingBatteriesOf(t));
            }
            mixed += (int) byRaid.values().stream().filter(lists -> lists.stream().distinct().count() > 1).count();
            unengaged += (int) report.raidSummaries().values().stream().filter(s -> s.engagingBatteries().isEmpty()).count();
            assertEquals(byRaid.keySet(), report.raidSummaries().keySet(), "seed " + seed);
        }
        assertTrue(mixed > 0, "some raid's missiles are engaged by different batteries: " + mixed);
        assertTrue(unengaged > 0, "some raid is engaged by none: " + unengaged);
    }
}
