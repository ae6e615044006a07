package io.bulwark.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;

import io.bulwark.dsl.ide.highlighting.BulwarkHighlightingStyles;
import io.bulwark.dsl.ide.highlighting.BulwarkSemanticHighlightingCalculator;

/** The classification of a file's text by the language's highlighting calculator, on real parsed and linked files. */
class SemanticHighlightingTest {

    private static final String SCENARIO = """
            scenario T
            import cat.*
            /* forces
               and their nations */
            force A nation "Republic of Korea"
            force km
            agreement L { A <-> km latency 3 s }
            radar R : Surveillance { owner A at 36 N, 127 E facing 0 deg }
            radar Bad : Survelance { owner km at -33.9, 127.25 facing 0 deg }
            battery B : Upper { // the owner is a force named like a unit
                owner km at 36 N, 127 E, 0.5 km interceptors 4
                doctrine shoot-look-shoot cued by R, Bad fire-control R
            }
            asset X at 36 N, 127 E requires 0.9
            region Zone altitude 10 km { 36 N, 127 E 37 N, 127 E 37 N, 128 E }
            raid Q : SRBM x 2 from 38 N, 127 E at X at T+30 s
            """;

    /** A highlighted range: its text and styles. */
    private record Span(int offset, String text, List<String> styles) {
        @Override
        public String toString() {
            return text + ":" + String.join("+", styles);
        }
    }

    private static List<Span> spans(XtextResource resource) {
        ISemanticHighlightingCalculator calculator = Language.injector().getInstance(ISemanticHighlightingCalculator.class);
        String text = resource.getParseResult().getRootNode().getText();
        List<Span> spans = new ArrayList<>();
        calculator.provideHighlightingFor(resource,
                (offset, length, ids) -> spans.add(new Span(offset, text.substring(offset, offset + length), List.of(ids))),
                CancelIndicator.NullImpl);
        return spans;
    }

    private static List<Span> scenarioSpans() throws Exception {
        XtextResourceSet set = Language.load(Map.of("cat.bulwark", Language.CATALOG, "t.bulwark", SCENARIO));
        return spans(Language.resource(set, "t.bulwark"));
    }

    /** The spans of one line of the scenario, as "text:styles". */
    private static List<String> line(List<Span> spans, String line) {
        int start = SCENARIO.indexOf(line);
        assertTrue(start >= 0, line);
        return spans.stream().filter(s -> s.offset() >= start && s.offset() < start + line.length()).map(Span::toString).toList();
    }

    @Test
    void theLanguageBindsTheBulwarkCalculator() {
        assertTrue(Language.injector().getInstance(ISemanticHighlightingCalculator.class) instanceof BulwarkSemanticHighlightingCalculator);
    }

    @Test
    void aRadarLineIsClassifiedByKindNumberAndUnit() throws Exception {
        assertEquals(List.of("radar:keyword", "R:radar+declaration", "Surveillance:catalogType", "owner:keyword", "A:force", "at:keyword",
                "36:number", "N:unit", "127:number", "E:unit", "facing:keyword", "0:number", "deg:unit"),
                line(scenarioSpans(), "radar R : Surveillance { owner A at 36 N, 127 E facing 0 deg }"));
    }

    @Test
    void anUnresolvedReferenceHasNoKindAndSignedNumbersAreOneToken() throws Exception {
        assertEquals(List.of("radar:keyword", "Bad:radar+declaration", "owner:keyword", "km:force", "at:keyword", "-33.9:number",
                "127.25:number", "facing:keyword", "0:number", "deg:unit"),
                line(scenarioSpans(), "radar Bad : Survelance { owner km at -33.9, 127.25 facing 0 deg }"));
    }

