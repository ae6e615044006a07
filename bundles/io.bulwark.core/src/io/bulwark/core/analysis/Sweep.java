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
        if (from >= to) {
            return new Sampling(arc.times, from, from);
        }
        Sampling out = new Sampling(arc.times, from, to);
        Sweep sweep = new Sweep(arc, test, out);
        sweep.compute(from);
        if (to - 1 > from) {
            sweep.compute(to - 1);
        }
        sweep.settle(from, to - 1);
        for (int k = from; k + 1 < to; k++) {
            if (within != null && !within.holdsInStep(k)) {
                continue;
            }
            sweep.between(k, 0, 1, 0, out.holds(k), out.settledS(k), out.holds(k + 1), out.settledS(k + 1));
        }
        return out;
    }

    private final ArcSamples arc;
    private final double[] times;
    private final Test test;
    private final Sampling out;
    private final Verdict verdict = new Verdict();

    private Sweep(ArcSamples arc, Test test, Sampling out) {
        this.arc = arc;
        this.times = arc.times;
        this.test = test;
        this.out = out;
    }

    private void compute(int i) {
        test.at(arc.sample(i), verdict);
        out.set(i, verdict.holds, Math.max(0, verdict.settledS));
    }

    /** Samples a and b are decided; decides the samples between them. */
    private void settle(int a, int b) {
        int i = a + 1;
        while (i < b && times[i] - times[a] <= out.settledS(a)) {
            inherit(i++, a);
        }
        int j = b - 1;
        while (j >= i && times[b] - times[j] <= out.settledS(b)) {
            inherit(j--, b);
        }
        if (i > j) {
            return;
        }
        int middle = (i + j) >>> 1;
        compute(middle);
        settle(i - 1, middle);
        settle(middle, j + 1);
    }

    /** Sample i takes the answer of sample k, which holds around it for what is left of k's time. */
    private void inherit(int i, int k) {
        out.set(i, out.holds(k), out.settledS(k) - Math.abs(times[i] - times[k]));
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
