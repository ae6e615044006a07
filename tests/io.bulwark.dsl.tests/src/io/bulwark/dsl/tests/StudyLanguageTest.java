package io.bulwark.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
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
import io.bulwark.dsl.validation.StudyIssueCodes;
import io.bulwark.model.bulwark.AddElement;
import io.bulwark.model.bulwark.Battery;
import io.bulwark.model.bulwark.Constraint;
import io.bulwark.model.bulwark.Doctrine;
import io.bulwark.model.bulwark.LaunchDraw;
import io.bulwark.model.bulwark.Model;
import io.bulwark.model.bulwark.MonteCarlo;
import io.bulwark.model.bulwark.Objective;
import io.bulwark.model.bulwark.ObjectiveKind;
import io.bulwark.model.bulwark.RemoveElement;
import io.bulwark.model.bulwark.SiteGrid;
import io.bulwark.model.bulwark.Study;
import io.bulwark.model.bulwark.StudyProperty;
import io.bulwark.model.bulwark.ValueDraw;
import io.bulwark.model.bulwark.Variation;

/** The study language: every construct parses and links to the base scenario; every fault is reported on its line. */
class StudyLanguageTest {

    static final String SCENARIO = """
            scenario T
            import cat.*
            force A
            force B
            agreement AB { A <-> B latency 2 s }
            radar R : Surveillance { owner A at 36 N, 127 E }
            battery P : Upper { owner A at 36.1 N, 127 E interceptors 8 }
            asset X at 36.5 N, 127 E
            asset Y at 35.5 N, 128 E
            region Land { 35 N, 126 E  38 N, 126 E  38 N, 129 E  35 N, 129 E }
            raid N : SRBM x 2 from 38 N, 126.5 E at X
            """;

    static final String STUDY = """
            import cat.*
            study S for T {
                add battery Q : Upper { owner B at 36 N, 128 E interceptors 4 }
                remove R
                site Q grid 35 N, 126 E to 37 N, 128 E step 50 km within Land
                site P grid around 36 N, 127 E radius 40 km step 20 km
                vary P interceptors 4, 8, 16
                vary P salvo 1 .. 3
                vary P doctrine shoot-shoot, shoot-look-shoot
                vary AB latency 0 .. 10 s step 5
                vary Upper pk 0.7, 0.9
                vary N count 1 .. 4 step 1
                vary N launch-time 0 .. 60 s step 30
                vary N apogee 40 .. 60 km step 10
                monte-carlo 50 samples seed 42 {
                    launch N within 3 km
                    draw Upper pk uniform 0.7 .. 0.9
                    draw AB latency normal 2 sd 0.5 s
                }
                objective worst-negation X, Y
                objective assets-covered
                objective interceptors-spent
                objective findings 6
                constraint X covered
            }
            """;

