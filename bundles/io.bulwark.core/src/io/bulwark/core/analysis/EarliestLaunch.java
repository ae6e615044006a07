package io.bulwark.core.analysis;

/**
 * The earliest launch time (threat time) of a salvo. A second salvo's is a number too: the first salvo's intercept is
 * fully halved once (its engagement keeps it), so its sweep compares every point against a plain number.
 */
final class EarliestLaunch {

    private final double earliestLaunchS;

    private EarliestLaunch(double earliestLaunchS) {
        this.earliestLaunchS = earliestLaunchS;
    }

    static EarliestLaunch at(double earliestLaunchS) {
        return new EarliestLaunch(earliestLaunchS);
    }

    double seconds() {
        return earliestLaunchS;
    }

    /** Whether an intercept needing launch at {@code launchS} can be launched: launchS is not before the earliest launch. */
    boolean allows(double launchS) {
        return launchS >= earliestLaunchS;
    }

    /** How far (s) {@code launchS} is from the earliest launch. */
    double marginS(double launchS) {
        return Math.abs(launchS - earliestLaunchS);
    }
}
