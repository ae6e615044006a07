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
 * altitude no faster than its rate of climb at launch, and the launch time an intercept needs (its time minus the fly-out)
 * changes no faster than 1 + speed / interceptor speed.
 */
final class PairGeometry {

    /** Margins a sample must clear before its neighbours inherit its answer: far above the rounding of what is compared. */
    private static final double GROUND_TOLERANCE_KM = 1e-6;
    private static final double ALTITUDE_TOLERANCE_KM = 1e-6;
    private static final double LAUNCH_TOLERANCE_S = 1e-9;
    /**
     * Margin (s) on the times the arc crosses a range ring or an altitude of the envelope, solved in closed form: far
     * above their rounding, and above the rounding of the points' own chords and altitudes where the crossing is
     * transversal (the tangencies below are left to the speed bounds).
     */
    private static final double CROSSING_TOLERANCE_S = 1e-5;
    /** An altitude limit this close (km) to the apogee is a tangency: the arc's climb there is too slow to time it. */
    private static final double TANGENT_ALTITUDE_KM = 1e-3;
    /**
     * A ring whose crossings lie this close (the squared sine of their half-angle about the track's nearest approach) is a
     * tangency: the ground point's range there changes too slowly to time it.
     */
    private static final double TANGENT_COSINE = 1e-10;
    /** A ring crossing the great circle this close (rad) beyond an end of the track is taken to cross it there. */
    private static final double TANGENT_ANGLE_RAD = 1e-9;
    /** Crossings closer than this (s) leave the envelope to the speed bounds alone: four grid steps. */
    private static final double CROSSINGS_APART_S = 4 * ArcSamples.STEP_S;

    private final Battery battery;
    private final ArcSamples arc;
    private final Envelope envelope;
    private final double[] batteryCartesian;
    /** Whether a point is in the envelope and seen by the fire-control radar (if any), and for how long. */
    private final Sweep.Test engageableAt;
    private final Sampling engageable;
    /**
     * Fly-out time (s) to each engageable sample (index from firstEngageable), NaN until asked for; made when first
     * asked for (most pairs of a theatre never are).
     */
    private double[] flyoutS;
    /** The engageable points lie between the samples firstEngageable and endEngageable - 1. */
    private final int firstEngageable;
    private final int endEngageable;
    private final double launchTimeRate;
    /**
     * The times (s) the arc crosses the envelope's altitude limits and range rings: between them neither condition
     * changes, which the sweeps' speed bounds see only near the limits. Null where one is a tangency, where two are
     * close, and with a fire-control radar (whose sight the envelope's sweep does not know).
     */
    private final double[] altitudeCrossingsS;
    private final double[] rangeCrossingsS;
    final boolean anyInRange;
    final boolean anyInEnvelope;
    final boolean anyEngageable;
    /** Highest and lowest altitude (km) within range when no point is in the envelope (what the reasons then say), else NaN. */
    final double maxAltitudeInRangeKm;
    final double minAltitudeInRangeKm;

    PairGeometry(Battery battery, ArcSamples arc, RadarGeometry fireControl, double rcsM2) {
        this(battery, arc, fireControl, rcsM2, true, new AltitudeCrossings());
    }

