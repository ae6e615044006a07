package io.bulwark.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.bulwark.core.footprint.Footprint;
import io.bulwark.core.footprint.FootprintAnalyzer;
import io.bulwark.core.scenario.InvalidScenarioException;
import io.bulwark.core.scenario.Scenario;
import io.bulwark.model.bulwark.MissileType;
import io.bulwark.model.mapping.IncompleteModelException;
import io.bulwark.model.mapping.ScenarioMapper;
import io.bulwark.report.export.GeoFeature;
import io.bulwark.report.export.GeoFeatures;
import io.bulwark.report.export.GeoJson;
import io.bulwark.report.export.Kml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bulwark export --format kml|geojson PATH... -o FILE}: the map's shapes for Google Earth, QGIS and other GIS tools. */
@Command(name = "export", description = "Export sites, radar fans, battery rings, threat tracks (3-D, coloured by negation), regions "
        + "and optionally a footprint as KML or GeoJSON.", mixinStandardHelpOptions = true, version = BulwarkCommand.VERSION_LINE,
        sortOptions = false, footerHeading = "%nExamples:%n",
        footer = { "  bulwark export --format kml examples/korea2016.bulwark examples/catalog -o korea.kml",
                "  bulwark export --format geojson --footprint Busan Scud_C examples/korea2016.bulwark examples/catalog -o korea.geojson" })
final class ExportCommand implements Callable<Integer> {

    enum Format {
        kml, geojson
    }

    @Mixin
    private WorkspaceOptions workspaceOptions;

    @Option(names = "--format", required = true, description = "kml or geojson.")
    private Format format;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders of .bulwark files.")
    private List<Path> paths;

    @Mixin
    private RequiredOutput output;

    @Option(names = "--footprint", arity = "2", paramLabel = "ASSET MISSILE",
            description = "Add the defended footprint of ASSET against the missile type MISSILE (its launch cells).")
    private List<String> footprint;

    @Option(names = "--extrude", description = "KML: extrude the threats' 3-D tracks to the ground.")
    private boolean extrude;

    @Override
    public Integer call() {
        AnalysedScenarios analysed = AnalysedScenarios.load(workspaceOptions, paths, "nothing exported");
        if (analysed.refused()) {
            return analysed.exitCode();
        }
        ScenarioWorkspace workspace = analysed.workspace();
        List<GeoFeature> features = new ArrayList<>();
        List<String> names = new ArrayList<>();
        boolean footprintDone = false;
        for (ScenarioWorkspace.FileIssues file : analysed.files()) {
            Scenario scenario = file.coverage().mapped().scenario();
            Footprint cells = null;
            if (footprint != null && scenario.assets().stream().anyMatch(a -> a.name().equals(footprint.get(0)))) {
                if (footprintDone) {
                    workspaceOptions.err().printf("bulwark: asset %s is in more than one scenario; name one file%n",
                            Escapes.escape(footprint.get(0)));
                    return BulwarkCommand.INPUT_ERROR;
                }
                MissileType missile = FootprintCommand.missileType(workspace, footprint.get(1), file.file(), workspaceOptions.err());
                if (missile == null) {
                    return BulwarkCommand.INPUT_ERROR;
                }
                try (ProgressBar progress = ProgressBar.onTerminal(workspaceOptions.err(), "footprint")) {
                    cells = new FootprintAnalyzer().footprint(scenario, footprint.get(0), ScenarioMapper.missileType(missile),
                            FootprintAnalyzer.DEFAULT_RING_STEP_KM, FootprintAnalyzer.DEFAULT_BEARING_STEP_DEG,
                            workspace.options().analysis(), progress::update);
                } catch (IncompleteModelException | InvalidScenarioException e) {
                    workspaceOptions.err().println("bulwark: " + Escapes.escape(e.getMessage()));
                    return BulwarkCommand.INPUT_ERROR;
                }
                footprintDone = true;
            }
            features.addAll(GeoFeatures.of(scenario, file.coverage().report(), cells));
            names.add(scenario.name());
        }
        if (footprint != null && !footprintDone) {
            workspaceOptions.err().printf("bulwark: no scenario in %s has an asset named %s%n", Escapes.escape(paths),
                    Escapes.escape(footprint.get(0)));
            return BulwarkCommand.INPUT_ERROR;
        }
        String text = format == Format.kml ? Kml.write("Bulwark: " + String.join(", ", names), features, extrude) : GeoJson.write(features);
        if (!workspaceOptions.emit(text, output.file())) {
            return BulwarkCommand.INPUT_ERROR;
        }
        workspaceOptions.commandLine().getOut().printf(Locale.ROOT, "wrote %s (%s, %d features of %d scenarios)%n", Escapes.escape(output.file()),
                format, features.size(), names.size());
        return BulwarkCommand.OK;
    }
}
