package io.bulwark.core.analysis;

/**
 * The earliest launch time (threat time) of a salvo: a number, or where only the shots count (a lone raid's negation)
 * the sums ((t + s1) + s2) + s3 of a {@link Boundary} t, computed in that order as the number would be, halved only
 * as far as a comparison needs.
 */
final class EarliestLaunch {

    /** The number; NaN when a boundary gives it. */
    private final double earliestLaunchS;
    private final Boundary time;
    private final double s1;
    private final double s2;
    private final double s3;

    private EarliestLaunch(double earliestLaunchS, Boundary time, double s1, double s2, double s3) {
        this.earliestLaunchS = earliestLaunchS;
        this.time = time;
        this.s1 = s1;
        this.s2 = s2;
        this.s3 = s3;
    }

    static EarliestLaunch at(double earliestLaunchS) {
        return new EarliestLaunch(earliestLaunchS, null, 0, 0, 0);
    }

    /** ((time + s1) + s2) + s3, {@code time} halved only as far as the comparisons need. */
    static EarliestLaunch after(Boundary time, double s1, double s2, double s3) {
        return new EarliestLaunch(Double.NaN, time, s1, s2, s3);
    }

    /** No later than the earliest launch. */
    double lowerBoundS() {
        return time == null ? earliestLaunchS : time.shiftedLowerBound(s1, s2, s3);
    }

    /**
     * The second salvo's: max(this, firstIntercept + assessmentS), not before the first salvo's and not before the kill
     * assessment of its intercept. When this provably comes no later, it is the shifted intercept, still halved only
     * as far as the comparisons need; else both are halved to the end.
     */
    EarliestLaunch thenAfter(Boundary firstIntercept, double assessmentS) {
        if (time != null && time.shiftedUpperBound(s1, s2, s3) <= firstIntercept.shiftedLowerBound(assessmentS, 0, 0)) {
            return after(firstIntercept, assessmentS, 0, 0);
        }
        double thisS = time == null ? earliestLaunchS : time.value() + s1 + s2 + s3;
        return at(Math.max(thisS, firstIntercept.value() + assessmentS));
    }

    /** Whether an intercept needing launch at {@code launchS} can be launched: launchS is not before the earliest launch. */
    boolean allows(double launchS) {
        return time == null ? launchS >= earliestLaunchS : time.shiftedAtMost(s1, s2, s3, launchS);
    }

    /** How far (s) {@code launchS} is from the earliest launch, at least; after {@link #allows} has decided on it. */
    double marginS(double launchS) {
        return time == null ? Math.abs(launchS - earliestLaunchS) : time.shiftedDistance(s1, s2, s3, launchS);
    }
}