    private static Map<String, String> files(String scenario, String study) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("cat.bulwark", Language.CATALOG);
        files.put("t.bulwark", scenario);
        if (study != null) {
            files.put("s.bulwark", study);
        }
        return files;
    }

    @Test
    void everyConstructParsesAndLinksInAFileOfItsOwn() throws IOException {
        XtextResource resource = Language.resource(Language.load(files(SCENARIO, STUDY)), "s.bulwark");
        assertEquals(List.of(), resource.getErrors(), "syntax errors");
        List<Issue> issues = Language.validate(resource);
        assertEquals(List.of(), issues.stream().map(i -> i.getLineNumber() + ": " + i.getMessage()).toList());
        Study study = ((Model) resource.getContents().get(0)).getStudies().get(0);
        assertEquals("T", study.getScenario().getName());
        assertEquals(18, study.getItems().size());
        AddElement add = (AddElement) study.getItems().get(0);
        assertEquals("Q", ((Battery) add.getElement()).getName());
        assertEquals("R", ((RemoveElement) study.getItems().get(1)).getTarget().getName());
        SiteGrid bounds = (SiteGrid) study.getItems().get(2);
        assertEquals(add.getElement(), bounds.getTarget(), "a site grid may move a battery the study adds");
        assertEquals("Land", bounds.getWithin().getName());
        assertEquals(new BigDecimal("37"), bounds.getOpposite().getLatitude().getValue());
        SiteGrid disc = (SiteGrid) study.getItems().get(3);
        assertEquals(new BigDecimal("40"), disc.getRadius().getValue());
        Variation interceptors = (Variation) study.getItems().get(4);
        assertEquals(StudyProperty.INTERCEPTORS, interceptors.getProperty());
        assertEquals(List.of(new BigDecimal("4"), new BigDecimal("8"), new BigDecimal("16")), interceptors.getValues());
        Variation salvo = (Variation) study.getItems().get(5);
        assertEquals(new BigDecimal("3"), salvo.getMax());
        Variation doctrine = (Variation) study.getItems().get(6);
        assertEquals(List.of(Doctrine.SHOOT_SHOOT, Doctrine.SHOOT_LOOK_SHOOT), doctrine.getDoctrines());
        Variation latency = (Variation) study.getItems().get(7);
        assertEquals("s", latency.getUnit());
        assertEquals(new BigDecimal("5"), latency.getStep());
        assertEquals("Upper", ((Variation) study.getItems().get(8)).getTarget().getName());
        assertEquals(StudyProperty.LAUNCH_TIME, ((Variation) study.getItems().get(10)).getProperty());
        MonteCarlo monteCarlo = (MonteCarlo) study.getItems().get(12);
        assertEquals(50, monteCarlo.getSamples());
        assertEquals(42, monteCarlo.getSeed());
        assertEquals("N", ((LaunchDraw) monteCarlo.getDraws().get(0)).getRaid().getName());
        ValueDraw pk = (ValueDraw) monteCarlo.getDraws().get(1);
        assertTrue(pk.isUniform());
        ValueDraw normal = (ValueDraw) monteCarlo.getDraws().get(2);
        assertEquals(new BigDecimal("0.5"), normal.getSd());
        Objective worst = (Objective) study.getItems().get(13);
        assertEquals(ObjectiveKind.WORST_NEGATION, worst.getKind());
        assertEquals(2, worst.getAssets().size());
        assertEquals(6, ((Objective) study.getItems().get(16)).getFindingKind());
        assertEquals("X", ((Constraint) study.getItems().get(17)).getAsset().getName());
    }

    @Test
    void aStudyBesideItsScenarioParsesToo() throws IOException {
        XtextResource resource = Language.resource(Language.load(files("import cat.*\n" + (SCENARIO + STUDY).replace("import cat.*\n", ""), null)), "t.bulwark");
        assertEquals(List.of(), Language.validate(resource).stream().filter(i -> i.getSeverity() == Severity.ERROR)
                .map(i -> i.getLineNumber() + ": " + i.getMessage()).toList(), "errors (the scenario's findings are warnings)");
        Model model = (Model) resource.getContents().get(0);
        assertEquals("T", model.getScenario().getName());
        assertEquals("S", model.getStudies().get(0).getName());
    }

    /** code, study text (the faulty line ends with "// <<"). */
    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of(StudyIssueCodes.WRONG_STUDY_TARGET, "site N grid around 36 N, 127 E radius 40 km step 20 km // <<"),
                Arguments.of(StudyIssueCodes.WRONG_STUDY_TARGET, "vary P latency 1, 2 s // <<"),
                Arguments.of(StudyIssueCodes.WRONG_STUDY_TARGET, "vary N interceptors 1, 2 // <<"),
                Arguments.of(StudyIssueCodes.WRONG_STUDY_TARGET, "monte-carlo 5 samples seed 1 {\n draw P interceptors uniform 1 .. 2 // <<\n}"),
                Arguments.of(StudyIssueCodes.INVALID_STUDY_VALUE, "vary P salvo 3 .. 1 // <<"),
                Arguments.of(StudyIssueCodes.INVALID_STUDY_VALUE, "vary P salvo 1 .. 3 step 0 // <<"),
                Arguments.of(StudyIssueCodes.INVALID_STUDY_VALUE, "vary P interceptors 1.5, 2 // <<"),
                Arguments.of(StudyIssueCodes.INVALID_STUDY_VALUE, "vary P interceptors 1, 2 step 1 // <<"),
                Arguments.of(StudyIssueCodes.INVALID_STUDY_VALUE, "vary P doctrine 1, 2 // <<"),
                Arguments.of(StudyIssueCodes.INVALID_STUDY_VALUE, "vary N count 0 .. 2 // <<"),
                Arguments.of(StudyIssueCodes.INVALID_STUDY_VALUE, "site P grid around 36 N, 127 E radius 40 km step 0 km // <<"),
                Arguments.of(StudyIssueCodes.INVALID_STUDY_VALUE, "monte-carlo 0 samples seed 1 { } // <<"),
                Arguments.of(StudyIssueCodes.INVALID_STUDY_VALUE, "monte-carlo 1 samples seed 1 { }\nmonte-carlo 2 samples seed 1 { } // <<"),
                Arguments.of(StudyIssueCodes.INVALID_STUDY_VALUE, "objective findings 9 // <<"),
                Arguments.of(StudyIssueCodes.INVALID_STUDY_VALUE, "objective assets-covered X // <<"),
                Arguments.of(IssueCodes.PROBABILITY_OUT_OF_RANGE, "vary Upper pk 0.5, 1.5 // <<"),
                Arguments.of(IssueCodes.MISSING_UNIT, "vary AB latency 1, 2 // <<"),
                Arguments.of(IssueCodes.WRONG_UNIT, "vary N apogee 40 .. 50 s // <<"),
                Arguments.of(IssueCodes.WRONG_UNIT, "vary P salvo 1 .. 2 km // <<"),
                Arguments.of(IssueCodes.WRONG_UNIT, "monte-carlo 5 samples seed 1 {\n launch N within 3 s // <<\n}"),
                Arguments.of(IssueCodes.MISSING_UNIT, "site P grid around 36 N, 127 E radius 40 km step 20 // <<"),
                Arguments.of(IssueCodes.UNKNOWN_REFERENCE, "vary Nobody count 1, 2 // <<"));
    }

    @ParameterizedTest(name = "{0} #{index}")
    @MethodSource("faults")
    void aFaultIsReportedOnItsLine(String code, String clause) throws IOException {
        String text = "import cat.*\nstudy S for T {\n" + clause + "\n}\n";
        XtextResource resource = Language.resource(Language.load(files(SCENARIO, text)), "s.bulwark");
        List<Issue> issues = Language.validate(resource);
        Issue issue = issues.stream().filter(i -> code.equals(i.getCode())).findFirst()
                .orElseThrow(() -> new AssertionError(code + " expected in "
                        + issues.stream().map(i -> i.getLineNumber() + " " + i.getCode() + " " + i.getMessage()).toList()));
        assertEquals(Language.lineOf(text, "// <<"), issue.getLineNumber(), issue.getMessage());
        assertTrue(issue.getMessage().length() > 10 && !issue.getMessage().contains("Exception"), issue.getMessage());
    }

    @Test
    void aSyntaxErrorInAStudyIsOnItsLine() throws IOException {
        String text = "study S for T {\n vary P interceptors\n objective assets-covered\n}\n";
        XtextResource resource = Language.resource(Language.load(files(SCENARIO, text)), "s.bulwark");
        assertEquals(1, resource.getErrors().size(), resource.getErrors().toString());
        assertEquals(3, resource.getErrors().get(0).getLine());
    }
}
