package io.bulwark.core.analysis;

import io.bulwark.core.geo.Sphere;
import io.bulwark.core.trajectory.BallisticTrajectory;

/**
 * A threat's arc sampled on a fixed time grid (threat time, s) for the interval searches. A sample's position is
 * computed the first time it is asked for: the sweeps skip most samples. It lives only while one raid's geometry
 * is computed.
 */
final class ArcSamples {

    /** Sampling step of the searches; every boundary found is then refined by bisection. */
    private static final double STEP_S = 0.5;
    /** Intercepts happen strictly before impact: the last sample stands this far before it. */
    private static final double BEFORE_IMPACT_S = 1e-6;
    /** Headroom on the speed bounds below, against rounding in the arc's parameters. */
    private static final double SPEED_HEADROOM = 1 + 1e-6;

    final ThreatPath path;
    final double[] times;
    /** The threat's highest speed (km/s): on a vacuum arc it is the burnout speed, at launch and impact. */
    final double maxSpeedKmS;
    /**
     * The highest speed of its ground point (km/s): R h / r^2 with the angular momentum h = R v0 cos(gamma),
     * highest at the surface.
     */
    final double maxGroundSpeedKmS;
    private final Sphere.Point[] point;
    private final double[] alt;
    private final double[][] cartesian;

    ArcSamples(ThreatPath path) {
        this.path = path;
        BallisticTrajectory trajectory = path.trajectory;
        double tof = trajectory.timeOfFlightS();
        int count = (int) Math.ceil(tof / STEP_S) + 1;
        times = new double[count];
        for (int i = 0; i < count; i++) {
            times[i] = Math.min(i * STEP_S, tof - BEFORE_IMPACT_S);
        }
        point = new Sphere.Point[count];
        alt = new double[count];
        cartesian = new double[count][];
        maxSpeedKmS = trajectory.burnoutSpeedKmS() * SPEED_HEADROOM;
        maxGroundSpeedKmS = trajectory.burnoutSpeedKmS() * Math.cos(Math.toRadians(trajectory.gammaDeg())) * SPEED_HEADROOM;
    }

    int size() {
        return times.length;
    }

    /** The ground point. */
    Sphere.Point point(int i) {
        position(i);
        return point[i];
    }

    double alt(int i) {
        position(i);
        return alt[i];
    }

    /** Earth-centred position (km). */
    double[] cartesian(int i) {
        return position(i);
    }

    private double[] position(int i) {
        if (cartesian[i] == null) {
            BallisticTrajectory.Position p = path.trajectory.positionAt(times[i]);
            point[i] = Sphere.Point.of(p.latDeg(), p.lonDeg());
            alt[i] = p.altKm();
            cartesian[i] = Sphere.cartesianKm(point[i], p.altKm());
        }
        return cartesian[i];
    }
}
