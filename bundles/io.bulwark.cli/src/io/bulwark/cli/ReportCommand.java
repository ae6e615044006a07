package io.bulwark.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.xtext.validation.Issue;

import io.bulwark.report.html.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bulwark report PATH... -o report.html}: the self-contained HTML coverage report of every scenario found. */
@Command(name = "report", mixinStandardHelpOptions = true, version = BulwarkCommand.VERSION_LINE, sortOptions = false,
        description = "Write the HTML coverage report (map, tables, timelines, findings, architecture).",
        footerHeading = "%nExample:%n", footer = "  bulwark report examples/ -o report.html")
final class ReportCommand implements Callable<Integer> {

    @Mixin
    private WorkspaceOptions workspaceOptions;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders of .bulwark files.")
    private List<Path> paths;

    @Option(names = { "-o", "--output" }, converter = OutputFile.class, required = true, description = "The HTML file to write (atomically).")
    private Path output;

    @Option(names = "--title", description = "The report's title (default: Bulwark coverage report).")
    private String title = "Bulwark coverage report";

    @Override
    public Integer call() {
        ScenarioWorkspace workspace = workspaceOptions.load(paths);
        if (workspace == null) {
            return BulwarkCommand.INPUT_ERROR;
        }
        List<HtmlReport.Section> sections = new ArrayList<>();
        boolean syntaxErrors = false;
        int modelErrors = 0;
        for (ScenarioWorkspace.FileIssues file : workspace.validate()) {
            if (file.hasModelErrors()) {
                for (Issue issue : file.issues()) {
                    if (ScenarioWorkspace.isModelError(issue)) {
                        workspaceOptions.err().printf("%s:%d:%d error %s %s%n", Escapes.escape(file.file()), issue.getLineNumber(),
                                issue.getColumn(), issue.getCode(), Escapes.escape(issue.getMessage()));
                        syntaxErrors |= issue.isSyntaxError();
                        modelErrors++;
                    }
                }
            } else if (file.coverage() != null) {
                sections.add(new HtmlReport.Section(file.file().toString(), file.coverage().mapped().scenario(), file.coverage().report()));
            }
        }
        if (modelErrors > 0) {
            workspaceOptions.err().printf("bulwark: %d errors stop the analysis; no report written%n", modelErrors);
            return syntaxErrors ? BulwarkCommand.INPUT_ERROR : BulwarkCommand.FINDINGS;
        }
        if (sections.isEmpty()) {
            workspaceOptions.err().println("bulwark: no scenario in " + Escapes.escape(paths) + " (only catalogs?)");
            return BulwarkCommand.INPUT_ERROR;
        }
        if (!workspaceOptions.emit(HtmlReport.render(title, sections), output)) {
            return BulwarkCommand.INPUT_ERROR;
        }
        workspaceOptions.commandLine().getOut().printf("wrote %s (%d scenarios)%n", Escapes.escape(output), sections.size());
        return BulwarkCommand.OK;
    }
}
