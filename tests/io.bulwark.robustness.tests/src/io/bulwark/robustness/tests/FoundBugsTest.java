package io.bulwark.robustness.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regressions of the product bugs this module's corpus and fuzzing found: a report written over the scenario it
 * read, unknown names quoted whole and compared in quadratic time, an invalid path answered with a Java exception
 * and the whole usage, a byte-order mark read as text, an apogee that put NaN into the JSON report.
 */
class FoundBugsTest {

    @TempDir
    Path dir;

    /** The command writes its report over the scenario it reads: {@code check -o a.bulwark a.bulwark}. */
    @Test
    void aReportIsNeverWrittenOverAnInputFile() throws IOException {
        Path scenario = Files.copy(Cli.EXAMPLES.resolve("minimal.bulwark"), dir.resolve("minimal.bulwark"));
        byte[] before = Files.readAllBytes(scenario);
        Cli.Run run = Cli.run("check", "--format", "json", "-o", scenario.toString(), scenario.toString());
        assertEquals(2, run.code(), run::both);
        assertArrayEquals(before, Files.readAllBytes(scenario), "the scenario is intact");
    }

    /** An unknown name of 20,000 characters is quoted shortened in the message. */
    @Test
    void anUnknownNameIsQuotedShortened() throws IOException {
        Path file = Files.writeString(dir.resolve("long.bulwark"), "scenario Long\nimport catalog.*\nforce US\nraid R : Scud_C from 38.9 N, 125.6 E at "
                + "C".repeat(20_000) + "\n");
        Cli.Run run = Cli.run("check", file.toString(), Cli.CATALOG.toString());
        String line = run.out().lines().filter(l -> l.contains("BULWARK-REF-001")).findFirst().orElseThrow();
        assertTrue(line.length() < 1000, line.length() + " characters");
    }

    /**
     * Close-name suggestions compare the unknown name with every name in scope by a full edit distance: a long unknown
     * name among long names takes quadratic time per candidate (20 names of 20,000 characters: minutes).
     */
    @Test
    void closeNameSuggestionsTakeBoundedTime() throws IOException {
        StringBuilder text = new StringBuilder("scenario Slow\nimport catalog.*\nforce US\n");
        for (int i = 0; i < 20; i++) {
            text.append("asset ").append("A".repeat(20_000)).append(i).append(" at 35.9 N, 128.6 E\n");
        }
        text.append("raid R : Scud_C from 38.9 N, 125.6 E at ").append("B".repeat(20_000)).append('\n');
        Path file = Files.writeString(dir.resolve("slow.bulwark"), text);
        Cli.Run run = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Cli.run("check", file.toString(), Cli.CATALOG.toString()));
        assertEquals(1, run.code(), run::both);
    }

    /** An output path that cannot be a path (a NUL character) is refused in one line, without a Java exception's name. */
    @Test
    void anInvalidOutputPathIsOneLineWithoutAnExceptionName() {
        Cli.Run run = Cli.run("check", "--format", "json", "-o", dir + "/re\u0000port.json", Cli.EXAMPLES.resolve("minimal.bulwark").toString());
        assertEquals(2, run.code(), run::both);
        assertEquals(null, run.trace(), run::both);
        assertEquals(1, run.err().lines().count(), run::both);
    }

    /** A UTF-8 byte-order mark (Windows editors write one) is skipped, not a syntax error at line 1. */
    @Test
    void aByteOrderMarkIsSkipped() throws IOException {
        Path file = Files.write(dir.resolve("bom.bulwark"), ("\ufeffpackage bom\nmissile M { reach 100 km rcs 1 m2 }\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Cli.Run run = Cli.run("check", file.toString());
        assertEquals(0, run.code(), run::both);
    }

    /**
     * Found by Jazzer (seed value-apogee-beyond-space): an apogee of 100,000 km put NaN into the analysis and
     * {@code --format json} failed; the apogee is now an error at its value, and the JSON report is written.
     */
    @Test
    void anApogeeBeyondSpaceGivesAJsonReport() throws IOException {
        Path file = Files.writeString(dir.resolve("apogee.bulwark"), """
                scenario Apogee
                import catalog.*
                force US
                radar R : AN_TPY_2_TM { owner US at 36.0 N, 128.2 E facing 330 deg }
                battery B : THAAD { owner US at 36.0 N, 128.2 E interceptors 8 cued by R }
                asset City at 35.9 N, 128.6 E requires 0.9
                raid Salvo : Scud_C x 2 from 38.9 N, 125.6 E at City apogee 100000 km
                """);
        Cli.Run run = Cli.run("check", "--format", "json", file.toString(), Cli.CATALOG.toString());
        assertEquals(1, run.code(), run::both);
        assertTrue(run.out().startsWith("{"), run::both);
    }
}
