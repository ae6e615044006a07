package io.bulwark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bulwark check PATH...}: validates scenarios and prints the findings. */
@Command(name = "check", description = "Validate scenarios and report coverage findings.")
final class CheckCommand implements Callable<Integer> {

    enum FailOn { error, warning }

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders of .bulwark files.")
    private List<Path> paths;

    @Option(names = "--fail-on", defaultValue = "error", description = "Exit 1 on: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private FailOn failOn;

    enum Format { text, json }

    @Option(names = "--format", defaultValue = "text", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = { "-o", "--output" }, description = "Write the output to this file (atomically) instead of the terminal.")
    private Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ScenarioWorkspace workspace;
        try {
            workspace = ScenarioWorkspace.load(paths);
        } catch (ScenarioWorkspace.InputException e) {
            err.println("bulwark: " + e.getMessage());
            return BulwarkCommand.INPUT_ERROR;
        }
        List<ScenarioWorkspace.FileIssues> files = workspace.validate();
        int errors = 0;
        int warnings = 0;
        boolean syntaxErrors = false;
        StringBuilder text = new StringBuilder();
        for (ScenarioWorkspace.FileIssues file : files) {
            for (Issue issue : file.issues()) {
                text.append(String.format("%s:%d:%d %s %s %s%n", file.file(), issue.getLineNumber(), issue.getColumn(),
                        issue.getSeverity().name().toLowerCase(), issue.getCode(), issue.getMessage()));
                if (issue.getSeverity() == Severity.ERROR) {
                    errors++;
                    syntaxErrors |= issue.isSyntaxError();
                } else if (issue.getSeverity() == Severity.WARNING) {
                    warnings++;
                }
            }
        }
        text.append(String.format("%d files, %d errors, %d warnings%n", workspace.files().size(), errors, warnings));
        String result = format == Format.json ? JsonReport.render(workspace, files) : text.toString();
        if (output == null) {
            out.print(result);
            out.flush();
        } else {
            try {
                SafeFiles.write(output, result);
            } catch (IOException e) {
                err.println("bulwark: cannot write " + output + " (" + e.getMessage() + "); it is left as it was");
                return BulwarkCommand.INPUT_ERROR;
            }
        }
        if (syntaxErrors) {
            return BulwarkCommand.INPUT_ERROR;
        }
        return errors > 0 || (failOn == FailOn.warning && warnings > 0) ? BulwarkCommand.FINDINGS : BulwarkCommand.OK;
    }
}
