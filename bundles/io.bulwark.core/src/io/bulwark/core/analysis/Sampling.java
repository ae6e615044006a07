package io.bulwark.core.analysis;

import java.util.Arrays;

/**
 * A predicate of an arc as a {@link Sweep} decided it: at the grid's samples [from, to), with the time (s) each
 * answer provably holds around its sample, and at the points added between samples, in time order. Outside
 * [from, to) it does not hold.
 * <p>
 * The samples are kept as runs, not one by one: a run is a computed sample, or the samples that inherited the
 * answer of one sample (its anchor), whose time left shrinks by their distance from it. A sweep settles most of
 * an arc's hundreds of samples by inheritance, so its work and memory grow with the runs, not with the samples.
 */
final class Sampling {

    private static final int[] NONE = {};
    private static final double[] NO_TIMES = {};

    final double[] times;
    final int from;
    final int to;
    /**
     * Run r covers the samples [start(r), start(r + 1)) (the last one up to {@code to}), all with the answer of its
     * anchor: at 2r its start, at 2r + 1 its anchor times 2 plus 1 where the answer holds. Two arrays a Sampling, not
     * four: a raid's sweeps make hundreds of them.
     */
    private final int[] startAndAnchor;
    /** The time the anchor's answer holds around it; a sample of the run keeps what is left of it at its distance. */
    private final double[] anchorSettledS;
    private final int runs;
    /** The run {@link #runOf} found last: a hint, checked before use (so a stale one from another thread is harmless). */
    private int lastRun;
    /** The added points: the grid sample each follows times 2 plus 1 where the answer holds, and its time. */
    private int[] afterAndHolds = NONE;
    private double[] extraTimes = NO_TIMES;
    private int extras;

    /** No sample: [from, from). */
    Sampling(double[] times, int from) {
        this.times = times;
        this.from = from;
        this.to = from;
        this.runs = 0;
        this.startAndAnchor = NONE;
        this.anchorSettledS = NO_TIMES;
    }

    /** The samples [from, to) as the runs built. */
    Sampling(double[] times, int from, int to, Runs built) {
        this.times = times;
        this.from = from;
        this.to = to;
        this.runs = built.count;
        this.startAndAnchor = new int[2 * runs];
        for (int r = 0; r < runs; r++) {
            startAndAnchor[2 * r] = built.start[r];
            startAndAnchor[2 * r + 1] = 2 * built.anchor[r] + (built.holds[r] ? 1 : 0);
        }
        this.anchorSettledS = Arrays.copyOf(built.anchorSettledS, runs);
    }

    private int start(int r) {
        return startAndAnchor[2 * r];
    }

    private int anchor(int r) {
        return startAndAnchor[2 * r + 1] >> 1;
    }

    /** Runs while a sweep builds them, in sample order; each thread's {@link Sweep} keeps one for all its sweeps. */
    static final class Runs {
        private int[] start = new int[64];
        private int[] anchor = new int[64];
        private double[] anchorSettledS = new double[64];
        private boolean[] holds = new boolean[64];
        private int count;

        void clear() {
            count = 0;
        }

        int count() {
            return count;
        }

        int start(int r) {
            return start[r];
        }

        boolean holds(int r) {
            return holds[r];
        }

        /** What is left at sample i of run r of the time its anchor's answer holds ({@link Sampling#settledS(int, int)}). */
        double settledS(int r, int i, double[] times) {
            return anchor[r] == i ? anchorSettledS[r] : anchorSettledS[r] - Math.abs(times[i] - times[anchor[r]]);
        }

        /** Appends the run from sample {@code first} to the next run's start with the answer of sample {@code anchorSample}. */
        void add(int first, int anchorSample, boolean answer, double settledS) {
            if (count == start.length) {
                int capacity = 2 * count;
                start = Arrays.copyOf(start, capacity);
                anchor = Arrays.copyOf(anchor, capacity);
                anchorSettledS = Arrays.copyOf(anchorSettledS, capacity);
                holds = Arrays.copyOf(holds, capacity);
            }
            start[count] = first;
            anchor[count] = anchorSample;
            anchorSettledS[count] = settledS;
            holds[count] = answer;
            count++;
        }
    }

    int runs() {
        return runs;
    }

    /** The first sample of run r. */
    int runStart(int r) {
        return start(r);
    }

    /** One past the last sample of run r. */
    int runEnd(int r) {
        return r + 1 < runs ? start(r + 1) : to;
    }

    boolean runHolds(int r) {
        return (startAndAnchor[2 * r + 1] & 1) != 0;
    }

    /** What is left at sample i of run r of the time its anchor's answer holds. */
    double settledS(int r, int i) {
        int anchor = anchor(r);
        return anchor == i ? anchorSettledS[r] : anchorSettledS[r] - Math.abs(times[i] - times[anchor]);
    }

    /**
     * The run of each sample of one Sampling as a look-up, for a sweep that asks about many of its samples in no order
     * (each engagement's sweep asks its pair's engageable points). Sweeps do not nest: one buffer per thread serves them.
     */
    static final class RunIndex {
        private static final ThreadLocal<RunIndex> OF_THREAD = ThreadLocal.withInitial(RunIndex::new);

