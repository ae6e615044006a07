package io.bulwark.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

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

    @Mixin
    private RequiredOutput output;

    @Option(names = "--title", description = "The report's title (default: Bulwark coverage report).")
    private String title = "Bulwark coverage report";

    @Override
    public Integer call() {
        AnalysedScenarios analysed = AnalysedScenarios.load(workspaceOptions, paths, "no report written");
        if (analysed.refused()) {
            return analysed.exitCode();
        }
        List<HtmlReport.Section> sections = new ArrayList<>();
        for (ScenarioWorkspace.FileIssues file : analysed.files()) {
            sections.add(new HtmlReport.Section(file.file().toString(), file.coverage().mapped().scenario(), file.coverage().report()));
        }
        if (!workspaceOptions.emit(HtmlReport.render(title, sections), output.file())) {
            return BulwarkCommand.INPUT_ERROR;
        }
        workspaceOptions.commandLine().getOut().printf("wrote %s (%d scenarios)%n", Escapes.escape(output.file()), sections.size());
        return BulwarkCommand.OK;
    }
}