    /**
     * @param reasons  whether to find, when no point is in the envelope, the points in range and their altitudes (what
     *                 the reasons say); without them (only the shots count) anyInRange is then false
     * @param altitudeCrossings  the arc's altitude crossings found so far, shared by the pairs of one arc
     */
    PairGeometry(Battery battery, ArcSamples arc, RadarGeometry fireControl, double rcsM2, boolean reasons, AltitudeCrossings altitudeCrossings) {
        this.battery = battery;
        this.arc = arc;
        double fireControlRangeKm = fireControl == null ? 0 : fireControl.radar().type().detectionRangeKm(rcsM2);
        this.batteryCartesian = Sphere.cartesianKm(battery.site().latDeg(), battery.site().lonDeg(), battery.site().altKm());
        this.envelope = new Envelope(battery, arc.path.trajectory, fireControl, fireControlRangeKm, batteryCartesian,
                Sphere.unitVector(battery.site().latDeg(), battery.site().lonDeg()),
                2 * Math.sin(battery.type().minRangeKm() / (2 * Sphere.RADIUS_KM)), 2 * Math.sin(battery.type().maxRangeKm() / (2 * Sphere.RADIUS_KM)));
        this.launchTimeRate = 1 + arc.maxSpeedKmS / battery.type().speedKmS();
        double[] altitudeCrossingsS = fireControl == null ? altitudeCrossings.of(arc.path.trajectory, battery.type()) : null;
        double[] rangeCrossings = altitudeCrossingsS != null ? rangeCrossings(arc.path.trajectory, envelope.batteryUnit, battery.type()) : null;
        boolean apart = altitudeCrossingsS != null && rangeCrossings != null && apart(altitudeCrossingsS, rangeCrossings);
        this.altitudeCrossingsS = apart ? altitudeCrossingsS : null;
        this.rangeCrossingsS = apart ? rangeCrossings : null;
        int n = arc.size();
        Sampling inEnvelope = Sweep.run(arc, 0, n, this::inEnvelopeAt);
        anyInEnvelope = inEnvelope.any();
        if (anyInEnvelope) {
            anyInRange = true;
            maxAltitudeInRangeKm = Double.NaN;
            minAltitudeInRangeKm = Double.NaN;
        } else if (!reasons) {
            anyInRange = false;
            maxAltitudeInRangeKm = Double.NaN;
            minAltitudeInRangeKm = Double.NaN;
        } else {
            Sampling inRange = Sweep.run(arc, 0, n, this::inRangeAt);
            // over the grid's samples in range, as the reasons always said; over the added points if none is
            double[] extremes = { Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY };
            if (inRange.anySample()) {
                altitudeExtremes(inRange, extremes);
            } else {
                inRange.walk((time, holds, sample) -> {
                    if (holds) {
                        double alt = arc.between(time).alt();
                        extremes[0] = Math.max(extremes[0], alt);
                        extremes[1] = Math.min(extremes[1], alt);
                    }
                });
            }
            anyInRange = inRange.any();
            maxAltitudeInRangeKm = extremes[0];
            minAltitudeInRangeKm = extremes[1];
        }
        if (fireControl == null) {
            engageableAt = this::inEnvelopeAt;
            engageable = inEnvelope;
        } else {
            Sweep.Test sight = fireControl.sight(arc, fireControlRangeKm, Double.NEGATIVE_INFINITY);
            engageableAt = (sample, verdict) -> {
                inEnvelopeAt(sample, verdict);
                if (verdict.holds) {
                    double envelopeS = verdict.settledS;
                    sight.at(sample, verdict);
                    if (verdict.holds) {
                        verdict.settledS = Math.min(verdict.settledS, envelopeS);
                    }
                }
            };
            engageable = anyInEnvelope ? Sweep.run(arc, stepBefore(inEnvelope.first()), stepAfter(inEnvelope.end()), engageableAt, inEnvelope)
                    : inEnvelope;
        }
        firstEngageable = engageable.first();
        endEngageable = engageable.end();
        anyEngageable = engageable.any();
    }

    /**
     * The highest and lowest altitude of the grid's samples where a predicate holds, into {@code extremes}. The
     * altitude rises until the apogee, half-way through the flight, and falls after it, metres from one sample
     * to the next away from the apogee: over a run of samples the lowest is at one of its ends, the highest at
     * an end or next to the apogee, so only those are computed.
     */
    private void altitudeExtremes(Sampling where, double[] extremes) {
        double[] times = arc.times;
        int afterApogee = Arrays.binarySearch(times, arc.path.timeOfFlight() / 2);
        afterApogee = afterApogee >= 0 ? afterApogee : -afterApogee - 1;
        for (int r = 0; r < where.runs(); r++) {
            if (!where.runHolds(r)) {
                continue;
            }
            int first = where.runStart(r);
            int last = where.runEnd(r) - 1;
            for (int i : new int[] { first, last, afterApogee - 2, afterApogee - 1, afterApogee, afterApogee + 1 }) {
                if (i >= first && i <= last) {
                    double alt = arc.sample(i).alt();
                    extremes[0] = Math.max(extremes[0], alt);
                    extremes[1] = Math.min(extremes[1], alt);
                }
            }
        }
    }

    /**
     * The altitude crossings of one arc by interceptor type: the same for every battery of a type. The types of a
     * scenario are few and shared by its batteries, so a list looked through by identity serves.
     */
    static final class AltitudeCrossings {
        private InterceptorType[] types = new InterceptorType[4];
        private double[][] crossings = new double[4][];
        private int count;

