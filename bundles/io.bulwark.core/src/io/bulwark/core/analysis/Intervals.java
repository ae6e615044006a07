package io.bulwark.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoublePredicate;

/** Intervals where a predicate of time holds: sampled on a grid, each boundary a {@link Boundary} between two samples. */
final class Intervals {

    private Intervals() {
    }

    /**
     * @param times  sample times, increasing
     * @param holds  the predicate at each sample; false outside [from, to)
     * @param from   first sample where it may hold
     * @param to     end (exclusive) of the samples where it may hold
     * @param exact  the predicate at any time (for the bisection)
     * @return [start, end] pairs in time order; a start at the first sample or an end at the last is that sample's time
     */
    static List<Boundary[]> of(double[] times, boolean[] holds, int from, int to, DoublePredicate exact) {
        List<Boundary[]> result = new ArrayList<>();
        int n = times.length;
        int i = from;
        while (i < to) {
            if (!holds[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < to && holds[j + 1]) {
                j++;
            }
            result.add(new Boundary[] { start(times, i, exact),
                    j == n - 1 ? Boundary.at(times[n - 1]) : new Boundary(times[j], times[j + 1], exact, false) });
            i = j + 1;
        }
        return result;
    }

    /** The start of the first interval, or null when the predicate holds at no sample. */
    static Boundary firstStart(double[] times, boolean[] holds, int from, int to, DoublePredicate exact) {
        for (int i = from; i < to; i++) {
            if (holds[i]) {
                return start(times, i, exact);
            }
        }
        return null;
    }

    private static Boundary start(double[] times, int i, DoublePredicate exact) {
        return i == 0 ? Boundary.at(times[0]) : new Boundary(times[i - 1], times[i], exact, true);
    }
}