    @Test
    void aNameSpelledLikeAUnitIsANameAndAUnitOnlyFollowsANumber() throws Exception {
        List<Span> spans = scenarioSpans();
        assertEquals(List.of("force:keyword", "km:force+declaration"), line(spans, "force km"));
        assertEquals(List.of("owner:keyword", "km:force", "at:keyword", "36:number", "N:unit", "127:number", "E:unit", "0.5:number", "km:unit",
                "interceptors:keyword", "4:number"), line(spans, "owner km at 36 N, 127 E, 0.5 km interceptors 4"));
        assertEquals(List.of("agreement:keyword", "L:agreement+declaration", "A:force", "km:force", "latency:keyword", "3:number", "s:unit"),
                line(spans, "agreement L { A <-> km latency 3 s }"), "punctuation and arrows are not highlighted");
    }

    @Test
    void keywordsWithDashesReferenceListsAndLaunchTimes() throws Exception {
        List<Span> spans = scenarioSpans();
        assertEquals(List.of("doctrine:keyword", "shoot-look-shoot:keyword", "cued:keyword", "by:keyword", "R:radar", "Bad:radar",
                "fire-control:keyword", "R:radar"), line(spans, "doctrine shoot-look-shoot cued by R, Bad fire-control R"));
        assertEquals(List.of("raid:keyword", "Q:raid+declaration", "SRBM:catalogType", "x:keyword", "2:number", "from:keyword", "38:number",
                "N:unit", "127:number", "E:unit", "at:keyword", "X:asset", "at:keyword", "T+:keyword", "30:number", "s:unit"),
                line(spans, "raid Q : SRBM x 2 from 38 N, 127 E at X at T+30 s"));
        assertEquals(List.of("region:keyword", "Zone:region+declaration", "altitude:keyword", "10:number", "km:unit"),
                line(spans, "region Zone altitude 10 km {").subList(0, 5));
    }

    @Test
    void commentsAndStringsEndWhereTheyEnd() throws Exception {
        List<Span> spans = scenarioSpans();
        assertTrue(spans.stream().anyMatch(s -> s.toString().equals("/* forces\n   and their nations */:comment")), spans.toString());
        assertTrue(spans.stream().anyMatch(s -> s.toString().equals("// the owner is a force named like a unit:comment")),
                "the line break stays out: " + spans);
        assertEquals(List.of("force:keyword", "A:force+declaration", "nation:keyword", "\"Republic of Korea\":string"),
                line(spans, "force A nation \"Republic of Korea\""));
    }

    @Test
    void positionsComeInTextOrderWithoutOverlap() throws Exception {
        List<Span> spans = scenarioSpans();
        for (int i = 1; i < spans.size(); i++) {
            Span before = spans.get(i - 1);
            assertTrue(before.offset() + before.text().length() <= spans.get(i).offset(), before + " overlaps " + spans.get(i));
        }
    }

    /** On the Korea example: every occurrence of each radar's name, declaration and references, is highlighted as a radar. */
    @Test
    void everyOccurrenceOfAnExampleRadarIsARadar() throws Exception {
        XtextResourceSet set = Language.examples();
        XtextResource korea = Language.example(set, "korea2016.bulwark");
        String text = Files.readString(Language.EXAMPLES.resolve("korea2016.bulwark"));
        List<Span> spans = spans(korea);
        Matcher radars = Pattern.compile("(?m)^radar (\\w+)").matcher(text);
        int checked = 0;
        while (radars.find()) {
            String name = radars.group(1);
            Matcher uses = Pattern.compile("(?m)^(?!\\s*//).*?\\b(" + name + ")\\b").matcher(text);
            while (uses.find()) {
                int offset = uses.start(1);
                Span span = spans.stream().filter(s -> s.offset() == offset).findFirst()
                        .orElseThrow(() -> new AssertionError(name + " at " + offset + " is not highlighted"));
                assertTrue(span.styles().contains(BulwarkHighlightingStyles.RADAR), span.toString());
                checked++;
            }
        }
        assertTrue(checked >= 12, "six radars, declared and referenced: " + checked);
        assertFalse(spans.stream().anyMatch(s -> s.styles().isEmpty()));
    }
}
