package io.bulwark.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.bulwark.core.finding.FindingKind;
import io.bulwark.dsl.validation.IssueCodes;

/**
 * What each issue code means and how to act on it: the rules of the SARIF output (GitHub code scanning
 * shows the help next to each alert) in one stable order.
 */
final class Rules {

    /** A rule: its code, a short identifier-like name, a one-line description and help in Markdown. */
    record Rule(String id, String name, String description, String help) {
    }

    static final String SYNTAX = "org.eclipse.xtext.diagnostics.Diagnostic.Syntax";
    static final String LINKING = "org.eclipse.xtext.diagnostics.Diagnostic.Linking";
    static final String STALE_ACCEPTANCE = "io.bulwark.staleAcceptance";
    /** Issues without a code of their own (should not happen; kept so that no issue is lost). */
    static final String OTHER = "io.bulwark.other";

    private static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        add(SYNTAX, "SyntaxError", "The text does not follow the Bulwark grammar.",
                "The parser expected something else at this position. The message names what it expected; see docs/language.md.");
        add(LINKING, "UnresolvedReference", "A name refers to no element in scope.",
                "Check the spelling and that the file declaring the element is imported (`import package.*`).");
        add(IssueCodes.MISSING_UNIT, "MissingUnit", "A quantity has no unit.",
                "Every quantity needs a unit of its dimension: km, m or nmi for distances; s or min for times; km/s or m/s for speeds; m2 or dBsm for cross-sections; deg for angles. The quick fix offers the valid units.");
        add(IssueCodes.WRONG_UNIT, "WrongUnit", "A unit is unknown or of the wrong dimension.",
                "Replace the unit with one of the dimension the property expects; the message lists them.");
        add(IssueCodes.INVALID_HEMISPHERE, "InvalidHemisphere", "A hemisphere letter does not fit the coordinate.",
                "Latitudes take N or S, longitudes E or W.");
        add(IssueCodes.COORDINATE_OUT_OF_RANGE, "CoordinateOutOfRange", "A coordinate is outside its range.",
                "Latitudes lie in [-90, 90] deg (90 S to 90 N), longitudes in [-180, 180] deg.");
        add(IssueCodes.INVERTED_INTERVAL, "InvertedInterval", "An interval's lower bound exceeds its upper bound.",
                "Write `lower .. upper` with lower <= upper (ranges, altitudes, elevations).");
        add(IssueCodes.NEGATIVE_VALUE, "NegativeValue", "A distance, time, speed or cross-section is negative.",
                "These quantities are magnitudes; use a value >= 0.");
        add(IssueCodes.ZERO_VALUE, "ZeroValue", "A value that must be positive is zero.",
                "Speeds, detection ranges, reaches and cross-sections must be strictly positive.");
        add(IssueCodes.PROBABILITY_OUT_OF_RANGE, "ProbabilityOutOfRange", "A probability is outside [0, 1].",
                "Single-shot kill probabilities and required negations are probabilities between 0 and 1.");
        add(IssueCodes.NEGATIVE_ELEVATION, "NegativeElevation", "A radar's minimum elevation is below 0 deg.",
                "The elevation test is also the horizon test of the coverage model; use a minimum elevation >= 0 deg.");
        add(IssueCodes.ANGLE_OUT_OF_RANGE, "AngleOutOfRange", "A sector is wider than 360 deg or an elevation above 90 deg.",
                "Sectors lie in (0, 360] deg and elevations in [0, 90] deg.");
        add(IssueCodes.INVALID_COUNT, "InvalidCount", "A count is below one.",
                "Interceptors, salvo sizes and raid counts are at least 1 (a scenario holds at most 100,000 threats).");
        add(IssueCodes.MISSING_PROPERTY, "MissingProperty", "A required clause is missing.",
                "Add the clause the message names; the analysis needs it.");
        add(IssueCodes.MISSING_OWNER, "MissingOwner", "A radar or battery has no owner.",
                "Add `owner FORCE` naming one of the scenario's forces; ownership decides which tracks the battery receives.");
        add(IssueCodes.APOGEE_OUT_OF_RANGE, "ApogeeOutOfRange", "An apogee above what the model's ballistic arcs cover.",
                "Lofted arcs are modelled up to 10,000 km apogee (the highest reported lofted flight reached about 6,500 km).");
        add(IssueCodes.RAID_BEYOND_REACH, "RaidBeyondReach", "A raid is aimed beyond its missile's reach.",
                "Move the launch point closer or use a missile type that reaches the aim point; the message gives both distances.");
        add(IssueCodes.DUPLICATE_NAME, "DuplicateName", "Two elements of the same kind share a name.",
                "Names identify elements in references, diagrams and reports; rename one of them.");
        add(IssueCodes.UNKNOWN_REFERENCE, "UnknownReference", "A name refers to no element in scope.",
                "The message offers the closest names in scope; check imports for elements of other files.");
        add(IssueCodes.SELF_LINK, "SelfLink", "An agreement links a force to itself.",
                "A force always shares its own tracks; agreements link two different forces.");
        add(IssueCodes.COVERAGE_NOT_RUN, "CoverageNotRun", "The coverage analysis did not run because of errors.",
                "Fix the other errors of the scenario first; then the coverage findings appear.");
        for (FindingKind kind : FindingKind.values()) {
            add(kind.code(), camel(kind.name()), kind.title() + ".", findingHelp(kind));
        }
        add(STALE_ACCEPTANCE, "StaleAcceptance", "A bulwark:accept comment matches no finding.",
                "`// bulwark:accept CODE \"reason\"` accepts the findings of CODE of the element right below the comment; "
                        + "none is left. Remove the comment, or move it above the element the finding is on.");
        add(OTHER, "Other", "Another problem.", "See the message.");
    }

    private Rules() {
    }

    private static void add(String id, String name, String description, String help) {
        RULES.put(id, new Rule(id, name, description, help));
    }

    private static String camel(String constant) {
        StringBuilder name = new StringBuilder();
        for (String word : constant.toLowerCase().split("_")) {
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

    /** The rule of an issue code; codes without a rule of their own fall to {@link #OTHER}. */
    static Rule of(String code) {
        Rule rule = code == null ? null : RULES.get(code);
        return rule != null ? rule : RULES.get(OTHER);
    }

    static List<Rule> all() {
        return new ArrayList<>(RULES.values());
    }
}
