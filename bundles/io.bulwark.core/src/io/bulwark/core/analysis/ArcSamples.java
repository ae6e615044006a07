package io.bulwark.core.analysis;

import io.bulwark.core.trajectory.BallisticTrajectory;

/**
 * A threat's arc sampled on a fixed time grid (threat time, s) for the interval searches. A sample's position is
 * computed the first time it is asked for: the sweeps skip most samples. It lives only while one raid's geometry
 * is computed.
 */
final class ArcSamples {

    /**
     * Sampling step of the searches; a {@link Sweep} adds points between samples wherever an interval or a gap
     * could hide, and every boundary found is then refined by bisection.
     */
    static final double STEP_S = 0.5;
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
    /**
     * The highest rate of climb or descent (km/s): the radial speed (mu / h) e sin f is highest where |sin f| is,
     * at launch and impact, where it is the burnout speed times sin(gamma).
     */
    final double maxClimbKmS;
    private final Sample[] samples;
    /** How often a step between samples can be halved by {@link #between(int, int)}. */
    static final int MAX_DEPTH = 20;
    /**
     * The points added between samples, by key (sample, numerator): open addressing, keys + 1 so that 0 means empty. A
     * raid of a large theatre adds about a hundred: the table starts at the size that holds them, not growing twice.
     */
    private long[] addedKeys = new long[INITIAL_ADDED_SLOTS];
    private Sample[] addedPoints = new Sample[INITIAL_ADDED_SLOTS];
    private static final int INITIAL_ADDED_SLOTS = 256;
    private int addedCount;

    ArcSamples(ThreatPath path) {
        this.path = path;
        BallisticTrajectory trajectory = path.trajectory;
        double tof = trajectory.timeOfFlightS();
        if (path.plane != null && path.plane.sampleTimes != null) {
            // an arc of the same shape: the same flight time, the same samples
            times = path.plane.sampleTimes;
        } else {
            times = new double[(int) Math.ceil(tof / STEP_S) + 1];
            for (int i = 0; i < times.length; i++) {
                times[i] = Math.min(i * STEP_S, tof - BEFORE_IMPACT_S);
            }
            if (path.plane != null) {
                path.plane.sampleTimes = times;
            }
        }
        samples = new Sample[times.length];
        maxSpeedKmS = trajectory.burnoutSpeedKmS() * SPEED_HEADROOM;
        maxGroundSpeedKmS = trajectory.burnoutSpeedKmS() * Math.cos(Math.toRadians(trajectory.gammaDeg())) * SPEED_HEADROOM;
        maxClimbKmS = trajectory.burnoutSpeedKmS() * Math.sin(Math.toRadians(trajectory.gammaDeg())) * SPEED_HEADROOM;
    }

    int size() {
        return times.length;
    }

    /** Sample i of the grid, computed the first time it is asked for. */
    Sample sample(int i) {
        if (samples[i] == null) {
            samples[i] = compute(i, times[i]);
        }
        return samples[i];
    }

    /** A point of the arc between the grid's samples (threat time, s); not kept. */
    Sample between(double t) {
        return compute(-1, t);
    }

    /**
     * The point at a dyadic fraction of the way from sample k to sample k + 1: {@code numerator / 2^}{@value #MAX_DEPTH}.
     * The sweeps of every radar and battery add their points there, so they share them while the raid is analysed.
     */
    Sample between(int k, int numerator) {
        long key = (((long) k << MAX_DEPTH) | numerator) + 1;
        int mask = addedKeys.length - 1;
        int slot = (int) (key * 0x9E3779B97F4A7C15L >>> 40) & mask;
        while (addedKeys[slot] != 0) {
            if (addedKeys[slot] == key) {
                return addedPoints[slot];
            }
            slot = (slot + 1) & mask;
        }
        double t = times[k] + (times[k + 1] - times[k]) * numerator / (1 << MAX_DEPTH);
        Sample sample = compute(-1, t);
        addedKeys[slot] = key;
        addedPoints[slot] = sample;
        if (++addedCount * 2 > addedKeys.length) {
            grow();
        }
        return sample;
    }

    private void grow() {
        long[] keys = addedKeys;
        Sample[] points = addedPoints;
        addedKeys = new long[2 * keys.length];
        addedPoints = new Sample[2 * keys.length];
        int mask = addedKeys.length - 1;
        for (int s = 0; s < keys.length; s++) {
            if (keys[s] != 0) {
                int slot = (int) (keys[s] * 0x9E3779B97F4A7C15L >>> 40) & mask;
                while (addedKeys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                addedKeys[slot] = keys[s];
                addedPoints[slot] = points[s];
            }
        }
    }

    private Sample compute(int index, double t) {
        return new Sample(index, t, path.trajectory, path.inPlaneAt(index, t));
    }

    /**
     * A point of the arc at a time (threat time, s), as {@link BallisticTrajectory#pointAt} gives it, and itself that
     * point: one object a point. {@code index} is its place in the grid, -1 between the grid's samples.
     */
    static final class Sample extends BallisticTrajectory.Point {

        private final int index;
        private final double time;

        private Sample(int index, double time, BallisticTrajectory arc, BallisticTrajectory.InPlane inPlane) {
            super(arc, inPlane);
            this.index = index;
            this.time = time;
        }

        int index() {
            return index;
        }

        double time() {
            return time;
        }

        BallisticTrajectory.Point point() {
            return this;
        }

        double alt() {
            return altKm();
        }
    }
}
