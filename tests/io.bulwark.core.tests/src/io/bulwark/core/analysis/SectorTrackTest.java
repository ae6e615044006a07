package io.bulwark.core.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.bulwark.core.geo.Sphere;
import io.bulwark.core.scenario.GeoPoint;
import io.bulwark.core.scenario.Radar;
import io.bulwark.core.scenario.RadarType;
import io.bulwark.core.trajectory.BallisticTrajectory;

/**
 * A radar is not swept against an arc whose ground track never enters its sector: on seeded random sector radars and
 * ground tracks (some through or next to the site, some grazing an edge), a track ruled out has no point the radar's own
 * test finds in its sector (a radar that sees everywhere else: points so high that they are above its horizon, no range limit), at 20,000 points along
 * it; and tracks are ruled out and let through, both.
 */
class SectorTrackTest {

    private static final int POINTS = 20_000;
    /** Above the 4/3-Earth horizon of every site within 12,000 km. */
    private static final double HIGH_KM = 1e6;

    @ParameterizedTest(name = "seed={0}")
    @ValueSource(longs = { 1, 2, 3, 4, 5, 6 })
    void aTrackRuledOutHasNoPointInTheSector(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int ruledOut = 0;
        int letThrough = 0;
        for (int k = 0; k < 300; k++) {
            double sectorDeg = random.nextDouble(1, 179.9);
            GeoPoint site = new GeoPoint(random.nextDouble(-80, 80), random.nextDouble(-180, 180), 0);
            double boresightDeg = random.nextDouble(0, 360);
            RadarGeometry radar = new RadarGeometry(new Radar("R", new RadarType("R", 1e9, 1, sectorDeg, 0, 90, 5), "F", site, boresightDeg));
            GeoPoint from;
            GeoPoint to;
            switch (k % 3) {
                case 0 -> {
                    // anywhere around
                    from = Sphere.destination(site, random.nextDouble(0, 360), random.nextDouble(0, 3000));
                    to = Sphere.destination(from, random.nextDouble(0, 360), random.nextDouble(1, 9000));
                }
                case 1 -> {
                    // through the site or just beside it
                    double bearing = random.nextDouble(0, 360);
                    GeoPoint near = Sphere.destination(site, random.nextDouble(0, 360), random.nextInt(2) == 0 ? 0 : random.nextDouble(0, 1e-3));
                    from = Sphere.destination(near, bearing, random.nextDouble(1, 2000));
                    to = Sphere.destination(near, bearing + 180, random.nextDouble(1, 2000));
                }
                default -> {
                    // ending just outside or on an edge of the sector
                    double edge = boresightDeg + (random.nextBoolean() ? 1 : -1) * (sectorDeg / 2 + random.nextDouble(-1e-4, 1e-4));
                    from = Sphere.destination(site, edge, random.nextDouble(10, 3000));
                    to = Sphere.destination(from, random.nextDouble(0, 360), random.nextDouble(1, 3000));
                }
            }
            double[] a = Sphere.unitVector(from.latDeg(), from.lonDeg());
            double[] b = Sphere.unitVector(to.latDeg(), to.lonDeg());
            if (radar.sectorMayMeet(a, b)) {
                letThrough++;
                continue;
            }
            ruledOut++;
            double angle = Sphere.angleBetween(a, b);
            for (int i = 0; i <= POINTS; i++) {
                double s = angle * i / POINTS;
                // slerp from a to b
                double wa = Math.sin(angle - s) / Math.sin(angle);
                double wb = Math.sin(s) / Math.sin(angle);
                double x = wa * a[0] + wb * b[0];
                double y = wa * a[1] + wb * b[1];
                double z = wa * a[2] + wb * b[2];
                double norm = Math.sqrt(x * x + y * y + z * z);
                BallisticTrajectory.Point point = new BallisticTrajectory.Point(x / norm, y / norm, z / norm, HIGH_KM);
                assertTrue(!radar.sees(point, 1e9), "track " + k + " from " + from + " to " + to + " is in the sector at point " + i);
            }
        }
        assertTrue(ruledOut > 30 && letThrough > 30, ruledOut + " ruled out, " + letThrough + " let through");
    }
}
