package io.bulwark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.EObject;

import io.bulwark.model.bulwark.Model;
import io.bulwark.model.mapping.IncompleteModelException;
import io.bulwark.model.mapping.ScenarioMapper;
import io.bulwark.report.svg.ArchitectureDiagramSvg;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code bulwark diagram PATH -o arch.svg}: the architecture diagram of a scenario, laid out by ELK. */
@Command(name = "diagram", mixinStandardHelpOptions = true, version = BulwarkCommand.VERSION_LINE, sortOptions = false,
        description = "Export the architecture diagram of a scenario as SVG.",
        footerHeading = "%nExample:%n", footer = "  bulwark diagram examples/korea2016.bulwark examples/catalog -o arch.svg")
final class DiagramCommand implements Callable<Integer> {

    @Mixin
    private WorkspaceOptions workspaceOptions;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders of .bulwark files (one scenario).")
    private List<Path> paths;

    @Mixin
    private RequiredOutput output;

    @Override
    public Integer call() {
        PrintWriter err = workspaceOptions.err();
        ScenarioWorkspace workspace = workspaceOptions.load(paths);
        if (workspace == null) {
            return BulwarkCommand.INPUT_ERROR;
        }
        List<io.bulwark.model.bulwark.Scenario> scenarios = new ArrayList<>();
        for (Path file : workspace.files()) {
            for (EObject root : workspace.resource(file).getContents()) {
                if (root instanceof Model model && model.getScenario() != null) {
                    scenarios.add(model.getScenario());
                }
            }
        }
        if (scenarios.size() != 1) {
            err.println("bulwark: diagram needs exactly one scenario in " + Escapes.escape(paths) + ", found " + scenarios.size());
            return BulwarkCommand.INPUT_ERROR;
        }
        String svg;
        try {
            svg = ArchitectureDiagramSvg.render(ScenarioMapper.map(scenarios.get(0)).scenario());
        } catch (IncompleteModelException | IllegalArgumentException e) {
            err.println("bulwark: cannot draw scenario " + scenarios.get(0).getName() + ": " + Escapes.escape(e.getMessage())
                    + " (run bulwark check for every problem)");
            return BulwarkCommand.INPUT_ERROR;
        }
        return workspaceOptions.emit(svg, output.file()) ? BulwarkCommand.OK : BulwarkCommand.INPUT_ERROR;
    }
}