        /** {@link PairGeometry#altitudeCrossings} of the arc these are of, for a type. */
        double[] of(BallisticTrajectory trajectory, InterceptorType type) {
            for (int i = 0; i < count; i++) {
                if (types[i] == type) {
                    return crossings[i];
                }
            }
            if (count == types.length) {
                types = Arrays.copyOf(types, 2 * count);
                crossings = Arrays.copyOf(crossings, 2 * count);
            }
            types[count] = type;
            crossings[count] = altitudeCrossings(trajectory, type);
            return crossings[count++];
        }
    }

    /** The times the arc climbs and descends through its interceptor's altitude floor and ceiling; null at a tangency. */
    static double[] altitudeCrossings(BallisticTrajectory trajectory, InterceptorType type) {
        double[] crossings = new double[4];
        int count = 0;
        double trackRad = trajectory.groundRangeKm() / Sphere.RADIUS_KM;
        for (double limitKm : new double[] { type.minAltitudeKm(), type.maxAltitudeKm() }) {
            // the arc's altitude is 0 at both ends and highest at the apogee: a limit at or below 0 is never crossed
            if (limitKm <= 0 || limitKm > trajectory.apogeeKm() + TANGENT_ALTITUDE_KM) {
                continue;
            }
            if (limitKm >= trajectory.apogeeKm() - TANGENT_ALTITUDE_KM) {
                return null;
            }
            double climbingRad = trajectory.groundRangeClimbingThroughRad(limitKm);
            crossings[count++] = trajectory.timeAtGroundRangeRad(climbingRad);
            crossings[count++] = trajectory.timeAtGroundRangeRad(trackRad - climbingRad);
        }
        return Arrays.copyOf(crossings, count);
    }

    /**
     * The times the ground point crosses the battery's range rings. The cosine of its angle from the battery after a
     * ground range d is a cos d + b sin d = c cos(d - phi): it reaches the cosine of a ring's angle at phi +- acos(./c).
     */
    static double[] rangeCrossings(BallisticTrajectory trajectory, double[] batteryUnit, InterceptorType type) {
        double[] ab = trajectory.siteAlongTrack(batteryUnit);
        double c = Math.sqrt(ab[0] * ab[0] + ab[1] * ab[1]);
        double phi = Math.atan2(ab[1], ab[0]);
        double trackRad = trajectory.groundRangeKm() / Sphere.RADIUS_KM;
        double[] crossings = new double[4];
        int count = 0;
        for (double rangeKm : new double[] { type.minRangeKm(), type.maxRangeKm() }) {
            if (rangeKm <= 0) {
                continue;
            }
            double ratio = Math.cos(rangeKm / Sphere.RADIUS_KM) / c;
            if (!(c > 0) || Math.abs(1 - ratio * ratio) < TANGENT_COSINE) {
                return null;
            }
            if (Math.abs(ratio) > 1) {
                continue;
            }
            double half = Math.acos(ratio);
            for (double d : new double[] { phi - half, phi + half }) {
                // the angle along the great circle, brought into [-pi, pi): the track flies [0, its angle] of it
                double along = d - 2 * Math.PI * Math.floor((d + Math.PI) / (2 * Math.PI));
                // (a ring through an end of the track counts: rounding may put the end's point on either side)
                if (along >= -TANGENT_ANGLE_RAD && along <= trackRad + TANGENT_ANGLE_RAD) {
                    crossings[count++] = trajectory.timeAtGroundRangeRad(along);
                }
            }
        }
        return Arrays.copyOf(crossings, count);
    }

    /**
     * Whether the crossings are at least {@link #CROSSINGS_APART_S} apart: then every interval and gap of the envelope
     * (and of the range) spans grid samples, and none hides between two samples for the sweep's added points to find
     * or miss: the speed bounds alone settle fewer samples at once, but what holds where comes out the same.
     */
    private static boolean apart(double[] altitudeCrossings, double[] rangeCrossings) {
        double[] all = new double[altitudeCrossings.length + rangeCrossings.length];
        System.arraycopy(altitudeCrossings, 0, all, 0, altitudeCrossings.length);
        System.arraycopy(rangeCrossings, 0, all, altitudeCrossings.length, rangeCrossings.length);
        Arrays.sort(all);
        for (int i = 1; i < all.length; i++) {
            if (all[i] - all[i - 1] < CROSSINGS_APART_S) {
                return false;
            }
        }
        return true;
    }

