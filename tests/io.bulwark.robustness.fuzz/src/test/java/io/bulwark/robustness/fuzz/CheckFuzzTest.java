package io.bulwark.robustness.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Any bytes through the whole of {@code bulwark check --format json}: read (size, UTF-8), parse, link, validate
 * (values, names, the coverage findings), analyse, render the JSON report. The command may refuse the input (exit 2)
 * or report findings (exit 1), but never fail: no exit code outside 0-2, no stack trace or exception name in its
 * output, no "internal error", no error the framework caught from a validator, and a well-formed JSON report that
 * agrees with the exit code.
 *
 * <p>The command runs from its shipped jars (system property {@code bulwark.cli.plugins}), with the example catalog
 * beside the input so that scenarios resolve their types. Seed inputs: the examples and the malformed-input corpus
 * (copied by the pom) and every crashing input found so far (src/test/resources/.../CheckFuzzTestInputs/checkAnyBytes).
 */
class CheckFuzzTest {

    private static final Pattern TRACE = Pattern.compile("\tat |^\\s+at [\\w$.]+\\(|\\b[\\w.]+(Exception|Error)\\b(?!s)|Error executing EValidator"
            + "|EClassImpl|internal error", Pattern.MULTILINE);

    private static Method execute;
    private static Path folder;
    private static Path input;
    private static String catalog;

    @BeforeAll
    static void loadTheCommand() throws Exception {
        execute = ShippedCommand.execute();
        catalog = Path.of(System.getProperty("bulwark.catalog", "../io.bulwark.robustness.tests/resources/catalog")).toAbsolutePath().toString();
        folder = Files.createTempDirectory("bulwark-fuzz");
        input = folder.resolve("input.bulwark");
        // the first check loads the language (its injector, the catalog): once here, not inside the first input's time limit
        check("package warmup\n".getBytes(StandardCharsets.UTF_8));
    }

    @AfterAll
    static void cleanUp() throws IOException {
        Files.deleteIfExists(input);
        Files.deleteIfExists(folder);
    }

    record Run(int code, String out, String err) {
    }

    static Run check(byte[] data) throws Exception {
        Files.write(input, data);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] arguments = { "check", "--format", "json", "--threads", "1", input.toString(), catalog };
        int code = (Integer) execute.invoke(null, arguments, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @FuzzTest(maxDuration = "5m")
    void checkAnyBytes(byte[] data) throws Exception {
        // a time limit per input (a JUnit @Timeout would also limit a whole fuzzing session, one invocation)
        Run run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> check(data));
        // Standard error holds the command's own words only; messages on standard output may quote the input, so the
        // report is judged by its structure.
        var trace = TRACE.matcher(run.err());
        assertFalse(trace.find(), () -> "a failure leaked into the output (" + trace.group() + "): " + run.err());
        assertTrue(run.code() >= 0 && run.code() <= 2, "exit code " + run.code());
        if (run.out().isEmpty()) {
            assertEquals(2, run.code(), "no report only when the input is refused: " + run.err());
            assertTrue(run.err().startsWith("bulwark: ") && run.err().lines().count() == 1, "one line saying why: " + run.err());
            return;
        }
        assertEquals("", run.err());
        JsonObject report = JsonParser.parseString(run.out()).getAsJsonObject();
        long errors = 0;
        for (JsonElement file : report.getAsJsonArray("files")) {
            for (JsonElement element : file.getAsJsonObject().getAsJsonArray("issues")) {
                JsonObject issue = element.getAsJsonObject();
                String code = issue.get("code").getAsString();
                assertTrue(KNOWN_CODES.contains(code), () -> "a published code of the language: " + issue);
                assertTrue(issue.get("line").getAsInt() >= 1, () -> "an issue located in the file: " + issue);
                if (issue.get("severity").getAsString().equals("error")) {
                    errors++;
                }
            }
        }
        assertEquals(errors, report.getAsJsonObject("summary").get("errors").getAsLong(), "the summary counts the errors");
        if (run.code() == 0) {
            assertEquals(0, errors, "exit 0 with errors in the report");
        } else {
            assertTrue(errors > 0, "exit " + run.code() + " without an error in the report");
        }
    }

    /** Issue codes the language has (an internal failure caught by Xtext shows up as an EClass's toString()). */
    /** The codes docs/codes.md publishes: no other code (a framework's, an internal one) may reach a user. */
    private static final Set<String> KNOWN_CODES = publishedCodes();

    private static Set<String> publishedCodes() {
        try {
            return Pattern.compile("BULWARK-[A-Z]{3}-\\d{3}").matcher(Files.readString(Path.of("../../docs/codes.md"))).results()
                    .map(MatchResult::group).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The oracle can fail: a report the harness must reject. */
    @Test
    void theHarnessSeesTheCommandsFindings() throws Exception {
        Run run = check(Files.readAllBytes(Path.of("../../examples/korea2016.bulwark")));
        assertEquals(1, run.code(), run.err());
        assertTrue(run.out().contains("\"code\": \"BULWARK-COV-001\""), run.out());
        assertEquals(2, check(new byte[] { (byte) 0xff, 0 }).code());
    }
}
