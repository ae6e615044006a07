package io.bulwark.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Runs the offline Sirius checker ({@code ../shared/sirius/CheckOdesign.java}) on {@code bulwark.odesign} against
 * {@code bulwark.ecore} and the service sources, in strict mode: any error or warning fails the test.
 */
class OdesignCheckTest {

    private static final Pattern SUMMARY = Pattern.compile("odesign check: (\\d+) problems? in (\\d+) elements \\((\\d+) errors?, (\\d+) warnings?\\)");

    @Test
    void odesignPassesTheOfflineSiriusCheckerWithoutAnyProblem() throws IOException, InterruptedException {
        Path checker = Workspace.shared().resolve("sirius/CheckOdesign.java");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        assertTrue(Files.isExecutable(java), "no java launcher at " + java);
        List<String> command = List.of(java.toString(), checker.toString(), "--strict",
                "--sources", Workspace.designSources().toString(), Workspace.odesign().toString(), Workspace.ecore().toString());
        // the output goes to a file: read from a pipe, it would be read to its end (the checker's) before the bounded wait
        Path log = Files.createTempFile("odesign-check", ".log");
        Process process = new ProcessBuilder(command).directory(Workspace.root().toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        process.getOutputStream().close();
        boolean finished;
        try {
            finished = process.waitFor(5, TimeUnit.MINUTES);
        } finally {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        assertTrue(finished, "checker did not finish:\n" + output);

        String problems = output.lines().filter(l -> l.contains(": error:") || l.contains(": warning:")).reduce("", (a, b) -> a + b + "\n");
        assertEquals("", problems, "checker problems:\n" + output);
        assertEquals(0, process.exitValue(), "checker exit code, output:\n" + output);
        Matcher summary = SUMMARY.matcher(output);
        assertTrue(summary.find(), "no summary line in the checker output:\n" + output);
        assertEquals("0", summary.group(1), summary.group());
        assertEquals("0", summary.group(3), summary.group());
        assertEquals("0", summary.group(4), summary.group());
        assertTrue(Integer.parseInt(summary.group(2)) > 100, "the checker saw too few elements: " + summary.group());
    }
}
