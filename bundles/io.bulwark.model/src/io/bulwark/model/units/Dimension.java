package io.bulwark.model.units;

import java.util.List;

/**
 * The physical dimensions a scenario quantity can have, each with the units a user may write.
 * The first unit of each list is the base unit the analysis core works in.
 */
public enum Dimension {
    LENGTH("length", List.of("km", "m", "nmi")),
    TIME("time", List.of("s", "min")),
    SPEED("speed", List.of("km/s", "m/s")),
    RADAR_CROSS_SECTION("radar cross-section", List.of("m2", "dBsm")),
    ANGLE("angle", List.of("deg"));

    private final String label;
    private final List<String> units;

    Dimension(String label, List<String> units) {
        this.label = label;
        this.units = units;
    }

    /** Human-readable name, as used in messages ("length", "speed"...). */
    public String label() {
        return label;
    }

    /** The units accepted for this dimension, base unit first. */
    public List<String> units() {
        return units;
    }

    public String baseUnit() {
        return units.get(0);
    }
}
