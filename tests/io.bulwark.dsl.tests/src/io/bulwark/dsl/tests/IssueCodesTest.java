package io.bulwark.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.bulwark.dsl.validation.IssueCodes;

/**
 * Every issue code of {@link IssueCodes} on a minimal text: raised on the line that holds the fault (marked
 * {@code <<} in the text), with the issue data a quick fix needs.
 */
class IssueCodesTest {

    private static final String HEAD = "scenario T\nimport cat.*\nforce A\nforce B\n";

    /** Another file's scenario, whose elements the test scenario must not use. */
    private static final String OTHER_SCENARIO = "package pa\nscenario SA\nforce F\n";

    /** code, scenario text (the faulty line ends with "// <<"), data the issue must carry. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(IssueCodes.MISSING_UNIT, "package cat2\nmissile M { reach 600 // <<\n rcs 1 m2 }\n",
                        List.of("km", "m", "nmi")),
                Arguments.of(IssueCodes.WRONG_UNIT, "package cat2\nmissile M { reach 600 s // <<\n rcs 1 m2 }\n", List.of("km")),
                Arguments.of(IssueCodes.WRONG_UNIT, "package cat2\nmissile M { reach 600 parsecs // <<\n rcs 1 m2 }\n", List.of("km")),
                Arguments.of(IssueCodes.INVALID_HEMISPHERE, HEAD + "asset X at 36 E, 127 E // <<\n", List.of("N", "S")),
                Arguments.of(IssueCodes.COORDINATE_OUT_OF_RANGE, HEAD + "asset X at 91 N, 127 E // <<\n", List.of()),
                Arguments.of(IssueCodes.INVERTED_INTERVAL, "package cat2\ninterceptor I { range 200 .. 30 km // <<\n"
                        + " altitude 1 .. 2 km speed 1 km/s reaction 1 s pk 0.5 }\n", List.of()),
                Arguments.of(IssueCodes.NEGATIVE_VALUE, "package cat2\nmissile M { reach -600 km // <<\n rcs 1 m2 }\n", List.of()),
                Arguments.of(IssueCodes.ZERO_VALUE, "package cat2\nmissile M { reach 0 km // <<\n rcs 1 m2 }\n", List.of()),
                Arguments.of(IssueCodes.PROBABILITY_OUT_OF_RANGE, HEAD + "asset X at 36 N, 127 E requires 1.5 // <<\n", List.of()),
                Arguments.of(IssueCodes.NEGATIVE_ELEVATION, "package cat2\nradar R { detects 100 km at rcs 1 m2\n"
                        + " elevation -1 .. 90 deg // <<\n }\n", List.of()),
                Arguments.of(IssueCodes.ANGLE_OUT_OF_RANGE, "package cat2\nradar R { detects 100 km at rcs 1 m2 elevation 0 .. 90 deg\n"
                        + " sector 400 deg // <<\n }\n", List.of()),
                Arguments.of(IssueCodes.ANGLE_OUT_OF_RANGE, HEAD + "radar R : Surveillance { owner A at 36 N, 127 E\n facing 400 deg // <<\n }\n",
                        List.of()),
                Arguments.of(IssueCodes.INVALID_COUNT, HEAD + "asset X at 36 N, 127 E\nraid R : SRBM x 0 from 37 N, 127 E at X // <<\n",
                        List.of("count")),
                Arguments.of(IssueCodes.MISSING_PROPERTY, "package cat2\nmissile M { // <<\n rcs 1 m2 }\n", List.of("reach")),
                Arguments.of(IssueCodes.MISSING_OWNER, HEAD + "radar R : Surveillance { // <<\n at 36 N, 127 E }\n", List.of("A", "B")),
                Arguments.of(IssueCodes.APOGEE_OUT_OF_RANGE, HEAD + "asset X at 36 N, 127 E\nraid R : SRBM from 37 N, 127 E at X\n"
                        + " apogee 20000 km // <<\n", List.of("maxKm=10000")),
                Arguments.of(IssueCodes.RAID_BEYOND_REACH, HEAD + "asset X at 36 N, 127 E\nraid R : SRBM from 46 N, 127 E at X // <<\n",
                        List.of("distanceKm=1111.9", "reachKm=600.0")),
                Arguments.of(IssueCodes.DUPLICATE_NAME, HEAD + "asset X at 36 N, 127 E // <<\nasset X at 35 N, 127 E\n", List.of()),
                Arguments.of(IssueCodes.UNKNOWN_REFERENCE, HEAD + "radar R : Survelance { owner A at 36 N, 127 E } // <<\n",
                        List.of("Surveillance")),
                Arguments.of(IssueCodes.SELF_LINK, HEAD + "agreement L { A -> A } // <<\n", List.of()),
                Arguments.of(IssueCodes.FOREIGN_ELEMENT, HEAD + "radar R : Surveillance { owner pa.SA.F // <<\n at 36 N, 127 E }\n",
                        List.of("pa.SA.F")),
                Arguments.of(IssueCodes.VALUE_OUT_OF_RANGE, "package cat2\nmissile M { reach 1" + "0".repeat(400) + " km // <<\n rcs 1 m2 }\n",
                        List.of("km")),
                Arguments.of(IssueCodes.RAID_WITHOUT_FLIGHT, HEAD + "asset X at 36 N, 127 E\nraid R : SRBM from 36 N, 127 E // <<\n at X\n",
                        List.of()),
                Arguments.of(IssueCodes.REGION_TOO_FEW_POINTS, HEAD + "region G { // <<\n 1 N, 2 E 2 N, 3 E }\n", List.of("2")),
                Arguments.of(IssueCodes.SYNTAX_ERROR, "package cat2\nmissile M { reach 600 km ; // <<\n rcs 1 m2 }\n", List.of()),
                Arguments.of(IssueCodes.UNREADABLE_TOKEN, HEAD + "asset X at 36 N, 127 E\nraid R : SRBM x 99999999999 from 37 N, 127 E at X // <<\n",
                        List.of()),
                Arguments.of(IssueCodes.UNRESOLVED_IMPORT, "scenario T\nimport cat.*\nimport nowhere.* // <<\nforce A\n", List.of("nowhere.*")),
                Arguments.of(IssueCodes.UNRESOLVED_IMPORT, "package cat2\nimport cat.Nothing // <<\n", List.of("cat.Nothing")),
                Arguments.of(IssueCodes.COVERAGE_NOT_RUN, "scenario T // <<\nimport cat.*\nforce A\nradar R : Nothing { owner A at 36 N, 127 E }\n",
                        List.of()));
    }

    /** Codes the language's validation does not raise, each tested where it is raised. */
    private static final Set<String> RAISED_ELSEWHERE = Set.of(
            IssueCodes.FILE_TOO_LARGE, // the language server (LanguageServerRobustnessTest)
            IssueCodes.STALE_ACCEPTANCE, // Acceptances, after validation (AcceptanceTest, AcceptedFindingsTest)
            IssueCodes.OTHER_PROBLEM); // a framework code no other names (DiagnosticCodesTest)

