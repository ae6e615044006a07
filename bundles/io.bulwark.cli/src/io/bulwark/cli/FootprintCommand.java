package io.bulwark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.bulwark.core.footprint.Footprint;
import io.bulwark.core.footprint.FootprintAnalyzer;
import io.bulwark.core.scenario.InvalidScenarioException;
import io.bulwark.model.bulwark.MissileType;
import io.bulwark.model.mapping.IncompleteModelException;
import io.bulwark.model.mapping.ScenarioMapper;
import io.bulwark.report.svg.FootprintMapSvg;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bulwark footprint ASSET MISSILE PATH... -o fp.svg}: the defended footprint of an asset against a missile type. */
@Command(name = "footprint", mixinStandardHelpOptions = true, version = BulwarkCommand.VERSION_LINE, sortOptions = false,
        description = "Map the launch area from which a missile type at ASSET is negated to its requirement.",
        footerHeading = "%nExample:%n", footer = "  bulwark footprint Busan Scud_C examples/korea2016.bulwark examples/catalog -o fp.svg")
final class FootprintCommand implements Callable<Integer> {

    @Mixin
    private WorkspaceOptions workspaceOptions;

    @Parameters(index = "0", paramLabel = "ASSET", description = "The defended asset's name.")
    private String assetName;

    @Parameters(index = "1", paramLabel = "MISSILE", description = "The missile type's name (simple or qualified).")
    private String missileName;

    @Parameters(index = "2..*", arity = "1..*", paramLabel = "PATH", description = "Files or folders of .bulwark files.")
    private List<Path> paths;

    @Mixin
    private RequiredOutput output;

    @Option(names = "--ring-step", defaultValue = "" + FootprintAnalyzer.DEFAULT_RING_STEP_KM,
            description = "Ring spacing of the polar grid in km (default: ${DEFAULT-VALUE}).")
    private double ringStepKm;

    @Option(names = "--bearing-step", defaultValue = "" + FootprintAnalyzer.DEFAULT_BEARING_STEP_DEG,
            description = "Bearing spacing in deg, a divisor of 360 (default: ${DEFAULT-VALUE}).")
    private double bearingStepDeg;

    @Override
    public Integer call() {
        ScenarioWorkspace workspace = workspaceOptions.load(paths);
        if (workspace == null) {
            return BulwarkCommand.INPUT_ERROR;
        }
        ScenarioWorkspace.FileIssues scenarioFile = null;
        for (ScenarioWorkspace.FileIssues file : workspace.validate()) {
            if (file.hasModelErrors()) {
                workspaceOptions.err().println("bulwark: " + Escapes.escape(file.file()) + " has errors; run bulwark check " + Escapes.escape(file.file()));
                return BulwarkCommand.FINDINGS;
            }
            if (file.coverage() != null && file.coverage().mapped().scenario().assets().stream().anyMatch(a -> a.name().equals(assetName))) {
                if (scenarioFile != null) {
                    workspaceOptions.err().printf("bulwark: asset %s is in %s and %s; name one file%n", Escapes.escape(assetName), Escapes.escape(scenarioFile.file()),
                            Escapes.escape(file.file()));
                    return BulwarkCommand.INPUT_ERROR;
                }
                scenarioFile = file;
            }
        }
        if (scenarioFile == null) {
            workspaceOptions.err().printf("bulwark: no scenario in %s has an asset named %s%n", Escapes.escape(paths), Escapes.escape(assetName));
            return BulwarkCommand.INPUT_ERROR;
        }
        MissileType missile = missileType(workspace, missileName, paths, workspaceOptions.err());
        if (missile == null) {
            return BulwarkCommand.INPUT_ERROR;
        }
        Footprint footprint;
        try (ProgressBar progress = ProgressBar.onTerminal(workspaceOptions.err(), "footprint")) {
            io.bulwark.core.scenario.Scenario scenario = scenarioFile.coverage().mapped().scenario();
            footprint = new FootprintAnalyzer().footprint(scenario, assetName, ScenarioMapper.missileType(missile), ringStepKm,
                    bearingStepDeg, workspace.options().analysis(), progress::update);
            if (!workspaceOptions.emit(FootprintMapSvg.render(scenario, footprint), output.file())) {
                return BulwarkCommand.INPUT_ERROR;
            }
        } catch (IncompleteModelException | InvalidScenarioException e) {
            workspaceOptions.err().println("bulwark: " + Escapes.escape(e.getMessage()));
            return BulwarkCommand.INPUT_ERROR;
        }
        workspaceOptions.commandLine().getOut().printf(Locale.ROOT, "%s against %s: %.1f of %.1f km2 negated (share %.6f); wrote %s%n",
                Escapes.escape(assetName), Escapes.escape(footprint.missile()), footprint.negatedAreaKm2(), footprint.totalAreaKm2(),
                footprint.share(), Escapes.escape(output.file()));
        return BulwarkCommand.OK;
    }

    /** The one missile type of that name (simple or qualified) in the workspace; null after saying there is none or more than one. */
    static MissileType missileType(ScenarioWorkspace workspace, String name, Object searched, PrintWriter err) {
        List<MissileType> candidates = workspace.missileTypesNamed(name);
        if (candidates.size() != 1) {
            err.printf("bulwark: %s missile type named %s in %s%n", candidates.isEmpty() ? "no" : "more than one", Escapes.escape(name),
                    Escapes.escape(searched));
            return null;
        }
        return candidates.get(0);
    }
}
