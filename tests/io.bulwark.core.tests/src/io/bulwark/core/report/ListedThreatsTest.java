package io.bulwark.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.bulwark.core.analysis.AnalysisOptions;
import io.bulwark.core.analysis.CoverageAnalyzer;
import io.bulwark.core.scenario.Asset;
import io.bulwark.core.scenario.Battery;
import io.bulwark.core.scenario.Doctrine;
import io.bulwark.core.scenario.Force;
import io.bulwark.core.scenario.GeoPoint;
import io.bulwark.core.scenario.InterceptorType;
import io.bulwark.core.scenario.MissileType;
import io.bulwark.core.scenario.Radar;
import io.bulwark.core.scenario.RadarType;
import io.bulwark.core.scenario.Raid;
import io.bulwark.core.scenario.Scenario;

/** A written report details a bounded number of threats, always including the one each verdict stands on. */
class ListedThreatsTest {

    private static final GeoPoint CITY = new GeoPoint(0, 10, 0);

    /** 1,500 threats against a battery with interceptors for the first 1,200 (salvo 2): the worst threat is number 1,201. */
    private static CoverageReport report() {
        Scenario scenario = new Scenario("Saturation", List.of(new Force("US", "United States")), List.of(),
                List.of(new Radar("R", new RadarType("AllRound", 1000, 1, 360, 0, 90, 5), "US", CITY, 0)),
                List.of(new Battery("B", new InterceptorType("Upper", 0, 200, 10, 150, 3, 10, 0.8), "US", CITY, 2_400,
                        Doctrine.SHOOT_SHOOT, 2, 0, List.of(), null)),
                List.of(new Asset("City", CITY, 0.9)), List.of(),
                List.of(new Raid("Wave", new MissileType("SRBM", 300, 1), 1_500, new GeoPoint(2, 10, 0), "City", CITY, null, 0)));
        return new CoverageAnalyzer().analyze(scenario, new AnalysisOptions(2, false));
    }

    @Test
    void theWorstThreatIsListedAndTheVerdictsAreThoseOfTheWholeAnalysis() {
        CoverageReport full = report();
        assertEquals(1_500, full.threats().size());
        assertEquals(1_201, full.assetRaids().get(0).worstThreatIndex());

        CoverageReport listed = full.listingAtMost(CoverageReport.MAX_LISTED_THREATS);
        assertEquals(1_000, listed.threats().size());
        assertEquals(List.of(1_201), listed.threats().stream().map(ThreatReport::index).filter(i -> i > 999).toList(),
                "the first 999 threats, then the worst");
        assertTrue(listed.threats().stream().filter(t -> t.index() == 1_201).allMatch(t -> t.negation() == 0), "it got no interceptor");
        assertEquals(full.assetRaids(), listed.assetRaids());
        assertEquals(full.assets(), listed.assets());
        assertEquals(full.findings(), listed.findings());
        assertSame(full, full.listingAtMost(1_500), "a report within the bound is written whole");
    }

    @Test
    void listingAThousandOfFifteenHundredLazyThreatsBuildsOnlyTheThousandListed() {
        AtomicInteger built = new AtomicInteger();
        ThreatReports threats = new ThreatReports(1_500, t -> {
            built.incrementAndGet();
            return new ThreatReport("Wave", t + 1, "City", null, List.of(), List.of(), t < 1_200 ? 0.96 : 0);
        }, t -> "Wave", t -> t + 1, t -> t < 1_200 ? 0.96 : 0);
        CoverageReport full = new CoverageReport("Saturation", CoverageReport.ASSUMPTIONS, threats,
                List.of(new AssetRaidReport("City", "Wave", 0, 0.9, 1_201, false)), List.of(), List.of());
        assertSame(threats, full.threats(), "kept as it is, not copied");
        assertEquals(0, built.get());
        CoverageReport listed = full.listingAtMost(CoverageReport.MAX_LISTED_THREATS);
        assertEquals(1_000, built.get());
        assertEquals(List.of(1_201), listed.threats().stream().map(ThreatReport::index).filter(i -> i > 999).toList());
        assertEquals(0.96, full.negationOf(7));
        assertEquals("Wave", full.raidOf(1_499));
        assertEquals(1_500, full.indexOf(1_499));
        assertEquals(1_000, built.get(), "a threat's raid, index and negation come without its report");
    }

    @Test
    void theListedRaidsAreThoseOfTheListedThreatsAndComeWithoutBuildingAReport() {
        AtomicInteger built = new AtomicInteger();
        // 15 raids of 100 threats; raid R14's 50th threat is the worst of its asset
        ThreatReports threats = new ThreatReports(1_500, t -> {
            built.incrementAndGet();
            return new ThreatReport("R" + t / 100, t % 100 + 1, "City", null, List.of(), List.of(), 0.5);
        }, t -> "R" + t / 100, t -> t % 100 + 1, t -> 0.5);
        CoverageReport full = new CoverageReport("Waves", CoverageReport.ASSUMPTIONS, threats,
                List.of(new AssetRaidReport("City", "R14", 0, 0.9, 50, false)), List.of(), List.of());
        Set<String> raids = full.listedRaids(CoverageReport.MAX_LISTED_THREATS);
        assertEquals(0, built.get(), "no threat report built");
        assertEquals(Set.of("R0", "R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9", "R14"), raids);
        assertEquals(full.listingAtMost(CoverageReport.MAX_LISTED_THREATS).threats().stream().map(ThreatReport::raid).collect(Collectors.toSet()),
                raids);
        assertEquals(15, full.listedRaids(1_500).size(), "every raid when every threat is listed");
    }
}
