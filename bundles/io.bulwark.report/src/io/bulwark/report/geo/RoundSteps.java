package io.bulwark.report.geo;

/** Round numbers for axes, scale bars and graticules: 1-2-5 steps times a power of ten. */
public final class RoundSteps {

    private static final double[] DEGREE_STEPS = { 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 45 };

    private RoundSteps() {
    }

    /** The largest 1-2-5 number not above {@code value} (value > 0). */
    public static double niceBelow(double value) {
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        double mantissa = value / power;
        double nice = mantissa >= 5 ? 5 : mantissa >= 2 ? 2 : 1;
        return nice * power;
    }

    /** The smallest 1-2-5 number not below {@code value} (value > 0). */
    public static double niceAbove(double value) {
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        double mantissa = value / power;
        double nice = mantissa <= 1 + 1e-9 ? 1 : mantissa <= 2 + 1e-9 ? 2 : mantissa <= 5 + 1e-9 ? 5 : 10;
        return nice * power;
    }

    /** The tick step (1-2-5) that divides {@code span} into at most {@code maxTicks} intervals. */
    public static double tickStep(double span, int maxTicks) {
        return span <= 0 ? 1 : niceAbove(span / maxTicks);
    }

    /** A graticule step in degrees at least {@code degrees}, from the steps maps use (up to 45). */
    public static double degreeStep(double degrees) {
        for (double step : DEGREE_STEPS) {
            if (step >= degrees) {
                return step;
            }
        }
        return DEGREE_STEPS[DEGREE_STEPS.length - 1];
    }
}