    @Test
    void everyIssueCodeHasACase() throws IllegalAccessException {
        Set<String> codes = new TreeSet<>();
        for (Field field : IssueCodes.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                codes.add((String) field.get(null));
            }
        }
        codes.removeAll(cases().map(c -> (String) c.get()[0]).collect(Collectors.toSet()));
        codes.removeAll(RAISED_ELSEWHERE);
        assertEquals(Set.of(), codes, "issue codes without a case");
    }

    @ParameterizedTest(name = "{0} #{index}")
    @MethodSource("cases")
    void theIssueIsRaisedOnItsLineWithItsData(String code, String text, List<String> data) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("cat.bulwark", Language.CATALOG);
        files.put("other.bulwark", OTHER_SCENARIO);
        files.put("test.bulwark", text);
        List<Issue> issues = Language.validate(Language.resource(Language.load(files), "test.bulwark"));
        int line = Language.lineOf(text, "// <<");
        Issue issue = issues.stream().filter(i -> code.equals(i.getCode())).findFirst()
                .orElseThrow(() -> new AssertionError(code + " expected in " + describe(issues)));
        assertEquals(line, issue.getLineNumber(), issue.getMessage());
        List<String> actual = issue.getData() == null ? List.of() : Arrays.asList(issue.getData());
        assertTrue(actual.containsAll(data), "data " + actual + " should hold " + data);
        assertTrue(issue.getMessage().length() > 10 && !issue.getMessage().contains("Exception"), issue.getMessage());
    }

    private static String describe(List<Issue> issues) {
        return issues.stream().map(i -> i.getLineNumber() + " " + i.getCode() + " " + i.getMessage()).toList().toString();
    }
}
