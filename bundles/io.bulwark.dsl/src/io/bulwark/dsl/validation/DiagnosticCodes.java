package io.bulwark.dsl.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.diagnostics.Diagnostic;

import io.bulwark.core.finding.FindingKind;

/**
 * Every code a user can see, with what it means and how to act on it: the one table behind the command line's
 * outputs (text, JSON, SARIF rules, JUnit, GitHub, GitLab), the language server's diagnostics, the IDE's markers,
 * the quick fixes and the codes table of docs/language.md (checked against it by a test). A diagnostic of the
 * framework (Xtext's syntax and linking diagnostics, EMF's model checks) gets one of these codes through
 * {@link #userCode}, so that no framework-internal code reaches a user.
 */
public final class DiagnosticCodes {

    /**
     * A code: its identifier ({@code BULWARK-VAL-001}), a short identifier-like name, the severities it comes with,
     * a one-line description and help in Markdown.
     */
    public record Code(String id, String name, String severity, String description, String help) {
    }

    private static final Map<String, Code> CODES = new LinkedHashMap<>();

    static {
        add(IssueCodes.SYNTAX_ERROR, "SyntaxError", "error", "The text does not follow the Bulwark grammar.",
                "The parser expected something else at this position. The message names what it expected; see docs/language.md.");
        add(IssueCodes.UNREADABLE_TOKEN, "UnreadableToken", "error", "A token cannot be read as its value.",
                "Counts (interceptors, salvo sizes, raid counts) are whole numbers up to the limit the message names; "
                        + "numbers are plain decimals.");
        add(IssueCodes.FILE_TOO_LARGE, "FileTooLarge", "error", "A document over the size limit, not parsed.",
                "The language server parses documents up to 4 MB (the command line's default limit); split the file.");
        add(IssueCodes.UNKNOWN_REFERENCE, "UnknownReference", "error", "A name refers to no element in scope.",
                "The message offers the closest names in scope; check the spelling, and that the file declaring the element "
                        + "is imported (`import package.*`) and among the files read.");
        add(IssueCodes.DUPLICATE_NAME, "DuplicateName", "error", "Two elements of the same kind share a name.",
                "Names identify elements in references, diagrams and reports; rename one of them.");
        add(IssueCodes.FOREIGN_ELEMENT, "ForeignElement", "error", "A reference to a force, radar or asset of another scenario.",
                "A scenario uses only its own forces, radars and assets; catalog types may come from any package.");
        add(IssueCodes.SELF_LINK, "SelfLink", "error", "An agreement links a force to itself.",
                "A force always shares its own tracks; agreements link two different forces.");
        add(IssueCodes.MISSING_OWNER, "MissingOwner", "error", "A radar or battery has no owner.",
                "Add `owner FORCE` naming one of the scenario's forces; ownership decides which tracks the battery receives.");
        add(IssueCodes.UNRESOLVED_IMPORT, "UnresolvedImport", "error", "An import matches no package of the files read.",
                "Name the file or folder that declares the package too (`bulwark check FILE FOLDER`), or put a "
                        + "`bulwark.properties` file at the root of the project so that a file given alone finds it (docs/language.md).");
        add(StudyIssueCodes.WRONG_STUDY_TARGET, "WrongStudyTarget", "error", "A study clause names the wrong kind of element.",
                "A site grid moves a battery or radar, a value list changes a property the element has; see \"Trade studies\" in docs/language.md.");
        add(IssueCodes.STALE_ACCEPTANCE, "StaleAcceptance", "warning", "A bulwark:accept comment matches no finding.",
                "`// bulwark:accept CODE \"reason\"` accepts the findings of CODE of the element right below the comment; "
                        + "none is left. Remove the comment, or move it above the element the finding is on.");
        add(IssueCodes.MISSING_UNIT, "MissingUnit", "error", "A quantity has no unit.",
                "Every quantity needs a unit of its dimension: km, m or nmi for distances; s or min for times; km/s or m/s for speeds; "
                        + "m2 or dBsm for cross-sections; deg for angles. The quick fix offers the valid units.");
        add(IssueCodes.WRONG_UNIT, "WrongUnit", "error", "A unit is unknown or of the wrong dimension.",
                "Replace the unit with one of the dimension the property expects; the message lists them.");
        add(IssueCodes.INVALID_HEMISPHERE, "InvalidHemisphere", "error", "A hemisphere letter does not fit the coordinate.",
                "Latitudes take N or S, longitudes E or W; a signed number takes no letter.");
        add(IssueCodes.COORDINATE_OUT_OF_RANGE, "CoordinateOutOfRange", "error", "A coordinate is outside its range.",
                "Latitudes lie in [-90, 90] deg (90 S to 90 N), longitudes in [-180, 180] deg.");
        add(IssueCodes.INVERTED_INTERVAL, "InvertedInterval", "error", "An interval's lower bound exceeds its upper bound.",
                "Write `lower .. upper` with lower <= upper (ranges, altitudes, elevations).");
        add(IssueCodes.NEGATIVE_VALUE, "NegativeValue", "error", "A distance, time, speed or cross-section is negative.",
                "These quantities are magnitudes; use a value >= 0.");
        add(IssueCodes.ZERO_VALUE, "ZeroValue", "error", "A value that must be positive is zero.",
                "Speeds, detection ranges, reaches and cross-sections must be strictly positive.");
        add(IssueCodes.PROBABILITY_OUT_OF_RANGE, "ProbabilityOutOfRange", "error", "A probability is outside [0, 1].",
                "Single-shot kill probabilities and required negations are probabilities between 0 and 1.");
        add(IssueCodes.NEGATIVE_ELEVATION, "NegativeElevation", "error", "A radar's minimum elevation is below 0 deg.",
                "The elevation test is also the horizon test of the coverage model; use a minimum elevation >= 0 deg.");
        add(IssueCodes.ANGLE_OUT_OF_RANGE, "AngleOutOfRange", "error", "A sector is wider than 360 deg or an elevation above 90 deg.",
                "Sectors lie in (0, 360] deg and elevations in [0, 90] deg.");
        add(IssueCodes.INVALID_COUNT, "InvalidCount", "error", "A count is below one, or a scenario has more threats than the analysis takes.",
                "Interceptors, salvo sizes and raid counts are at least 1; a scenario holds at most 100,000 threats.");
        add(IssueCodes.MISSING_PROPERTY, "MissingProperty", "error", "A required clause is missing.",
                "Add the clause the message names; the analysis needs it.");
        add(IssueCodes.APOGEE_OUT_OF_RANGE, "ApogeeOutOfRange", "error", "An apogee above what the model's ballistic arcs cover.",
                "Lofted arcs are modelled up to 10,000 km apogee (the highest reported lofted flight reached about 6,500 km).");
        add(IssueCodes.VALUE_OUT_OF_RANGE, "ValueOutOfRange", "error", "A number the analysis cannot compute with.",
                "Converted to its base unit the value overflows, underflows to zero or lies outside the model's limits; the message names them.");
        add(IssueCodes.RAID_WITHOUT_FLIGHT, "RaidWithoutFlight", "error", "A raid is launched at its own aim point.",
                "A ballistic raid flies from its launch point to its aim point; give two different points.");
        add(IssueCodes.REGION_TOO_FEW_POINTS, "RegionTooFewPoints", "error", "A region has fewer than three points.",
                "A region is a polygon of at least three points.");
        add(IssueCodes.RAID_BEYOND_REACH, "RaidBeyondReach", "error", "A raid is aimed beyond its missile's reach.",
                "Move the launch point closer or use a missile type that reaches the aim point; the message gives both distances.");
        add(StudyIssueCodes.INVALID_STUDY_VALUE, "InvalidStudyValue", "error or warning", "A value a study clause cannot take.",
                "Ranges need lower <= upper and a positive step, probabilities lie in [0, 1], finding kinds are 1 to 8; the message says which.");
        add(IssueCodes.COVERAGE_NOT_RUN, "CoverageNotRun", "error or warning", "The coverage analysis did not run.",
                "Fix the other errors of the scenario first (then it is a warning next to them); then the coverage findings appear. "
                        + "Alone it is an error that says why the analysis refused the scenario.");
        add(IssueCodes.OTHER_PROBLEM, "OtherProblem", "error or warning", "Another problem of the model.",
                "The modelling framework found a problem no other code names; the message says what.");
        for (FindingKind kind : FindingKind.values()) {
            add(kind.code(), camel(kind.name()), kind.severity().name().toLowerCase(java.util.Locale.ROOT), kind.title() + ".", findingHelp(kind));
        }
    }

