package io.bulwark.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.bulwark.dsl.formatting2.BulwarkFormatter;


/** The formatter on a corpus of real-looking files: stable, restores the layout, changes whitespace only. */
class FormatterTest {

    private static final Path CORPUS = Path.of("resources/corpus").toAbsolutePath();

    static Stream<Path> corpus() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".bulwark")).sorted().toList().stream();
        }
    }

    static String format(String text) throws IOException {
        XtextResource resource = Language.parse(text);
        assertTrue(resource.getParseResult().getSyntaxErrors().iterator().hasNext() == false, "parses: " + text);
        return BulwarkFormatter.formattedText(Language.injector(), resource);
    }

    @Test
    void theCorpusHasAtLeastThirtyFiles() throws IOException {
        assertTrue(corpus().count() >= 30);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aFormattedFileStaysAsItIs(Path file) throws IOException {
        String text = Files.readString(file);
        assertEquals(text, format(text));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void indentationAndTrailingSpacesAreRestored(Path file) throws IOException {
        String text = Files.readString(file);
        String messy = dedentWithTrailingSpaces(text);
        String formatted = format(messy);
        assertEquals(text, formatted);
        assertEquals(formatted, format(formatted), "idempotent");
    }

    @Test
    void aMessyCatalogGetsTheCanonicalLayout() throws IOException {
        String messy = """
                package cat2
                // types
                interceptor   I {   range 0 .. 200 km altitude 10..150 km
                speed 3 km/s reaction 10 s pk 0.8 }   // end
                missile M{reach 600km    rcs 1 m2} missile N { reach 500 km rcs 1 m2 }



                radar R {  // the reference
                detects 100 km at rcs 1 m2
                \tsector 90 deg elevation 0 .. 90 deg /* why */ track 5 s}
                """;
        String expected = """
                package cat2
                // types
                interceptor I {
                    range 0 .. 200 km
                    altitude 10 .. 150 km
                    speed 3 km/s
                    reaction 10 s
                    pk 0.8
                }   // end
                missile M { reach 600 km rcs 1 m2 }
                missile N { reach 500 km rcs 1 m2 }

                radar R {  // the reference
                    detects 100 km at rcs 1 m2
                    sector 90 deg
                    elevation 0 .. 90 deg /* why */
                    track 5 s
                }
                """;
        assertEquals(expected, format(messy));
        assertEquals(expected, format(expected), "idempotent");
    }

    @Test
    void aMessyScenarioGetsOneElementAndOneMemberPerLine() throws IOException {
        String messy = """
                scenario S import cat2.*
                force A   force B nation "B"
                agreement L { A -> B latency 2 s,
                B -> A }
                radar X : R { owner A at 36 N,127 E facing 0 deg
                }
                region Z owner "C" { 1 N, 2 E 2 N, 3 E
                3 N, 1 E }
                asset P at 36 N , 127 E requires 0.9 raid Q : N x 2 from 37 N, 127 E at P at T+ 30 s""";
        String expected = """
                scenario S
                import cat2.*
                force A
                force B nation "B"
                agreement L {
                    A -> B latency 2 s,
                    B -> A
                }
                radar X : R {
                    owner A
                    at 36 N, 127 E
                    facing 0 deg
                }
                region Z owner "C" {
                    1 N, 2 E
                    2 N, 3 E
                    3 N, 1 E
                }
                asset P at 36 N, 127 E requires 0.9
                raid Q : N x 2 from 37 N, 127 E at P at T+30 s
                """;
        assertEquals(expected, format(messy));
        assertEquals(expected, format(expected), "idempotent");
    }

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.walk(Language.EXAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".bulwark")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theExamplesAreFormatted(Path file) throws IOException {
        String text = Files.readString(file);
        assertEquals(text, format(text));
    }

    @Test
    void numbersUnitsAndQualifiedNamesAreNotSplit() throws IOException {
        String text = "scenario S\nimport cat.*\nforce A\nasset X at -33.9, 18.4 requires 0.9\n";
        assertEquals(text, format(text));
    }

    /** Every line moved to column 0 (outside block comments), with spaces at its end. */
    private static String dedentWithTrailingSpaces(String text) {
        StringBuilder result = new StringBuilder();
        boolean inBlockComment = false;
        for (String line : text.split("\n", -1)) {
            String out = inBlockComment ? line : line.stripLeading();
            if (line.contains("/*") && !line.contains("*/")) {
                inBlockComment = true;
            } else if (line.contains("*/")) {
                inBlockComment = false;
            }
            boolean commentLine = out.contains("//") || inBlockComment || out.contains("*/");
            result.append(out).append(out.isEmpty() || commentLine ? "" : "   ").append('\n');
        }
        return result.substring(0, result.length() - 1);
    }
}
