package io.bulwark.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `bulwark study` refusing to run: bad command lines, errors in the files, unknown studies, too many variants (Spark,
 * started while the files are read, is stopped again).
 */
class StudyCommandTest {

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = StudyCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path files(String study) throws IOException {
        Files.createDirectories(dir.resolve("catalog"));
        Files.copy(Studies.EXAMPLES.resolve("catalog/systems.bulwark"), dir.resolve("catalog/systems.bulwark"));
        Files.writeString(dir.resolve("scenario.bulwark"), Studies.SMALL);
        Files.writeString(dir.resolve("study.bulwark"), "import catalog.*\n" + study);
        return dir;
    }

    @Test
    void aCommandLineWithoutOutputIsAUsageError() {
        Result result = run("s", "examples/");
        assertEquals(2, result.code());
        assertTrue(result.err().startsWith("bulwark study: no output folder (-o DIR)\nusage: bulwark study"), result.err());
    }

    @Test
    void anUnknownMasterIsRefused() throws IOException {
        Result result = run("s", files("study s for Small { objective assets-covered }\n").toString(), "-o", "x", "--master", "yarn");
        assertEquals(2, result.code());
        assertEquals("bulwark study: --master is local[*], local[N] or spark://host:port, not 'yarn'\n", result.err());
    }

    @Test
    void errorsInTheStudyAreReportedAtTheirLinesWithExitCode1() throws IOException {
        Path files = files("study s for Small {\n    vary PAC salvo 3 .. 1\n}\n");
        Result result = run("s", files.toString(), "-o", dir.resolve("out").toString());
        assertEquals(1, result.code(), result.err());
        assertTrue(result.err().contains("study.bulwark:3:") && result.err().contains("Inverted range: 3 > 1"), result.err());
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }

    @Test
    void anUnknownStudyNamesTheKnownOnes() throws IOException {
        Result result = run("Nothing", files("study s for Small { objective assets-covered }\n").toString(), "-o", "x");
        assertEquals(2, result.code());
        assertTrue(result.err().startsWith("bulwark study: no study Nothing in [") && result.err().endsWith("; its studies: s\n"),
                result.err());
    }

    @Test
    void tooManyVariantsAreRefusedUnlessAllowed() throws IOException {
        Path files = files("study s for Small {\n vary PAC interceptors 1 .. 400\n vary North1 count 1 .. 300\n objective assets-covered\n}\n");
        Result result = run("s", files.toString(), "-o", dir.resolve("out").toString());
        assertEquals(2, result.code());
        assertEquals("study s for Small: 400 PAC.interceptors x 300 North1.count = 120,000 variants\n", result.out());
        assertEquals("bulwark study: 120,000 variants are more than the limit of 100,000: raise it with --max-variants 120000\n", result.err());
        Result smaller = run("s", files.toString(), "-o", dir.resolve("out").toString(), "--max-variants", "1000");
        assertEquals(2, smaller.code());
        assertTrue(smaller.err().contains("more than the limit of 1,000"), smaller.err());
    }
}
