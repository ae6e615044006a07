package io.bulwark.core.trajectory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.bulwark.core.geo.Sphere;
import io.bulwark.core.scenario.GeoPoint;

/** The reference tables of the coverage model, to 0.5 %. */
class BallisticTrajectoryTest {

    private static final GeoPoint ORIGIN = new GeoPoint(0, 0, 0);

    private static void assertWithinHalfPercent(double expected, double actual, String what) {
        assertEquals(expected, actual, Math.abs(expected) * 0.005, what);
    }

    @ParameterizedTest(name = "{0} km: gamma {1} deg, {2} km/s, apogee {3} km, {4} s")
    @CsvSource({ "300, 44.33, 1.696, 74.1, 251.0", "1000, 42.75, 3.016, 239.9, 474.4", "1300, 42.08, 3.401, 307.9, 548.5",
            "3000, 38.26, 4.865, 655.2, 895.0" })
    void minimumEnergyArcMatchesTheReferenceTable(double rangeKm, double gammaDeg, double speedKmS, double apogeeKm, double timeS) {
        BallisticTrajectory arc = BallisticTrajectory.minimumEnergy(ORIGIN, Sphere.destination(ORIGIN, 45, rangeKm));
        assertWithinHalfPercent(gammaDeg, arc.gammaDeg(), "flight-path angle");
        assertWithinHalfPercent(speedKmS, arc.burnoutSpeedKmS(), "burnout speed");
        assertWithinHalfPercent(apogeeKm, arc.apogeeKm(), "apogee");
        assertWithinHalfPercent(timeS, arc.timeOfFlightS(), "time of flight");
    }

    @ParameterizedTest(name = "{0} km with apogee {1} km: gamma {2} deg, {3} km/s, {4} s")
    @CsvSource({ "787, 2111.5, 82.93, 5.605, 1675.8", "998, 3724.9, 83.94, 6.810, 2587.0", "3700, 770, 36.41, 5.278, 1014.6",
            "690, 50, 16.04, 3.278, 221.3" })
    void loftedAndDepressedArcsMatchTheReferenceTable(double rangeKm, double apogeeKm, double gammaDeg, double speedKmS, double timeS) {
        BallisticTrajectory arc = BallisticTrajectory.withApogee(ORIGIN, Sphere.destination(ORIGIN, 100, rangeKm), apogeeKm);
        assertEquals(apogeeKm, arc.apogeeKm(), 1e-6, "the arc reaches the requested apogee");
        assertWithinHalfPercent(gammaDeg, arc.gammaDeg(), "flight-path angle");
        assertWithinHalfPercent(speedKmS, arc.burnoutSpeedKmS(), "burnout speed");
        assertWithinHalfPercent(timeS, arc.timeOfFlightS(), "time of flight");
    }

    @ParameterizedTest(name = "{0} km, apogee {1} km (0 = minimum energy)")
    @CsvSource({ "300, 0", "1300, 0", "787, 2111.5", "690, 50" })
    void flightIsSymmetricAboutApogeeAndEndsAtTheAimPoint(double rangeKm, double apogeeKm) {
        GeoPoint aim = Sphere.destination(ORIGIN, 30, rangeKm);
        BallisticTrajectory arc = apogeeKm == 0 ? BallisticTrajectory.minimumEnergy(ORIGIN, aim)
                : BallisticTrajectory.withApogee(ORIGIN, aim, apogeeKm);
        double tof = arc.timeOfFlightS();
        for (double fraction : new double[] { 0.1, 0.25, 0.4 }) {
            BallisticTrajectory.Position rising = arc.positionAt(fraction * tof);
            BallisticTrajectory.Position falling = arc.positionAt((1 - fraction) * tof);
            assertEquals(rising.altKm(), falling.altKm(), 1e-6, "altitude at the same time before and after apogee");
            assertEquals(rangeKm - rising.downrangeKm(), falling.downrangeKm(), 1e-6, "mirror downrange");
        }
        BallisticTrajectory.Position middle = arc.positionAt(tof / 2);
        assertEquals(arc.apogeeKm(), middle.altKm(), 1e-6, "apogee at half the flight");
        assertEquals(rangeKm / 2, middle.downrangeKm(), 1e-6, "apogee over the middle of the track");
        BallisticTrajectory.Position impact = arc.positionAt(tof);
        assertEquals(0, Sphere.groundRangeKm(new GeoPoint(impact.latDeg(), impact.lonDeg(), 0), aim), 1e-6, "impact at the aim point");
    }

