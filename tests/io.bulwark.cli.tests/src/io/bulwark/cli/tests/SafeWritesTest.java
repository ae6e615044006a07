package io.bulwark.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file the command writes is written atomically: a failed write leaves the old file as it was, and no debris. */
class SafeWritesTest {

    @TempDir
    Path dir;

    private void assertNoTemporaryFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().startsWith(".bulwark-")), "no temporary file left in " + folder);
        }
    }

    private static void assertCleanFailure(Cli.Run run) {
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("it is left as it was") || run.err().contains("cannot write"), run.err());
        assertFalse((run.out() + run.err()).contains("\tat ") || run.err().contains("Exception"), "no stack trace: " + run.err());
    }

    @Test
    void anOutputWhoseFolderIsAFileFailsCleanly() throws IOException {
        Path notAFolder = Cli.write(dir, "plain.txt", "keep me\n");
        Cli.Run run = Cli.run("report", Cli.scenarioFolder(dir).toString(), "-o", notAFolder.resolve("report.html").toString());
        assertCleanFailure(run);
        assertEquals("keep me\n", Files.readString(notAFolder));
    }

    @Test
    void anOutputThatIsAFolderIsLeftAlone() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("out"));
        Cli.write(folder, "inside.txt", "x");
        Cli.Run run = Cli.run("check", "--format", "json", "-o", folder.toString(), Cli.scenarioFolder(dir).toString());
        assertCleanFailure(run);
        assertTrue(run.err().contains("is a folder"), run.err());
        assertEquals("x", Files.readString(folder.resolve("inside.txt")));
        assertNoTemporaryFiles(folder);
    }

    @Test
    void aReplacedFileKeepsItsPermissionsAndNoDebrisRemains() throws IOException {
        Path out = Cli.write(dir, "report.json", "old\n");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r-----"));
        Cli.Run run = Cli.run("check", "--format", "json", "-o", out.toString(), Cli.scenarioFolder(dir).toString());
        assertEquals(1, run.code(), run.err());
        assertTrue(Files.readString(out).startsWith("{"), "replaced by the report");
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        assertNoTemporaryFiles(dir);
    }

    @Test
    void aNewFileGetsOrdinaryPermissions() throws IOException {
        Path out = dir.resolve("new.sarif");
        assertEquals(1, Cli.run("check", "--format", "sarif", "-o", out.toString(), Cli.scenarioFolder(dir).toString()).code());
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    }

    @Test
    void aReadOnlyFolderRefusesTheWriteAndKeepsTheFile() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("locked"));
        Path out = Cli.write(folder, "report.html", "previous report\n");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            boolean root = Files.isWritable(folder); // root writes anyway: then the write must simply succeed atomically
            Cli.Run run = Cli.run("report", Cli.scenarioFolder(dir).toString(), "-o", out.toString());
            if (root) {
                assertEquals(0, run.code(), run.err());
                assertTrue(Files.readString(out).startsWith("<!DOCTYPE html>"));
            } else {
                assertCleanFailure(run);
                assertEquals("previous report\n", Files.readString(out));
            }
            assertNoTemporaryFiles(folder);
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void formatWriteOfAFileThatCannotBeParsedLeavesItByteForByte() throws IOException {
        byte[] broken = "package cat\nmissile  M { reach 600 km rcs\n\u00e9\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Path file = dir.resolve("broken.bulwark");
        Files.write(file, broken);
        assertEquals(2, Cli.run("format", "--write", file.toString()).code());
        assertTrue(java.util.Arrays.equals(broken, Files.readAllBytes(file)));
        assertNoTemporaryFiles(dir);
    }
}
