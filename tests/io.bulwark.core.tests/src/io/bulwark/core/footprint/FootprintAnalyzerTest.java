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
}
