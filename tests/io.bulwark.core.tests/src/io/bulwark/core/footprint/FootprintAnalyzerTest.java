package io.bulwark.core.footprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.bulwark.core.analysis.AnalysisOptions;
import io.bulwark.core.geo.Sphere;
import io.bulwark.core.scenario.Asset;
import io.bulwark.core.scenario.Battery;
import io.bulwark.core.scenario.Doctrine;
import io.bulwark.core.scenario.Force;
import io.bulwark.core.scenario.GeoPoint;
import io.bulwark.core.scenario.InterceptorType;
import io.bulwark.core.scenario.InvalidScenarioException;
import io.bulwark.core.scenario.MissileType;
import io.bulwark.core.scenario.Radar;
import io.bulwark.core.scenario.RadarType;
import io.bulwark.core.scenario.Scenario;

/** The defended footprint's polar grid (coverage model rule 16). */
class FootprintAnalyzerTest {

    private static final GeoPoint CITY = new GeoPoint(0, 10, 0);
    private static final MissileType SRBM = new MissileType("SRBM", 300, 1);

    private static Scenario defended(double pk) {
        return new Scenario("Defended", List.of(new Force("US", "United States")), List.of(),
                List.of(new Radar("R", new RadarType("AllRound", 1000, 1, 360, 0, 90, 5), "US", CITY, 0)),
                List.of(new Battery("B", new InterceptorType("Upper", 0, 200, 10, 150, 3, 10, pk), "US", CITY, 100_000,
                        Doctrine.SHOOT_SHOOT, 2, 0, List.of(), null)),
                List.of(new Asset("City", CITY, 0.9)), List.of(), List.of());
    }

    @Test
    void theGridCoversTheMissilesReachAndItsAreaIsTheSphericalCap() {
        Footprint footprint = new FootprintAnalyzer().footprint(defended(0.8), "City", SRBM, new AnalysisOptions(2, false));
        // 300 km in 10 km rings = 30 rings, 360 / 5 = 72 bearings
        assertEquals(30 * 72, footprint.cells().size());
        // the cells tile the spherical cap of radius 300 km: 2 pi R^2 (1 - cos(300 / R)) = 282,558 km2
        double cap = 2 * Math.PI * Sphere.RADIUS_KM * Sphere.RADIUS_KM * (1 - Math.cos(300 / Sphere.RADIUS_KM));
        assertEquals(cap, footprint.totalAreaKm2(), 0.1);
        assertTrue(footprint.share() > 0 && footprint.share() <= 1, "share " + footprint.share());
    }

    @Test
    void aSingleShotBelowTheRequirementDefendsNothing() {
        // pk 0.4, salvo 2: 1 - 0.6^2 = 0.64 < 0.9 from every launch point
        Footprint footprint = new FootprintAnalyzer().footprint(defended(0.4), "City", SRBM, new AnalysisOptions(2, false));
        assertEquals(0, footprint.negatedAreaKm2());
        assertTrue(footprint.cells().stream().allMatch(c -> c.negation() <= 0.64 + 1e-9));
    }

    @Test
    void theFootprintIsIdenticalOnOneAndEightThreads() {
        FootprintAnalyzer analyzer = new FootprintAnalyzer();
        MissileType shorter = new MissileType("Short", 100, 1);
        assertEquals(analyzer.footprint(defended(0.8), "City", shorter, new AnalysisOptions(1, false)),
                analyzer.footprint(defended(0.8), "City", shorter, new AnalysisOptions(8, false)));
    }

    @Test
    void aGridOfTooManyCellsIsRefusedWithTheSmallestUsableStepBeforeAnyWork() {
        assertEquals(30 * 72, FootprintAnalyzer.cellCount(300, 10, 5));
        assertEquals(3_000_000 * 72L, FootprintAnalyzer.cellCount(300, 0.0001, 5));
        assertEquals(Long.MAX_VALUE, FootprintAnalyzer.cellCount(1e9, 1e-300, 5));
        assertEquals(144_144, FootprintAnalyzer.cellCount(Math.PI * Sphere.RADIUS_KM, FootprintAnalyzer.DEFAULT_RING_STEP_KM,
                FootprintAnalyzer.DEFAULT_BEARING_STEP_DEG), "the default grid out to the antipode fits");
        assertEquals(360_000, FootprintAnalyzer.cellCount(1000, 1, 1), "the fine grid of a 1,000 km missile fits");
        assertTrue(FootprintAnalyzer.cellCount(1000, 1, 1) <= FootprintAnalyzer.MAX_CELLS);
        try {
            new FootprintAnalyzer().footprint(defended(0.8), "City", SRBM, 0.0001, 5, new AnalysisOptions(2, false));
            throw new AssertionError("a grid of 216,000,000 cells was accepted");
        } catch (InvalidScenarioException e) {
            assertEquals("footprint: a 0.0001 km ring step and a 5 deg bearing step make 216000000 cells out to 300 km; at most 400000"
                    + " (a ring step of at least 0.1 km)", e.getMessage());
        }
        Footprint smallest = new FootprintAnalyzer().footprint(defended(0.8), "City", new MissileType("Short", 3, 1), 0.2, 5,
                new AnalysisOptions(2, false));
        assertEquals(15 * 72, smallest.cells().size());
    }
}