    /** How long (s) from t no crossing comes, less the margin; 0 when unknown. */
    private static double clearOfS(double[] crossingsS, double t) {
        if (crossingsS == null) {
            return 0;
        }
        double nearest = Double.POSITIVE_INFINITY;
        for (double crossing : crossingsS) {
            nearest = Math.min(nearest, Math.abs(t - crossing));
        }
        return nearest - CROSSING_TOLERANCE_S;
    }

    private void inRangeAt(ArcSamples.Sample sample, Sweep.Verdict verdict) {
        double chord = sample.point().groundChord(envelope.batteryUnit);
        double minChord = envelope.minRangeChord;
        double maxChord = envelope.maxRangeChord;
        boolean inRange = chord >= minChord && chord <= maxChord;
        double marginKm = Sphere.RADIUS_KM * (inRange ? Math.min(chord - minChord, maxChord - chord) : Math.max(minChord - chord, chord - maxChord));
        verdict.settle(inRange, Math.max((marginKm - GROUND_TOLERANCE_KM) / arc.maxGroundSpeedKmS, clearOfS(rangeCrossingsS, sample.time())));
    }

    private void inEnvelopeAt(ArcSamples.Sample sample, Sweep.Verdict verdict) {
        InterceptorType type = battery.type();
        double chord = sample.point().groundChord(envelope.batteryUnit);
        double altKm = sample.alt();
        boolean inRange = chord >= envelope.minRangeChord && chord <= envelope.maxRangeChord;
        boolean inBand = altKm >= type.minAltitudeKm() && altKm <= type.maxAltitudeKm();
        double groundS = (Sphere.RADIUS_KM * Math.min(Math.abs(chord - envelope.minRangeChord), Math.abs(envelope.maxRangeChord - chord))
                - GROUND_TOLERANCE_KM)
                / arc.maxGroundSpeedKmS;
        double altS = (Math.min(Math.abs(altKm - type.minAltitudeKm()), Math.abs(type.maxAltitudeKm() - altKm)) - ALTITUDE_TOLERANCE_KM)
                / arc.maxClimbKmS;
        // the speed bounds hold near a limit, the crossings far from it
        groundS = Math.max(groundS, clearOfS(rangeCrossingsS, sample.time()));
        altS = Math.max(altS, clearOfS(altitudeCrossingsS, sample.time()));
        if (inRange && inBand) {
            verdict.settle(true, Math.min(groundS, altS));
        } else {
            // one condition that stays false is enough
            verdict.settle(false, Math.max(inRange ? 0 : groundS, inBand ? 0 : altS));
        }
    }

    /** Fly-out time (s) to a point, kept for the grid's samples. */
    private double flyoutS(ArcSamples.Sample sample) {
        int i = sample.index();
        if (i < 0) {
            return sample.point().chordKm(batteryCartesian) / battery.type().speedKmS();
        }
        if (flyoutS == null) {
            flyoutS = new double[endEngageable - firstEngageable];
            Arrays.fill(flyoutS, Double.NaN);
        }
        int k = i - firstEngageable;
        if (Double.isNaN(flyoutS[k])) {
            flyoutS[k] = sample.point().chordKm(batteryCartesian) / battery.type().speedKmS();
        }
        return flyoutS[k];
    }

    /** Intercept times (threat time) feasible for an earliest launch. */
    List<Boundary[]> windows(EarliestLaunch earliest) {
        return Intervals.of(feasible(earliest, false), envelope.feasibility(earliest));
    }

    /** The first feasible intercept time (threat time) for an earliest launch, null if none: the start of the first window. */
    Boundary firstIntercept(EarliestLaunch earliest) {
        return Intervals.firstStart(feasible(earliest, true), envelope.feasibility(earliest));
    }

    /** Whether an intercept at t (threat time) is feasible for an earliest launch: the test the bisections make. */
    boolean feasibleAt(double t, EarliestLaunch earliest) {
        return envelope.feasibility(earliest).test(t);
    }

