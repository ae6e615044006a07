package io.bulwark.core.analysis;

import java.util.function.DoubleUnaryOperator;

/**
 * The earliest launch time (threat time) of a salvo: a number, or for a second salvo the later of that number
 * and the first salvo's intercept plus the kill-assessment time, the first intercept being a {@link Boundary}
 * halved only as far as a comparison needs.
 */
abstract class EarliestLaunch {

    /** Whether an intercept needing launch at {@code launchS} can be launched: launchS is not before the earliest launch. */
    abstract boolean allows(double launchS);

    /** How far (s) {@code launchS} is from the earliest launch, at least; after {@link #allows} has decided on it. */
    abstract double marginS(double launchS);

    static EarliestLaunch at(double earliestLaunchS) {
        return new EarliestLaunch() {
            @Override
            boolean allows(double launchS) {
                return launchS >= earliestLaunchS;
            }

            @Override
            double marginS(double launchS) {
                return Math.abs(launchS - earliestLaunchS);
            }
        };
    }

    /** max(earliestLaunchS, firstIntercept + assessmentS), as the doctrine computes it. */
    static EarliestLaunch afterAssessment(double earliestLaunchS, Boundary firstIntercept, double assessmentS) {
        DoubleUnaryOperator launch = first -> Math.max(earliestLaunchS, first + assessmentS);
        return new EarliestLaunch() {
            @Override
            boolean allows(double launchS) {
                return firstIntercept.atMost(launch, launchS);
            }

            @Override
            double marginS(double launchS) {
                return firstIntercept.distance(launch, launchS);
            }
        };
    }
}
