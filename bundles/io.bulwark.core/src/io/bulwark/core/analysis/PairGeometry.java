package io.bulwark.core.analysis;

import java.util.List;

import io.bulwark.core.geo.Sphere;
import io.bulwark.core.scenario.Battery;
import io.bulwark.core.scenario.InterceptorType;
import io.bulwark.core.trajectory.BallisticTrajectory;

/**
 * What does not change between what-if analyses for one battery against one arc: at every sample, whether
 * the point is in the interceptor's envelope, whether the fire-control radar sees it, and the fly-out time
 * to it. It lives while the raid's geometry is computed; {@link #summary()} keeps what the reports need.
 */
final class PairGeometry {

    /** Margin a ground range must clear before the next samples inherit its band membership (rounding is far below). */
    private static final double GROUND_TOLERANCE_KM = 1e-6;

    private final Battery battery;
    private final ArcSamples arc;
    private final RadarGeometry fireControl;
    private final double fireControlRangeKm;
    private final double[] batteryCartesian;
    private final boolean[] engageable;
    private final double[] flyoutS;
    /** The engageable samples lie in [firstEngageable, endEngageable). */
    private final int firstEngageable;
    private final int endEngageable;
    final boolean anyInRange;
    final boolean anyInEnvelope;
    final boolean anyEngageable;
    final double maxAltitudeInRangeKm;
    final double minAltitudeInRangeKm;

    PairGeometry(Battery battery, ArcSamples arc, RadarGeometry fireControl, double rcsM2) {
        this.battery = battery;
        this.arc = arc;
        this.fireControl = fireControl;
        this.fireControlRangeKm = fireControl == null ? 0 : fireControl.radar().type().detectionRangeKm(rcsM2);
        this.batteryCartesian = Sphere.cartesianKm(battery.site().latDeg(), battery.site().lonDeg(), battery.site().altKm());
        int n = arc.size();
        InterceptorType type = battery.type();
        boolean[] inEnvelope = new boolean[n];
        boolean range = false;
        int firstInEnvelope = n;
        int endInEnvelope = 0;
        double maxAlt = Double.NEGATIVE_INFINITY;
        double minAlt = Double.POSITIVE_INFINITY;
        int i = 0;
        while (i < n) {
            // the ground point moves at most maxGroundSpeed: the band membership stays until it could reach a band edge
            double groundKm = Sphere.RADIUS_KM
                    * Sphere.centralAngleRad(battery.site().latDeg(), battery.site().lonDeg(), arc.lat[i], arc.lon[i]);
            boolean inRange = groundKm >= type.minRangeKm() && groundKm <= type.maxRangeKm();
            double marginKm = inRange ? Math.min(groundKm - type.minRangeKm(), type.maxRangeKm() - groundKm)
                    : Math.max(type.minRangeKm() - groundKm, groundKm - type.maxRangeKm());
            double settledS = (marginKm - GROUND_TOLERANCE_KM) / arc.maxGroundSpeedKmS;
            int j = i;
            do {
                if (inRange) {
                    range = true;
                    maxAlt = Math.max(maxAlt, arc.alt[j]);
                    minAlt = Math.min(minAlt, arc.alt[j]);
                    inEnvelope[j] = arc.alt[j] >= type.minAltitudeKm() && arc.alt[j] <= type.maxAltitudeKm();
                    if (inEnvelope[j]) {
                        firstInEnvelope = Math.min(firstInEnvelope, j);
                        endInEnvelope = j + 1;
                    }
                }
                j++;
            } while (j < n && arc.times[j] - arc.times[i] <= settledS);
            i = j;
        }
        if (fireControl == null) {
            engageable = inEnvelope;
        } else {
            engageable = new boolean[n];
            fireControl.seesAlong(arc, firstInEnvelope, endInEnvelope, fireControlRangeKm, engageable);
            for (int k = firstInEnvelope; k < endInEnvelope; k++) {
                engageable[k] &= inEnvelope[k];
            }
        }
        int first = n;
        int end = 0;
        flyoutS = new double[n];
        for (int k = firstInEnvelope; k < endInEnvelope; k++) {
            if (engageable[k]) {
                first = Math.min(first, k);
                end = k + 1;
                flyoutS[k] = Sphere.chordKm(batteryCartesian, arc.cartesian[k]) / type.speedKmS();
            }
        }
        firstEngageable = first;
        endEngageable = end;
        anyInRange = range;
        anyInEnvelope = endInEnvelope > 0;
        anyEngageable = end > 0;
        maxAltitudeInRangeKm = maxAlt;
        minAltitudeInRangeKm = minAlt;
    }

    /** Intercept times (threat time) feasible for an earliest launch {@code earliestLaunchS} (threat time). */
    List<Boundary[]> windows(double earliestLaunchS) {
        return Intervals.of(arc.times, feasible(earliestLaunchS), firstEngageable, endEngageable, t -> feasibleAt(t, earliestLaunchS));
    }

    /** The first feasible intercept time (threat time) for an earliest launch, NaN if none: the start of the first window. */
    double firstIntercept(double earliestLaunchS) {
        Boundary start = Intervals.firstStart(arc.times, feasible(earliestLaunchS), firstEngageable, endEngageable,
                t -> feasibleAt(t, earliestLaunchS));
        return start == null ? Double.NaN : start.value();
    }

    private boolean[] feasible(double earliestLaunchS) {
        boolean[] feasible = new boolean[arc.size()];
        for (int i = firstEngageable; i < endEngageable; i++) {
            feasible[i] = engageable[i] && arc.times[i] - flyoutS[i] >= earliestLaunchS;
        }
        return feasible;
    }

    private boolean feasibleAt(double t, double earliestLaunchS) {
        BallisticTrajectory.Position p = arc.path.trajectory.positionAt(t);
        InterceptorType type = battery.type();
        double groundKm = Sphere.RADIUS_KM * Sphere.centralAngleRad(battery.site().latDeg(), battery.site().lonDeg(), p.latDeg(), p.lonDeg());
        if (groundKm < type.minRangeKm() || groundKm > type.maxRangeKm() || p.altKm() < type.minAltitudeKm()
                || p.altKm() > type.maxAltitudeKm()) {
            return false;
        }
        if (fireControl != null && !fireControl.sees(p.latDeg(), p.lonDeg(), p.altKm(), fireControlRangeKm)) {
            return false;
        }
        double flyout = Sphere.chordKm(batteryCartesian, Sphere.cartesianKm(p.latDeg(), p.lonDeg(), p.altKm())) / type.speedKmS();
        return t - flyout >= earliestLaunchS;
    }

    /** The latest launch time (threat time) that still reaches an engageable point, or NaN if none. */
    private double latestLaunchS() {
        double latest = Double.NaN;
        for (int i = firstEngageable; i < endEngageable; i++) {
            if (engageable[i]) {
                double launch = arc.times[i] - flyoutS[i];
                latest = Double.isNaN(latest) ? launch : Math.max(latest, launch);
            }
        }
        return latest;
    }

    /** What the reports need once the samples are gone. */
    PairSummary summary() {
        return new PairSummary(anyInRange, anyInEnvelope, anyEngageable, maxAltitudeInRangeKm, minAltitudeInRangeKm, latestLaunchS());
    }

    /**
     * A battery against an arc, without the samples: why it cannot engage and, if too late, the latest
     * launch (threat time, NaN when no point is engageable).
     */
    record PairSummary(boolean anyInRange, boolean anyInEnvelope, boolean anyEngageable, double maxAltitudeInRangeKm,
            double minAltitudeInRangeKm, double latestLaunchS) {
    }
}
