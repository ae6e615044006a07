package io.bulwark.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.bulwark.dsl.validation.IssueCodes;

/** Names are unique per kind: a duplicate of one kind is an error on both declarations; one name across kinds is fine. */
class NamesTest {

    private static final String HEAD = "scenario T\nimport cat.*\nforce A\nforce B\nasset Home at 36 N, 127 E\n";

    /** One declaration named D of each kind of scenario element. */
    static Stream<String> declarations() {
        return Stream.of(
                "force D nation \"D\"",
                "agreement D { A -> B latency 1 s }",
                "radar D : Surveillance { owner A at 36 N, 127 E facing 0 deg }",
                "battery D : Upper { owner A at 36 N, 127 E interceptors 4 }",
                "asset D at 36 N, 127 E",
                "region D { 1 N, 2 E 2 N, 3 E 3 N, 1 E }",
                "raid D : SRBM from 37 N, 127 E at Home");
    }

    private static List<Issue> duplicates(Map<String, String> files, String file) throws IOException {
        XtextResourceSet set = Language.load(files);
        return Language.validate(Language.resource(set, file)).stream().filter(i -> IssueCodes.DUPLICATE_NAME.equals(i.getCode()))
                .toList();
    }

    private static List<Issue> scenarioDuplicates(String scenario) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("cat.bulwark", Language.CATALOG);
        files.put("t.bulwark", scenario);
        return duplicates(files, "t.bulwark");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("declarations")
    void aDuplicateOfOneKindIsAnErrorOnBothDeclarations(String declaration) throws IOException {
        String text = HEAD + declaration + "\n" + declaration + "\n";
        List<Issue> issues = scenarioDuplicates(text);
        int first = Language.lineOf(text, declaration);
        assertEquals(List.of(first, first + 1), issues.stream().map(Issue::getLineNumber).toList(), issues.toString());
        assertTrue(issues.stream().allMatch(i -> Arrays.asList(i.getData()).contains("D") && i.getMessage().contains("'D'")),
                issues.toString());
    }

    @Test
    void oneNameForElementsOfDifferentKindsIsNoDuplicate() throws IOException {
        String text = HEAD + String.join("\n", declarations().toList()) + "\n";
        assertEquals(List.of(), scenarioDuplicates(text));
    }

    @Test
    void twoFilesDeclaringTheSamePackageAndScenarioAreBothInError() throws IOException {
        Map<String, String> twoFiles = new LinkedHashMap<>();
        twoFiles.put("a.bulwark", "package p\nscenario S\nforce F\n");
        twoFiles.put("folder/b.bulwark", "package p\n\nscenario S\nforce G\n");
        List<Issue> inA = duplicates(twoFiles, "a.bulwark");
        assertEquals(1, inA.size(), inA.toString());
        assertEquals(2, inA.get(0).getLineNumber());
        assertTrue(inA.get(0).getMessage().contains("Scenario p.S is also declared in b.bulwark"), inA.get(0).getMessage());
        List<Issue> inB = duplicates(twoFiles, "folder/b.bulwark");
        assertEquals(1, inB.size(), inB.toString());
        assertEquals(3, inB.get(0).getLineNumber());

        twoFiles.put("folder/b.bulwark", "package q\nscenario S\nforce G\n");
        assertEquals(List.of(), duplicates(twoFiles, "a.bulwark"), "one scenario name in two packages");
    }

    @Test
    void catalogTypesAreUniquePerKindWithinAPackageAcrossFiles() throws IOException {
        String missile = "missile D { reach 100 km rcs 1 m2 }\n";
        assertEquals(2, duplicates(Map.of("a.bulwark", "package p\n" + missile + missile), "a.bulwark").size(), "in one file");

        Map<String, String> twoFiles = new LinkedHashMap<>();
        twoFiles.put("a.bulwark", "package p\n" + missile);
        twoFiles.put("folder/b.bulwark", "package p\n" + missile);
        List<Issue> inA = duplicates(twoFiles, "a.bulwark");
        assertEquals(1, inA.size(), inA.toString());
        assertEquals(2, inA.get(0).getLineNumber());
        assertTrue(inA.get(0).getMessage().contains("p.D is also declared in b.bulwark"), inA.get(0).getMessage());
        assertEquals(1, duplicates(twoFiles, "folder/b.bulwark").size(), "and in the other file");

        twoFiles.put("folder/b.bulwark", "package q\n" + missile);
        assertEquals(List.of(), duplicates(twoFiles, "a.bulwark"), "other package");

        String kinds = "package p\ninterceptor D { range 0 .. 200 km altitude 10 .. 150 km speed 3 km/s reaction 10 s pk 0.8 }\n"
                + "radar D { detects 1000 km at rcs 1 m2 sector 360 deg elevation 0 .. 90 deg track 5 s }\n" + missile;
        assertEquals(List.of(), duplicates(Map.of("a.bulwark", kinds), "a.bulwark"), "other kinds");
    }
}
