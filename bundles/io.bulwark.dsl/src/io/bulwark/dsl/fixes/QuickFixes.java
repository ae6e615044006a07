package io.bulwark.dsl.fixes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.bulwark.core.finding.FindingKind;
import io.bulwark.dsl.edits.ScenarioEdits;
import io.bulwark.dsl.validation.IssueCodes;
import io.bulwark.dsl.validation.IssueData;
import io.bulwark.model.bulwark.Model;

/**
 * The fixes of the issues whose data supports one, as text edits on the file: a unit (one per valid unit),
 * a close name for an unknown reference, an owner (one per force), and for a missing data-sharing path
 * (BULWARK-COV-005) the agreement. Each edit replaces or inserts only the text it needs, so comments and
 * layout survive. The IDE's quick fixes and the language server's code actions both come from here.
 */
public final class QuickFixes {

    /** The coverage finding "force pair without a data-sharing path" (data: fromForce=..., toForce=...). */
    private static final String MISSING_SHARING_PATH = FindingKind.MISSING_SHARING_PATH.code();

    private static final Set<String> CODES = Set.of(IssueCodes.MISSING_UNIT, IssueCodes.WRONG_UNIT, IssueCodes.UNKNOWN_REFERENCE,
            IssueCodes.MISSING_OWNER, MISSING_SHARING_PATH);

    /** Replace {@code length} characters at {@code offset} by {@code text}. */
    public record Edit(int offset, int length, String text) {
    }

    /** One fix: what a user reads, and the edits it makes. */
    public record Fix(String label, String description, List<Edit> edits) {
    }

    private QuickFixes() {
    }

    public static boolean hasFixes(String code, List<String> data) {
        return CODES.contains(code) && !data.isEmpty();
    }

    /**
     * The fixes of an issue.
     *
     * @param code the issue code
     * @param data the issue data
     * @param start the issue's start offset in {@code text}
     * @param end the issue's end offset
     * @param text the file's text now
     * @param model the file parsed from {@code text} (for fixes that add a declaration), or null
     */
    public static List<Fix> fixes(String code, List<String> data, int start, int end, String text, Model model) {
        List<Fix> fixes = new ArrayList<>();
        if (code == null || start < 0 || end < start || end > text.length()) {
            return fixes;
        }
        if (MISSING_SHARING_PATH.equals(code)) {
            String from = IssueData.value(data, "fromForce");
            String to = IssueData.value(data, "toForce");
            List<Edit> edits = from == null || to == null ? List.of() : addAgreement(text, model, from, to);
            if (!edits.isEmpty()) {
                fixes.add(new Fix("Add agreement " + from + " -> " + to, "Declares a one-way data-sharing agreement from " + from
                        + " to " + to + " after the scenario's agreements (set its latency).", edits));
            }
            return fixes;
        }
        switch (code) {
            case IssueCodes.MISSING_UNIT -> data.forEach(unit -> fixes.add(new Fix("Add unit '" + unit + "'",
                    "Writes " + unit + " after the number.", List.of(new Edit(end, 0, " " + unit)))));
            case IssueCodes.WRONG_UNIT -> data.forEach(unit -> fixes.add(new Fix("Change unit to '" + unit + "'",
                    "Replaces the unit by " + unit + ".", List.of(new Edit(start, end - start, unit)))));
            case IssueCodes.UNKNOWN_REFERENCE -> data.forEach(name -> fixes.add(new Fix("Change to '" + name + "'",
                    "Replaces the unknown name by " + name + ".", List.of(new Edit(start, end - start, name)))));
            case IssueCodes.MISSING_OWNER -> data.forEach(force -> {
                List<Edit> edits = addOwner(text, end, force);
                if (!edits.isEmpty()) {
                    fixes.add(new Fix("Add owner " + force, "Adds 'owner " + force + "' as the first clause of the block.", edits));
                }
            });
            default -> {
            }
        }
        return fixes;
    }

    /**
     * "owner FORCE" as the first clause of the block: on its own line after the line of the '{' when the rest of that
     * line is empty or a comment (which stays where it is), else right after the '{'.
     */
    static List<Edit> addOwner(String text, int afterName, String force) {
        int brace = text.indexOf('{', afterName);
        if (brace < 0) {
            return List.of();
        }
        int lineStart = text.lastIndexOf('\n', brace) + 1;
        int lineEnd = text.indexOf('\n', brace);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        String line = text.substring(lineStart, lineEnd).replaceAll("\\r$", "");
        String rest = line.substring(brace - lineStart + 1).strip();
        if (rest.isEmpty() || rest.startsWith("//")) {
            String indent = line.substring(0, line.length() - line.stripLeading().length());
            return List.of(new Edit(lineStart + line.length(), 0, "\n" + indent + "    owner " + force));
        }
        return List.of(new Edit(brace + 1, 0, " owner " + force));
    }

    /** A new line "agreement FROM_to_TO { FROM -> TO }" after the last agreement, else after the last force. */
    static List<Edit> addAgreement(String text, Model model, String from, String to) {
        try {
            return ScenarioEdits.addAgreement(text, model, from, to, false, null);
        } catch (IllegalArgumentException noSuchForce) {
            return List.of();
        }
    }
}
