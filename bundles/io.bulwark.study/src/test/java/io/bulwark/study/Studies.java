package io.bulwark.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.bulwark.cli.ScenarioWorkspace;
import io.bulwark.model.bulwark.Model;
import io.bulwark.model.bulwark.Study;

/** Studies loaded from real files with the real language, as `bulwark study` loads them. */
final class Studies {

    static final Path EXAMPLES = Path.of(System.getProperty("bulwark.examples", "../../examples")).toAbsolutePath().normalize();

    /** A catalog and a small scenario for the tests' studies. */
    static final String SMALL = """
            scenario Small
            import catalog.*
            force USFK
            force ROK
            agreement ROK_US { ROK <-> USFK latency 2 s }
            radar MPQ : AN_MPQ_65 { owner USFK at 37.09 N, 127.03 E facing 330 deg }
            battery PAC : PAC3_CRI { owner USFK at 37.09 N, 127.03 E interceptors 8 doctrine shoot-shoot salvo 2 }
            asset Seoul at 37.566 N, 126.978 E
            asset Pyeongtaek at 36.992 N, 127.113 E
            raid North1 : Scud_C x 2 from 38.65 N, 125.79 E at Seoul
            raid North4 : KN_23 x 2 from 39.17 N, 127.49 E at Pyeongtaek apogee 50 km at T+120 s
            """;

    private Studies() {
    }

    /** Writes the scenario and the study into a folder beside a copy of the examples' catalog, and compiles the study. */
    static StudyPlan plan(Path dir, String scenario, String study) throws IOException {
        return StudyCompiler.compile(load(dir, scenario, study, "s"));
    }

    static Study load(Path dir, String scenario, String study, String name) throws IOException {
        Files.createDirectories(dir.resolve("catalog"));
        Files.copy(EXAMPLES.resolve("catalog/systems.bulwark"), dir.resolve("catalog/systems.bulwark"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(dir.resolve("scenario.bulwark"), scenario);
        Files.writeString(dir.resolve("study.bulwark"), "import catalog.*\n" + study);
        ScenarioWorkspace workspace;
        try {
            workspace = ScenarioWorkspace.load(List.of(dir));
        } catch (ScenarioWorkspace.InputException e) {
            throw new IOException(e.getMessage(), e);
        }
        List<String> errors = workspace.validate().stream().flatMap(f -> f.issues().stream().filter(ScenarioWorkspace::isModelError)
                .map(i -> f.file().getFileName() + ":" + i.getLineNumber() + ": " + i.getMessage())).toList();
        if (!errors.isEmpty()) {
            throw new AssertionError("errors in the test's files: " + errors);
        }
        Model model = (Model) workspace.resource(dir.resolve("study.bulwark")).getContents().get(0);
        return model.getStudies().stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
    }
}
