package io.bulwark.robustness.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command as a process of its own, interrupted (SIGINT, SIGTERM) while it writes a large report: the temporary
 * file is removed on the way out and the previous report is left as it was. 2,000 raids make an HTML report of about
 * 20 MB (the vertical profiles of the 1,000 raids listed), whose temporary file exists for a good part of a second; the test signals as soon
 * as the file system says it was made. (The JSON report is no longer large enough: it lists at most 1,000 threats.)
 */
class InterruptedWriteTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = { "INT", "TERM" })
    void anInterruptedWriteLeavesThePreviousFileAndNoTemporary(String signal) throws Exception {
        Path scenario = Files.createDirectories(dir.resolve("scenario"));
        Path examples = Path.of("../../examples").toAbsolutePath().normalize();
        String raid = "raid R1 : Scud_C from 39.224 N, 125.670 E at Daegu";
        String raids = IntStream.rangeClosed(1, 2000).mapToObj(i -> raid.replace("R1", "R" + i)).collect(Collectors.joining("\n"));
        String minimal = Files.readString(examples.resolve("minimal.bulwark"));
        assertTrue(minimal.contains(raid), "the example's raid");
        Files.writeString(scenario.resolve("big.bulwark"), minimal.replace(raid, raids));
        Files.copy(examples.resolve("catalog/systems.bulwark"), scenario.resolve("systems.bulwark"));
        Path output = dir.resolve("report.html");
        Files.writeString(output, "previous report\n");
        // the signal goes out the moment the temporary file is made: a shell that waits for the command's pid (no process
        // start in between) and the file system's notice of the new file (no polling gap) leave the write no time to end
        Process signaller = new ProcessBuilder("sh", "-c", "read pid && exec kill -" + signal + " \"$pid\"").redirectErrorStream(true).start();
        WatchService watcher = dir.getFileSystem().newWatchService();
        dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
        // the signal's default action restored: a command started in the background by a shell without job control (a CI
        // runner's may be) ignores SIGINT, and so would this one, which inherits it
        Process bulwark = new ProcessBuilder("env", "--default-signal=" + signal, Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                ShippedCommand.plugins().toAbsolutePath() + "/*", "io.bulwark.cli.BulwarkCommand", "report", "--threads", "1",
                "-o", output.toString(), scenario.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("bulwark.log").toFile())
                .start();
        try (watcher) {
            boolean seen = false;
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!seen && bulwark.isAlive() && System.nanoTime() < end) {
                WatchKey key = watcher.poll(100, TimeUnit.MILLISECONDS);
                if (key != null) {
                    seen = key.pollEvents().stream().anyMatch(e -> e.context().toString().startsWith(".bulwark-"));
                    key.reset();
                }
            }
            assertTrue(seen, "the temporary file appeared: " + Files.readString(dir.resolve("bulwark.log")));
            try (var pid = signaller.getOutputStream()) {
                pid.write((bulwark.pid() + "\n").getBytes(StandardCharsets.US_ASCII));
            }
            assertTrue(signaller.waitFor(60, TimeUnit.SECONDS), "kill -" + signal + " ended");
            assertEquals(0, signaller.exitValue(), new String(signaller.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            assertTrue(bulwark.waitFor(120, TimeUnit.SECONDS), "the command ends after SIG" + signal);
            assertEquals(128 + (signal.equals("INT") ? 2 : 15), bulwark.exitValue());
        } finally {
            bulwark.destroyForcibly();
            signaller.destroyForcibly();
        }
        assertEquals(List.of(), temporaries(), "no temporary file left");
        assertEquals("previous report\n", Files.readString(output));
    }

    private List<Path> temporaries() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".bulwark-")).toList();
        }
    }
}
