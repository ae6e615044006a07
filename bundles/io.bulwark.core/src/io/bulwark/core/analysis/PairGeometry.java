package io.bulwark.core.analysis;

import java.util.List;

import io.bulwark.core.geo.Sphere;
import io.bulwark.core.scenario.Battery;
import io.bulwark.core.scenario.InterceptorType;
import io.bulwark.core.trajectory.BallisticTrajectory;

/**
 * What does not change between what-if analyses for one battery against one threat: at every
 * sample of the arc, whether the point is in the interceptor's envelope, whether the fire-control
 * radar sees it, and the fly-out time to it.
 */
final class PairGeometry {

    final Battery battery;
    final ThreatPath path;
    private final RadarGeometry fireControl;
    private final double fireControlRangeKm;
    private final double[] batteryCartesian;
    final boolean[] inRange;
    final boolean[] inEnvelope;
    final boolean[] engageable;
    final double[] flyoutS;
    final boolean anyInRange;
    final boolean anyInEnvelope;
    final boolean anyEngageable;
    final double maxAltitudeInRangeKm;
    final double minAltitudeInRangeKm;

    PairGeometry(Battery battery, ThreatPath path, RadarGeometry fireControl, double rcsM2) {
        this.battery = battery;
        this.path = path;
        this.fireControl = fireControl;
        this.fireControlRangeKm = fireControl == null ? 0 : fireControl.radar().type().detectionRangeKm(rcsM2);
        this.batteryCartesian = Sphere.cartesianKm(battery.site().latDeg(), battery.site().lonDeg(), battery.site().altKm());
        int n = path.times.length;
        inRange = new boolean[n];
        inEnvelope = new boolean[n];
        engageable = new boolean[n];
        flyoutS = new double[n];
        InterceptorType type = battery.type();
        boolean range = false;
        boolean envelope = false;
        boolean engage = false;
        double maxAlt = Double.NEGATIVE_INFINITY;
        double minAlt = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double groundKm = Sphere.RADIUS_KM
                    * Sphere.centralAngleRad(battery.site().latDeg(), battery.site().lonDeg(), path.lat[i], path.lon[i]);
            inRange[i] = groundKm >= type.minRangeKm() && groundKm <= type.maxRangeKm();
            if (inRange[i]) {
                range = true;
                maxAlt = Math.max(maxAlt, path.alt[i]);
                minAlt = Math.min(minAlt, path.alt[i]);
                inEnvelope[i] = path.alt[i] >= type.minAltitudeKm() && path.alt[i] <= type.maxAltitudeKm();
            }
            if (inEnvelope[i]) {
                envelope = true;
                engageable[i] = fireControl == null || fireControl.sees(path.lat[i], path.lon[i], path.alt[i], fireControlRangeKm);
                engage |= engageable[i];
            }
            flyoutS[i] = Sphere.chordKm(batteryCartesian, path.cartesian[i]) / type.speedKmS();
        }
        anyInRange = range;
        anyInEnvelope = envelope;
        anyEngageable = engage;
        maxAltitudeInRangeKm = maxAlt;
        minAltitudeInRangeKm = minAlt;
    }

    /** Intercept times (threat time) feasible for an earliest launch {@code earliestLaunchS} (threat time). */
    List<double[]> windows(double earliestLaunchS) {
        int n = path.times.length;
        boolean[] feasible = new boolean[n];
        for (int i = 0; i < n; i++) {
            feasible[i] = engageable[i] && path.times[i] - flyoutS[i] >= earliestLaunchS;
        }
        return Intervals.of(path.times, feasible, t -> feasibleAt(t, earliestLaunchS));
    }

    private boolean feasibleAt(double t, double earliestLaunchS) {
        BallisticTrajectory.Position p = path.trajectory.positionAt(t);
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
    double latestLaunchS() {
        double latest = Double.NaN;
        for (int i = 0; i < path.times.length; i++) {
            if (engageable[i]) {
                double launch = path.times[i] - flyoutS[i];
                latest = Double.isNaN(latest) ? launch : Math.max(latest, launch);
            }
        }
        return latest;
    }

    /** Closest ground range (km) from a battery to a threat's ground track (golden-section search along it). */
    static double closestApproachKm(Battery battery, ThreatPath path) {
        double total = path.trajectory.groundRangeKm();
        double bearing = Sphere.initialBearingDeg(path.raid.launch(), path.raid.aim());
        double lo = 0;
        double hi = total;
        double best = Math.min(groundKm(battery, path, bearing, 0), groundKm(battery, path, bearing, total));
        // the distance to a great-circle segment has one minimum along it
        double g = (Math.sqrt(5) - 1) / 2;
        for (int k = 0; k < 60; k++) {
            double a = hi - g * (hi - lo);
            double b = lo + g * (hi - lo);
            if (groundKm(battery, path, bearing, a) < groundKm(battery, path, bearing, b)) {
                hi = b;
            } else {
                lo = a;
            }
        }
        return Math.min(best, groundKm(battery, path, bearing, (lo + hi) / 2));
    }

    private static double groundKm(Battery battery, ThreatPath path, double bearing, double downrangeKm) {
        double[] p = Sphere.destinationLatLon(path.raid.launch().latDeg(), path.raid.launch().lonDeg(), bearing,
                downrangeKm / Sphere.RADIUS_KM);
        return Sphere.RADIUS_KM * Sphere.centralAngleRad(battery.site().latDeg(), battery.site().lonDeg(), p[0], p[1]);
    }
}
