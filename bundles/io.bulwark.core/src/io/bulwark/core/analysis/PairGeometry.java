package io.bulwark.core.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.function.DoublePredicate;

import io.bulwark.core.geo.Sphere;
import io.bulwark.core.scenario.Battery;
import io.bulwark.core.scenario.InterceptorType;
import io.bulwark.core.trajectory.BallisticTrajectory;

/**
 * What does not change between what-if analyses for one battery against one arc: at every sample, whether
 * the point is in the interceptor's envelope, whether the fire-control radar sees it, and the fly-out time
 * to it. It lives while the raid's geometry is computed; {@link #summary} keeps what the reports need.
 * Samples are decided by {@link Sweep}s: the ground point moves no faster than the arc's ground speed, the
 * altitude no faster than its speed, and the launch time an intercept needs (its time minus the fly-out)
 * changes no faster than 1 + speed / interceptor speed.
 */
final class PairGeometry {

    /** Margins a sample must clear before its neighbours inherit its answer: far above the rounding of what is compared. */
    private static final double GROUND_TOLERANCE_KM = 1e-6;
    private static final double ALTITUDE_TOLERANCE_KM = 1e-6;
    private static final double LAUNCH_TOLERANCE_S = 1e-9;

    private final Battery battery;
    private final ArcSamples arc;
    private final Envelope envelope;
    private final double[] batteryCartesian;
    private final Sphere.Point batteryPoint;
    private final boolean[] engageable;
    /** Fly-out time (s) to each engageable sample (index from firstEngageable), NaN until asked for. */
    private final double[] flyoutS;
    /** The engageable samples lie in [firstEngageable, endEngageable). */
    private final int firstEngageable;
    private final int endEngageable;
    private final double launchTimeRate;
    final boolean anyInRange;
    final boolean anyInEnvelope;
    final boolean anyEngageable;
    /** Highest and lowest altitude (km) within range when no sample is in the envelope (what the reasons then say), else NaN. */
    final double maxAltitudeInRangeKm;
    final double minAltitudeInRangeKm;

