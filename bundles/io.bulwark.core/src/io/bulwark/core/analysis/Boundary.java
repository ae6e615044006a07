package io.bulwark.core.analysis;

import java.util.function.DoublePredicate;
import java.util.function.DoubleUnaryOperator;

/**
 * Where a sampled predicate changes between two samples: the bisection of the coverage model (24 halvings),
 * run only as far as a use needs. The fully halved value always lies between the bounds of the halvings done
 * so far, so whatever depends on it monotonically (a sum, a rounding, a comparison) is settled as soon as both
 * bounds agree on it; {@link #value()} halves to the end.
 */
final class Boundary {

    private static final int HALVINGS = 24;

    private final DoublePredicate holds;
    private final boolean rising;
    private double lo;
    private double hi;
    private int halvings;

    /**
     * @param rising true for the first time in (a, b] where the predicate holds, false for the last time in [a, b)
     */
    Boundary(double a, double b, DoublePredicate holds, boolean rising) {
        this.lo = a;
        this.hi = b;
        this.holds = holds;
        this.rising = rising;
    }

    /** A time already known (a boundary at the first or last sample of an arc, say): nothing to halve. */
    static Boundary at(double t) {
        Boundary boundary = new Boundary(t, t, null, true);
        boundary.halvings = HALVINGS;
        return boundary;
    }

    private boolean settled() {
        return halvings == HALVINGS;
    }

    private void halve() {
        double mid = (lo + hi) / 2;
        if (rising == holds.test(mid)) {
            hi = mid;
        } else {
            lo = mid;
        }
        halvings++;
    }

    /** The value after all halvings. */
    double value() {
        while (!settled()) {
            halve();
        }
        return rising ? hi : lo;
    }

    /** {@code f(value())} for a non-decreasing f (a rounding, say), halving only until the bounds agree on it. */
    double settle(DoubleUnaryOperator f) {
        while (!settled() && f.applyAsDouble(lo) != f.applyAsDouble(hi)) {
            halve();
        }
        return f.applyAsDouble(settled() ? value() : lo);
    }

    /** ((lo + s1) + s2) + s3 for the lower bound lo of the halvings so far: no more than the value so shifted. */
    double shiftedLowerBound(double s1, double s2, double s3) {
        return lo + s1 + s2 + s3;
    }

    /** ((hi + s1) + s2) + s3 for the upper bound hi of the halvings so far: no less than the value so shifted. */
    double shiftedUpperBound(double s1, double s2, double s3) {
        return hi + s1 + s2 + s3;
    }

    /** Whether {@code ((value() + s1) + s2) + s3 <= x}; halves until the bounds decide. */
    boolean shiftedAtMost(double s1, double s2, double s3, double x) {
        while (true) {
            if (hi + s1 + s2 + s3 <= x) {
                return true;
            }
            if (lo + s1 + s2 + s3 > x) {
                return false;
            }
            if (settled()) {
                return value() + s1 + s2 + s3 <= x;
            }
            halve();
        }
    }

    /**
     * Whether {@code (value() + s1) + s2 < x} (a track's arrival before a time, say); halves until the bounds decide, as
     * {@link #less(Boundary, double, double, Boundary, double, double)} against {@link #at(double) at(x)} would, without
     * the object.
     */
    boolean shiftedBefore(double s1, double s2, double x) {
        while (true) {
            if (hi + s1 + s2 < x) {
                return true;
            }
            if (lo + s1 + s2 >= x) {
                return false;
            }
            if (settled()) {
                return value() + s1 + s2 < x;
            }
            halve();
        }
    }

    /** A lower bound of {@code |((value() + s1) + s2) + s3 - x|}, from the halvings done so far. */
    double shiftedDistance(double s1, double s2, double s3, double x) {
        double low = lo + s1 + s2 + s3;
        double high = hi + s1 + s2 + s3;
        if (x >= high) {
            return x - high;
        }
        if (x < low) {
            return low - x;
        }
        return settled() ? Math.abs(x - (value() + s1 + s2 + s3)) : 0;
    }

    /** Whether {@code f(a) < g(b)} for the fully halved values and non-decreasing f and g; halves both until decided. */
    static boolean less(Boundary a, DoubleUnaryOperator f, Boundary b, DoubleUnaryOperator g) {
        while (true) {
            if (f.applyAsDouble(a.hi) < g.applyAsDouble(b.lo)) {
                return true;
            }
            if (f.applyAsDouble(a.lo) >= g.applyAsDouble(b.hi)) {
                return false;
            }
            if (a.settled() && b.settled()) {
                return f.applyAsDouble(a.value()) < g.applyAsDouble(b.value());
            }
            if (!a.settled()) {
                a.halve();
            }
            if (!b.settled()) {
                b.halve();
            }
        }
    }

    /**
     * {@link #less} for the shifts {@code f(x) = x + a1 + a2} and {@code g(x) = x + b1 + b2} (a track's formation time and
     * latency, say), added in that order, without a function object for each comparison.
     */
    static boolean less(Boundary a, double a1, double a2, Boundary b, double b1, double b2) {
        while (true) {
            if (a.hi + a1 + a2 < b.lo + b1 + b2) {
                return true;
            }
            if (a.lo + a1 + a2 >= b.hi + b1 + b2) {
                return false;
            }
            if (a.settled() && b.settled()) {
                return a.value() + a1 + a2 < b.value() + b1 + b2;
            }
            if (!a.settled()) {
                a.halve();
            }
            if (!b.settled()) {
                b.halve();
            }
        }
    }

    /** Whether {@code end - start >= length} for the fully halved values; halves both until decided. */
    static boolean lastsAtLeast(Boundary start, Boundary end, double length) {
        while (true) {
            if (end.lo - start.hi >= length) {
                return true;
            }
            if (end.hi - start.lo < length) {
                return false;
            }
            if (start.settled() && end.settled()) {
                return end.value() - start.value() >= length;
            }
            if (!start.settled()) {
                start.halve();
            }
            if (!end.settled()) {
                end.halve();
            }
        }
    }
}
