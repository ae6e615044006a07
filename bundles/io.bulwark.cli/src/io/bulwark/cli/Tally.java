package io.bulwark.cli;

import java.util.List;
import java.util.Set;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/** How many files and issues of each severity a check found: one count for the exit code, the text and the JSON summary. */
record Tally(int files, int errors, int warnings, int notes, int unchanged, int accepted, boolean syntaxErrors) {

    /** Counts the issues by severity; the accepted ones and those in the baseline ({@code unchanged}) only as such. */
    static Tally of(List<ScenarioWorkspace.FileIssues> files, Set<Issue> unchanged, Set<Issue> accepted) {
        int errors = 0;
        int warnings = 0;
        int notes = 0;
        int unchangedCount = 0;
        boolean syntaxErrors = false;
        for (ScenarioWorkspace.FileIssues file : files) {
            for (Issue issue : file.issues()) {
                syntaxErrors |= issue.isSyntaxError();
                if (accepted.contains(issue)) {
                    continue;
                }
                if (unchanged.contains(issue)) {
                    unchangedCount++;
                    continue;
                }
                if (issue.getSeverity() == Severity.ERROR) {
                    errors++;
                } else if (issue.getSeverity() == Severity.WARNING) {
                    warnings++;
                } else {
                    notes++;
                }
            }
        }
        return new Tally(files.size(), errors, warnings, notes, unchangedCount, accepted.size(), syntaxErrors);
    }

    /** As a person writes it: {@code 1 file: 2 errors, 1 warning, 0 notes} (then {@code ; 3 unchanged (in the baseline); 1 accepted}). */
    String sentence() {
        return count(files, "file") + ": " + count(errors, "error") + ", " + count(warnings, "warning") + ", " + count(notes, "note")
                + (unchanged > 0 ? "; " + unchanged + " unchanged (in the baseline)" : "")
                + (accepted > 0 ? "; " + accepted + " accepted" : "");
    }

    /** {@code 1 error}, {@code 2 errors}, {@code 0 errors}. */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
