package io.bulwark.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.bulwark.core.geo.Sphere;
import io.bulwark.core.scenario.GeoPoint;
import io.bulwark.core.scenario.Radar;
import io.bulwark.core.scenario.RadarType;

/**
 * A radar's sight, computed with chords, square roots and sines, against the contract's formulas written with
 * angles (haversine central angle, cos(phi / K), asin of the elevation, initial bearing), on seeded random radars
 * and points; points within 1e-6 of a limit (km, rad, deg) are left out, where rounding may decide either way.
 */
class RadarSightTest {

    private static final double NEAR = 1e-6;

    @ParameterizedTest(name = "seed={0}")
    @ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8 })
    void theSightIsTheContractsFormulaWithAngles(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int seen = 0;
        int unseen = 0;
        for (int k = 0; k < 200; k++) {
            double minElevationDeg = random.nextDouble(0, 10);
            double maxElevationDeg = random.nextBoolean() ? 90 : random.nextDouble(20, 89);
            double sectorDeg = random.nextBoolean() ? 360 : random.nextDouble(10, 180);
            RadarType type = new RadarType("R", random.nextDouble(50, 3000), 1, sectorDeg, minElevationDeg, maxElevationDeg, 5);
            GeoPoint site = new GeoPoint(random.nextDouble(-80, 80), random.nextDouble(-180, 180), random.nextDouble(0, 3));
            Radar radar = new Radar("R", type, "F", site, random.nextDouble(0, 360));
            RadarGeometry geometry = new RadarGeometry(radar);
            double rangeKm = type.detectionRangeKm(1);
            for (int j = 0; j < 50; j++) {
                GeoPoint ground = Sphere.destination(site, random.nextDouble(0, 360), random.nextDouble(0, 1.2 * rangeKm));
                double altKm = random.nextInt(10) == 0 ? 0 : random.nextDouble(0, 1500);
                Boolean expected = seesWithAngles(radar, ground.latDeg(), ground.lonDeg(), altKm, rangeKm);
                if (expected == null) {
                    continue;
                }
                assertEquals(expected, geometry.sees(ground.latDeg(), ground.lonDeg(), altKm, rangeKm),
                        "radar " + k + " point " + ground + " at " + altKm + " km");
                if (expected) {
                    seen++;
                } else {
                    unseen++;
                }
            }
        }
        assertTrue(seen > 500 && unseen > 500, "both answers are tried: " + seen + " seen, " + unseen + " not");
    }

    /** The contract's sight with angles; null within {@value #NEAR} of a limit. */
    private static Boolean seesWithAngles(Radar radar, double latDeg, double lonDeg, double altKm, double rangeKm) {
        GeoPoint site = radar.site();
        double phi = Sphere.centralAngleRad(site.latDeg(), site.lonDeg(), latDeg, lonDeg);
        double r1 = RadarGeometry.K * Sphere.RADIUS_KM + site.altKm();
        double r2 = RadarGeometry.K * Sphere.RADIUS_KM + altKm;
        double cos = Math.cos(phi / RadarGeometry.K);
        double slant = Math.sqrt(Math.max(0, r1 * r1 + r2 * r2 - 2 * r1 * r2 * cos));
        if (Math.abs(slant - rangeKm) < NEAR) {
            return null;
        }
        if (slant > rangeKm) {
            return false;
        }
        double elevation = slant == 0 ? Math.PI / 2 : Math.asin(Math.max(-1, Math.min(1, (r2 * cos - r1) / slant)));
        double min = Math.toRadians(radar.type().minElevationDeg());
        double max = Math.toRadians(radar.type().maxElevationDeg());
        if (Math.abs(elevation - min) < NEAR || Math.abs(elevation - max) < NEAR) {
            return null;
        }
        if (elevation < min || elevation > max) {
            return false;
        }
        if (radar.type().sectorWidthDeg() >= 360 || phi < NEAR) {
            return true;
        }
        double bearing = Sphere.initialBearingDeg(site.latDeg(), site.lonDeg(), latDeg, lonDeg);
        double off = Math.abs(((bearing - radar.boresightDeg()) % 360 + 540) % 360 - 180);
        if (Math.abs(off - radar.type().sectorWidthDeg() / 2) < NEAR) {
            return null;
        }
        return off <= radar.type().sectorWidthDeg() / 2;
    }
}
