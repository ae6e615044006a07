package io.bulwark.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.cli.BulwarkCommand;

/** {@code bulwark check} end to end: files on disk in, exit code and findings out. */
class CheckCommandTest {

    private static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();

    private static final String CATALOG = """
            package cat
            interceptor Upper { range 0 .. 200 km altitude 10 .. 150 km speed 3 km/s reaction 10 s pk 0.8 }
            radar Surveillance { detects 1000 km at rcs 1 m2 sector 360 deg elevation 0 .. 90 deg track 5 s }
            missile SRBM { reach 600 km rcs 1 m2 }
            """;

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BulwarkCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private String scenario(int salvo) {
        // a 300 km minimum-energy threat due east along the equator onto the battery and its radar
        return """
                scenario Test
                import cat.*
                force US nation "United States"
                radar R : Surveillance { owner US at 0 N, 2.698 E facing 0 deg }
                battery B : Upper { owner US at 0 N, 2.698 E interceptors 10 doctrine shoot-shoot salvo %d }
                asset City at 0 N, 2.698 E requires 0.9
                raid R1 : SRBM from 0 N, 0 E at City
                """.formatted(salvo);
    }

    @Test
    void aCoveredScenarioExitsZero() throws IOException {
        write("cat.bulwark", CATALOG);
        write("test.bulwark", scenario(2));
        Run run = run("check", dir.toString(), "--fail-on", "error");
        assertEquals(0, run.code(), run.out() + run.err());
        assertFalse(run.out().contains("BULWARK-COV-001"), run.out());
        assertTrue(run.out().contains("2 files: 0 errors, "), run.out());
    }

    @Test
    void anAssetBelowItsRequirementExitsOneWithTheNumbersAtItsLine() throws IOException {
        write("cat.bulwark", CATALOG);
        Path scenario = write("test.bulwark", scenario(1));
        Run run = run("check", dir.toString());
        assertEquals(1, run.code(), run.out() + run.err());
        assertTrue(run.out().contains(scenario + ":6:7 error BULWARK-COV-001 City: negation 0.8 < required 0.9 against raid R1"),
                run.out());
    }

    @Test
    void warningsFailOnlyWhenAskedTo() throws IOException {
        write("cat.bulwark", CATALOG);
        write("test.bulwark", scenario(2));
        // the lone radar and battery are single points of failure (warnings)
        assertEquals(0, run("check", dir.toString()).code());
        assertEquals(1, run("check", "--fail-on", "warning", dir.toString()).code());
    }

    @Test
    void aMissingUnitIsAValidationErrorAtItsLine() throws IOException {
        write("cat.bulwark", CATALOG.replace("reach 600 km", "reach 600"));
        Path scenario = write("test.bulwark", scenario(2));
        Run run = run("check", dir.toString());
        assertEquals(1, run.code(), run.out());
        assertTrue(run.out().contains("cat.bulwark:4:"), run.out());
        assertTrue(run.out().contains("BULWARK-VAL-001 Missing unit"), run.out());
        // the scenario cannot be analysed: an error of its own, at the raid that uses the faulty missile type
        assertTrue(run.out().contains(scenario + ":7:6 error BULWARK-VAL-019 Coverage not analysed: raid R1: missile SRBM"),
                run.out());
    }

    @Test
    void badInputExitsTwoWithAClearMessageAndNoStackTrace() throws IOException {
        Run missing = run("check", dir.resolve("nothing.bulwark").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such file or folder"), missing.err());

        Path binary = dir.resolve("binary.bulwark");
        Files.write(binary, new byte[] { (byte) 0xff, (byte) 0xfe, 0, 1, 2 });
        Run notText = run("check", binary.toString());
        assertEquals(2, notText.code());
        assertTrue(notText.err().contains("not a UTF-8 text file"), notText.err());

        Path broken = write("broken.bulwark", "scenario Broken\nforce {\n");
        Run parse = run("check", broken.toString());
        assertEquals(2, parse.code(), parse.out());
        assertTrue(parse.out().contains("broken.bulwark:2:"), parse.out());

        Path empty = write("empty.bulwark", "  \n\n");
        Run nothing = run("check", empty.toString());
        assertEquals(2, nothing.code());
        assertTrue(nothing.err().contains("empty.bulwark: the file is empty"), nothing.err());

        Path huge = dir.resolve("huge.bulwark");
        Files.writeString(huge, "package huge\n" + "missile M { reach 100 km rcs 1 m2 } // filler\n".repeat(120_000));
        Run tooLarge = run("check", huge.toString());
        assertEquals(2, tooLarge.code());
        assertTrue(tooLarge.err().contains("huge.bulwark: 5.3 MB is larger than the 4.0 MB limit"), tooLarge.err());

        Path garbage = write("garbage.bulwark", "x".repeat(100_000));
        Run longLine = run("check", garbage.toString());
        assertEquals(2, longLine.code());
        assertTrue(longLine.out().contains("'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...' (100000 characters)"), longLine.out());
        assertTrue(longLine.out().length() < 1000, "one readable line, not the whole file");

        assertEquals(2, run("check").code(), "no path is a usage error");
        for (Run r : new Run[] { missing, notText, parse, nothing, tooLarge, longLine }) {
            assertFalse((r.out() + r.err()).contains("\tat "), "no stack trace");
        }
    }

    @Test
    void theKoreaExampleReportsSeoulsExposure() {
        Run run = run("check", EXAMPLES.toString());
        assertEquals(1, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("error BULWARK-COV-001 Seoul: negation 0.0 < required 0.9 against raid North1"), run.out());
        assertTrue(run.out().contains("apogee 39.5 km is below the 40.0 km altitude floor"), run.out());
    }
}
