package io.bulwark.core.analysis;

/**
 * A predicate decided at every sample in a range, but computed only at some: a computed sample also says how
 * long (s) before and after it the answer provably stays the same (from bounds on how fast the threat moves),
 * and the samples within that time inherit it. The range is settled from both ends and split in the middle
 * of what is left, so a change of the answer costs about log2 of the samples around it.
 */
final class Sweep {

    /** The predicate at one sample and the time its answer holds around it. */
    @FunctionalInterface
    interface Test {
        /** Sets {@code verdict.holds} and {@code verdict.settledS} (0 when nothing is known around sample i). */
        void at(int i, Verdict verdict);
    }

    static final class Verdict {
        boolean holds;
        double settledS;

        void settle(boolean holds, double settledS) {
            this.holds = holds;
            this.settledS = settledS;
        }
    }

    /** Fills {@code out[from..to)} with the predicate at each sample. */
    static void run(double[] times, int from, int to, Test test, boolean[] out) {
        if (from >= to) {
            return;
        }
        Verdict verdict = new Verdict();
        test.at(from, verdict);
        out[from] = verdict.holds;
        double settledFirst = verdict.settledS;
        double settledLast = settledFirst;
        if (to - 1 > from) {
            test.at(to - 1, verdict);
            out[to - 1] = verdict.holds;
            settledLast = verdict.settledS;
        }
        new Sweep(times, test, out, verdict).settle(from, settledFirst, to - 1, settledLast);
    }

    private final double[] times;
    private final Test test;
    private final boolean[] out;
    private final Verdict verdict;

    private Sweep(double[] times, Test test, boolean[] out, Verdict verdict) {
        this.times = times;
        this.test = test;
        this.out = out;
        this.verdict = verdict;
    }

    /** Samples a and b are decided, their answers hold for the given times (s); decides the samples between them. */
    private void settle(int a, double settledA, int b, double settledB) {
        int i = a + 1;
        while (i < b && times[i] - times[a] <= settledA) {
            out[i++] = out[a];
        }
        int j = b - 1;
        while (j >= i && times[b] - times[j] <= settledB) {
            out[j--] = out[b];
        }
        if (i > j) {
            return;
        }
        int middle = (i + j) >>> 1;
        test.at(middle, verdict);
        out[middle] = verdict.holds;
        double settledMiddle = verdict.settledS;
        // the samples next to the gap inherited their answers, but nothing more is known around them
        settle(i - 1, 0, middle, settledMiddle);
        settle(middle, settledMiddle, j + 1, 0);
    }
}
