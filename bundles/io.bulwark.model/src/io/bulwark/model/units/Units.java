package io.bulwark.model.units;

import java.util.Optional;

/** Converts the quantities a user writes into the base units of the analysis core (km, s, km/s, m2, deg). */
public final class Units {

    private static final double METRES_PER_NAUTICAL_MILE = 1852.0;

    /**
     * The largest magnitude of a value in its base unit that the analysis computes with: products and fourth powers of
     * such values (radar equation, flight times) stay finite, and it is far beyond any distance, time or cross-section
     * of a real engagement.
     */
    public static final double MAX_MAGNITUDE = 1e9;
    /** The smallest non-zero magnitude of a value in its base unit that the analysis computes with (its reciprocal stays finite). */
    public static final double MIN_MAGNITUDE = 1e-9;

    private Units() {
    }

    /** The dimension a unit belongs to, or empty for an unknown unit. */
    public static Optional<Dimension> dimensionOf(String unit) {
        if (unit == null) {
            return Optional.empty();
        }
        for (Dimension dimension : Dimension.values()) {
            if (dimension.units().contains(unit)) {
                return Optional.of(dimension);
            }
        }
        return Optional.empty();
    }

    /** Whether the unit is logarithmic (dBsm): any sign is valid there, and 0 is not a zero quantity. */
    public static boolean isLogarithmic(String unit) {
        return "dBsm".equals(unit);
    }

    /** Whether a value converted to its base unit can be used by the analysis: finite, and zero or within the magnitude limits. */
    public static boolean isComputable(double base) {
        return base == 0 || Math.abs(base) >= MIN_MAGNITUDE && Math.abs(base) <= MAX_MAGNITUDE;
    }

    /**
     * Converts {@code value} in {@code unit} to the base unit of its dimension.
     *
     * @throws IllegalArgumentException for an unknown unit
     */
    public static double toBase(double value, String unit) {
        return switch (unit) {
            case "km", "s", "km/s", "m2", "deg" -> value;
            case "m" -> value / 1000.0;
            case "nmi" -> value * METRES_PER_NAUTICAL_MILE / 1000.0;
            case "min" -> value * 60.0;
            case "m/s" -> value / 1000.0;
            // decibels relative to one square metre
            case "dBsm" -> Math.pow(10.0, value / 10.0);
            default -> throw new IllegalArgumentException("unknown unit '" + unit + "'");
        };
    }
}
