package io.bulwark.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bulwark format}: check, write (atomically, comments kept), idempotent, and broken files left alone. */
class FormatCommandTest {

    private static final String MESSY = """
            package cat
            // interceptors of the test
            interceptor   Upper {   range 0 .. 200 km altitude 10 .. 150 km
            speed 3 km/s reaction 10 s pk 0.8 }   // end of line comment
            /* a block
               comment */
            missile SRBM{reach 600 km    rcs 1 m2}
            """;

    @TempDir
    Path dir;

    @Test
    void checkListsWriteFormatsAndTheResultIsStable() throws IOException {
        Path file = Cli.write(dir, "cat.bulwark", MESSY);
        Cli.Run check = Cli.run("format", "--check", dir.toString());
        assertEquals(1, check.code(), check.out() + check.err());
        assertTrue(check.out().contains("not formatted: " + file), check.out());

        Cli.Run write = Cli.run("format", "--write", dir.toString());
        assertEquals(0, write.code(), write.err());
        String formatted = Files.readString(file);
        assertNotEquals(MESSY, formatted);
        for (String comment : List.of("// interceptors of the test", "// end of line comment", "/* a block\n   comment */")) {
            assertTrue(formatted.contains(comment), "comment kept: " + comment + " in\n" + formatted);
        }
        assertTrue(formatted.contains("missile SRBM {"), formatted);
        assertEquals(0, Cli.run("format", "--check", dir.toString()).code(), "formatted files pass the check");
        Cli.Run print = Cli.run("format", file.toString());
        assertEquals(formatted, print.out(), "formatting is idempotent");
        assertEquals(0, Cli.run("check", file.toString()).code(), "the formatted file is still valid");
    }

    @Test
    void theExamplesAreFormatted() {
        Cli.Run check = Cli.run("format", "--check", Cli.EXAMPLES.toString());
        assertEquals(0, check.code(), check.out());
    }

    @Test
    void aFileWithSyntaxErrorsIsLeftAsItIs() throws IOException {
        String broken = "package cat\nmissile   SRBM { reach 600 km rcs\n";
        Path file = Cli.write(dir, "broken.bulwark", broken);
        Cli.Run write = Cli.run("format", "--write", file.toString());
        assertEquals(2, write.code());
        assertTrue(write.err().contains("has syntax errors and is left as it is"), write.err());
        assertEquals(broken, Files.readString(file));
    }
}
