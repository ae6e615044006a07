package io.bulwark.core.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding of reported numbers: half away from zero, to the contract's precision per quantity. */
public final class Precision {

    private Precision() {
    }

    /** Round half away from zero to {@code decimals} places. */
    public static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.signum(value) * Math.floor(Math.abs(value) * scale + 0.5) / scale;
    }

    /**
     * {@code value} written with at most {@code decimals} decimals, rounded half up from its shortest decimal form,
     * trailing zeros dropped (0.978, 0.85, 1); a non-finite value as Java writes it.
     */
    public static String decimal(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** Times: 0.1 s. */
    public static double time(double seconds) {
        return round(seconds, 1);
    }

    /** Distances and altitudes: 0.1 km. */
    public static double distance(double km) {
        return round(km, 1);
    }

    /** Probabilities: 1e-6. */
    public static double probability(double p) {
        return round(p, 6);
    }

    /** Angles: 0.01 deg. */
    public static double angle(double deg) {
        return round(deg, 2);
    }

    /** Speeds: 0.001 km/s. */
    public static double speed(double kmS) {
        return round(kmS, 3);
    }
}