    /**
     * Points that are engageable and whose intercept can be launched at or after the earliest launch. The
     * launch time an intercept needs changes no faster than 1 + speed / interceptor speed; at the grid's
     * samples, whether a point is engageable and for how long is already known.
     *
     * @param firstOnly  whether only the first point that holds counts: the sweep stops after the first run that holds
     */
    private Sampling feasible(EarliestLaunch earliest, boolean firstOnly) {
        Sampling.RunIndex engageableRuns = Sampling.RunIndex.of(engageable);
        Sweep.Test test = (sample, verdict) -> {
            int i = sample.index();
            if (i >= 0) {
                engageableRuns.at(i, verdict);
            } else {
                engageableAt.at(sample, verdict);
            }
            if (!verdict.holds) {
                return;
            }
            double engageableS = verdict.settledS;
            double launch = sample.time() - flyoutS(sample);
            boolean allowed = earliest.allows(launch);
            double launchS = (earliest.marginS(launch) - LAUNCH_TOLERANCE_S) / launchTimeRate;
            verdict.settle(allowed, allowed ? Math.min(engageableS, launchS) : launchS);
        };
        // an intercept at t needs launch at t minus a fly-out time >= 0, so none before the earliest launch is feasible:
        // the sweep starts at the last sample not after it (the step from it to the next may hold a feasible point)
        int from = Math.max(stepBefore(firstEngageable), lastSampleAtOrBefore(earliest.lowerBoundS()));
        int to = stepAfter(endEngageable);
        return firstOnly ? Sweep.runUntilHolds(arc, from, to, test, engageable) : Sweep.run(arc, from, to, test, engageable);
    }

    /**
     * The sample before {@code first}, the first sample of a sweep that holds somewhere: points between the two may
     * hold too (a sweep looks only between its own samples), so a sweep within it starts there.
     */
    private static int stepBefore(int first) {
        return Math.max(0, first - 1);
    }

    /** The sample at {@code end}, one past a sweep's last sample that holds somewhere, included for the same reason. */
    private int stepAfter(int end) {
        return Math.min(arc.size(), end + 1);
    }

    /** The last sample of the arc at or before time t (threat time), 0 if none is. */
    private int lastSampleAtOrBefore(double t) {
        double[] times = arc.times;
        int lo = 0;
        int hi = times.length;
        // the first sample after t is in [lo, hi]
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return Math.max(0, lo - 1);
    }

    /**
     * The envelope at any time, for the bisections. It is small and holds no samples: the boundaries of an
     * engagement outlive the raid's samples.
     * <p>
     * batteryUnit is the battery's ground point; minRangeChord and maxRangeChord are the chords of the unit sphere at
     * its minimum and maximum range. A point's ground range is compared as its chord, 2 sin(central angle / 2): it
     * grows with the angle and no faster, so R times its distance to a limit's chord is at most the distance (km) to
     * the limit (the sweeps' margins), and no inverse trigonometry is needed.
     */
    private record Envelope(Battery battery, BallisticTrajectory trajectory, RadarGeometry fireControl, double fireControlRangeKm,
            double[] batteryCartesian, double[] batteryUnit, double minRangeChord, double maxRangeChord) {

        /** Whether an intercept at a time (threat time) is in the envelope, seen by the fire-control radar, and launched in time. */
        DoublePredicate feasibility(EarliestLaunch earliest) {
            return t -> {
                double launch = launchFor(t);
                return !Double.isNaN(launch) && earliest.allows(launch);
            };
        }

        /** The launch time (threat time) an intercept at t needs, NaN when t is outside the envelope or the fire-control radar's sight. */
        private double launchFor(double t) {
            BallisticTrajectory.Point p = trajectory.pointAt(t);
            InterceptorType type = battery.type();
            double chord = p.groundChord(batteryUnit);
            if (chord < minRangeChord || chord > maxRangeChord || p.altKm() < type.minAltitudeKm() || p.altKm() > type.maxAltitudeKm()) {
                return Double.NaN;
            }
            if (fireControl != null && !fireControl.sees(p, fireControlRangeKm)) {
                return Double.NaN;
            }
            return t - p.chordKm(batteryCartesian) / type.speedKmS();
        }
    }

    /** The latest launch time (threat time) that still reaches an engageable point, or NaN if none. */
    double latestLaunchS() {
        // over the grid's samples, as the reasons always said; over the added points if none is engageable
        boolean sampleEngageable = engageable.anySample();
        double[] latest = { Double.NaN };
        engageable.walk((time, holds, sample) -> {
            if (holds && (sample >= 0 || !sampleEngageable)) {
                double launch = time - flyoutS(sample >= 0 ? arc.sample(sample) : arc.between(time));
                latest[0] = Double.isNaN(latest[0]) ? launch : Math.max(latest[0], launch);
            }
        });
        return latest[0];
    }
}
