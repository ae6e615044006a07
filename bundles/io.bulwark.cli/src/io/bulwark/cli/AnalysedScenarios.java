package io.bulwark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.eclipse.xtext.validation.Issue;

/**
 * The scenarios of a workspace that were analysed, for the commands that draw or export them (report, export): a
 * model error in any file stops such a command, with every such error printed as check prints it.
 */
final class AnalysedScenarios {

    private final List<ScenarioWorkspace.FileIssues> analysed = new ArrayList<>();
    private int modelErrors;
    private boolean syntaxErrors;

    private AnalysedScenarios() {
    }

    /** Validates (and so analyses) every file once, printing each model error to {@code err}. */
    static AnalysedScenarios of(ScenarioWorkspace workspace, PrintWriter err) {
        AnalysedScenarios result = new AnalysedScenarios();
        for (ScenarioWorkspace.FileIssues file : workspace.validate()) {
            if (file.hasModelErrors()) {
                for (Issue issue : file.issues()) {
                    if (ScenarioWorkspace.isModelError(issue)) {
                        err.printf("%s:%d:%d error %s %s%n", Escapes.escape(file.file()), issue.getLineNumber(), issue.getColumn(),
                                issue.getCode(), Escapes.escape(issue.getMessage()));
                        result.syntaxErrors |= issue.isSyntaxError();
                        result.modelErrors++;
                    }
                }
            } else if (file.coverage() != null) {
                result.analysed.add(file);
            }
        }
        return result;
    }

    /** The files with an analysed scenario, in path order. */
    List<ScenarioWorkspace.FileIssues> files() {
        return analysed;
    }

    /**
     * The exit code when there is nothing to work on, after saying why (errors stop the analysis: {@code nothingDone},
     * e.g. "no report written"; or no scenario was found); empty when there is.
     */
    OptionalInt refusal(PrintWriter err, List<Path> paths, String nothingDone) {
        if (modelErrors > 0) {
            err.printf("bulwark: %d errors stop the analysis; %s%n", modelErrors, nothingDone);
            return OptionalInt.of(syntaxErrors ? BulwarkCommand.INPUT_ERROR : BulwarkCommand.FINDINGS);
        }
        if (analysed.isEmpty()) {
            err.println("bulwark: no scenario in " + Escapes.escape(paths) + " (only catalogs?)");
            return OptionalInt.of(BulwarkCommand.INPUT_ERROR);
        }
        return OptionalInt.empty();
    }
}
