package io.bulwark.robustness.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check -o FILE} where FILE cannot be written: exit code 2, one clear line naming the file, no stack trace, the
 * previous file byte for byte, no temporary file left behind.
 */
class SafeWriteTest {

    private static final byte[] PREVIOUS = "previous report \u00e9\r\n\u0000\u00ff".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private static Cli.Run check(Path output) {
        return Cli.run("check", "--format", "json", "--threads", "1", "-o", output.toString(), Cli.EXAMPLES.resolve("minimal.bulwark").toString());
    }

    private static void assertRefused(Cli.Run run, Path output) {
        assertNull(run.trace(), run::both);
        assertEquals(2, run.code(), run::both);
        assertEquals("", run.out());
        assertEquals(1, run.err().lines().count(), "one line: " + run.err());
        assertTrue(run.err().startsWith("bulwark: cannot write " + output + " ("), run.err());
        assertTrue(run.err().endsWith("); it is left as it was\n"), run.err());
    }

    private static void assertNoTemporaryFile(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(0, files.filter(p -> p.getFileName().toString().startsWith(".bulwark-")).count(), "temporary files in " + folder);
        }
    }

    @Test
    void theReportIsWrittenWhenTheFolderIsWritable() throws IOException {
        Path output = Files.write(dir.resolve("report.json"), PREVIOUS);
        Cli.Run run = check(output);
        assertEquals(0, run.code(), run::both);
        assertTrue(Files.readString(output).startsWith("{"), "replaced by the report");
        assertNoTemporaryFile(dir);
    }

    /**
     * A read-only folder. As root, permissions do not stop a write (root may write anywhere, and Files.isWritable says
     * so): there the test writes below a regular file instead, the one way to refuse root a plain path in a temporary
     * folder, and the previous file it keeps is that regular file.
     */
    @Test
    void aReadOnlyFolderRefusesTheReportAndKeepsThePreviousFile() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("locked"));
        Path output = Files.write(folder.resolve("report.json"), PREVIOUS);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Path kept = output;
            if (Files.isWritable(folder)) { // root
                kept = folder.resolveSibling("plain.txt");
                Files.write(kept, PREVIOUS);
                output = kept.resolve("report.json");
            }
            Cli.Run run = check(output);
            assertRefused(run, output);
            assertArrayEquals(PREVIOUS, Files.readAllBytes(kept));
            assertNoTemporaryFile(folder);
            assertNoTemporaryFile(dir);
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aParentThatIsARegularFileRefusesTheReportAndKeepsTheFile() throws IOException {
        Path plain = Files.write(dir.resolve("plain.txt"), PREVIOUS);
        Path output = plain.resolve("report.json");
        Cli.Run run = check(output);
        assertRefused(run, output);
        assertTrue(run.err().contains("no such folder"), run.err());
        assertArrayEquals(PREVIOUS, Files.readAllBytes(plain));
        assertTrue(Files.isRegularFile(plain));
        assertNoTemporaryFile(dir);
    }

    @Test
    void aParentBelowARegularFileRefusesTheReport() throws IOException {
        Path plain = Files.write(dir.resolve("plain.txt"), PREVIOUS);
        Path output = plain.resolve("deeper/report.json");
        assertRefused(check(output), output);
        assertArrayEquals(PREVIOUS, Files.readAllBytes(plain));
    }

    @Test
    void aMissingFolderIsNotCreated() {
        Path output = dir.resolve("missing/report.json");
        assertRefused(check(output), output);
        assertFalse(Files.exists(dir.resolve("missing")));
    }

    @Test
    void aFolderAsTargetIsLeftAsItWas() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("report.json"));
        Path inside = Files.write(folder.resolve("inside.txt"), PREVIOUS);
        Cli.Run run = check(folder);
        assertRefused(run, folder);
        assertTrue(run.err().contains("is a folder"), run.err());
        assertArrayEquals(PREVIOUS, Files.readAllBytes(inside));
    }

    @Test
    void aFileNameTooLongForTheFileSystemIsRefused() throws IOException {
        Path output = dir.resolve("r".repeat(300) + ".json");
        assertRefused(check(output), output);
        assertNoTemporaryFile(dir);
    }

    /** A folder not even root may write: the kernel's /proc. Its files must be left as they were. */
    @Test
    void aFolderNotEvenRootMayWriteRefusesTheReport() throws IOException {
        Path version = Path.of("/proc/version");
        assumeTrue(Files.isReadable(version), "Linux /proc");
        byte[] before = Files.readAllBytes(version);
        Cli.Run run = check(version);
        assertRefused(run, version);
        assertArrayEquals(before, Files.readAllBytes(version));
    }
}