    private DiagnosticCodes() {
    }

    private static void add(String id, String name, String severity, String description, String help) {
        if (CODES.put(id, new Code(id, name, severity, description, help)) != null) {
            throw new IllegalStateException("two entries for " + id);
        }
    }

    /** Every code in the order of the docs: syntax, references, values, coverage. */
    public static List<Code> all() {
        List<Code> codes = new ArrayList<>(CODES.values());
        codes.sort(java.util.Comparator.comparingInt((Code c) -> "SYN REF VAL COV".indexOf(c.id().substring(8, 11))).thenComparing(Code::id));
        return Collections.unmodifiableList(codes);
    }

    /** The entry of a code the user sees ({@link #userCode} gives one for any code). */
    public static Code of(String userCode) {
        Code code = CODES.get(userCode);
        return code != null ? code : CODES.get(IssueCodes.OTHER_PROBLEM);
    }

    /**
     * The code a user sees for the code of an issue: its own when it is in the table; a syntax error for the parser's
     * diagnostics, an unknown reference for the linker's; another problem for any other framework code.
     */
    public static String userCode(String code, boolean syntaxError) {
        if (code != null && CODES.containsKey(code)) {
            return code;
        }
        if (syntaxError || Diagnostic.SYNTAX_DIAGNOSTIC.equals(code) || Diagnostic.SYNTAX_DIAGNOSTIC_WITH_RANGE.equals(code)) {
            return IssueCodes.SYNTAX_ERROR;
        }
        if (Diagnostic.LINKING_DIAGNOSTIC.equals(code)) {
            return IssueCodes.UNKNOWN_REFERENCE;
        }
        return IssueCodes.OTHER_PROBLEM;
    }

