package io.bulwark.core.analysis;

/**
 * A predicate of an arc decided at every sample of its grid, but computed only at some: a computed point also
 * says how long (s) before and after it the answer provably stays the same (from bounds on how fast the threat
 * moves), and the samples within that time inherit it. The range is settled from both ends and split in the
 * middle of what is left, so a change of the answer costs about log2 of the samples around it.
 * <p>
 * Between two neighbouring samples the answer may also change and change back, unseen by both (a threat
 * grazing a range ring between them, say). Where the times their answers provably hold leave a stretch
 * uncovered, the middle of the step is computed too (the same points for every radar and battery, which share
 * their positions), and so on until every stretch left is shorter than {@value #MAX_UNSETTLED_S} s: no interval or
 * gap of the predicate that long is lost, and a bisection between the points on either side of a change finds it.
 */
final class Sweep {

    /** The stretches between points that no point's answer settles are shorter than this: the contract's resolution. */
    static final double MAX_UNSETTLED_S = 0.1;
    /** Sweeps do not nest: each thread runs one at a time, in its own Sweep (a raid's geometry runs hundreds). */
    private static final ThreadLocal<Sweep> OF_THREAD = ThreadLocal.withInitial(Sweep::new);

    /** The predicate at one point of the arc and the time its answer holds around it. */
    @FunctionalInterface
    interface Test {
        /** Sets {@code verdict.holds} and {@code verdict.settledS} (0 when nothing is known around the point). */
        void at(ArcSamples.Sample point, Verdict verdict);
    }

    static final class Verdict {
        boolean holds;
        double settledS;

        void settle(boolean holds, double settledS) {
            this.holds = holds;
            this.settledS = settledS;
        }
    }

    /** The predicate at the samples [from, to) of an arc and at the points it needs between them. */
    static Sampling run(ArcSamples arc, int from, int to, Test test) {
        return run(arc, from, to, test, null);
    }

    /**
     * The same for a predicate that holds only where {@code within} does: a step where {@code within} holds at no
     * point has no interval or gap to look for (up to what {@code within}'s own sweep left unsettled).
     */
    static Sampling run(ArcSamples arc, int from, int to, Test test, Sampling within) {
        return run(arc, from, to, test, within, Double.POSITIVE_INFINITY);
    }

    /**
     * The predicate at the samples [from, to) as {@link #run(ArcSamples, int, int, Test)} decides it, but only up to
     * the end of the first stretch of samples that holds for at least {@code holdingS} seconds with no change hidden
     * between them: where only the first such interval counts (a radar's first track), the rest of the arc is never
     * swept. The points before that end are the full sweep's, so every interval before it and its start are the same.
     */
    static Sampling runUntilHolding(ArcSamples arc, int from, int to, Test test, double holdingS) {
        return run(arc, from, to, test, null, holdingS);
    }

    /**
     * The predicate as {@link #run(ArcSamples, int, int, Test, Sampling)} decides it, but only up to the end of its first run
     * of samples that holds: where only the first point that holds counts (a first intercept). The points before that end
     * are the full sweep's, so the first interval's start is the same.
     */
    static Sampling runUntilHolds(ArcSamples arc, int from, int to, Test test, Sampling within) {
        return run(arc, from, to, test, within, 0);
    }

    private static Sampling run(ArcSamples arc, int from, int to, Test test, Sampling within, double holdingS) {
        if (from >= to) {
            return new Sampling(arc.times, from);
        }
        Sweep sweep = OF_THREAD.get();
        sweep.start(arc, test, holdingS);
        try {
            return sweep.sweep(from, to, within);
        } finally {
            sweep.finish();
        }
    }

    /** The sweep of the samples [from, to) begun by {@link #start}. */
    private Sampling sweep(int from, int to, Sampling within) {
        compute(from);
        boolean holdsFrom = verdict.holds;
        double settledFrom = Math.max(0, verdict.settledS);
        add(from, from, holdsFrom, settledFrom);
        if (to - 1 > from) {
            compute(to - 1);
            boolean holdsLast = verdict.holds;
            double settledLast = Math.max(0, verdict.settledS);
            settle(from, holdsFrom, settledFrom, to - 1, holdsLast, settledLast);
            add(to - 1, to - 1, holdsLast, settledLast);
        }
        out = new Sampling(times, from, stoppedAt < 0 ? to : stoppedAt, runs);
        // Within a run both ends of a step keep what is left of one anchor's time, which covers the whole step:
        // only the steps from one run to the next can hide a change.
        for (int r = 0; r + 1 < out.runs(); r++) {
            int k = out.runEnd(r) - 1;
            if (within != null && !within.holdsInStep(k)) {
                continue;
            }
            between(k, 0, 1, 0, out.runHolds(r), out.settledS(r, k), out.runHolds(r + 1), out.settledS(r + 1, k + 1));
        }
        return out;
    }

    /** The arc and predicate of the sweep under way; null between sweeps. */
    private ArcSamples arc;
    private double[] times;
    private Test test;
    /** The runs while the samples are settled; then the result, to which the points between samples are added. */
    private final Sampling.Runs runs = new Sampling.Runs();
    private Sampling out;
    private final Verdict verdict = new Verdict();
    /** The sweep stops once the predicate holds through this long a stretch (s) of samples. */
    private double holdingS;
    /** The first sample of the stretch of complete runs that hold with no change hidden between them; -1: none. */
    private int holdingFrom;
    /** Where the sweep stopped (one past the last sample it decided); -1: not stopped. */
    private int stoppedAt;

