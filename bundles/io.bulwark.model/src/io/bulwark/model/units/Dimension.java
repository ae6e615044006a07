package io.bulwark.model.units;

import java.util.Arrays;
import java.util.List;

/**
 * The physical dimensions a scenario quantity can have. Their units are those of the {@link Unit} table; the first
 * is the base unit the analysis core works in.
 */
public enum Dimension {
    LENGTH("length"),
    TIME("time"),
    SPEED("speed"),
    RADAR_CROSS_SECTION("radar cross-section"),
    ANGLE("angle");

    private final String label;

    Dimension(String label) {
        this.label = label;
    }

    /** Human-readable name, as used in messages ("length", "speed"...). */
    public String label() {
        return label;
    }

    /** The symbols of the units accepted for this dimension, base unit first. */
    public List<String> units() {
        return Arrays.stream(Unit.values()).filter(u -> u.dimension() == this).map(Unit::symbol).toList();
    }

    public String baseUnit() {
        return units().get(0);
    }
}