        private int[] runOf = new int[256];
        private Sampling indexed;

        /** This thread's index, made for {@code sampling}. */
        static RunIndex of(Sampling sampling) {
            RunIndex index = OF_THREAD.get();
            index.indexed = sampling;
            if (index.runOf.length < sampling.to - sampling.from) {
                index.runOf = new int[sampling.to - sampling.from];
            }
            for (int r = 0; r < sampling.runs; r++) {
                Arrays.fill(index.runOf, sampling.start(r) - sampling.from, sampling.runEnd(r) - sampling.from, r);
            }
            return index;
        }

        /** {@link Sampling#at} of the indexed Sampling; outside its samples it does not hold, with nothing known around. */
        void at(int i, Sweep.Verdict verdict) {
            if (i < indexed.from || i >= indexed.to) {
                verdict.settle(false, 0);
                return;
            }
            int r = runOf[i - indexed.from];
            verdict.settle(indexed.runHolds(r), indexed.settledS(r, i));
        }
    }

    private int runOf(int i) {
        // a sweep asks about neighbouring samples in turn: the last run found, or the next, is most often the one
        int r = lastRun;
        if (start(r) <= i) {
            if (r + 1 == runs || i < start(r + 1)) {
                return r;
            }
            if (r + 2 == runs || i < start(r + 2)) {
                lastRun = r + 1;
                return r + 1;
            }
        }
        int lo = 0;
        int hi = runs - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (start(mid) <= i) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        lastRun = lo;
        return lo;
    }

    /** At sample i of [from, to). */
    boolean holds(int i) {
        return runHolds(runOf(i));
    }

    /** How long (s) the answer at sample i of [from, to) provably holds around it. */
    double settledS(int i) {
        return settledS(runOf(i), i);
    }

    /** The answer at sample i of [from, to) and how long it provably holds around it, into a verdict. */
    void at(int i, Sweep.Verdict verdict) {
        int r = runOf(i);
        verdict.settle(runHolds(r), settledS(r, i));
    }

    /** Whether the predicate holds at a sample of the grid (not only at an added point). */
    boolean anySample() {
        for (int r = 0; r < runs; r++) {
            if (runHolds(r)) {
                return true;
            }
        }
        return false;
    }

    void add(int afterSample, double time, boolean answer) {
        if (extras == extraTimes.length) {
            int capacity = Math.max(4, 2 * extras);
            afterAndHolds = Arrays.copyOf(afterAndHolds, capacity);
            extraTimes = Arrays.copyOf(extraTimes, capacity);
        }
        afterAndHolds[extras] = 2 * afterSample + (answer ? 1 : 0);
        extraTimes[extras] = time;
        extras++;
    }

    /** The grid sample that added point e follows. */
    private int after(int e) {
        return afterAndHolds[e] >> 1;
    }

    private boolean extraHolds(int e) {
        return (afterAndHolds[e] & 1) != 0;
    }

    /** The first added point after sample k or later. */
    private int firstExtraFrom(int k) {
        int lo = 0;
        int hi = extras;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (after(mid) < k) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
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
        for (int e = firstExtraFrom(k); e < extras && after(e) == k; e++) {
            if (extraHolds(e)) {
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
        for (int r = 0; r < runs; r++) {
            for (int i = start(r); i < runEnd(r); i++) {
                visitor.point(times[i], runHolds(r), i);
                while (e < extras && after(e) == i) {
                    visitor.point(extraTimes[e], extraHolds(e), -1);
                    e++;
                }
            }
        }
    }

    /**
     * Visits the points in time order as {@link #walk} does, but of each run only its first and last sample: for a
     * visitor that acts only where the answer changes from the point before (points are added only after the last
     * sample of a run, where a sweep looked between runs).
     */
    void walkRunEnds(Visitor visitor) {
        int e = 0;
        for (int r = 0; r < runs; r++) {
            int first = start(r);
            int last = runEnd(r) - 1;
            visitor.point(times[first], runHolds(r), first);
            if (last > first) {
                visitor.point(times[last], runHolds(r), last);
            }
            while (e < extras && after(e) == last) {
                visitor.point(extraTimes[e], extraHolds(e), -1);
                e++;
            }
        }
    }

    /** The first grid sample at or before the first point where the predicate holds; {@code to} if none. */
    int first() {
        int e = 0;
        for (int r = 0; r < runs; r++) {
            if (runHolds(r)) {
                return start(r);
            }
            int last = runEnd(r) - 1;
            while (e < extras && after(e) <= last) {
                if (extraHolds(e++)) {
                    return after(e - 1);
                }
            }
        }
        return to;
    }

    /** One past the first grid sample at or after the last point where the predicate holds; {@code from} if none. */
    int end() {
        int e = extras - 1;
        for (int r = runs - 1; r >= 0; r--) {
            int last = runEnd(r) - 1;
            while (e >= 0 && after(e) >= start(r)) {
                if (extraHolds(e--)) {
                    return after(e + 1) + 2;
                }
            }
            if (runHolds(r)) {
                return last + 1;
            }
        }
        return from;
    }

    boolean any() {
        return first() < to;
    }
}
