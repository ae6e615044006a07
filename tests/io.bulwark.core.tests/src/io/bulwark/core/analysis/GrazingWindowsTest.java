package io.bulwark.core.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.bulwark.core.geo.Sphere;
import io.bulwark.core.scenario.Battery;
import io.bulwark.core.scenario.Doctrine;
import io.bulwark.core.scenario.GeoPoint;
import io.bulwark.core.scenario.InterceptorType;
import io.bulwark.core.scenario.MissileType;
import io.bulwark.core.scenario.Radar;
import io.bulwark.core.scenario.RadarType;
import io.bulwark.core.scenario.Raid;
import io.bulwark.core.trajectory.BallisticTrajectory;

/**
 * The interval searches against a brute-force scan every 0.01 s, on seeded geometries built to graze: a
 * battery whose maximum range passes within a few hundred metres of the closest approach, a track that grazes
 * the minimum range ring, an altitude floor or ceiling at the apogee, a radar whose detection range, sector
 * edge or elevation limit the threat barely reaches. Every interval of 0.1 s or longer that the scan finds is
 * found, with both bounds within 0.1 s, and every gap of 0.1 s or longer between them stays a gap.
 */
class GrazingWindowsTest {

    private static final int SEEDS = 60;
    private static final int GEOMETRIES_PER_SEED = 20;
    private static final double SCAN_STEP_S = 0.01;
    /** The contract's resolution: intervals and gaps this long must be found, bounds to within it. */
    private static final double RESOLUTION_S = 0.1;
    private static final MissileType MISSILE = new MissileType("M", 4000, 0.3);

    static Stream<Arguments> seeds() {
        return LongStream.range(1, SEEDS + 1).mapToObj(seed -> Arguments.of(Named.of("seed=" + seed, seed)));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyIntervalAndGapTheScanFindsIsFound(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int k = 0; k < GEOMETRIES_PER_SEED; k++) {
            ThreatPath path = arc(random);
            Scan scan = new Scan(path.trajectory);
            String label = "seed " + seed + ", geometry " + k;
            switch (k % 5) {
            case 0 -> checkBattery(label + " (max range at the closest approach)", path, scan, maxRangeGraze(random, path), null, random);
            case 1 -> checkBattery(label + " (minimum range ring)", path, scan, minRangeGraze(random, path), null, random);
            case 2 -> checkBattery(label + " (altitude band at the apogee)", path, scan, apogeeGraze(random, path), null, random);
            case 3 -> checkRadar(label + " (radar limits)", path, scan, grazingRadar(random, path, scan));
            default -> {
                Radar fireControl = grazingRadar(random, path, scan);
                Battery battery = random.nextBoolean() ? maxRangeGraze(random, path) : apogeeGraze(random, path);
                checkBattery(label + " (fire control)", path, scan, battery, fireControl, random);
            }
            }
        }
    }

    /** Minimum-energy, lofted and depressed arcs of 100 to 1,200 km. */
    private static ThreatPath arc(SplittableRandom random) {
        GeoPoint aim = new GeoPoint(random.nextDouble(33, 40), random.nextDouble(124, 131), 0);
        double rangeKm = random.nextDouble(100, 1200);
        GeoPoint launch = Sphere.destination(aim, random.nextDouble(0, 360), rangeKm);
        int shape = random.nextInt(3);
        Double apogee = shape == 0 ? null : Double.valueOf(rangeKm * (shape == 1 ? random.nextDouble(0.08, 0.2) : random.nextDouble(0.5, 1)));
        return new ThreatPath(new Raid("T", MISSILE, 1, launch, null, aim, apogee, 0), 0, 1);
    }

    /**
     * How far inside a limit the threat reaches at its extreme: from a millionth of {@code scale} to {@code scale},
     * evenly on a log scale (the interval it makes grows with the square root), and a quarter of the time outside.
     */
    private static double graze(SplittableRandom random, double scale) {
        return (random.nextInt(4) == 0 ? -1 : 1) * scale * Math.pow(10, -6 * random.nextDouble());
    }

