package io.bulwark.dsl.validation;

/**
 * The code of every diagnostic the language raises, as constants for validators, quick fixes and tests:
 * {@code BULWARK-SYN-nnn} for syntax, {@code BULWARK-REF-nnn} for names and references, {@code BULWARK-VAL-nnn}
 * for values and units. Coverage findings use the analysis core's codes ({@code BULWARK-COV-00n}). What each code
 * means, and the codes of the framework's own diagnostics, are in {@link DiagnosticCodes}.
 */
public final class IssueCodes {

    // syntax
    /** The text does not follow the grammar. */
    public static final String SYNTAX_ERROR = "BULWARK-SYN-001";
    /** A token that cannot be read as its value (a count with too many digits, a malformed number). */
    public static final String UNREADABLE_TOKEN = "BULWARK-SYN-002";
    /** A document over the size limit, not parsed (language server). */
    public static final String FILE_TOO_LARGE = "BULWARK-SYN-003";

    // names and references
    /** A reference to nothing. Data: the closest names in scope, best first. */
    public static final String UNKNOWN_REFERENCE = "BULWARK-REF-001";
    /** Two elements of the same kind with the same name in one scope. */
    public static final String DUPLICATE_NAME = "BULWARK-REF-002";
    /**
     * A reference to a force, radar or asset of another scenario: a scenario uses only its own (catalog types may
     * come from anywhere). Data: the qualified name of the referenced element.
     */
    public static final String FOREIGN_ELEMENT = "BULWARK-REF-003";
    /** An agreement link from a force to itself. */
    public static final String SELF_LINK = "BULWARK-REF-004";
    /** A radar or battery without an owner. Data: the forces declared in the scenario. */
    public static final String MISSING_OWNER = "BULWARK-REF-005";
    /** An import that matches no package of the files read. Data: the imported name. */
    public static final String UNRESOLVED_IMPORT = "BULWARK-REF-006";
    /** A {@code // bulwark:accept CODE "reason"} comment that matches no finding of the element below it. */
    public static final String STALE_ACCEPTANCE = "BULWARK-REF-008";

    // units and values
    /** A quantity without a unit. Data: the valid units of the expected dimension. */
    public static final String MISSING_UNIT = "BULWARK-VAL-001";
    /** A unit that is unknown or of the wrong dimension. Data: the valid units of the expected dimension. */
    public static final String WRONG_UNIT = "BULWARK-VAL-002";
    /** A hemisphere letter that is not N/S for a latitude or E/W for a longitude. */
    public static final String INVALID_HEMISPHERE = "BULWARK-VAL-003";
    /** A latitude outside [-90, 90] or a longitude outside [-180, 180]. */
    public static final String COORDINATE_OUT_OF_RANGE = "BULWARK-VAL-004";
    /** An interval whose lower bound exceeds its upper bound. */
    public static final String INVERTED_INTERVAL = "BULWARK-VAL-005";
    /** A negative distance, time, speed or cross-section. */
    public static final String NEGATIVE_VALUE = "BULWARK-VAL-006";
    /** A value that must be strictly positive is zero (speed, detection range, reach, RCS). */
    public static final String ZERO_VALUE = "BULWARK-VAL-007";
    /** A probability outside [0, 1]. */
    public static final String PROBABILITY_OUT_OF_RANGE = "BULWARK-VAL-008";
    /** A radar's minimum elevation below 0 deg (the elevation test is also the horizon test). */
    public static final String NEGATIVE_ELEVATION = "BULWARK-VAL-009";
    /** A sector wider than 360 deg or an elevation above 90 deg. */
    public static final String ANGLE_OUT_OF_RANGE = "BULWARK-VAL-010";
    /** A count (interceptors, salvo, raid size) below one, or more threats than the analysis takes. */
    public static final String INVALID_COUNT = "BULWARK-VAL-011";
    /** A required clause is missing. Data: the clause keyword. */
    public static final String MISSING_PROPERTY = "BULWARK-VAL-012";
    /** An apogee above the highest the model's sub-orbital arcs allow. Data: maxKm. */
    public static final String APOGEE_OUT_OF_RANGE = "BULWARK-VAL-013";
    /**
     * A number the analysis cannot compute with once converted to its base unit: it overflows, underflows to zero or
     * lies outside the limits of {@code io.bulwark.model.units.Units}. Data: the base unit.
     */
    public static final String VALUE_OUT_OF_RANGE = "BULWARK-VAL-014";
    /** A raid launched at its own aim point. */
    public static final String RAID_WITHOUT_FLIGHT = "BULWARK-VAL-015";
    /** A region with fewer than three points. Data: the number of points. */
    public static final String REGION_TOO_FEW_POINTS = "BULWARK-VAL-016";
    /** A raid aimed beyond its missile's reach. Data: distanceKm, reachKm. */
    public static final String RAID_BEYOND_REACH = "BULWARK-VAL-017";
    /** The coverage analysis could not run because the scenario has errors; one issue instead of a cascade. */
    public static final String COVERAGE_NOT_RUN = "BULWARK-VAL-019";
    /** A problem the modelling framework found that no code above names (kept so that no problem is lost). */
    public static final String OTHER_PROBLEM = "BULWARK-VAL-020";

    private IssueCodes() {
    }
}