    private Sweep() {
    }

    private void start(ArcSamples arc, Test test, double holdingS) {
        if (this.arc != null) {
            throw new IllegalStateException("a sweep was started within a sweep on the same thread");
        }
        this.arc = arc;
        this.times = arc.times;
        this.test = test;
        this.holdingS = holdingS;
        holdingFrom = -1;
        stoppedAt = -1;
        runs.clear();
    }

    /** Lets go of the sweep's arc, predicate and result, which the thread would otherwise keep until its next sweep. */
    private void finish() {
        arc = null;
        times = null;
        test = null;
        out = null;
    }

    /**
     * Appends the run from sample {@code first}, which completes the run before it, unless the sweep has stopped; stops
     * instead if that run ends a stretch holding for {@link #holdingS}. A step from one holding run to the next joins
     * the stretch only when {@link #between} would compute nothing in it.
     */
    private void add(int first, int anchorSample, boolean answer, double settledS) {
        if (stoppedAt >= 0) {
            return;
        }
        int r = runs.count() - 1;
        if (r >= 0 && runs.holds(r)) {
            int k = runs.start(r) - 1;
            if (holdingFrom < 0 || times[k + 1] - runs.settledS(r, k + 1, times) - (times[k] + runs.settledS(r - 1, k, times)) >= MAX_UNSETTLED_S) {
                holdingFrom = runs.start(r);
            }
            if (times[first - 1] - times[holdingFrom] >= holdingS) {
                stoppedAt = first;
                return;
            }
        } else {
            holdingFrom = -1;
        }
        runs.add(first, anchorSample, answer, settledS);
    }

    private void compute(int i) {
        test.at(arc.sample(i), verdict);
    }

    /**
     * Samples a and b are decided (with their answers and times); decides the samples between them, as runs in
     * sample order. A sample inherits from the nearer decided one whose time reaches it; the time is monotone in
     * the distance, so each run's end is a count of grid steps.
     */
    private void settle(int a, boolean holdsA, double settledA, int b, boolean holdsB, double settledB) {
        if (stoppedAt >= 0) {
            return;
        }
        int i = firstUnreached(a, settledA, b);
        int j = lastUnreached(i, b, settledB);
        if (i > a + 1) {
            add(a + 1, a, holdsA, settledA);
        }
        if (i <= j) {
            int middle = (i + j) >>> 1;
            compute(middle);
            boolean holdsMiddle = verdict.holds;
            double settledMiddle = Math.max(0, verdict.settledS);
            settle(i - 1, holdsA, i - 1 == a ? settledA : settledA - Math.abs(times[i - 1] - times[a]), middle, holdsMiddle,
                    settledMiddle);
            add(middle, middle, holdsMiddle, settledMiddle);
            settle(middle, holdsMiddle, settledMiddle, j + 1, holdsB, j + 1 == b ? settledB : settledB - Math.abs(times[b] - times[j + 1]));
        }
        if (j + 1 < b) {
            add(j + 1, b, holdsB, settledB);
        }
    }

    /**
     * The first sample after a, before b, that a's time does not reach; b if it reaches them all. The grid is
     * uniform but for its last sample, so the step count is a guess that a few comparisons correct.
     */
    private int firstUnreached(int a, double settledA, int b) {
        double steps = settledA / ArcSamples.STEP_S;
        int i = steps >= b - a ? b : Math.max(a + 1, a + 1 + (int) steps);
        while (i > a + 1 && !(times[i - 1] - times[a] <= settledA)) {
            i--;
        }
        while (i < b && times[i] - times[a] <= settledA) {
            i++;
        }
        return i;
    }

    /** The last sample before b, at or after i, that b's time does not reach; i - 1 if it reaches them all. */
    private int lastUnreached(int i, int b, double settledB) {
        double steps = settledB / ArcSamples.STEP_S;
        int j = steps >= b - i ? i - 1 : Math.min(b - 1, b - 1 - (int) steps);
        while (j < b - 1 && !(times[b] - times[j + 1] <= settledB)) {
            j++;
        }
        while (j > i - 1 && times[b] - times[j] <= settledB) {
            j--;
        }
        return j;
    }

    /**
     * Points p and q, at dyadic fractions {@code p / 2^depth} and {@code q / 2^depth} of the way from grid sample
     * {@code k} to the next, are decided; computes the points between them where a change could hide, in time order,
     * halving the step.
     */
    private void between(int k, int p, int q, int depth, boolean holdsP, double settledP, boolean holdsQ, double settledQ) {
        double step = times[k + 1] - times[k];
        double tp = times[k] + step * p / (1 << depth);
        double tq = times[k] + step * q / (1 << depth);
        if (tq - settledQ - (tp + settledP) < MAX_UNSETTLED_S || depth == ArcSamples.MAX_DEPTH) {
            return;
        }
        int middle = p + q;
        ArcSamples.Sample point = arc.between(k, middle << (ArcSamples.MAX_DEPTH - depth - 1));
        test.at(point, verdict);
        boolean holds = verdict.holds;
        double settled = Math.max(0, verdict.settledS);
        between(k, 2 * p, middle, depth + 1, holdsP, settledP, holds, settled);
        out.add(k, point.time(), holds);
        between(k, middle, 2 * q, depth + 1, holds, settled, holdsQ, settledQ);
    }
}
