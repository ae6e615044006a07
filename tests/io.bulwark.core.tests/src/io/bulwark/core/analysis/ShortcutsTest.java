package io.bulwark.core.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoublePredicate;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.bulwark.core.geo.Sphere;
import io.bulwark.core.scenario.GeoPoint;
import io.bulwark.core.scenario.MissileType;
import io.bulwark.core.scenario.Radar;
import io.bulwark.core.scenario.RadarType;
import io.bulwark.core.scenario.Raid;
import io.bulwark.core.trajectory.BallisticTrajectory;

/**
 * The shortcuts of the analysis against the straightforward computations they replace, on seeded random
 * arcs: a radar's sweep against its predicate at every sample and at every point it adds, the closest
 * approach from the distance to the track's segment against the golden-section search.
 */
class ShortcutsTest {

    private static final int CASES = 40;
    private static final MissileType MISSILE = new MissileType("M", 4000, 0.3);

    static Stream<Arguments> seeds() {
        return LongStream.range(1, CASES + 1).mapToObj(seed -> Arguments.of(Named.of("seed=" + seed, seed)));
    }

    /** Lofted, depressed and minimum-energy arcs of 50 to 3,500 km around Korea. */
    private static ThreatPath arc(SplittableRandom random) {
        GeoPoint aim = point(random, 0);
        double rangeKm = random.nextDouble(50, 3500);
        GeoPoint launch = Sphere.destination(aim, random.nextDouble(0, 360), rangeKm);
        int shape = random.nextInt(3);
        Double apogee = shape == 0 ? null : Double.valueOf(rangeKm * (shape == 1 ? random.nextDouble(0.05, 0.2) : random.nextDouble(0.6, 2)));
        return new ThreatPath(new Raid("T", MISSILE, 1, launch, null, aim, apogee, 0), 0, 1);
    }