    /** A point beside the ground track: {@code offsetKm} to the side of the point at a share of the ground range. */
    private static GeoPoint beside(ThreatPath path, double share, double offsetKm, boolean left) {
        BallisticTrajectory trajectory = path.trajectory;
        GeoPoint launch = trajectory.launch();
        double course = Sphere.initialBearingDeg(launch, path.raid.aim());
        GeoPoint under = Sphere.destination(launch, course, share * trajectory.groundRangeKm());
        double bearingThere = Sphere.initialBearingDeg(under, path.raid.aim());
        return Sphere.destination(under, bearingThere + (left ? -90 : 90), offsetKm);
    }

    private static Battery battery(GeoPoint site, InterceptorType type, String fireControl) {
        return new Battery("B", type, "F", site, 8, Doctrine.SHOOT_SHOOT, 2, 0, List.of(), fireControl);
    }

    private static Battery maxRangeGraze(SplittableRandom random, ThreatPath path) {
        double maxRange = random.nextDouble(20, 200);
        GeoPoint site = beside(path, random.nextDouble(0.1, 0.9), maxRange - graze(random, 0.3), random.nextBoolean());
        return battery(site, new InterceptorType("I", 0, maxRange, 0, 3000, random.nextDouble(1, 4), 0, 0.8), null);
    }

    private static Battery minRangeGraze(SplittableRandom random, ThreatPath path) {
        double minRange = random.nextDouble(3, 40);
        GeoPoint site = beside(path, random.nextDouble(0.1, 0.9), minRange - graze(random, 0.3), random.nextBoolean());
        return battery(site, new InterceptorType("I", minRange, minRange + random.nextDouble(50, 300), 0, 3000, random.nextDouble(1, 4), 0, 0.8),
                null);
    }

    /** A floor or a ceiling within a few tens of metres of the apogee, the battery under the middle of the arc. */
    private static Battery apogeeGraze(SplittableRandom random, ThreatPath path) {
        double apogee = path.trajectory.apogeeKm();
        double limit = apogee - graze(random, 0.05);
        boolean floor = random.nextBoolean();
        GeoPoint site = beside(path, random.nextDouble(0.3, 0.7), random.nextDouble(0, 50), random.nextBoolean());
        InterceptorType type = floor ? new InterceptorType("I", 0, 3000, limit, 5000, random.nextDouble(1, 4), 0, 0.8)
                : new InterceptorType("I", 0, 3000, 0, limit, random.nextDouble(1, 4), 0, 0.8);
        return battery(site, type, null);
    }

