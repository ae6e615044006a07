package io.bulwark.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.bulwark.dsl.validation.CoverageService;

/**
 * The editor's path: the Korea 2016 example edited in place (Xtext's partial re-parse of the changed region), then
 * validated, the analysis taking the geometry the edit left as it was. Over seeded series of edits (a requirement, a
 * raid's launch point or time, a battery's site), its issues are those of the same text analysed afresh.
 */
class ReanalysisAfterEditsTest {

    private static final String FILE = "korea2016.bulwark";
    private static final int EDITS = 6;
    /** What an edit changes: a requirement, a raid's launch latitude or time, a battery's latitude. */
    private static final Pattern[] EDITABLE = { Pattern.compile("requires (0\\.\\d+)"), Pattern.compile("from (3\\d\\.\\d+) N"),
            Pattern.compile("at T\\+(\\d+) s"), Pattern.compile("(?s)battery [^{]+\\{\\s+owner \\w+\\s+at (3\\d\\.\\d+) N") };

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 4);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void eachEditIsValidatedAsTheSameTextIsAfresh(long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        XtextResource edited = Language.example(Language.examples(), FILE);
        CoverageService coverage = Language.injector().getInstance(CoverageService.class);
        Language.validate(edited);
        for (int edit = 0; edit < EDITS; edit++) {
            String text = edited.getParseResult().getRootNode().getText();
            Value value = pick(text, random);
            String replacement = changed(value.text(), random);
            while (replacement.equals(value.text())) {
                replacement = changed(value.text(), random);
            }
            int analysesBefore = coverage.analyses();
            edited.update(value.start(), value.end() - value.start(), replacement);
            List<String> issues = described(Language.validate(edited));

            XtextResource fresh = Language.example(Language.examples(), FILE);
            fresh.reparse(edited.getParseResult().getRootNode().getText());
            EcoreUtil.resolveAll(fresh);
            String what = "seed " + seed + ", edit " + edit + ": " + value.context() + " -> " + replacement;
            assertEquals(described(Language.validate(fresh)), issues, what);
            assertTrue(coverage.analyses() > analysesBefore, what + ": analysed again");
            assertTrue(issues.stream().anyMatch(i -> i.contains("BULWARK-COV")), what + ": coverage findings " + issues);
        }
    }

    /** An editable value of the text: where it stands, and the text around it. */
    private record Value(int start, int end, String text, String context) {
    }

    /** One of the editable values of the text, at random. */
    private static Value pick(String text, SplittableRandom random) {
        List<Value> values = new ArrayList<>();
        for (Pattern pattern : EDITABLE) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                values.add(new Value(matcher.start(1), matcher.end(1), matcher.group(1), matcher.group()));
            }
        }
        return values.get(random.nextInt(values.size()));
    }

    /** The value changed as an analyst would: a requirement to another, a position by up to 0.05 deg, a time by up to 60 s. */
    private static String changed(String value, SplittableRandom random) {
        if (value.startsWith("0.")) {
            return String.format(Locale.ROOT, "%.2f", random.nextDouble(0.5, 0.99));
        }
        if (value.contains(".")) {
            return String.format(Locale.ROOT, "%.3f", Double.parseDouble(value) + random.nextDouble(-0.05, 0.05));
        }
        return Integer.toString(random.nextInt(0, 180));
    }

    private static List<String> described(List<Issue> issues) {
        return issues.stream().map(i -> i.getLineNumber() + ":" + i.getColumn() + " " + i.getSeverity() + " " + i.getCode() + " "
                + i.getMessage()).toList();
    }
}
