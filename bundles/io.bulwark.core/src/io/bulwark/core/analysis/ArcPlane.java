package io.bulwark.core.analysis;

import io.bulwark.core.trajectory.BallisticTrajectory;
import io.bulwark.core.trajectory.BallisticTrajectory.InPlane;

/**
 * The points of an arc's shape in its own plane ({@link BallisticTrajectory#inPlaneAt}), by time, kept while arcs of
 * that shape turned to other launch points are analysed one after another on one thread (a footprint's ring): their
 * samples fall at the same times, and a point costs a look-up and a turn instead of Kepler's equation. Not
 * thread-safe.
 */
final class ArcPlane {

    final BallisticTrajectory shape;
    /** The times of the arcs' samples (the same for every arc of the shape), set by the first; null until then. */
    double[] sampleTimes;
    /** The points at the samples, by index, null until computed. */
    private InPlane[] samples;
    /** The points between samples: open addressing on the time's bits; a slot is taken where its point is not null. */
    private long[] times = new long[1024];
    private InPlane[] points = new InPlane[1024];
    private int count;

    ArcPlane(BallisticTrajectory shape) {
        this.shape = shape;
    }

    /** The point at sample {@code index} (time t) of the arcs' samples, or at a time t between them (index -1). */
    InPlane at(int index, double t) {
        if (index >= 0) {
            if (samples == null) {
                samples = new InPlane[sampleTimes.length];
            }
            if (samples[index] == null) {
                samples[index] = shape.inPlaneAt(t);
            }
            return samples[index];
        }
        long key = Double.doubleToRawLongBits(t);
        int mask = times.length - 1;
        int slot = (int) (key * 0x9E3779B97F4A7C15L >>> 40) & mask;
        while (points[slot] != null) {
            if (times[slot] == key) {
                return points[slot];
            }
            slot = (slot + 1) & mask;
        }
        InPlane point = shape.inPlaneAt(t);
        times[slot] = key;
        points[slot] = point;
        if (++count * 2 > times.length) {
            grow();
        }
        return point;
    }

    private void grow() {
        long[] oldTimes = times;
        InPlane[] oldPoints = points;
        times = new long[2 * oldTimes.length];
        points = new InPlane[2 * oldTimes.length];
        int mask = times.length - 1;
        for (int s = 0; s < oldTimes.length; s++) {
            if (oldPoints[s] != null) {
                int slot = (int) (oldTimes[s] * 0x9E3779B97F4A7C15L >>> 40) & mask;
                while (points[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                times[slot] = oldTimes[s];
                points[slot] = oldPoints[s];
            }
        }
    }
}