    private static GeoPoint point(SplittableRandom random, double altKm) {
        return new GeoPoint(random.nextDouble(33, 40), random.nextDouble(124, 131), altKm);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aRadarsSweepAnswersAsItsPredicateAtEverySample(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int k = 0; k < 20; k++) {
            ThreatPath path = arc(random);
            ArcSamples arc = new ArcSamples(path);
            RadarType type = new RadarType("R", random.nextDouble(20, 2500), 1, random.nextBoolean() ? 360 : random.nextDouble(10, 180),
                    random.nextDouble(0, 10), random.nextBoolean() ? 90 : random.nextDouble(20, 89), 5);
            RadarGeometry radar = new RadarGeometry(new Radar("R", type, "F", point(random, random.nextDouble(-0.1, 2)),
                    random.nextDouble(0, 360)));
            double rangeKm = type.detectionRangeKm(MISSILE.rcsM2());
            double minCos = random.nextBoolean() ? Double.NEGATIVE_INFINITY : Math.cos(random.nextDouble(0.01, 0.5));
            double[] site = Sphere.cartesianKm(radar.radar().site().latDeg(), radar.radar().site().lonDeg(), 0);
            Sampling swept = radar.seesAlong(arc, 0, arc.size(), rangeKm, minCos);
            boolean[] each = new boolean[arc.size()];
            boolean[] sweptEach = new boolean[arc.size()];
            for (int i = 0; i < arc.size(); i++) {
                each[i] = seesAt(path, radar, site, minCos, rangeKm, arc.sample(i));
                sweptEach[i] = swept.holds(i);
            }
            int arcIndex = k;
            swept.walk((time, holds, sample) -> {
                if (sample < 0) {
                    boolean sees = seesAt(path, radar, site, minCos, rangeKm, arc.between(time));
                    assertEquals(sees, holds, "arc " + arcIndex + " at " + time);
                }
            });
            assertArrayEquals(each, sweptEach, "arc " + k);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aRadarsSweepUntilItsFirstTrackFindsTheFullSweepsIntervalsUpToIt(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int stoppedEarly = 0;
        for (int k = 0; k < 20; k++) {
            ThreatPath path = arc(random);
            ArcSamples arc = new ArcSamples(path);
            RadarType type = new RadarType("R", random.nextDouble(200, 2500), 1, random.nextBoolean() ? 360 : random.nextDouble(10, 180),
                    random.nextDouble(0, 10), random.nextBoolean() ? 90 : random.nextDouble(20, 89), random.nextDouble(0, 30));
            RadarGeometry radar = new RadarGeometry(new Radar("R", type, "F", point(random, random.nextDouble(-0.1, 2)),
                    random.nextDouble(0, 360)));
            double rangeKm = type.detectionRangeKm(MISSILE.rcsM2());
            double minCos = random.nextBoolean() ? Double.NEGATIVE_INFINITY : Math.cos(random.nextDouble(0.01, 0.5));
            double tau = type.trackTimeS();
            DoublePredicate sees = t -> radar.sees(path.trajectory.pointAt(t), rangeKm);
            List<Boundary[]> full = Intervals.of(radar.seesAlong(arc, 0, arc.size(), rangeKm, minCos), sees);
            Sampling untilTrack = radar.seesAlongUntilHolding(arc, rangeKm, minCos, tau);
            List<Boundary[]> early = Intervals.of(untilTrack, sees);
            Boundary fullTrack = firstLasting(full, tau);
            Boundary earlyTrack = firstLasting(early, tau);
            assertEquals(fullTrack == null, earlyTrack == null, "arc " + k);
            if (fullTrack != null) {
                assertEquals(fullTrack.value(), earlyTrack.value(), "arc " + k);
            }
            if (untilTrack.to < arc.size()) {
                Boundary[] last = early.get(early.size() - 1);
                assertTrue(Boundary.lastsAtLeast(last[0], last[1], tau), "arc " + k + ": the sweep stops after an interval that lasts " + tau + " s");
            }
            for (int i = 0; i < early.size(); i++) {
                assertEquals(full.get(i)[0].value(), early.get(i)[0].value(), "arc " + k + " interval " + i);
                if (i + 1 < early.size()) {
                    assertEquals(full.get(i)[1].value(), early.get(i)[1].value(), "arc " + k + " interval " + i);
                }
            }
            stoppedEarly += untilTrack.to < arc.size() ? 1 : 0;
        }
        assertTrue(stoppedEarly > 0, "no sweep stopped before the end of its arc");
    }

    private static Boundary firstLasting(List<Boundary[]> intervals, double seconds) {
        for (Boundary[] interval : intervals) {
            if (Boundary.lastsAtLeast(interval[0], interval[1], seconds)) {
                return interval[0];
            }
        }
        return null;
    }

    /** The predicate at the point's position as the trajectory gives it (latitude, longitude), not as the sweep computes it. */
    private static boolean seesAt(ThreatPath path, RadarGeometry radar, double[] site, double minCos, double rangeKm, ArcSamples.Sample point) {
        BallisticTrajectory.Position position = path.trajectory.positionAt(point.time());
        double[] p = Sphere.cartesianKm(position.latDeg(), position.lonDeg(), position.altKm());
        double cos = (site[0] * p[0] + site[1] * p[1] + site[2] * p[2]) / (Sphere.RADIUS_KM * (Sphere.RADIUS_KM + position.altKm()));
        return cos >= minCos && radar.sees(position.latDeg(), position.lonDeg(), position.altKm(), rangeKm);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theDistanceToTheTracksSegmentIsTheMinimumTheSearchFinds(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int k = 0; k < 50; k++) {
            ThreatPath path = arc(random);
            GeoPoint site = point(random, 0);
            double searched = path.closestApproachBySearchKm(site);
            assertEquals(searched, path.groundDistanceKm(ThreatPath.unitVector(site)), 1e-7, "site " + site);
            // and the reported value rounds as the search's does
            assertEquals(Precision.distance(searched), Precision.distance(path.closestApproachKm(site, ThreatPath.unitVector(site), 200)));
        }
    }
}
