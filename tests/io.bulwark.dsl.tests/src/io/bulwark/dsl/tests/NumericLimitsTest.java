package io.bulwark.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.bulwark.dsl.validation.IssueCodes;

/**
 * A scenario is analysed or fails: every value the analysis cannot use (overflow, underflow to zero, zero where a
 * positive value is needed, a degenerate region or raid) is an error at its token, never only the "coverage not
 * analysed" note on the scenario line.
 */
class NumericLimitsTest {

    /** A complete file that validates without errors; each case changes one clause of it. */
    static final String VALID = """
            package t
            interceptor I { range 0 .. 200 km altitude 10 .. 150 km speed 3 km/s reaction 10 s pk 0.8 }
            radar S { detects 1000 km at rcs 1 m2 sector 360 deg elevation 0 .. 90 deg track 5 s }
            missile M { reach 600 km rcs 1 m2 }
            scenario N
            force A
            force B
            agreement L { A -> B latency 2 s }
            radar R : S { owner A at 36 N, 127 E, 0.1 km facing 10 deg }
            battery Bat : I { owner B at 36 N, 127 E interceptors 8 assess 5 s }
            asset Home at 36 N, 127 E
            region G altitude 10 km { 40 N, 120 E 41 N, 121 E 40 N, 122 E }
            raid X : M from 38 N, 127 E at Home apogee 150 km at T+ 30 s
            """;

    private static final String HUGE = "1" + "0".repeat(400);
    private static final String TINY = "0." + "0".repeat(400) + "1";

    /** The clause as written in {@link #VALID}, its replacement, the token the error must stand on, the issue code. */
    static Stream<Arguments> unusable() {
        String range = IssueCodes.VALUE_OUT_OF_RANGE;
        return Stream.of(
                Arguments.of("reach 600 km", "reach " + HUGE + " km", HUGE, range),
                Arguments.of("reach 600 km", "reach " + TINY + " nmi", TINY, range),
                Arguments.of("latency 2 s", "latency " + HUGE + " s", HUGE, range),
                Arguments.of("T+ 30 s", "T+ " + HUGE + " s", HUGE, range),
                Arguments.of("reach 600 km rcs 1 m2", "reach 600 km rcs 4000 dBsm", "4000", range),
                Arguments.of("at rcs 1 m2", "at rcs -4000 dBsm", "-4000", range),
                Arguments.of("speed 3 km/s", "speed " + TINY + " km/s", TINY, range),
                Arguments.of("reaction 10 s", "reaction 0.0000000001 s", "0.0000000001", range),
                Arguments.of("range 0 .. 200 km", "range 0 .. " + HUGE + " km", HUGE, range),
                Arguments.of("altitude 10 .. 150 km", "altitude " + TINY + " .. 150 km", TINY, range),
                Arguments.of("detects 1000 km", "detects " + TINY + " km", TINY, range),
                Arguments.of("track 5 s", "track " + HUGE + " min", HUGE, range),
                Arguments.of("0.1 km facing", HUGE + " m facing", HUGE, range),
                Arguments.of("assess 5 s", "assess 1000000000000 s", "1000000000000", range),
                Arguments.of("altitude 10 km {", "altitude " + HUGE + " km {", HUGE, range),
                Arguments.of("apogee 150 km", "apogee " + TINY + " km", TINY, range),
                Arguments.of("speed 3 km/s", "speed 0 km/s", "0 km/s", IssueCodes.ZERO_VALUE),
                Arguments.of("speed 3 km/s", "speed 0.0 m/s", "0.0 m/s", IssueCodes.ZERO_VALUE),
                Arguments.of("apogee 150 km", "apogee 0 km", "0 km", IssueCodes.ZERO_VALUE),
                Arguments.of("reach 600 km rcs 1 m2", "reach 600 km rcs 0 m2", "0 m2", IssueCodes.ZERO_VALUE),
                Arguments.of("region G altitude 10 km { 40 N, 120 E 41 N, 121 E 40 N, 122 E }",
                        "region G altitude 10 km { 40 N, 120 E 41 N, 121 E }", "G", IssueCodes.REGION_TOO_FEW_POINTS),
                Arguments.of("region G altitude 10 km { 40 N, 120 E 41 N, 121 E 40 N, 122 E }", "region G { }", "G",
                        IssueCodes.REGION_TOO_FEW_POINTS),
                Arguments.of("from 38 N, 127 E at Home", "from 36 N, 127 E at Home", "36 N, 127 E", IssueCodes.RAID_WITHOUT_FLIGHT),
                Arguments.of("from 38 N, 127 E at Home", "from 36 N, 127 E at 36 N, 127 E", "36 N, 127 E",
                        IssueCodes.RAID_WITHOUT_FLIGHT));
    }

    private static List<Issue> validate(String text) throws IOException {
        return Language.validate(Language.resource(Language.load(Map.of("test.bulwark", text)), "test.bulwark"));
    }

