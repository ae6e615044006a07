package io.bulwark.core.analysis;

import io.bulwark.core.geo.Sphere;
import io.bulwark.core.trajectory.BallisticTrajectory;

/**
 * A threat's arc sampled on a fixed time grid (threat time, s) for the interval searches. It lives only
 * while one raid's geometry is computed: what the reports need afterwards is kept in smaller summaries.
 */
final class ArcSamples {

    /** Sampling step of the searches; every boundary found is then refined by bisection. */
    static final double STEP_S = 0.5;
    /** Intercepts happen strictly before impact: the last sample stands this far before it. */
    static final double BEFORE_IMPACT_S = 1e-6;
    /** Headroom on the speed bounds below, against rounding in the arc's parameters. */
    private static final double SPEED_HEADROOM = 1 + 1e-6;

    final ThreatPath path;
    final double[] times;
    final double[] lat;
    final double[] lon;
    final double[] alt;
    final double[][] cartesian;
    /** The threat's highest speed (km/s): on a vacuum arc it is the burnout speed, at launch and impact. */
    final double maxSpeedKmS;
    /**
     * The highest speed of its ground point (km/s): R h / r^2 with the angular momentum h = R v0 cos(gamma),
     * highest at the surface.
     */
    final double maxGroundSpeedKmS;

    ArcSamples(ThreatPath path) {
        this.path = path;
        BallisticTrajectory trajectory = path.trajectory;
        double tof = trajectory.timeOfFlightS();
        int count = (int) Math.ceil(tof / STEP_S) + 1;
        times = new double[count];
        lat = new double[count];
        lon = new double[count];
        alt = new double[count];
        cartesian = new double[count][];
        for (int i = 0; i < count; i++) {
            times[i] = Math.min(i * STEP_S, tof - BEFORE_IMPACT_S);
            BallisticTrajectory.Position p = trajectory.positionAt(times[i]);
            lat[i] = p.latDeg();
            lon[i] = p.lonDeg();
            alt[i] = p.altKm();
            cartesian[i] = Sphere.cartesianKm(p.latDeg(), p.lonDeg(), p.altKm());
        }
        maxSpeedKmS = trajectory.burnoutSpeedKmS() * SPEED_HEADROOM;
        maxGroundSpeedKmS = trajectory.burnoutSpeedKmS() * Math.cos(Math.toRadians(trajectory.gammaDeg())) * SPEED_HEADROOM;
    }

    int size() {
        return times.length;
    }
}
