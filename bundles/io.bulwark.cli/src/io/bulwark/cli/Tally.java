package io.bulwark.cli;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/** How many files and issues of each severity a check found: one count for the exit code, the text and the JSON summary. */
record Tally(int files, int errors, int warnings, int notes, boolean syntaxErrors) {

    static Tally of(List<ScenarioWorkspace.FileIssues> files) {
        int errors = 0;
        int warnings = 0;
        int notes = 0;
        boolean syntaxErrors = false;
        for (ScenarioWorkspace.FileIssues file : files) {
            for (Issue issue : file.issues()) {
                if (issue.getSeverity() == Severity.ERROR) {
                    errors++;
                    syntaxErrors |= issue.isSyntaxError();
                } else if (issue.getSeverity() == Severity.WARNING) {
                    warnings++;
                } else {
                    notes++;
                }
            }
        }
        return new Tally(files.size(), errors, warnings, notes, syntaxErrors);
    }

    /** As a person writes it: {@code 1 file: 2 errors, 1 warning, 0 notes}. */
    String sentence() {
        return count(files, "file") + ": " + count(errors, "error") + ", " + count(warnings, "warning") + ", " + count(notes, "note");
    }

    /** {@code 1 error}, {@code 2 errors}, {@code 0 errors}. */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