    private static List<Issue> errors(List<Issue> issues) {
        return issues.stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
    }

    @Test
    void theBaseFileValidatesAndIsAnalysed() throws IOException {
        List<Issue> issues = validate(VALID);
        assertEquals(List.of(), errors(issues));
        assertTrue(issues.stream().noneMatch(i -> IssueCodes.COVERAGE_NOT_RUN.equals(i.getCode())), issues.toString());
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("unusable")
    void aValueTheAnalysisCannotUseIsAnErrorAtItsToken(String clause, String replacement, String token, String code)
            throws IOException {
        assertTrue(VALID.contains(clause), clause);
        String text = VALID.replace(clause, replacement);
        List<Issue> issues = validate(text);
        Issue issue = issues.stream().filter(i -> code.equals(i.getCode())).findFirst()
                .orElseThrow(() -> new AssertionError(code + " expected in " + issues));
        assertEquals(Severity.ERROR, issue.getSeverity());
        int line = Language.lineOf(text, replacement);
        assertEquals(line, issue.getLineNumber(), issue.getMessage());
        String lineText = text.lines().toList().get(line - 1);
        assertEquals(lineText.indexOf(token, lineText.indexOf(replacement)) + 1, issue.getColumn(), issue.getMessage());
        assertTrue(issue.getMessage().length() < 200, "one readable line: " + issue.getMessage());
        assertTrue(issues.stream().filter(i -> IssueCodes.COVERAGE_NOT_RUN.equals(i.getCode())).allMatch(i -> i.getSeverity() == Severity.WARNING),
                "one fault, one error: " + issues);
    }

    /** A count with too many digits for a whole number: the clause as written, its replacement, the message expected. */
    static Stream<Arguments> countsTooLarge() {
        String forty = "9".repeat(40);
        return Stream.of(
                Arguments.of("interceptors 8", "interceptors 99999999999", "interceptors 99999999999 is too large: at most 2147483647"),
                Arguments.of("interceptors 8", "interceptors 2147483648", "interceptors 2147483648 is too large: at most 2147483647"),
                Arguments.of("interceptors 8", "interceptors " + forty, "interceptors " + forty + " is too large: at most 2147483647"),
                Arguments.of("assess 5 s", "salvo 4294967296 assess 5 s", "salvo 4294967296 is too large: at most 2147483647"),
                Arguments.of("raid X : M from", "raid X : M x 99999999999 from", "x 99999999999 is too large: at most 100000"),
                Arguments.of("raid X : M from", "raid X : M x\n    " + forty + " from", "x " + forty + " is too large: at most 100000"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("countsTooLarge")
    void aCountTooLargeIsOneErrorAtItsNumberThatSaysTheLimit(String clause, String replacement, String message) throws IOException {
        assertTrue(VALID.contains(clause), clause);
        String text = VALID.replace(clause, replacement);
        List<Issue> errors = errors(validate(text));
        assertEquals(1, errors.size(), errors.toString());
        Issue issue = errors.get(0);
        assertEquals(message, issue.getMessage());
        String digits = message.split(" ")[1];
        int offset = text.indexOf(digits, text.indexOf(replacement));
        assertEquals(offset, issue.getOffset(), issue.toString());
        assertEquals(digits.length(), issue.getLength(), issue.toString());
    }

    /** The largest count the language reads is read (the analysis then judges it). */
    @Test
    void theLargestWholeNumberIsRead() throws IOException {
        List<Issue> errors = errors(validate(VALID.replace("interceptors 8", "interceptors 2147483647")));
        assertTrue(errors.stream().noneMatch(i -> i.getMessage().contains("too large") || i.getMessage().contains("input string")), errors.toString());
    }

    /** The catalog file is in error; the scenario using its type cannot be analysed, which is an error at the raid using it. */
    @Test
    void aScenarioUsingAnUnusableCatalogValueOfAnotherFileFailsAtTheElementUsingIt() throws IOException {
        Map<String, String> files = new java.util.LinkedHashMap<>();
        files.put("cat.bulwark", "package c\nmissile Big { reach " + HUGE + " km rcs 1 m2 }\n");
        files.put("test.bulwark", "scenario N\nimport c.*\nforce A\nasset Home at 36 N, 127 E\nraid X : Big from 38 N, 127 E at Home\n");
        var set = Language.load(files);
        assertEquals(List.of(IssueCodes.VALUE_OUT_OF_RANGE),
                errors(Language.validate(Language.resource(set, "cat.bulwark"))).stream().map(Issue::getCode).toList());
        List<Issue> errors = errors(Language.validate(Language.resource(set, "test.bulwark")));
        assertEquals(1, errors.size(), errors.toString());
        Issue notAnalysed = errors.get(0);
        assertEquals(IssueCodes.COVERAGE_NOT_RUN, notAnalysed.getCode());
        assertEquals(5, notAnalysed.getLineNumber());
        assertEquals(6, notAnalysed.getColumn(), "at the raid's name");
        assertTrue(notAnalysed.getMessage().startsWith("Coverage not analysed: raid X: missile Big: reach"), notAnalysed.getMessage());
    }

    /** dBsm is a logarithm: zero and negative values are small positive cross-sections (1 m2, 0.1 m2). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("usableValues")
    void usableValuesAreAnalysed(String clause, String replacement) throws IOException {
        List<Issue> issues = validate(VALID.replace(clause, replacement));
        assertEquals(List.of(), ScenarioOwnershipTest.errorsOfTheText(issues));
        assertTrue(issues.stream().noneMatch(i -> IssueCodes.COVERAGE_NOT_RUN.equals(i.getCode())), issues.toString());
    }

    static Stream<Arguments> usableValues() {
        return Stream.of(
                Arguments.of("reach 600 km rcs 1 m2", "reach 600 km rcs -10 dBsm"),
                Arguments.of("reach 600 km rcs 1 m2", "reach 600 km rcs 0 dBsm"),
                Arguments.of("at rcs 1 m2", "at rcs -10 dBsm"),
                Arguments.of("at rcs 1 m2", "at rcs 0 dBsm"),
                Arguments.of("reach 600 km", "reach 600000 m"),
                Arguments.of("speed 3 km/s", "speed 3000 m/s"),
                Arguments.of("latency 2 s", "latency 0 s"),
                Arguments.of("facing 10 deg", "facing -10 deg"),
                Arguments.of("T+ 30 s", "T+ 0.5 min"));
    }

    /** Memory grows with threats x (batteries + radars): 100,000 threats against 21 radars are refused before any analysis. */
    @Test
    void threatPairsBeyondTheMeasuredMemoryAreAnErrorOnTheScenario() throws IOException {
        StringBuilder text = new StringBuilder(VALID.substring(0, VALID.indexOf("scenario N")) + "scenario N\nforce A\n");
        for (int r = 0; r < 21; r++) {
            text.append("radar R").append(r).append(" : S { owner A at 36 N, 127 E }\n");
        }
        text.append("asset Home at 36 N, 127 E\nraid X : M x 100000 from 38 N, 127 E at Home\n");
        List<Issue> errors = errors(validate(text.toString()));
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(IssueCodes.INVALID_COUNT, errors.get(0).getCode());
        assertEquals(Language.lineOf(text.toString(), "scenario N"), errors.get(0).getLineNumber());
        assertTrue(errors.get(0).getMessage().contains("The 100000 threats of scenario N against its batteries and radars make 2100000"
                + " threat pairs; the analysis takes at most 2000000"), errors.get(0).getMessage());
    }

    /** Malformed numbers the parser recovers from: the clause as written in {@link #VALID} and its replacement. */
    static Stream<Arguments> malformedNumbers() {
        return Stream.of(
                Arguments.of("reach 600 km rcs 1 m2", "reach 600 km rcs Y_rcs"),
                Arguments.of("reach 600 km rcs 1 m2", "reach 600 km rcs"),
                Arguments.of("speed 3 km/s", "speed --3 km/s"),
                Arguments.of("speed 3 km/s", "speed - 3 km/s"),
                Arguments.of("speed 3 km/s", "speed .3 km/s"),
                Arguments.of("speed 3 km/s", "speed +3 km/s"),
                Arguments.of("speed 3 km/s", "speed 3.. km/s"),
                Arguments.of("apogee 150 km", "apogee 1e5 km"),
                Arguments.of("T+ 30 s", "T+ -- s"),
                Arguments.of("speed 3 km/s", "speed NaN km/s"),
                Arguments.of("raid X : M from 38 N, 127 E at Home apogee 150 km at T+ 30 s", "raid X : M from 38 N,"));
    }

    /** The parser explains in the language's words: no Java exception's message, no grammar-internal terminal name. */
    @ParameterizedTest(name = "{1}")
    @MethodSource("malformedNumbers")
    void aMalformedNumberIsALocatedErrorInPlainWords(String clause, String replacement) throws IOException {
        assertTrue(VALID.contains(clause), clause);
        String text = VALID.replace(clause, replacement);
        List<Issue> errors = errors(validate(text));
        assertTrue(!errors.isEmpty(), "an error for " + replacement);
        int line = Language.lineOf(text, replacement);
        assertTrue(errors.stream().anyMatch(i -> i.getLineNumber() == line), "located at line " + line + ": " + errors);
        for (Issue issue : errors) {
            String message = issue.getMessage();
            assertTrue(message != null && !message.isBlank() && message.length() < 200, "one readable line: " + issue);
            for (String java : List.of("Cannot invoke", "neither a decimal digit", "java.", "Exception", "null", "RULE_", "EOF")) {
                assertTrue(!message.contains(java), "no Java message (" + java + "): " + message);
            }
        }
    }
}
