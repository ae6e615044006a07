package io.bulwark.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.DoublePredicate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.bulwark.core.geo.Sphere;
import io.bulwark.core.scenario.GeoPoint;
import io.bulwark.core.scenario.InterceptorType;
import io.bulwark.core.trajectory.BallisticTrajectory;

/**
 * The times an arc crosses an interceptor's altitude limits and a battery's range rings, solved in closed form, are
 * where the arc's own points change sides, and between them no point changes: what lets the envelope's sweep settle
 * whole stretches at once.
 */
class EnvelopeCrossingsTest {

    /** Either side of a crossing (s): far above its tolerance, far below the gap to the next on these arcs. */
    private static final double SIDE_S = 1e-3;

    @ParameterizedTest(name = "seed={0}")
    @ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8 })
    void theArcsPointsChangeSidesAtTheAltitudeCrossingsAndNowhereElse(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int arcs = 0; arcs < 20; arcs++) {
            BallisticTrajectory arc = arc(random);
            double apogee = arc.apogeeKm();
            InterceptorType type = type(Math.max(0, random.nextDouble(-0.5, 0.8) * apogee), random.nextDouble(0.1, 1.5) * apogee, 10, 100);
            double[] crossings = PairGeometry.altitudeCrossings(arc, type);
            assertNotNull(crossings, "no limit is within a metre of the apogee here");
            int expected = (type.minAltitudeKm() > 0 ? 2 : 0) + (type.maxAltitudeKm() < apogee ? 2 : 0);
            assertEquals(expected, crossings.length, "each limit between the surface and the apogee is crossed up and down");
            assertChangesExactlyAt(arc, crossings, t -> {
                double alt = arc.pointAt(t).altKm();
                return alt >= type.minAltitudeKm() && alt <= type.maxAltitudeKm();
            });
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @ValueSource(longs = { 11, 12, 13, 14, 15, 16, 17, 18 })
    void theGroundPointChangesSidesAtTheRangeCrossingsAndNowhereElse(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int crossed = 0;
        for (int arcs = 0; arcs < 20; arcs++) {
            BallisticTrajectory arc = arc(random);
            // a battery near the track, anywhere along it or beyond its ends
            BallisticTrajectory.Position onTrack = arc.positionAt(random.nextDouble() * arc.timeOfFlightS());
            double[] unit = Sphere.unitVector(onTrack.latDeg() + random.nextDouble(-2, 2), onTrack.lonDeg() + random.nextDouble(-2, 2));
            InterceptorType type = type(0, 1000, random.nextBoolean() ? 0 : random.nextDouble(5, 60), random.nextDouble(60, 400));
            double[] crossings = PairGeometry.rangeCrossings(arc, unit, type);
            assertNotNull(crossings, "no ring touches the track tangentially here");
            double minChord = 2 * Math.sin(type.minRangeKm() / (2 * Sphere.RADIUS_KM));
            double maxChord = 2 * Math.sin(type.maxRangeKm() / (2 * Sphere.RADIUS_KM));
            assertChangesExactlyAt(arc, crossings, t -> {
                double chord = arc.pointAt(t).groundChord(unit);
                return chord >= minChord && chord <= maxChord;
            });
            crossed += crossings.length;
        }
        assertTrue(crossed >= 20, "the batteries stand where the rings cross the tracks: " + crossed + " crossings");
    }

    /** The condition differs either side of each crossing within the flight and is the same at dense points between them. */
    private static void assertChangesExactlyAt(BallisticTrajectory arc, double[] crossings, DoublePredicate condition) {
        double flight = arc.timeOfFlightS();
        double[] sorted = crossings.clone();
        Arrays.sort(sorted);
        for (int i = 1; i < sorted.length; i++) {
            assertTrue(sorted[i] - sorted[i - 1] > 4 * SIDE_S, "crossings this close are not what these arcs make");
        }
        double[] ends = new double[sorted.length + 2];
        ends[0] = 0;
        System.arraycopy(sorted, 0, ends, 1, sorted.length);
        ends[ends.length - 1] = flight;
        for (int c = 0; c < sorted.length; c++) {
            double t = sorted[c];
            if (t - SIDE_S > 0 && t + SIDE_S < flight) {
                assertNotEquals(condition.test(t - SIDE_S), condition.test(t + SIDE_S), "the condition changes at the crossing at " + t + " s");
            }
        }
        for (int s = 0; s + 1 < ends.length; s++) {
            double from = ends[s] + SIDE_S;
            double to = ends[s + 1] - SIDE_S;
            if (to <= from) {
                continue;
            }
            boolean first = condition.test(from);
            for (int k = 1; k <= 400; k++) {
                double t = from + (to - from) * k / 400;
                assertEquals(first, condition.test(t), "no change between crossings, at " + t + " s");
            }
        }
    }

    private static BallisticTrajectory arc(SplittableRandom random) {
        GeoPoint launch = new GeoPoint(random.nextDouble(-60, 60), random.nextDouble(-180, 180), 0);
        double bearing = random.nextDouble(0, 2 * Math.PI);
        double rangeRad = random.nextDouble(100, 3000) / Sphere.RADIUS_KM;
        double lat = Math.toRadians(launch.latDeg());
        double aimLat = Math.asin(Math.sin(lat) * Math.cos(rangeRad) + Math.cos(lat) * Math.sin(rangeRad) * Math.cos(bearing));
        double aimLon = Math.toRadians(launch.lonDeg())
                + Math.atan2(Math.sin(bearing) * Math.sin(rangeRad) * Math.cos(lat), Math.cos(rangeRad) - Math.sin(lat) * Math.sin(aimLat));
        GeoPoint aim = new GeoPoint(Math.toDegrees(aimLat), Math.toDegrees(Math.IEEEremainder(aimLon, 2 * Math.PI)), 0);
        BallisticTrajectory minimumEnergy = BallisticTrajectory.minimumEnergy(launch, aim);
        return random.nextBoolean() ? minimumEnergy : BallisticTrajectory.withApogee(launch, aim, minimumEnergy.apogeeKm() * random.nextDouble(0.5, 2));
    }

    private static InterceptorType type(double minAltitudeKm, double maxAltitudeKm, double minRangeKm, double maxRangeKm) {
        return new InterceptorType("I", minRangeKm, maxRangeKm, minAltitudeKm, Math.max(maxAltitudeKm, minAltitudeKm + 1), 3, 10, 0.8);
    }
}