    /**
     * The point of a search (unit vector and altitude, by algebra from the eccentric anomaly) is the position (latitude,
     * longitude, altitude) to rounding, from launch to impact and a little outside, on lofted, depressed and
     * minimum-energy arcs of 20 to 4,000 km in any direction, over the poles and the antimeridian too.
     */
    @ParameterizedTest(name = "seed={0}")
    @ValueSource(longs = { 1, 2, 3, 4, 5 })
    void aSearchPointIsThePositionToRounding(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int k = 0; k < 200; k++) {
            GeoPoint launch = new GeoPoint(random.nextDouble(-89, 89), random.nextDouble(-180, 180), 0);
            double rangeKm = random.nextDouble(20, 4000);
            GeoPoint aim = Sphere.destination(launch, random.nextDouble(0, 360), rangeKm);
            int shape = random.nextInt(3);
            BallisticTrajectory arc = shape == 0 ? BallisticTrajectory.minimumEnergy(launch, aim)
                    : BallisticTrajectory.withApogee(launch, aim, rangeKm * (shape == 1 ? random.nextDouble(0.03, 0.2) : random.nextDouble(0.6, 2)));
            double tof = arc.timeOfFlightS();
            double[] times = { -1, 0, 1e-9, random.nextDouble(0, tof), tof / 2, tof - 1e-6, tof, tof + 1 };
            for (double t : times) {
                BallisticTrajectory.Position position = arc.positionAt(t);
                BallisticTrajectory.Point point = arc.pointAt(t);
                double[] unit = Sphere.unitVector(position.latDeg(), position.lonDeg());
                String where = "arc " + k + " at " + t + " s of " + tof;
                assertEquals(unit[0], point.x(), 1e-12, where);
                assertEquals(unit[1], point.y(), 1e-12, where);
                assertEquals(unit[2], point.z(), 1e-12, where);
                // the altitude is the difference of radii of 6,371 km or more: its rounding is about 1e-9 km
                assertEquals(position.altKm(), point.altKm(), 1e-8, where);
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @ValueSource(longs = { 11, 12, 13 })
    void theGroundTrackDistanceIsTheNearestOfThePointsAlongTheTrack(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int k = 0; k < 40; k++) {
            GeoPoint launch = new GeoPoint(random.nextDouble(-70, 70), random.nextDouble(-180, 180), 0);
            double rangeKm = random.nextDouble(50, 5000);
            double bearingDeg = random.nextDouble(0, 360);
            GeoPoint aim = Sphere.destination(launch, bearingDeg, rangeKm);
            BallisticTrajectory shape = BallisticTrajectory.minimumEnergy(launch, aim);
            // the same shape turned to another launch point toward an aim at its range, as a footprint's ring does
            GeoPoint otherLaunch = new GeoPoint(random.nextDouble(-70, 70), random.nextDouble(-180, 180), 0);
            GeoPoint otherAim = Sphere.destination(otherLaunch, random.nextDouble(0, 360), rangeKm);
            for (BallisticTrajectory arc : new BallisticTrajectory[] { shape, shape.turnedTo(otherLaunch, otherAim) }) {
                // sites beside the track, beyond its ends and far off it
                GeoPoint along = Sphere.destination(arc.launch(), Sphere.initialBearingDeg(arc.launch(), arc == shape ? aim : otherAim),
                        random.nextDouble(-0.3, 1.3) * rangeKm);
                GeoPoint site = Sphere.destination(along, random.nextDouble(0, 360), random.nextDouble(0, 2000));
                double[] unit = Sphere.unitVector(site.latDeg(), site.lonDeg());
                double nearest = Double.POSITIVE_INFINITY;
                int steps = 20_000;
                for (int i = 0; i <= steps; i++) {
                    double[] p = arc.course().latLonAt(arc.groundRangeKm() / Sphere.RADIUS_KM * i / steps);
                    nearest = Math.min(nearest, Sphere.centralAngleRad(site.latDeg(), site.lonDeg(), p[0], p[1]));
                }
                double distance = arc.groundTrackDistanceRad(unit);
                // the scan's step is at most 2.5e-5 rad, so its nearest point is at most 1e-5 rad farther
                String where = "arc " + k + (arc == shape ? "" : " turned") + ", site " + site;
                assertEquals(nearest, distance, 1e-5, where);
                assertTrue(distance <= nearest + 1e-12, where + ": no point of the track is nearer than the distance");
            }
        }
    }
}
