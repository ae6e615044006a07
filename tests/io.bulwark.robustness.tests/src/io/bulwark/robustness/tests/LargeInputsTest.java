package io.bulwark.robustness.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs too large to commit, written at test time: refused with a one-line message naming the limit, or handled in
 * bounded time with short messages.
 */
class LargeInputsTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    /** The first line of the output that starts with {@code prefix} and contains {@code text}, or a message saying there is none. */
    private static String line(Cli.Run run, String prefix, String text) {
        return run.out().lines().filter(l -> l.startsWith(prefix) && l.contains(text)).findFirst()
                .orElse("no line starting with " + prefix + " and containing " + text + " in:\n" + run.both());
    }

    @Test
    void aHundredThousandForcesAndARadarWithoutOwnerGiveOneShortMessage() throws IOException {
        StringBuilder text = new StringBuilder("scenario Many\nimport catalog.*\n");
        for (int i = 0; i < 100_000; i++) {
            text.append("force F").append(i).append('\n');
        }
        text.append("radar R : AN_TPY_2_TM { at 36.0 N, 128.2 E facing 330 deg }\n");
        Path file = dir.resolve("forces.bulwark");
        Files.writeString(file, text);
        Cli.Run run = assertTimeoutPreemptively(LIMIT, () -> Cli.run("check", "--threads", "1", file.toString(), Cli.CATALOG.toString()));
        assertNull(run.trace(), run::both);
        assertEquals(1, run.code(), run::both);
        String line = line(run, file + ":100003:", " error BULWARK-REF-005 Radar R has no owner");
        assertTrue(line.startsWith(file.toString()), line);
        assertTrue(line.length() < 1000, "the message lists a few forces, not 100,000: " + line.length() + " characters");
    }

    @Test
    void aRaidOfAHundredThousandMissilesIsAnalysedAndOneMoreIsRefused() throws IOException {
        String scenario = """
                scenario Mass
                import catalog.*
                force US
                radar R : AN_TPY_2_TM { owner US at 36.0 N, 128.2 E facing 330 deg }
                battery B : THAAD { owner US at 36.0 N, 128.2 E interceptors 8 cued by R }
                asset City at 35.9 N, 128.6 E
                raid Salvo : Scud_C x COUNT from 38.9 N, 125.6 E at City
                """;
        Path most = dir.resolve("most.bulwark");
        Files.writeString(most, scenario.replace("COUNT", "100000"));
        Cli.Run analysed = assertTimeoutPreemptively(LIMIT, () -> Cli.run("check", "--threads", "2", most.toString(), Cli.CATALOG.toString()));
        assertNull(analysed.trace(), analysed::both);
        assertEquals(1, analysed.code(), analysed::both);
        assertTrue(line(analysed, most + ":5:", " error BULWARK-COV-006 ").startsWith(most.toString()), "inventory shortfall");

        for (String count : new String[] { "100001", "2000000000" }) {
            Path tooMany = dir.resolve("too-many-" + count + ".bulwark");
            Files.writeString(tooMany, scenario.replace("COUNT", count));
            Cli.Run refused = assertTimeoutPreemptively(LIMIT, () -> Cli.run("check", tooMany.toString(), Cli.CATALOG.toString()));
            assertNull(refused.trace(), refused::both);
            assertEquals(1, refused.code(), refused::both);
            assertTrue(line(refused, tooMany + ":7:", " error BULWARK-VAL-011 A raid has at most 100000 missiles, not " + count)
                    .startsWith(tooMany.toString()));
        }
    }

    @Test
    void raidsAddingUpToMoreThanAHundredThousandThreatsAreRefusedAtTheScenario() throws IOException {
        StringBuilder text = new StringBuilder("scenario Sum\nimport catalog.*\nforce US\nasset City at 35.9 N, 128.6 E\n");
        for (int i = 0; i < 3; i++) {
            text.append("raid W").append(i).append(" : Scud_C x 40000 from 38.9 N, 125.6 E at City\n");
        }
        Path file = dir.resolve("sum.bulwark");
        Files.writeString(file, text);
        Cli.Run run = assertTimeoutPreemptively(LIMIT, () -> Cli.run("check", file.toString(), Cli.CATALOG.toString()));
        assertNull(run.trace(), run::both);
        assertEquals(1, run.code(), run::both);
        assertTrue(line(run, file + ":1:", " error BULWARK-VAL-011 The raids of scenario Sum add up to 120000 threats")
                .startsWith(file.toString()));
    }

    @Test
    void tenMegabytesOnOneLineAreRefusedByDefaultAndParsedInBoundedTimeAboveTheLimit() throws IOException {
        Path file = dir.resolve("line.bulwark");
        Files.writeString(file, "scenario Line\nforce " + "F".repeat(10 * 1024 * 1024) + " {\n");
        Cli.Run refused = Cli.run("check", file.toString());
        assertEquals(2, refused.code(), refused::both);
        assertEquals("bulwark: " + file + ": 10.0 MB is larger than the 4.0 MB limit for a scenario file (raise it with --max-file-size)\n",
                refused.err());

        Cli.Run parsed = assertTimeoutPreemptively(LIMIT, () -> Cli.run("check", "--max-file-size", "16", file.toString()));
        assertNull(parsed.trace(), parsed::both);
        assertEquals(2, parsed.code(), parsed::both);
        assertTrue(line(parsed, file + ":2:", " error BULWARK-SYN-001 ").startsWith(file.toString()));
        assertTrue(parsed.out().length() < 2000, "messages quote a few characters, not 10 MB: " + parsed.out().length());
    }

    @Test
    void fiveMegabytesAreRefusedByDefaultAndCheckedAboveTheLimit() throws IOException {
        Path file = dir.resolve("five.bulwark");
        Files.writeString(file, "// " + "x".repeat(5 * 1024 * 1024) + "\npackage five\nmissile M { reach 100 km }\n");
        Cli.Run refused = Cli.run("check", file.toString());
        assertEquals(2, refused.code(), refused::both);
        assertTrue(refused.err().startsWith("bulwark: " + file + ": 5.0 MB is larger than the 4.0 MB limit"), refused.err());

        Cli.Run checked = assertTimeoutPreemptively(LIMIT, () -> Cli.run("check", "--max-file-size", "6", file.toString()));
        assertNull(checked.trace(), checked::both);
        assertEquals(1, checked.code(), checked::both);
        assertTrue(line(checked, file + ":3:", " error BULWARK-VAL-012 Missile M needs a 'rcs' clause").startsWith(file.toString()));
    }
}
