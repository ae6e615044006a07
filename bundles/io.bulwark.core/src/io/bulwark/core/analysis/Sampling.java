package io.bulwark.core.analysis;

import java.util.Arrays;

/**
 * A predicate of an arc as a {@link Sweep} decided it: at the grid's samples [from, to), with the time (s) each
 * answer provably holds around its sample, and at the points added between samples, in time order. Outside
 * [from, to) it does not hold.
 */
final class Sampling {

    final double[] times;
    final int from;
    final int to;
    /** At the samples [from, to), from index 0. */
    private final boolean[] holds;
    private final double[] settledS;
    /** The added points: the grid sample each follows, its time and answer. */
    private int[] after = new int[0];
    private double[] extraTimes = new double[0];
    private boolean[] extraHolds = new boolean[0];
    private int extras;

    Sampling(double[] times, int from, int to) {
        this.times = times;
        this.from = from;
        this.to = to;
        this.holds = new boolean[Math.max(0, to - from)];
        this.settledS = new double[Math.max(0, to - from)];
    }

    /** At sample i of [from, to). */
    boolean holds(int i) {
        return holds[i - from];
    }

    /** How long (s) the answer at sample i of [from, to) provably holds around it. */
    double settledS(int i) {
        return settledS[i - from];
    }

    void set(int i, boolean answer, double settled) {
        holds[i - from] = answer;
        settledS[i - from] = settled;
    }

    /** Whether the predicate holds at a sample of the grid (not only at an added point). */
    boolean anySample() {
        for (boolean h : holds) {
            if (h) {
                return true;
            }
        }
        return false;
    }

    void add(int afterSample, double time, boolean answer) {
        if (extras == after.length) {
            int capacity = Math.max(8, 2 * extras);
            after = Arrays.copyOf(after, capacity);
            extraTimes = Arrays.copyOf(extraTimes, capacity);
            extraHolds = Arrays.copyOf(extraHolds, capacity);
        }
        after[extras] = afterSample;
        extraTimes[extras] = time;
        extraHolds[extras] = answer;
        extras++;
    }

    /**
     * Whether the predicate holds anywhere in the step from sample k to k + 1 as far as the points tell: at either
     * sample or at a point added between them.
     */
    boolean holdsInStep(int k) {
        if (k < from || k + 1 >= to) {
            return k >= from && k < to && holds(k) || k + 1 >= from && k + 1 < to && holds(k + 1);
        }
        if (holds(k) || holds(k + 1)) {
            return true;
        }
        int lo = 0;
        int hi = extras;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (after[mid] < k) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int e = lo; e < extras && after[e] == k; e++) {
            if (extraHolds[e]) {
                return true;
            }
        }
        return false;
    }

    /** What a walk through the points in time order is told. */
    interface Visitor {
        /** A point: its time, its answer, its grid sample (-1 for an added point). */
        void point(double time, boolean holds, int sample);
    }

    /** Visits the points in time order: each grid sample of [from, to), then the points added after it. */
    void walk(Visitor visitor) {
        int e = 0;
        for (int i = from; i < to; i++) {
            visitor.point(times[i], holds[i - from], i);
            while (e < extras && after[e] == i) {
                visitor.point(extraTimes[e], extraHolds[e], -1);
                e++;
            }
        }
    }

    /** The first grid sample at or before the first point where the predicate holds; {@code to} if none. */
    int first() {
        int e = 0;
        for (int i = from; i < to; i++) {
            if (holds[i - from]) {
                return i;
            }
            while (e < extras && after[e] == i) {
                if (extraHolds[e++]) {
                    return i;
                }
            }
        }
        return to;
    }

    /** One past the first grid sample at or after the last point where the predicate holds; {@code from} if none. */
    int end() {
        int e = extras - 1;
        for (int i = to - 1; i >= from; i--) {
            while (e >= 0 && after[e] == i) {
                if (extraHolds[e--]) {
                    return i + 2;
                }
            }
            if (holds[i - from]) {
                return i + 1;
            }
        }
        return from;
    }

    boolean any() {
        return first() < to;
    }
}
