package io.bulwark.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.core.report.Decimals;

/**
 * What the command reads: regular files and folders only (never opens a FIFO or a device), a file once however it
 * is named, one-line messages for what it cannot read, control characters escaped in everything it prints.
 */
class CliInputTest {

    @TempDir
    Path dir;

    /** Exit 2 with one line that starts "bulwark: ", names no Java exception and contains {@code expected}. */
    private static void assertRefused(Cli.Run run, String expected) {
        assertEquals(2, run.code(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("bulwark: ") && run.err().lines().count() == 1, "one line: " + run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertFalse(run.err().contains("internal error") || run.err().contains("Exception") || run.err().contains("java."), run.err());
    }

    static Path mkfifo(Path fifo) throws IOException, InterruptedException {
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor());
        return fifo;
    }

    @Test
    void aFifoIsRefusedWithoutBeingOpened() throws Exception {
        Path fifo = mkfifo(dir.resolve("pipe.bulwark"));
        Cli.Run run = Cli.runOnSpecialFile("check", fifo.toString()); // opening the FIFO would block until a writer came
        assertRefused(run, fifo + ": a FIFO is not a scenario file");
    }

    @Test
    void aDeviceIsRefusedBeforeAnyByteIsRead() {
        assertRefused(Cli.runOnSpecialFile("check", "/dev/zero"), "/dev/zero: a character device is not a scenario file");
        assertRefused(Cli.runOnSpecialFile("format", "--write", "/dev/null"), "/dev/null: a character device");
    }

    @Test
    void aFileNamedExplicitlyMustEndInDotBulwark() throws IOException {
        Path text = Cli.write(dir, "x.txt", Cli.CATALOG);
        Path upper = Cli.write(dir, "X.BULWARK", Cli.CATALOG);
        assertRefused(Cli.run("check", text.toString()), text + ": not a .bulwark file");
        assertRefused(Cli.run("check", upper.toString()), upper + ": not a .bulwark file");
    }

    @Test
    void theSameFileNamedByDifferentPathsIsReadOnce() throws IOException {
        Path folder = Cli.scenarioFolder(dir);
        Path alias = Files.createSymbolicLink(dir.resolve("alias"), folder);
        Files.createLink(dir.resolve("hard.bulwark"), folder.resolve("cat.bulwark"));
        Cli.Run run = Cli.run("check", folder.toString(), alias.resolve("test.bulwark").toString(),
                folder.resolve("../scenario/./test.bulwark").toString(), dir.resolve("hard.bulwark").toString());
        assertEquals(1, run.code(), run.out() + run.err());
        assertTrue(run.out().endsWith("2 files: 1 error, 2 warnings, 0 notes\n"), run.out());
        assertFalse(run.out().contains("duplicateName"), run.out());
    }

    @Test
    void aMissingFileAndADanglingLinkAreNamed() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("gone.bulwark"), dir.resolve("nowhere.bulwark"));
        assertRefused(Cli.run("check", dir.resolve("absent.bulwark").toString()), "absent.bulwark: no such file or folder");
        assertRefused(Cli.run("check", link.toString()), "gone.bulwark: a symbolic link to nothing");
    }

    @Test
    void aNameLongerThan255BytesGetsOneLine() {
        String name = "n".repeat(300) + ".bulwark";
        assertRefused(Cli.run("check", dir.resolve(name).toString()), "file name too long");
        assertRefused(Cli.run("check", "--format", "json", "-o", dir.resolve(name).toString(), dir.toString()), "no .bulwark files");
    }

    @Test
    void aFolderDeeperThanPathMaxGetsOneLine() throws Exception {
        // mkdir -p creates it step by step; Java's own calls fail past PATH_MAX (4,096 bytes)
        String deep = String.join("/", java.util.Collections.nCopies(50, "d".repeat(100)));
        assertEquals(0, new ProcessBuilder("mkdir", "-p", deep).directory(dir.toFile()).inheritIO().start().waitFor());
        try {
            assertRefused(Cli.run("check", dir.toString()), "cannot read the folder (file name too long)");
        } finally {
            assertEquals(0, new ProcessBuilder("rm", "-rf", "d".repeat(100)).directory(dir.toFile()).inheritIO().start().waitFor());
        }
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithNumbersThatDiffer() throws IOException {
        Path big = Cli.write(dir, "big.bulwark", "// " + "x".repeat(4 * 1024 * 1024) + "\n");
        assertRefused(Cli.run("check", big.toString()), "big.bulwark: 4.000004 MB is larger than the 4.000000 MB limit");
    }

    @Test
    void threadsOutsideTheirRangeAreRefused() throws IOException {
        String folder = Cli.scenarioFolder(dir).toString();
        assertRefused(Cli.run("check", "--threads", "40000", folder), "--threads must be between 1 and 256, not 40000");
        assertRefused(Cli.run("check", "--threads", "0", folder), "--threads must be between 1 and 256, not 0");
        assertEquals(1, Cli.run("check", "--threads", "256", folder).code());
    }

    @Test
    void controlCharactersInFileNamesAreEscapedInEveryMessage() throws IOException {
        Path folder = Cli.scenarioFolder(dir);
        Path odd = Cli.write(folder, "red\u001b[31m\nline\f.bulwark", "package odd\nmissile M { reach 600 km rcs 1 }\n");
        Cli.Run run = Cli.run("check", folder.toString());
        assertEquals(1, run.code(), run.err());
        assertTrue(run.out().contains("red\\e[31m\\nline\\x0C.bulwark:2:"), run.out());
        assertEquals(5, run.out().lines().count(), "one line per issue (4) and the summary: " + run.out());
        Cli.Run report = Cli.run("report", folder.toString(), "-o", dir.resolve("r.html").toString());
        Cli.Run export = Cli.run("export", "--format", "kml", folder.toString(), "-o", dir.resolve("e.kml").toString());
        for (Cli.Run refused : List.of(report, export)) {
            assertEquals(1, refused.code(), refused.err());
            assertTrue(refused.err().contains("red\\e[31m\\nline\\x0C.bulwark:2:30 error BULWARK-VAL-001"), refused.err());
            assertTrue(refused.err().chars().noneMatch(c -> c == 0x1b), "no raw ESC: " + refused.err());
        }
        assertEquals(2, report.err().lines().count(), "the error and the summary: " + report.err());
        assertEquals(report.err().lines().findFirst(), export.err().lines().findFirst(),
                "report and export print the errors that stop them alike");
        assertTrue(report.err().endsWith("; no report written\n") && export.err().endsWith("; nothing exported\n"),
                report.err() + export.err());
        Files.write(odd, new byte[] { (byte) 0xff });
        assertRefused(Cli.run("check", odd.toString()), "red\\e[31m\\nline\\x0C.bulwark: not a UTF-8 text file");
    }

    @Test
    void controlCharactersInTheTextAreEscapedInMessages() throws IOException {
        Path file = Cli.write(dir, "esc.bulwark", "package p\nmissile M\u001b[2J { reach 600 km rcs 1 m2 }\n");
        Cli.Run run = Cli.run("check", file.toString());
        assertEquals(2, run.code(), run.err());
        assertTrue(run.out().contains("\\e"), run.out());
        assertTrue(run.out().chars().noneMatch(c -> c < 0x20 && c != '\n'), "no raw control character: " + run.out());
    }

    @Test
    void theJUnitReportIsWellFormedXmlWhateverTheNamesHold() throws Exception {
        Path folder = Cli.scenarioFolder(dir);
        Cli.write(folder, "form\ffeed\u0001.bulwark", "package p\nmissile M { reach 600 km rcs 1 }\n");
        Cli.write(folder, "bad.bulwark", "package q\nmissile N\u000b\u001b { reach 600 km rcs 1 m2 }\n");
        Cli.Run run = Cli.run("check", "--format", "junit", folder.toString());
        assertEquals(2, run.code(), run.err());
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
        assertEquals("testsuites", document.getDocumentElement().getTagName());
        assertTrue(run.out().contains("form\\x0Cfeed\\x01.bulwark"), run.out());
        assertTrue(run.out().contains("mismatched input '\\x0B'"), run.out());
    }

    @Test
    void anApogeeJustAboveTheLimitIsNotPrintedAsTheLimit() throws IOException {
        Path folder = Cli.scenarioFolder(dir);
        Cli.write(folder, "test.bulwark", Cli.SCENARIO.replace("raid R1 : SRBM from 0 N, 0 E at City", "raid R1 : SRBM from 0 N, 0 E at City apogee 10000.4 km"));
        Cli.Run run = Cli.run("check", folder.toString());
        Matcher numbers = Pattern.compile("An apogee of ([\\d.]+) km .* \\(at most ([\\d.]+) km\\)").matcher(run.out());
        assertTrue(numbers.find(), run.out());
        assertEquals("10000.4", numbers.group(1));
        assertEquals("10000.0", numbers.group(2));
    }

    @Test
    void comparedNumbersGetTheDigitsThatTellThemApart() {
        assertEquals(java.util.List.of("600.1", "600.0"), java.util.List.of(Decimals.distinct(600.1, 600, 1)));
        assertEquals(java.util.List.of("600.04", "600.00"), java.util.List.of(Decimals.distinct(600.04, 600, 1)));
        assertEquals(java.util.List.of("0.8999995", "0.9000000"), java.util.List.of(Decimals.distinct(0.8999995, 0.9, 6)));
        assertEquals(java.util.List.of("7.0", "7.0"), java.util.List.of(Decimals.distinct(7, 7, 1)));
        String[] tiny = Decimals.distinct(Math.nextUp(10000.0), 10000.0, 0);
        assertFalse(tiny[0].equals(tiny[1]), tiny[0]);
    }
}
