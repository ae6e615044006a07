package io.bulwark.core.report;

import java.util.Locale;

/**
 * Two numbers a message compares ("600.04 km &gt; reach 600.0 km"), printed so that rounding never contradicts the
 * comparison: with the given digits after the point, and more where the two would otherwise print alike.
 */
public final class Decimals {

    /** Beyond this many digits two different doubles print differently. */
    private static final int MAX_DIGITS = 20;

    private Decimals() {
    }

    /** {@code a} and {@code b} with at least {@code digits} digits after the point, and as many more as it takes to tell them apart. */
    public static String[] distinct(double a, double b, int digits) {
        for (int d = digits;; d++) {
            String first = String.format(Locale.ROOT, "%." + d + "f", a);
            String second = String.format(Locale.ROOT, "%." + d + "f", b);
            if (!first.equals(second) || Double.compare(a, b) == 0 || d >= MAX_DIGITS) {
                return new String[] { first, second };
            }
        }
    }
}
