package io.bulwark.model.units;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

/**
 * The unit table of the language: every unit a user may write, its dimension and its conversion to the base unit the
 * analysis core works in (km, s, km/s, m2, deg). The validator, content assist and the documentation (a test compares
 * docs/language.md with it) all read this table. Within a dimension the base unit comes first.
 */
public enum Unit {
    KM("km", Dimension.LENGTH, v -> v),
    M("m", Dimension.LENGTH, v -> v / 1000.0),
    NMI("nmi", Dimension.LENGTH, v -> v * Unit.METRES_PER_NAUTICAL_MILE / 1000.0),
    S("s", Dimension.TIME, v -> v),
    MIN("min", Dimension.TIME, v -> v * 60.0),
    KM_S("km/s", Dimension.SPEED, v -> v),
    M_S("m/s", Dimension.SPEED, v -> v / 1000.0),
    M2("m2", Dimension.RADAR_CROSS_SECTION, v -> v),
    // decibels relative to one square metre
    DBSM("dBsm", Dimension.RADAR_CROSS_SECTION, v -> Math.pow(10.0, v / 10.0)),
    DEG("deg", Dimension.ANGLE, v -> v);

    private static final double METRES_PER_NAUTICAL_MILE = 1852.0;

    private final String symbol;
    private final Dimension dimension;
    private final DoubleUnaryOperator toBase;

    Unit(String symbol, Dimension dimension, DoubleUnaryOperator toBase) {
        this.symbol = symbol;
        this.dimension = dimension;
        this.toBase = toBase;
    }

    /** As written after a number, e.g. {@code km/s}. */
    public String symbol() {
        return symbol;
    }

    public Dimension dimension() {
        return dimension;
    }

    /** {@code value} in this unit, in the base unit of its dimension. */
    public double toBase(double value) {
        return toBase.applyAsDouble(value);
    }

    /** Whether the unit is logarithmic (dBsm): any sign is valid there, and 0 is not a zero quantity. */
    public boolean isLogarithmic() {
        return this == DBSM;
    }

    /** The unit written so, if the language has it (case matters: {@code dBsm}). */
    public static Optional<Unit> of(String symbol) {
        return Arrays.stream(values()).filter(unit -> unit.symbol.equals(symbol)).findFirst();
    }
}
