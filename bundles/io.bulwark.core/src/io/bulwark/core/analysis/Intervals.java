package io.bulwark.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoublePredicate;

/** Intervals where a predicate of time holds: decided by a {@link Sweep}, each boundary a {@link Boundary} between two points. */
final class Intervals {

    /**
     * Gaps shorter than the contract's resolution are closed: where a band's limit touches the arc (an apogee
     * exactly at an interceptor's ceiling, say) the rounding of the arc could otherwise split an interval.
     */
    static final double MIN_GAP_S = 0.1;

    private Intervals() {
    }

    /**
     * @param sampling  the predicate at the sweep's points
     * @param exact     the predicate at any time (for the bisection)
     * @return [start, end] pairs in time order, at least {@value #MIN_GAP_S} s apart; a start at the first sample or an
     *         end at the last is that sample's time
     */
    static List<Boundary[]> of(Sampling sampling, DoublePredicate exact) {
        return collect(sampling, exact, false);
    }

    /** The start of the first interval, or null when the predicate holds at no point. */
    static Boundary firstStart(Sampling sampling, DoublePredicate exact) {
        List<Boundary[]> first = collect(sampling, exact, true);
        return first.isEmpty() ? null : first.get(0)[0];
    }

    private static List<Boundary[]> collect(Sampling sampling, DoublePredicate exact, boolean firstStartOnly) {
        double[] times = sampling.times;
        int n = times.length;
        List<Boundary[]> result = new ArrayList<>();
        // it acts only where the answer changes: the ends of the runs are enough
        sampling.walkRunEnds(new Sampling.Visitor() {
            /** The previous point's time; before the first, the sample before it, where the predicate does not hold. */
            double previous = sampling.from == 0 ? Double.NaN : times[sampling.from - 1];
            Boundary start;

            @Override
            public void point(double time, boolean holds, int sample) {
                if (firstStartOnly && !result.isEmpty()) {
                    return;
                }
                if (holds && start == null) {
                    start = sample == 0 ? Boundary.at(times[0]) : new Boundary(previous, time, exact, true);
                    if (firstStartOnly) {
                        result.add(new Boundary[] { start, null });
                    } else if (!result.isEmpty() && !Boundary.lastsAtLeast(result.get(result.size() - 1)[1], start, MIN_GAP_S)) {
                        start = result.remove(result.size() - 1)[0];
                    }
                } else if (!holds && start != null) {
                    result.add(new Boundary[] { start, new Boundary(previous, time, exact, false) });
                    start = null;
                }
                previous = time;
                if (sample == sampling.to - 1 && start != null && !firstStartOnly) {
                    // the walk ends at this sample while the predicate holds
                    result.add(new Boundary[] { start,
                            sample == n - 1 ? Boundary.at(times[n - 1]) : new Boundary(time, times[sample + 1], exact, false) });
                }
            }
        });
        return result;
    }
}
