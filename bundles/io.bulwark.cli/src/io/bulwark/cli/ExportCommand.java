package io.bulwark.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.xtext.validation.Issue;

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

    /** The footprint's grid: the defaults of {@code bulwark footprint}. */
    private static final double FOOTPRINT_RING_STEP_KM = 10;
    private static final double FOOTPRINT_BEARING_STEP_DEG = 5;

    @Mixin
    private WorkspaceOptions workspaceOptions;

    @Option(names = "--format", required = true, description = "kml or geojson.")
    private Format format;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders of .bulwark files.")
    private List<Path> paths;

    @Option(names = { "-o", "--output" }, required = true, description = "The file to write (atomically).")
    private Path output;

    @Option(names = "--footprint", arity = "2", paramLabel = "ASSET MISSILE",
            description = "Add the defended footprint of ASSET against the missile type MISSILE (its launch cells).")
    private List<String> footprint;

    @Option(names = "--extrude", description = "KML: extrude the threats' 3-D tracks to the ground.")
    private boolean extrude;

    @Override
    public Integer call() {
        ScenarioWorkspace workspace = workspaceOptions.load(paths);
        if (workspace == null) {
            return BulwarkCommand.INPUT_ERROR;
        }
        List<GeoFeature> features = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int modelErrors = 0;
        boolean syntaxErrors = false;
        boolean footprintDone = false;
        for (ScenarioWorkspace.FileIssues file : workspace.validate()) {
            if (file.hasModelErrors()) {
                for (Issue issue : file.issues()) {
                    if (ScenarioWorkspace.isModelError(issue)) {
                        workspaceOptions.err().printf("%s:%d:%d error %s %s%n", file.file(), issue.getLineNumber(), issue.getColumn(),
                                issue.getCode(), issue.getMessage());
                        syntaxErrors |= issue.isSyntaxError();
                        modelErrors++;
                    }
                }
                continue;
            }
            if (file.coverage() == null) {
                continue;
            }
            Scenario scenario = file.coverage().mapped().scenario();
            Footprint cells = null;
            if (footprint != null && scenario.assets().stream().anyMatch(a -> a.name().equals(footprint.get(0)))) {
                if (footprintDone) {
                    workspaceOptions.err().printf("bulwark: asset %s is in more than one scenario; name one file%n", footprint.get(0));
                    return BulwarkCommand.INPUT_ERROR;
                }
                List<MissileType> missiles = workspace.missileTypesNamed(footprint.get(1));
                if (missiles.size() != 1) {
                    workspaceOptions.err().printf("bulwark: %s missile type named %s in %s%n", missiles.isEmpty() ? "no" : "more than one",
                            footprint.get(1), file.file());
                    return BulwarkCommand.INPUT_ERROR;
                }
                try (ProgressBar progress = ProgressBar.onTerminal(workspaceOptions.err(), "footprint")) {
                            cells = new FootprintAnalyzer().footprint(scenario, footprint.get(0), ScenarioMapper.missileType(missiles.get(0)),
                            FOOTPRINT_RING_STEP_KM, FOOTPRINT_BEARING_STEP_DEG, workspace.options().analysis(), progress::update);
                } catch (IncompleteModelException | InvalidScenarioException e) {
                    workspaceOptions.err().println("bulwark: " + e.getMessage());
                    return BulwarkCommand.INPUT_ERROR;
                }
                footprintDone = true;
            }
            features.addAll(GeoFeatures.of(scenario, file.coverage().report(), cells));
            names.add(scenario.name());
        }
        if (modelErrors > 0) {
            workspaceOptions.err().printf("bulwark: %d errors stop the analysis; nothing exported%n", modelErrors);
            return syntaxErrors ? BulwarkCommand.INPUT_ERROR : BulwarkCommand.FINDINGS;
        }
        if (names.isEmpty()) {
            workspaceOptions.err().println("bulwark: no scenario in " + paths + " (only catalogs?)");
            return BulwarkCommand.INPUT_ERROR;
        }
        if (footprint != null && !footprintDone) {
            workspaceOptions.err().printf("bulwark: no scenario in %s has an asset named %s%n", paths, footprint.get(0));
            return BulwarkCommand.INPUT_ERROR;
        }
        String text = format == Format.kml ? Kml.write("Bulwark: " + String.join(", ", names), features, extrude) : GeoJson.write(features);
        if (!workspaceOptions.emit(text, output)) {
            return BulwarkCommand.INPUT_ERROR;
        }
        workspaceOptions.commandLine().getOut().printf(Locale.ROOT, "wrote %s (%s, %d features of %d scenarios)%n", output, format,
                features.size(), names.size());
        return BulwarkCommand.OK;
    }
}
