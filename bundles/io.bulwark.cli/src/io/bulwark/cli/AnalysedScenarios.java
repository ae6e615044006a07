package io.bulwark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.validation.Issue;

/**
 * The scenarios of a workspace that were analysed, for the commands that draw or export them (report, export): a
 * model error in any file stops such a command, with every such error printed as check prints it, and so does a
 * workspace without a scenario.
 */
final class AnalysedScenarios {

    private final ScenarioWorkspace workspace;
    private final List<ScenarioWorkspace.FileIssues> analysed;
    /** The exit code when refused, else -1. */
    private final int refusal;

    private AnalysedScenarios(ScenarioWorkspace workspace, List<ScenarioWorkspace.FileIssues> analysed, int refusal) {
        this.workspace = workspace;
        this.analysed = analysed;
        this.refusal = refusal;
    }

    /**
     * Loads the files, validates (and so analyses) each once and prints every model error; when that leaves nothing
     * to work on, says why ({@code nothingDone} follows the count of errors, e.g. "no report written").
     */
    static AnalysedScenarios load(WorkspaceOptions options, List<Path> paths, String nothingDone) {
        ScenarioWorkspace workspace = options.load(paths);
        if (workspace == null) {
            return new AnalysedScenarios(null, List.of(), BulwarkCommand.INPUT_ERROR);
        }
        PrintWriter err = options.err();
        List<ScenarioWorkspace.FileIssues> files = new ArrayList<>();
        int modelErrors = 0;
        boolean syntaxErrors = false;
        for (ScenarioWorkspace.FileIssues file : workspace.validate()) {
            if (file.hasModelErrors()) {
                for (Issue issue : file.issues()) {
                    if (ScenarioWorkspace.isModelError(issue)) {
                        err.printf("%s:%d:%d error %s %s%n", Escapes.escape(file.file()), issue.getLineNumber(), issue.getColumn(),
                                issue.getCode(), Escapes.escape(issue.getMessage()));
                        syntaxErrors |= issue.isSyntaxError();
                        modelErrors++;
                    }
                }
            } else if (file.coverage() != null) {
                files.add(file);
            }
        }
        int refusal = -1;
        if (modelErrors > 0) {
            err.printf("bulwark: %d errors stop the analysis; %s%n", modelErrors, nothingDone);
            refusal = syntaxErrors ? BulwarkCommand.INPUT_ERROR : BulwarkCommand.FINDINGS;
        } else if (files.isEmpty()) {
            err.println("bulwark: no scenario in " + Escapes.escape(paths) + " (only catalogs?)");
            refusal = BulwarkCommand.INPUT_ERROR;
        }
        return new AnalysedScenarios(workspace, files, refusal);
    }

    /** Whether there is nothing to work on (the reason is printed); then {@link #exitCode()} is the command's. */
    boolean refused() {
        return refusal >= 0;
    }

    int exitCode() {
        return refusal;
    }

    ScenarioWorkspace workspace() {
        return workspace;
    }

    /** The files with an analysed scenario, in path order. */
    List<ScenarioWorkspace.FileIssues> files() {
        return analysed;
    }
}