    private static String camel(String constant) {
        StringBuilder name = new StringBuilder();
        for (String word : constant.toLowerCase(java.util.Locale.ROOT).split("_")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }

    private static String findingHelp(FindingKind kind) {
        String rule = "Coverage finding " + kind.number() + " of the coverage model (docs/coverage-model.md). ";
        return rule + switch (kind) {
            case ASSET_BELOW_REQUIRED_NEGATION -> "The raid's worst threat at the asset is negated with a probability below "
                    + "the asset's requirement (compared at 1e-6). The message gives both and each battery's reason; "
                    + "`--format json` has every engagement window.";
            case THREAT_NOT_ENGAGED -> "No battery has an engagement opportunity against the raid, judged before inventory; "
                    + "the message names each battery's reason with its numbers (out of range, below floor, no track, no sharing path...).";
            case BATTERY_WITHOUT_TRACKS -> "The battery's effective set of cueing radars is empty: no radar's track reaches it "
                    + "through ownership and agreements. Add a cueing radar or a data-sharing agreement.";
            case RADAR_REACHING_NO_BATTERY -> "The radar cues no battery and is no battery's fire-control radar: its detections "
                    + "enable no engagement.";
            case MISSING_SHARING_PATH -> "A radar whose force has no sharing path to a battery's force tracks a threat, and a "
                    + "direct link from it would give that battery an engagement it lacks or an earlier first intercept. "
                    + "An agreement between the two forces would enable it.";
            case INVENTORY_SHORTFALL -> "The battery runs dry before the raids are served: the message gives the shots "
                    + "planned and allocated.";
            case SINGLE_POINT_OF_FAILURE -> "Losing this one radar or battery creates a new kind-1 or kind-2 finding; the "
                    + "message lists the new (asset, raid) and raid keys.";
            case THIRD_PARTY_SURVEILLANCE -> "The radar's surveillance reaches into another party's declared region: the "
                    + "message gives the share of the region's area seen at the stated altitude. Informational.";
        };
    }
}
