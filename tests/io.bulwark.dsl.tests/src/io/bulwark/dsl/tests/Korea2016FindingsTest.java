package io.bulwark.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The validator's coverage findings on examples/korea2016.bulwark: code, element, line and the numbers behind them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Korea2016FindingsTest {

    private String text;
    private List<Issue> issues;

    @BeforeAll
    void validate() throws IOException {
        XtextResourceSet set = Language.examples();
        XtextResource korea = Language.example(set, "korea2016.bulwark");
        text = korea.getParseResult().getRootNode().getText();
        issues = Language.validate(korea);
    }

    private Issue finding(String code, String declaration) {
        int line = declarationLine(declaration);
        return issues.stream().filter(i -> code.equals(i.getCode()) && i.getLineNumber() == line).findFirst()
                .orElseThrow(() -> new AssertionError(code + " expected at '" + declaration + "' (line " + line + ") in "
                        + issues.stream().map(i -> i.getLineNumber() + " " + i.getCode()).toList()));
    }

    /** The line where a declaration starts (the examples mention names in their comments too). */
    private int declarationLine(String declaration) {
        return Language.lineOf(text, "\n" + declaration) + 1;
    }

    private static List<String> data(Issue issue) {
        return Arrays.asList(issue.getData());
    }

    @Test
    void onlyCoverageFindingsNoLanguageErrors() {
        assertTrue(issues.stream().allMatch(i -> i.getCode().startsWith("BULWARK-COV-")), issues.toString());
        assertEquals(7, issues.size(), issues.stream().map(Issue::getMessage).toList().toString());
    }

    @Test
    void seoulIsUndefendedAgainstTheScudsFromHwangju() {
        Issue seoul = finding("BULWARK-COV-001", "asset Seoul");
        assertEquals(Severity.ERROR, seoul.getSeverity());
        assertTrue(seoul.getMessage().startsWith("Seoul: negation 0.0 < required 0.9 against raid North1"), seoul.getMessage());
        assertTrue(seoul.getMessage().contains("closest ground range 203.3 km > 200.0 km max range"), "THAAD just out of reach");
        assertTrue(seoul.getMessage().contains("apogee 39.5 km is below the 40.0 km altitude floor"), "and below its floor");
        assertTrue(data(seoul).containsAll(List.of("asset=Seoul", "raid=North1")), data(seoul).toString());
    }

    @Test
    void pyeongtaekGetsOneThaadShotAgainstTheKn23() {
        Issue pyeongtaek = finding("BULWARK-COV-001", "asset Pyeongtaek");
        assertTrue(pyeongtaek.getMessage().startsWith("Pyeongtaek: negation 0.85 < required 0.9 against raid North4"),
                pyeongtaek.getMessage());
        assertTrue(pyeongtaek.getMessage().contains("fire-control radar MPQ65_Humphreys sees no point of the envelope"));
    }

    @Test
    void theFirstRaidHasNoEngagementOpportunity() {
        Issue north1 = finding("BULWARK-COV-002", "raid North1");
        assertTrue(north1.getMessage().startsWith("Raid North1: 4 of 4 threats have no engagement opportunity (apogee 39.5 km, flight 181.5 s)"),
                north1.getMessage());
    }

    @Test
    void seongjuIsASinglePointOfFailure() {
        Issue radar = finding("BULWARK-COV-007", "radar TPY2_Seongju");
        Issue battery = finding("BULWARK-COV-007", "battery THAAD_Seongju");
        for (Issue issue : List.of(radar, battery)) {
            assertEquals(Severity.WARNING, issue.getSeverity());
            assertTrue(issue.getMessage().contains("creates Busan below required negation against North2"), issue.getMessage());
        }
    }

    @Test
    void theTpy2RadarsSeeIntoChineseTerritory() {
        List<Issue> seen = issues.stream().filter(i -> i.getCode().equals("BULWARK-COV-008")).toList();
        assertEquals(2, seen.size());
        assertTrue(seen.stream().anyMatch(i -> i.getMessage().startsWith("Radar TPY2_Seongju (USFK) sees 6.2 % of China_Shandong")));
        assertTrue(seen.stream().anyMatch(i -> i.getMessage().startsWith("Radar TPY2_Kyogamisaki (USFJ) sees 9.2 % of China_Shandong")));
        assertTrue(seen.stream().allMatch(i -> i.getLineNumber() == declarationLine("region China_Shandong")));
    }
}