    /**
     * A radar beside the track whose detection range, sector edge or elevation limit lies at an extreme (or a
     * random point) of what it would see of the arc.
     */
    private static Radar grazingRadar(SplittableRandom random, ThreatPath path, Scan scan) {
        GeoPoint site = beside(path, random.nextDouble(0, 1), random.nextDouble(5, 300), random.nextBoolean());
        site = new GeoPoint(site.latDeg(), site.lonDeg(), random.nextDouble(0, 1));
        double minSlant = Double.POSITIVE_INFINITY;
        double maxElevation = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < scan.size(); i++) {
            // the contract's 4/3-Earth line of sight
            double phi = Sphere.centralAngleRad(site.latDeg(), site.lonDeg(), scan.lat[i], scan.lon[i]) / RadarGeometry.K;
            double r1 = RadarGeometry.K * Sphere.RADIUS_KM + site.altKm();
            double r2 = RadarGeometry.K * Sphere.RADIUS_KM + scan.alt[i];
            double slant = Math.sqrt(r1 * r1 + r2 * r2 - 2 * r1 * r2 * Math.cos(phi));
            minSlant = Math.min(minSlant, slant);
            maxElevation = Math.max(maxElevation, Math.toDegrees(Math.asin((r2 * Math.cos(phi) - r1) / slant)));
        }
        double range = 5000;
        double sector = 360;
        double boresight = 0;
        double minElevation = 0;
        double maxElevation90 = 90;
        switch (random.nextInt(4)) {
        case 0 -> range = Math.max(1, minSlant + graze(random, 0.3)) * Math.pow(MISSILE.rcsM2(), -0.25);
        case 1 -> {
            int i = random.nextInt(scan.size());
            double bearing = Sphere.initialBearingDeg(site, new GeoPoint(scan.lat[i], scan.lon[i], 0));
            sector = random.nextDouble(5, 120);
            boresight = bearing + (random.nextBoolean() ? 1 : -1) * sector / 2;
        }
        case 2 -> minElevation = Math.max(0, maxElevation - graze(random, 0.1));
        default -> maxElevation90 = Math.max(0.01, maxElevation - graze(random, 0.1));
        }
        RadarType type = new RadarType("R", range, 1, sector, minElevation, Math.max(minElevation, maxElevation90), 5);
        return new Radar("R", type, "F", site, ((boresight % 360) + 360) % 360);
    }

    private static void checkRadar(String label, ThreatPath path, Scan scan, Radar radar) {
        RadarGeometry geometry = new RadarGeometry(radar);
        double rangeKm = radar.type().detectionRangeKm(MISSILE.rcsM2());
        ArcSamples arc = new ArcSamples(path);
        List<Boundary[]> found = Intervals.of(geometry.seesAlong(arc, 0, arc.size(), rangeKm, Double.NEGATIVE_INFINITY), t -> {
            var p = path.trajectory.positionAt(t);
            return geometry.sees(p.latDeg(), p.lonDeg(), p.altKm(), rangeKm);
        });
        compare(label + " " + radar, scan.intervals(i -> geometry.sees(scan.lat[i], scan.lon[i], scan.alt[i], rangeKm)), found);
    }

    /** The engagement windows, with no earliest launch (the engageable set) and with one in the middle of the flight. */
    private static void checkBattery(String label, ThreatPath path, Scan scan, Battery battery, Radar fireControl, SplittableRandom random) {
        RadarGeometry fireGeometry = fireControl == null ? null : new RadarGeometry(fireControl);
        double fireRangeKm = fireControl == null ? 0 : fireControl.type().detectionRangeKm(MISSILE.rcsM2());
        PairGeometry pair = new PairGeometry(battery, new ArcSamples(path), fireGeometry, MISSILE.rcsM2());
        InterceptorType type = battery.type();
        double[] site = Sphere.cartesianKm(battery.site().latDeg(), battery.site().lonDeg(), battery.site().altKm());
        double earliestLaunch = random.nextDouble(0, path.timeOfFlight());
        for (double earliest : new double[] { Double.NEGATIVE_INFINITY, earliestLaunch }) {
            IntPredicate feasible = i -> {
                double ground = Sphere.RADIUS_KM * Sphere.centralAngleRad(battery.site().latDeg(), battery.site().lonDeg(), scan.lat[i],
                        scan.lon[i]);
                double alt = scan.alt[i];
                if (ground < type.minRangeKm() || ground > type.maxRangeKm() || alt < type.minAltitudeKm() || alt > type.maxAltitudeKm()) {
                    return false;
                }
                if (fireGeometry != null && !fireGeometry.sees(scan.lat[i], scan.lon[i], alt, fireRangeKm)) {
                    return false;
                }
                double flyout = Sphere.chordKm(site, Sphere.cartesianKm(scan.lat[i], scan.lon[i], alt)) / type.speedKmS();
                return scan.times[i] - flyout >= earliest;
            };
            compare(label + " " + battery + " fire control " + fireControl + " earliest launch " + earliest,
                    scan.intervals(feasible), pair.windows(EarliestLaunch.at(earliest)));
        }
    }

    /**
     * Every scanned interval of at least the resolution is found, bounds within it, unless a gap next to it is
     * too close to the resolution to say whether it must be kept; every gap of at least the resolution plus a
     * scan step stays a gap.
     */
    private static void compare(String label, List<double[]> scanned, List<Boundary[]> found) {
        List<double[]> foundTimes = new ArrayList<>();
        for (Boundary[] interval : found) {
            foundTimes.add(new double[] { interval[0].value(), interval[1].value() });
        }
        List<double[]> merged = new ArrayList<>();
        List<boolean[]> sureEdges = new ArrayList<>();
        for (double[] s : scanned) {
            if (!merged.isEmpty()) {
                double[] last = merged.get(merged.size() - 1);
                // the true gap lies between (next start - last end - step) and (next start - last end)
                double gapAtMost = s[0] - last[1];
                if (gapAtMost < RESOLUTION_S) {
                    last[1] = s[1];
                    continue;
                }
                if (gapAtMost - SCAN_STEP_S < RESOLUTION_S + 1e-9) {
                    sureEdges.get(sureEdges.size() - 1)[1] = false;
                    merged.add(s.clone());
                    sureEdges.add(new boolean[] { false, true });
                    continue;
                }
                double middle = (last[1] + s[0]) / 2;
                for (double[] f : foundTimes) {
                    if (f[0] <= middle && middle <= f[1]) {
                        fail(label + ": the gap " + last[1] + " - " + s[0] + " is merged into " + f[0] + " - " + f[1] + "; found "
                                + describe(foundTimes));
                    }
                }
            }
            merged.add(s.clone());
            sureEdges.add(new boolean[] { true, true });
        }
        for (int m = 0; m < merged.size(); m++) {
            double[] s = merged.get(m);
            if (s[1] - s[0] < RESOLUTION_S) {
                continue;
            }
            boolean matched = false;
            for (double[] f : foundTimes) {
                boolean start = !sureEdges.get(m)[0] ? f[0] <= s[0] + RESOLUTION_S : Math.abs(f[0] - s[0]) <= RESOLUTION_S;
                boolean end = !sureEdges.get(m)[1] ? f[1] >= s[1] - RESOLUTION_S : Math.abs(f[1] - s[1]) <= RESOLUTION_S;
                matched |= start && end;
            }
            assertTrue(matched, label + ": the scan finds " + s[0] + " - " + s[1] + ", the analysis " + describe(foundTimes));
        }
    }

    private static String describe(List<double[]> intervals) {
        StringBuilder text = new StringBuilder();
        for (double[] f : intervals) {
            text.append(" [").append(f[0]).append(", ").append(f[1]).append(']');
        }
        return text.length() == 0 ? "nothing" : text.toString();
    }

    /** The arc every 0.01 s, and the last instant before impact. */
    private static final class Scan {
        final double[] times;
        final double[] lat;
        final double[] lon;
        final double[] alt;

        Scan(BallisticTrajectory trajectory) {
            double tof = trajectory.timeOfFlightS();
            int n = (int) Math.floor(tof / SCAN_STEP_S) + 1;
            times = new double[n + 1];
            lat = new double[n + 1];
            lon = new double[n + 1];
            alt = new double[n + 1];
            for (int i = 0; i <= n; i++) {
                times[i] = Math.min(i * SCAN_STEP_S, tof - 1e-6);
                BallisticTrajectory.Position p = trajectory.positionAt(times[i]);
                lat[i] = p.latDeg();
                lon[i] = p.lonDeg();
                alt[i] = p.altKm();
            }
        }

        int size() {
            return times.length;
        }

        /** [first, last] time of each run of scanned instants where the predicate (of the instant's index) holds. */
        List<double[]> intervals(IntPredicate holdsAt) {
            List<double[]> runs = new ArrayList<>();
            double[] run = null;
            for (int i = 0; i < times.length; i++) {
                if (holdsAt.test(i)) {
                    if (run == null) {
                        run = new double[] { times[i], times[i] };
                        runs.add(run);
                    }
                    run[1] = times[i];
                } else {
                    run = null;
                }
            }
            return runs;
        }
    }
}