    PairGeometry(Battery battery, ArcSamples arc, RadarGeometry fireControl, double rcsM2) {
        this.battery = battery;
        this.arc = arc;
        double fireControlRangeKm = fireControl == null ? 0 : fireControl.radar().type().detectionRangeKm(rcsM2);
        this.batteryCartesian = Sphere.cartesianKm(battery.site().latDeg(), battery.site().lonDeg(), battery.site().altKm());
        this.envelope = new Envelope(battery, arc.path.trajectory, fireControl, fireControlRangeKm, batteryCartesian);
        this.batteryPoint = Sphere.Point.of(battery.site().latDeg(), battery.site().lonDeg());
        this.launchTimeRate = 1 + arc.maxSpeedKmS / battery.type().speedKmS();
        int n = arc.size();
        boolean[] inEnvelope = new boolean[n];
        Sweep.run(arc.times, 0, n, this::inEnvelopeAt, inEnvelope);
        int firstInEnvelope = n;
        int endInEnvelope = 0;
        for (int i = 0; i < n; i++) {
            if (inEnvelope[i]) {
                firstInEnvelope = Math.min(firstInEnvelope, i);
                endInEnvelope = i + 1;
            }
        }
        anyInEnvelope = endInEnvelope > 0;
        if (anyInEnvelope) {
            anyInRange = true;
            maxAltitudeInRangeKm = Double.NaN;
            minAltitudeInRangeKm = Double.NaN;
        } else {
            boolean[] inRange = new boolean[n];
            Sweep.run(arc.times, 0, n, this::inRangeAt, inRange);
            boolean range = false;
            double maxAlt = Double.NEGATIVE_INFINITY;
            double minAlt = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (inRange[i]) {
                    range = true;
                    maxAlt = Math.max(maxAlt, arc.alt(i));
                    minAlt = Math.min(minAlt, arc.alt(i));
                }
            }
            anyInRange = range;
            maxAltitudeInRangeKm = maxAlt;
            minAltitudeInRangeKm = minAlt;
        }
        if (fireControl == null) {
            engageable = inEnvelope;
        } else {
            engageable = new boolean[n];
            fireControl.seesAlong(arc, firstInEnvelope, endInEnvelope, fireControlRangeKm, Double.NEGATIVE_INFINITY, engageable);
            for (int i = firstInEnvelope; i < endInEnvelope; i++) {
                engageable[i] &= inEnvelope[i];
            }
        }
        int first = n;
        int end = 0;
        for (int i = firstInEnvelope; i < endInEnvelope; i++) {
            if (engageable[i]) {
                first = Math.min(first, i);
                end = i + 1;
            }
        }
        firstEngageable = first;
        endEngageable = end;
        anyEngageable = end > 0;
        flyoutS = new double[Math.max(0, end - first)];
        Arrays.fill(flyoutS, Double.NaN);
    }

    private void inRangeAt(int i, Sweep.Verdict verdict) {
        InterceptorType type = battery.type();
        double groundKm = groundKm(i);
        boolean inRange = groundKm >= type.minRangeKm() && groundKm <= type.maxRangeKm();
        double marginKm = inRange ? Math.min(groundKm - type.minRangeKm(), type.maxRangeKm() - groundKm)
                : Math.max(type.minRangeKm() - groundKm, groundKm - type.maxRangeKm());
        verdict.settle(inRange, (marginKm - GROUND_TOLERANCE_KM) / arc.maxGroundSpeedKmS);
    }

    private void inEnvelopeAt(int i, Sweep.Verdict verdict) {
        InterceptorType type = battery.type();
        double groundKm = groundKm(i);
        double altKm = arc.alt(i);
        boolean inRange = groundKm >= type.minRangeKm() && groundKm <= type.maxRangeKm();
        boolean inBand = altKm >= type.minAltitudeKm() && altKm <= type.maxAltitudeKm();
        double groundS = (Math.min(Math.abs(groundKm - type.minRangeKm()), Math.abs(type.maxRangeKm() - groundKm)) - GROUND_TOLERANCE_KM)
                / arc.maxGroundSpeedKmS;
        double altS = (Math.min(Math.abs(altKm - type.minAltitudeKm()), Math.abs(type.maxAltitudeKm() - altKm)) - ALTITUDE_TOLERANCE_KM)
                / arc.maxSpeedKmS;
        if (inRange && inBand) {
            verdict.settle(true, Math.min(groundS, altS));
        } else {
            // one condition that stays false is enough
            verdict.settle(false, Math.max(inRange ? 0 : groundS, inBand ? 0 : altS));
        }
    }

    private double groundKm(int i) {
        return Sphere.RADIUS_KM * Sphere.centralAngleRad(batteryPoint, arc.point(i));
    }

    private double flyoutS(int i) {
        int k = i - firstEngageable;
        if (Double.isNaN(flyoutS[k])) {
            flyoutS[k] = Sphere.chordKm(batteryCartesian, arc.cartesian(i)) / battery.type().speedKmS();
        }
        return flyoutS[k];
    }

    /** Intercept times (threat time) feasible for an earliest launch. */
    List<Boundary[]> windows(EarliestLaunch earliest) {
        return Intervals.of(arc.times, feasible(earliest, false), firstEngageable, endEngageable, envelope.feasibility(earliest));
    }

    /** The first feasible intercept time (threat time) for an earliest launch, null if none: the start of the first window. */
    Boundary firstIntercept(EarliestLaunch earliest) {
        return Intervals.firstStart(arc.times, feasible(earliest, true), firstEngageable, endEngageable, envelope.feasibility(earliest));
    }

    /** Engageable samples whose intercept can be launched at or after the earliest launch; only up to the first such run if asked. */
    private boolean[] feasible(EarliestLaunch earliest, boolean firstRunOnly) {
        boolean[] feasible = new boolean[arc.size()];
        int i = firstEngageable;
        while (i < endEngageable) {
            if (!engageable[i]) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < endEngageable && engageable[end]) {
                end++;
            }
            Sweep.run(arc.times, i, end, (k, verdict) -> {
                double launch = arc.times[k] - flyoutS(k);
                boolean allowed = earliest.allows(launch);
                verdict.settle(allowed, (earliest.marginS(launch) - LAUNCH_TOLERANCE_S) / launchTimeRate);
            }, feasible);
            if (firstRunOnly) {
                for (int k = i; k < end; k++) {
                    if (feasible[k]) {
                        return feasible;
                    }
                }
            }
            i = end;
        }
        return feasible;
    }

    /**
     * The envelope at any time, for the bisections. It is small and holds no samples: the boundaries of an
     * engagement outlive the raid's samples.
     */
    private record Envelope(Battery battery, BallisticTrajectory trajectory, RadarGeometry fireControl, double fireControlRangeKm,
            double[] batteryCartesian) {

        /** Whether an intercept at a time (threat time) is in the envelope, seen by the fire-control radar, and launched in time. */
        DoublePredicate feasibility(EarliestLaunch earliest) {
            return t -> {
                double launch = launchFor(t);
                return !Double.isNaN(launch) && earliest.allows(launch);
            };
        }

        /** The launch time (threat time) an intercept at t needs, NaN when t is outside the envelope or the fire-control radar's sight. */
        private double launchFor(double t) {
            BallisticTrajectory.Position p = trajectory.positionAt(t);
            InterceptorType type = battery.type();
            double groundKm = Sphere.RADIUS_KM
                    * Sphere.centralAngleRad(battery.site().latDeg(), battery.site().lonDeg(), p.latDeg(), p.lonDeg());
            if (groundKm < type.minRangeKm() || groundKm > type.maxRangeKm() || p.altKm() < type.minAltitudeKm()
                    || p.altKm() > type.maxAltitudeKm()) {
                return Double.NaN;
            }
            if (fireControl != null && !fireControl.sees(p.latDeg(), p.lonDeg(), p.altKm(), fireControlRangeKm)) {
                return Double.NaN;
            }
            double flyout = Sphere.chordKm(batteryCartesian, Sphere.cartesianKm(p.latDeg(), p.lonDeg(), p.altKm())) / type.speedKmS();
            return t - flyout;
        }
    }

    /** The latest launch time (threat time) that still reaches an engageable point, or NaN if none. */
    private double latestLaunchS() {
        double latest = Double.NaN;
        for (int i = firstEngageable; i < endEngageable; i++) {
            if (engageable[i]) {
                double launch = arc.times[i] - flyoutS(i);
                latest = Double.isNaN(latest) ? launch : Math.max(latest, launch);
            }
        }
        return latest;
    }

    /** What the reports need once the samples are gone; the latest launch only when asked for (it costs every fly-out). */
    PairSummary summary(boolean withLatestLaunch) {
        return new PairSummary(anyInRange, anyInEnvelope, anyEngageable, maxAltitudeInRangeKm, minAltitudeInRangeKm,
                withLatestLaunch ? latestLaunchS() : Double.NaN);
    }

    /**
     * A battery against an arc, without the samples: why it cannot engage and, if too late, the latest launch
     * (threat time; NaN when not asked for or no point is engageable).
     */
    record PairSummary(boolean anyInRange, boolean anyInEnvelope, boolean anyEngageable, double maxAltitudeInRangeKm,
            double minAltitudeInRangeKm, double latestLaunchS) {
    }
}
