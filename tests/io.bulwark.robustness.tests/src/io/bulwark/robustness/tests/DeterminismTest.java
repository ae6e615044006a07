package io.bulwark.robustness.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Same scenario, same bytes: the JSON report of {@code bulwark check} across runs and thread counts. */
class DeterminismTest {

    @TempDir
    Path dir;

    private int runs;

    /** The JSON report of the paths, written with {@code -o}, as bytes. */
    private byte[] report(int threads, String... paths) throws IOException {
        Path out = dir.resolve("report-" + runs++ + ".json");
        String[] arguments = new String[paths.length + 7];
        System.arraycopy(new String[] { "check", "--format", "json", "--threads", String.valueOf(threads), "-o", out.toString() }, 0,
                arguments, 0, 7);
        System.arraycopy(paths, 0, arguments, 7, paths.length);
        Cli.Run run = Cli.run(arguments);
        assertEquals(1, run.code(), "the scenarios have coverage errors: " + run.both());
        return Files.readAllBytes(out);
    }

    private static JsonObject firstReport(byte[] json) {
        var scenarios = JsonParser.parseString(new String(json, StandardCharsets.UTF_8)).getAsJsonObject().getAsJsonArray("scenarios");
        assertTrue(scenarios.size() > 0, "an analysed scenario in the report");
        return scenarios.get(0).getAsJsonObject().getAsJsonObject("report");
    }

    @Test
    void theExamplesReportIsByteIdenticalOverTwentyRunsOnOneAndEightThreads() throws IOException {
        String examples = Cli.EXAMPLES.toString();
        byte[] first = report(1, examples);
        assertEquals("Korea2016", firstReport(first).get("scenario").getAsString());
        for (int run = 1; run < 20; run++) {
            int threads = run % 2 == 0 ? 1 : 8;
            assertArrayEquals(first, report(threads, examples), "run " + run + " on " + threads + " threads");
        }
    }

    @Test
    void aGeneratedThousandThreatReportIsByteIdenticalOnOneAndEightThreads() throws IOException {
        Path scenario = dir.resolve("generated.bulwark");
        Files.writeString(scenario, GeneratedScenario.text(20261125, 1000, 20, 30, 12));
        String catalog = Cli.CATALOG.toString();
        byte[] one = report(1, scenario.toString(), catalog);
        JsonObject report = firstReport(one);
        assertEquals(1000, report.getAsJsonArray("threats").size(), "threats in the report");
        assertTrue(report.getAsJsonArray("findings").size() > 0, "findings in the report");
        assertArrayEquals(one, report(8, scenario.toString(), catalog), "8 threads");
        assertArrayEquals(one, report(8, scenario.toString(), catalog), "8 threads again");
    }

    @Test
    void theGeneratorIsSeeded() {
        assertEquals(GeneratedScenario.text(7, 1000, 20, 30, 12), GeneratedScenario.text(7, 1000, 20, 30, 12));
        assertTrue(!GeneratedScenario.text(7, 1000, 20, 30, 12).equals(GeneratedScenario.text(8, 1000, 20, 30, 12)));
    }
}
