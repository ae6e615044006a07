package io.bulwark.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
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

    /** The reproduction of the issue: an output named through a symbolic link to the folder read. */
    @Test
    void anOutputThatIsAnInputThroughALinkedFolderIsRefused() throws IOException {
        Path folder = Cli.scenarioFolder(dir);
        Path alias = Files.createSymbolicLink(dir.resolve("alias"), folder);
        String scenario = Files.readString(folder.resolve("test.bulwark"));
        Cli.Run run = Cli.run("check", "--format", "json", "-o", alias.resolve("test.bulwark").toString(), folder.toString());
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("one of the files read"), run.err());
        assertEquals(scenario, Files.readString(folder.resolve("test.bulwark")));
    }

    @Test
    void anOutputThatIsAnInputThroughALinkOrAHardLinkIsRefused() throws IOException {
        Path folder = Cli.scenarioFolder(dir);
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), folder.resolve("test.bulwark"));
        Path hard = Files.createLink(dir.resolve("hard.json"), folder.resolve("test.bulwark"));
        Path dotted = folder.resolve("../scenario/./test.bulwark");
        for (Path output : new Path[] { link, hard, dotted }) {
            for (String command : new String[] { "check", "report", "diagram" }) {
                Cli.Run run = command.equals("check") ? Cli.run("check", "-o", output.toString(), folder.toString())
                        : Cli.run(command, folder.toString(), "-o", output.toString());
                assertEquals(2, run.code(), command + " -o " + output + ": " + run.err());
                assertTrue(run.err().contains("one of the files read"), run.err());
            }
            Cli.Run footprint = Cli.run("footprint", "City", "SRBM", folder.toString(), "-o", output.toString(), "--ring-step", "100");
            assertEquals(2, footprint.code(), footprint.err());
        }
        assertEquals(Cli.SCENARIO, Files.readString(folder.resolve("test.bulwark")));
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void anOutputThatIsASymbolicLinkReplacesItsTargetAndKeepsTheLink() throws IOException {
        Path target = Cli.write(dir, "real/report.json", "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("report.json"), Path.of("real/report.json"));
        Path dangling = Files.createSymbolicLink(dir.resolve("new.json"), Path.of("real/new.json"));
        assertEquals(1, Cli.run("check", "--format", "json", "-o", link.toString(), Cli.scenarioFolder(dir).toString()).code());
        assertEquals(1, Cli.run("check", "--format", "json", "-o", dangling.toString(), Cli.scenarioFolder(dir).toString()).code());
        assertTrue(Files.isSymbolicLink(link) && Files.isSymbolicLink(dangling));
        assertTrue(Files.readString(target).startsWith("{"), "the link's target holds the report");
        assertTrue(Files.readString(dir.resolve("real/new.json")).startsWith("{"), "a dangling link's target is created");
        assertNoTemporaryFiles(dir);
        assertNoTemporaryFiles(dir.resolve("real"));
    }

    @Test
    void specialFilesAreRefusedAndTheNullDeviceIsWrittenThrough() throws Exception {
        Path fifo = CliInputTest.mkfifo(dir.resolve("out.fifo"));
        Cli.Run run = Cli.runOnSpecialFile("check", "-o", fifo.toString(), Cli.scenarioFolder(dir).toString());
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("is a FIFO, not a regular file"), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(Files.readAttributes(fifo, java.nio.file.attribute.BasicFileAttributes.class).isOther(), "still a FIFO");
        Path socketFile = dir.resolve("out.socket");
        try (var socket = java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            socket.bind(java.net.UnixDomainSocketAddress.of(socketFile));
            Cli.Run toSocket = Cli.runOnSpecialFile("report", Cli.scenarioFolder(dir).toString(), "-o", socketFile.toString());
            assertEquals(2, toSocket.code(), toSocket.err());
            assertTrue(toSocket.err().contains("is a socket"), toSocket.err());
        }
        Path devNull = Path.of("/dev/null");
        assertEquals(1, Cli.run("check", "-o", devNull.toString(), Cli.scenarioFolder(dir).toString()).code());
        assertEquals(0, Cli.run("diagram", Cli.scenarioFolder(dir).toString(), "-o", devNull.toString()).code());
        assertTrue(Files.readAttributes(devNull, java.nio.file.attribute.BasicFileAttributes.class).isOther(), "/dev/null is still the device");
        assertNoTemporaryFiles(dir);
        assertNoTemporaryFiles(Path.of("/dev"));
    }

    @Test
    void anOutputEndingInASlashIsRefusedBeforeAnyWork() throws IOException {
        String folder = Cli.scenarioFolder(dir).toString();
        for (String output : new String[] { dir.resolve("missing") + "/", dir + "/" }) {
            for (String[] command : new String[][] { { "report" }, { "diagram" }, { "export", "--format", "kml" },
                    { "footprint", "City", "SRBM" } }) {
                List<String> args = new ArrayList<>(List.of(command));
                args.addAll(List.of(folder, "-o", output));
                Cli.Run run = Cli.run(args.toArray(String[]::new));
                assertEquals(2, run.code(), args + ": " + run.err());
                assertEquals(1, run.err().lines().count(), args + ": " + run.err());
                assertTrue(run.err().contains("ends with / and so names a folder"), args + ": " + run.err());
            }
        }
        assertFalse(Files.exists(dir.resolve("missing")));
    }

    @Test
    void formatWriteThroughASymbolicLinkFormatsTheFileAndKeepsTheLink() throws IOException {
        Path real = Cli.write(dir, "real/cat.bulwark", "package cat\nmissile   M {reach 600 km rcs 1 m2}\n");
        Path link = Files.createSymbolicLink(dir.resolve("cat.bulwark"), real);
        Cli.Run run = Cli.run("format", "--write", link.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("package cat\nmissile M { reach 600 km rcs 1 m2 }\n", Files.readString(real));
        assertNoTemporaryFiles(dir);
        assertNoTemporaryFiles(dir.resolve("real"));
    }
}
