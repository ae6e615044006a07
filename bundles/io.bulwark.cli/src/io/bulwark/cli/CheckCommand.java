package io.bulwark.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.eclipse.xtext.validation.Issue;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bulwark check PATH...}: validates scenarios and prints the findings. */
@Command(name = "check", mixinStandardHelpOptions = true, version = BulwarkCommand.VERSION_LINE, sortOptions = false,
        description = "Validate scenarios and report coverage findings.",
        optionListHeading = "%nInput, analysis and help:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = { "0:no errors", "1:validation or coverage errors (or warnings with --fail-on warning)",
                "2:usage or input errors (missing or unreadable file, parse errors)" },
        footerHeading = "%nExamples:%n",
        footer = { "  bulwark check examples/",
                "  bulwark check --fail-on warning examples/",
                "  bulwark check --baseline bulwark.sarif examples/             # fail only on findings not in it",
                "  bulwark check --format sarif -o bulwark.sarif examples/      # GitHub code scanning",
                "  bulwark check --format junit -o bulwark-junit.xml examples/  # a test case per asset and raid",
                "  bulwark check --format github examples/                      # annotations in a GitHub Actions job",
                "  bulwark check --format gitlab -o gl-code-quality.json examples/  # GitLab Code Quality report" })
final class CheckCommand implements Callable<Integer> {

    enum FailOn { error, warning }

    enum Format { text, json, sarif, junit, github, gitlab }

    @Mixin
    private WorkspaceOptions workspaceOptions;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders of .bulwark files.")
    private List<Path> paths;

    /** What to write and when to fail; an option group so that the help lists them under their own heading. */
    static final class Output {
        @Option(names = "--format", defaultValue = "text", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        Format format = Format.text;

        @Option(names = { "-o", "--output" }, converter = OutputFile.class,
                description = "Write the output to this file (atomically) instead of the terminal.")
        Path file;

        @Option(names = "--fail-on", defaultValue = "error", description = "Exit 1 on: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        FailOn failOn = FailOn.error;

        @Option(names = "--baseline", paramLabel = "FILE.sarif", description = "An earlier --format sarif output (made in the same "
                + "folder): its findings (same rule, file and element) are reported as unchanged and do not count for the exit code.")
        Path baseline;
    }

    @ArgGroup(validate = false, heading = "%nOutput:%n", order = 0)
    private Output output = new Output();

    @Override
    public Integer call() {
        Baseline baseline = null;
        if (output.baseline != null) {
            try {
                baseline = Baseline.read(output.baseline);
            } catch (Baseline.BaselineException e) {
                workspaceOptions.err().println("bulwark: " + e.getMessage());
                return BulwarkCommand.INPUT_ERROR;
            }
        }
        ScenarioWorkspace workspace = workspaceOptions.load(paths);
        if (workspace == null) {
            return BulwarkCommand.INPUT_ERROR;
        }
        List<ScenarioWorkspace.FileIssues> validated = workspace.validate();
        ImportSearch.explainUnresolved(validated, paths);
        Acceptances.Result checked = Acceptances.apply(validated);
        List<ScenarioWorkspace.FileIssues> files = checked.files();
        Map<Issue, String> accepted = checked.accepted();
        // null without a baseline: SARIF then leaves out every result's baselineState
        Set<Issue> inBaseline = baseline == null ? null : baseline.unchanged(files);
        Set<Issue> unchanged = inBaseline == null ? Set.of() : inBaseline;
        Tally tally = Tally.of(files, unchanged, accepted.keySet());
        boolean warningsFail = output.failOn == FailOn.warning;
        String result = switch (output.format) {
            case text -> text(files, tally, unchanged, accepted);
            case json -> JsonReport.render(files, tally);
            case sarif -> SarifReport.render(files, inBaseline, accepted);
            case junit -> JUnitReport.render(files, warningsFail, unchanged, accepted);
            case github -> GitHubAnnotations.render(files, accepted);
            case gitlab -> GitLabCodeQuality.render(files, accepted);
        };
        if (!workspaceOptions.emit(result, output.file)) {
            return BulwarkCommand.INPUT_ERROR;
        }
        if (tally.syntaxErrors()) {
            return BulwarkCommand.INPUT_ERROR;
        }
        return tally.errors() > 0 || (warningsFail && tally.warnings() > 0) ? BulwarkCommand.FINDINGS : BulwarkCommand.OK;
    }

    /** {@code file:line:col severity CODE message}, marked when accepted or in the baseline, grouped by file (the files come in path order), then the tally. */
    private static String text(List<ScenarioWorkspace.FileIssues> files, Tally tally, Set<Issue> unchanged, Map<Issue, String> accepted) {
        StringBuilder text = new StringBuilder();
        for (ScenarioWorkspace.FileIssues file : files) {
            for (Issue issue : file.issues()) {
                text.append(String.format("%s:%d:%d %s %s %s%s%n", Escapes.escape(file.file()), issue.getLineNumber(), issue.getColumn(),
                        issue.getSeverity().name().toLowerCase(), issue.getCode(), Escapes.escape(issue.getMessage()),
                        accepted.containsKey(issue) ? " (accepted: " + Escapes.escape(accepted.get(issue)) + ")"
                                : unchanged.contains(issue) ? " (unchanged: in the baseline)" : ""));
            }
        }
        text.append(tally.sentence()).append(System.lineSeparator());
        return text.toString();
    }
}
