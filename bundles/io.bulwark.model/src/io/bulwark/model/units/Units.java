package io.bulwark.model.units;

import java.util.Optional;

/** Converts the quantities a user writes into the base units of the analysis core (km, s, km/s, m2, deg). */
public final class Units {

    private static final double METRES_PER_NAUTICAL_MILE = 1852.0;

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
