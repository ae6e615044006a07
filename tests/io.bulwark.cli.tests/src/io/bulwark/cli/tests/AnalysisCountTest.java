package io.bulwark.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.bulwark.cli.ScenarioWorkspace;
import io.bulwark.dsl.validation.CoverageService;

/**
 * Every command analyses each scenario once: the validator's coverage check, the report and the outputs read one
 * analysis. Counted by the language's coverage service, which the commands share.
 */
class AnalysisCountTest {

    /** The scenarios of examples/ (the catalog holds none). */
    private static final int EXAMPLE_SCENARIOS = 3;

    @TempDir
    Path dir;

    static Stream<List<String>> commands() {
        return Stream.of(List.of("check"), List.of("check", "--format", "json"), List.of("check", "--format", "sarif"),
                List.of("check", "--format", "junit"), List.of("check", "--format", "github"), List.of("check", "--format", "gitlab"),
                List.of("check", "--threads", "2"), List.of("report", "-o", "OUT.html"), List.of("export", "--format", "geojson", "-o", "OUT.json"));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void analysesEachScenarioOfTheExamplesOnce(List<String> command) throws Exception {
        CoverageService coverage = ScenarioWorkspace.load(List.of(Cli.EXAMPLES)).languageInjector().getInstance(CoverageService.class);
        int before = coverage.analyses();
        String[] args = Stream.concat(command.stream().map(a -> a.replace("OUT", dir.resolve("out").toString())), Stream.of(Cli.EXAMPLES.toString()))
                .toArray(String[]::new);
        Cli.Run run = Cli.run(args);
        assertTrue(run.code() == 0 || run.code() == 1, run.code() + ": " + run.err()); // 1: the findings of Korea 2016
        assertEquals(EXAMPLE_SCENARIOS, coverage.analyses() - before, String.join(" ", command));
    }

    /** The IDE's test of the same text ({@code IdeAnalysisTest}) expects the same line. */
    @org.junit.jupiter.api.Test
    void aRaidOfTwoBillionMissilesIsRefusedAtTheScenarioBeforeTheAnalysis() throws Exception {
        Path folder = Cli.scenarioFolder(dir);
        Cli.write(folder, "test.bulwark", """
                scenario Test
                import cat.*
                force US nation "United States"
                radar R : Surveillance { owner US at 0 N, 2.698 E facing 0 deg }
                battery B : Upper { owner US at 0 N, 2.698 E interceptors 10 doctrine shoot-shoot salvo 2 }
                asset City at 0 N, 2.698 E
                raid R1 : SRBM x 2000000000 from 0 N, 0 E at City
                """);
        CoverageService coverage = ScenarioWorkspace.load(List.of(folder)).languageInjector().getInstance(CoverageService.class);
        int before = coverage.analyses();
        Cli.Run run = Cli.run("check", folder.toString());
        assertEquals(1, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("test.bulwark:1:10 warning " + io.bulwark.dsl.validation.IssueCodes.COVERAGE_NOT_RUN
                + " Coverage not analysed: the raids add up to 2000000000 threats, more than the 100000 the analysis takes"), run.out());
        assertEquals(before, coverage.analyses(), "refused before the core ran");
    }
}
