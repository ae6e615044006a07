package io.bulwark.dsl.validation;

/**
 * Every issue code the Bulwark validators raise, in one place. Quick fixes and tests refer to
 * these constants; coverage findings use the analysis core's own codes ({@code BULWARK-COV-00n}).
 */
public final class IssueCodes {

    private static final String PREFIX = "io.bulwark.dsl.";

    // units and values
    /** A quantity without a unit. Data: the valid units of the expected dimension. */
    public static final String MISSING_UNIT = PREFIX + "missingUnit";
    /** A unit that is unknown or of the wrong dimension. Data: the valid units of the expected dimension. */
    public static final String WRONG_UNIT = PREFIX + "wrongUnit";
    /** A hemisphere letter that is not N/S for a latitude or E/W for a longitude. */
    public static final String INVALID_HEMISPHERE = PREFIX + "invalidHemisphere";
    /** A latitude outside [-90, 90] or a longitude outside [-180, 180]. */
    public static final String COORDINATE_OUT_OF_RANGE = PREFIX + "coordinateOutOfRange";
    /** An interval whose lower bound exceeds its upper bound. */
    public static final String INVERTED_INTERVAL = PREFIX + "invertedInterval";
    /** A negative distance, time, speed or cross-section. */
    public static final String NEGATIVE_VALUE = PREFIX + "negativeValue";
    /** A value that must be strictly positive is zero (speed, detection range, reach, RCS). */
    public static final String ZERO_VALUE = PREFIX + "zeroValue";
    /** A probability outside [0, 1]. */
    public static final String PROBABILITY_OUT_OF_RANGE = PREFIX + "probabilityOutOfRange";
    /** A radar's minimum elevation below 0 deg (the elevation test is also the horizon test). */
    public static final String NEGATIVE_ELEVATION = PREFIX + "negativeElevation";
    /** A sector wider than 360 deg or an elevation above 90 deg. */
    public static final String ANGLE_OUT_OF_RANGE = PREFIX + "angleOutOfRange";
    /** A count (interceptors, salvo, raid size) below one. */
    public static final String INVALID_COUNT = PREFIX + "invalidCount";
    /** A required clause is missing. Data: the clause keyword. */
    public static final String MISSING_PROPERTY = PREFIX + "missingProperty";
    /** A radar or battery without an owner. Data: the forces declared in the scenario. */
    public static final String MISSING_OWNER = PREFIX + "missingOwner";
    /** An apogee above the highest the model's sub-orbital arcs allow. Data: maxKm. */
    public static final String APOGEE_OUT_OF_RANGE = PREFIX + "apogeeOutOfRange";
    /**
     * A number the analysis cannot compute with once converted to its base unit: it overflows, underflows to zero or
     * lies outside the limits of {@code io.bulwark.model.units.Units}. Data: the base unit.
     */
    public static final String VALUE_OUT_OF_RANGE = PREFIX + "valueOutOfRange";
    /** A raid launched at its own aim point. */
    public static final String RAID_WITHOUT_FLIGHT = PREFIX + "raidWithoutFlight";
    /** A region with fewer than three points. Data: the number of points. */
    public static final String REGION_TOO_FEW_POINTS = PREFIX + "regionTooFewPoints";
    /** A raid aimed beyond its missile's reach. Data: distanceKm, reachKm. */
    public static final String RAID_BEYOND_REACH = PREFIX + "raidBeyondReach";

    // names and references
    /** Two elements of the same kind with the same name in one scope. */
    public static final String DUPLICATE_NAME = PREFIX + "duplicateName";
    /** A reference to nothing. Data: the closest names in scope, best first. */
    public static final String UNKNOWN_REFERENCE = PREFIX + "unknownReference";
    /**
     * A reference to a force, radar or asset of another scenario: a scenario uses only its own (catalog types may
     * come from anywhere). Data: the qualified name of the referenced element.
     */
    public static final String FOREIGN_ELEMENT = PREFIX + "foreignElement";
    /** An agreement link from a force to itself. */
    public static final String SELF_LINK = PREFIX + "selfLink";

    // coverage
    /** The coverage analysis could not run because the scenario has errors; one issue instead of a cascade. */
    public static final String COVERAGE_NOT_RUN = PREFIX + "coverageNotRun";

    private IssueCodes() {
    }
}
