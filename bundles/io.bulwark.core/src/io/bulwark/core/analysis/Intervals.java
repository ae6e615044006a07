package io.bulwark.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoublePredicate;

/** Intervals where a predicate of time holds: sampled on a grid, boundaries refined by bisection. */
final class Intervals {

    private static final int BISECTIONS = 24;

    private Intervals() {
    }

    /**
     * @param times  sample times, increasing
     * @param holds  the predicate at each sample
     * @param exact  the predicate at any time (for the refinement)
     * @return [start, end] pairs in time order
     */
    static List<double[]> of(double[] times, boolean[] holds, DoublePredicate exact) {
        List<double[]> result = new ArrayList<>();
        int n = times.length;
        int i = 0;
        while (i < n) {
            if (!holds[i]) {
                i++;
                continue;
            }
            double start = i == 0 ? times[0] : refine(times[i - 1], times[i], exact, true);
            int j = i;
            while (j + 1 < n && holds[j + 1]) {
                j++;
            }
            double end = j == n - 1 ? times[n - 1] : refine(times[j], times[j + 1], exact, false);
            result.add(new double[] { start, end });
            i = j + 1;
        }
        return result;
    }

    /** First time in (a, b] where the predicate holds (rising) or last time in [a, b) where it holds (falling). */
    private static double refine(double a, double b, DoublePredicate exact, boolean rising) {
        double lo = a;
        double hi = b;
        for (int k = 0; k < BISECTIONS; k++) {
            double mid = (lo + hi) / 2;
            boolean h = exact.test(mid);
            if (rising == h) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return rising ? hi : lo;
    }
}
