package io.bulwark.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * The raids' summaries of threats built when read come from each threat's arc, negation and engaging batteries alone,
 * without building a report; without those figures given, from the reports.
 */
class RaidSummariesTest {

    private static final TrajectorySummary FIRST_ARC = new TrajectorySummary(300, 45, 1.7, 74.5, 250.2, 0, 250.2);
    private static final TrajectorySummary LATER_ARC = new TrajectorySummary(300, 45, 1.7, 74.5, 250.2, 30, 280.2);

    /** Raid A: threats 0-2, launched at 0 s; raid B: threats 3-4, at 30 s; battery B1 runs dry at A's third missile. */
    private static final List<ThreatReport> THREATS = List.of(
            threat("A", 1, FIRST_ARC, 0.9, engagement("B1", 2), engagement("B2", 1)),
            threat("A", 2, FIRST_ARC, 0.9, engagement("B1", 2), engagement("B2", 1)),
            threat("A", 3, FIRST_ARC, 0.5, engagement("B1", 0), engagement("B2", 1)),
            threat("B", 1, LATER_ARC, 0.0, engagement("B1", 0), engagement("B2", 0)),
            threat("B", 2, LATER_ARC, 0.0, engagement("B1", 0), engagement("B2", 0)));

    private static final Map<String, RaidSummary> EXPECTED = Map.of(
            "A", new RaidSummary("A", FIRST_ARC, 0.5, List.of("B1", "B2")),
            "B", new RaidSummary("B", LATER_ARC, 0.0, List.of()));

    @Test
    void summariesOfThreatsBuiltWhenReadBuildNoReport() {
        AtomicInteger built = new AtomicInteger();
        ThreatReports threats = new ThreatReports(THREATS.size(), t -> {
            built.incrementAndGet();
            return THREATS.get(t);
        }, t -> THREATS.get(t).raid(), t -> THREATS.get(t).index(), t -> THREATS.get(t).negation(), null,
                t -> THREATS.get(t).trajectory(), t -> CoverageReport.engagingBatteriesIn(THREATS.get(t)));
        CoverageReport report = report(threats);
        Map<String, RaidSummary> summaries = report.raidSummaries();
        assertEquals(0, built.get(), "no threat report built");
        assertEquals(EXPECTED, summaries);
        assertEquals(List.of("A", "B"), List.copyOf(summaries.keySet()), "in the report's order");
        assertEquals(List.of("B2"), report.engagingBatteriesOf(2));
        assertEquals(LATER_ARC, report.trajectoryOf(4));
        assertEquals(0, built.get());
    }

    @Test
    void withoutTheFiguresGivenTheSummariesComeFromTheReports() {
        AtomicInteger built = new AtomicInteger();
        ThreatReports threats = new ThreatReports(THREATS.size(), t -> {
            built.incrementAndGet();
            return THREATS.get(t);
        }, t -> THREATS.get(t).raid(), t -> THREATS.get(t).index(), t -> THREATS.get(t).negation());
        assertEquals(EXPECTED, report(threats).raidSummaries());
        assertEquals(THREATS.size() + 2, built.get(), "each threat's report read for its batteries, each raid's first for its arc");
        assertEquals(EXPECTED, report(THREATS).raidSummaries(), "reports built all at once");
    }

    private static CoverageReport report(List<ThreatReport> threats) {
        return new CoverageReport("Two raids", CoverageReport.ASSUMPTIONS, threats, List.of(), List.of(), List.of());
    }

    private static ThreatReport threat(String raid, int index, TrajectorySummary arc, double negation, BatteryEngagement... engagements) {
        return new ThreatReport(raid, index, "City", arc, List.of(), List.of(engagements), negation);
    }

    private static BatteryEngagement engagement(String battery, int allocated) {
        return new BatteryEngagement(battery, 10.0, 20.0, List.of(), List.of(), 2, allocated, allocated > 0 ? Reason.NONE : Reason.NO_INTERCEPTORS,
                "");
    }
}
