package io.bulwark.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.bulwark.dsl.validation.IssueCodes;
import io.bulwark.model.bulwark.Model;
import io.bulwark.model.mapping.IncompleteModelException;
import io.bulwark.model.mapping.ScenarioMapper;

/**
 * A scenario uses only its own forces, radars and assets. A reference that reaches another scenario's element by its
 * qualified name is an error at that reference, and the analysis never replaces it by the local element of the same
 * simple name (which would report a laydown covered that shares nothing).
 */
class ScenarioOwnershipTest {

    /** Another file's scenario; its elements have local namesakes in the scenario under test. */
    private static final String OTHER = """
            package pa
            import cat.*
            scenario SA
            force F
            radar OR : Surveillance { owner F at 36 N, 127 E }
            asset Far at 36.5 N, 127 E
            """;

    private static final String HEAD = """
            package pb
            scenario SB
            import cat.*
            force F
            force G
            radar OR : Surveillance { owner F at 36 N, 127 E }
            asset Far at 36.5 N, 127 E
            """;

    /** The line that refers to another scenario's element, and the reference as written there. */
    static Stream<Arguments> foreignReferences() {
        return Stream.of(
                Arguments.of("radar owner", "radar R : Surveillance { owner pa.SA.F at 36 N, 127 E }", "pa.SA.F"),
                Arguments.of("battery owner", "battery B : Upper { owner pa.SA.F at 36 N, 127 E interceptors 4 }", "pa.SA.F"),
                Arguments.of("cueing radar", "battery B : Upper { owner F at 36 N, 127 E interceptors 4 cued by OR, pa.SA.OR }",
                        "pa.SA.OR"),
                Arguments.of("fire-control radar", "battery B : Upper { owner F at 36 N, 127 E interceptors 4 fire-control pa.SA.OR }",
                        "pa.SA.OR"),
                Arguments.of("agreement source", "agreement L { pa.SA.F -> G }", "pa.SA.F"),
                Arguments.of("agreement receiver", "agreement L { G <-> pa.SA.F latency 1 s }", "pa.SA.F"),
                Arguments.of("raid target", "raid X : SRBM from 38 N, 127 E at pa.SA.Far", "pa.SA.Far"));
    }

    private static XtextResource load(String scenario) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("cat.bulwark", Language.CATALOG);
        files.put("a.bulwark", OTHER);
        files.put("b.bulwark", scenario);
        return Language.resource(Language.load(files), "b.bulwark");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("foreignReferences")
    void aReferenceToAnotherScenarioIsAnErrorAtTheReferenceAndNeverAVerdict(String kind, String line, String reference)
            throws IOException {
        String text = HEAD + line + "\n";
        XtextResource resource = load(text);
        List<Issue> issues = Language.validate(resource);

        Issue foreign = issues.stream().filter(i -> IssueCodes.FOREIGN_ELEMENT.equals(i.getCode())).findFirst()
                .orElseThrow(() -> new AssertionError("no foreign-element error in " + issues));
        assertEquals(Severity.ERROR, foreign.getSeverity());
        assertEquals(Language.lineOf(text, line), foreign.getLineNumber(), foreign.getMessage());
        assertEquals(line.indexOf(reference) + 1, foreign.getColumn(), foreign.getMessage());
        assertEquals(reference.length(), foreign.getLength(), foreign.getMessage());
        assertTrue(foreign.getMessage().contains(reference + " belongs to another scenario"), foreign.getMessage());

        assertTrue(issues.stream().noneMatch(i -> i.getCode() != null && i.getCode().startsWith("BULWARK-COV")),
                "no coverage verdict on a scenario that uses another's elements: " + issues);
        Model model = (Model) resource.getContents().get(0);
        try {
            ScenarioMapper.map(model.getScenario());
            throw new AssertionError("the mapper took a local namesake for " + reference);
        } catch (IncompleteModelException refused) {
            assertTrue(refused.getMessage().contains("is declared in scenario SA, not in this one"), refused.getMessage());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("foreignReferences")
    void theSameReferenceToTheLocalElementIsAnalysed(String kind, String line, String reference) throws IOException {
        String local = line.replace("pa.SA.", "");
        List<Issue> issues = Language.validate(load(HEAD + local + "\n"));
        assertEquals(List.of(), errorsOfTheText(issues));
        assertTrue(issues.stream().noneMatch(i -> IssueCodes.COVERAGE_NOT_RUN.equals(i.getCode())), issues.toString());
    }

    /** Errors other than coverage findings (an uncovered asset is an error too, but a verdict of the analysis). */
    static List<Issue> errorsOfTheText(List<Issue> issues) {
        return issues.stream().filter(i -> i.getSeverity() == Severity.ERROR && !i.getCode().startsWith("BULWARK-COV")).toList();
    }

    @Test
    void anImportedScenarioDoesNotLendItsForces() throws IOException {
        String text = "scenario SC\nimport cat.*\nimport pa.SA.*\nradar R : Surveillance { owner F at 36 N, 127 E }\n";
        List<Issue> issues = Language.validate(load(text));
        Issue foreign = issues.stream().filter(i -> IssueCodes.FOREIGN_ELEMENT.equals(i.getCode())).findFirst()
                .orElseThrow(() -> new AssertionError("no foreign-element error in " + issues));
        assertEquals(4, foreign.getLineNumber());
        assertTrue(foreign.getMessage().contains("force pa.SA.F belongs to another scenario; scenario SC uses only its own"),
                foreign.getMessage());
    }

    @Test
    void catalogTypesOfAnotherFileStayUsable() throws IOException {
        String text = "scenario SD\nforce F\nradar R : cat.Surveillance { owner F at 36 N, 127 E }\n"
                + "battery B : cat.Upper { owner F at 36 N, 127 E interceptors 4 }\nasset H at 36.2 N, 127 E\n"
                + "raid X : cat.SRBM from 38 N, 127 E at H\n";
        List<Issue> issues = Language.validate(load(text));
        assertEquals(List.of(), errorsOfTheText(issues));
    }
}
