package io.bulwark.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

import io.bulwark.core.finding.Finding;
import io.bulwark.core.finding.FindingKind;
import io.bulwark.dsl.validation.AnalysedScenario;
import io.bulwark.dsl.validation.CoverageOptions;
import io.bulwark.dsl.validation.CoverageService;
import io.bulwark.dsl.validation.IssueCodes;
import io.bulwark.dsl.validation.IssueData;
import io.bulwark.model.bulwark.InterceptorType;
import io.bulwark.model.bulwark.Model;
import io.bulwark.model.bulwark.Named;
import io.bulwark.model.bulwark.Scenario;

/** The one analysis of a scenario that every consumer reads: its three outcomes, its cache and its options. */
class AnalysedScenarioTest {

    /** One raid negated to 0.96 (two shots of pk 0.8) at City, which states no requirement. */
    private static final String SCENARIO = """
            scenario Test
            import cat.*
            force US nation "United States"
            radar R : Surveillance { owner US at 0 N, 2.698 E facing 0 deg }
            battery B : Upper { owner US at 0 N, 2.698 E interceptors 10 doctrine shoot-shoot salvo 2 }
            asset City at 0 N, 2.698 E
            raid R1 : SRBM from 0 N, 0 E at City
            """;

    private final CoverageService coverage = Language.injector().getInstance(CoverageService.class);

    private static XtextResource scenario(String text) throws IOException {
        return Language.resource(Language.load(Map.of("cat.bulwark", Language.CATALOG, "test.bulwark", text)), "test.bulwark");
    }

    private static Scenario scenarioOf(XtextResource resource) {
        return ((Model) resource.getContents().get(0)).getScenario();
    }

    @Test
    void theValidatorAndEveryLaterReaderShareOneAnalysisUntilTheTextChanges() throws IOException {
        XtextResource resource = scenario(SCENARIO);
        int before = coverage.analyses();
        List<Issue> issues = Language.validate(resource);
        AnalysedScenario first = coverage.analyse(scenarioOf(resource));
        AnalysedScenario withOtherThreads = coverage.analyse(scenarioOf(resource), CoverageOptions.DEFAULT.withThreads(3));
        assertEquals(before + 1, coverage.analyses(), "validation, a second read and other threads: one analysis");
        assertSame(first, withOtherThreads);
        assertEquals(first.analysed().orElseThrow().report().findings().size(),
                issues.stream().filter(i -> i.getCode() != null && i.getCode().startsWith("BULWARK-COV")).count(), issues.toString());

        resource.reparse(SCENARIO.replace("salvo 2", "salvo 1"));
        EcoreUtil.resolveAll(resource);
        AnalysedScenario edited = coverage.analyse(scenarioOf(resource));
        assertEquals(before + 2, coverage.analyses(), "an edit evicts the analysis");
        assertNotSame(first, edited);
        // one shot of pk 0.8 leaves City below the language's 0.9
        assertEquals(0.96, first.analysed().orElseThrow().report().assetRaids().get(0).negation(), 1e-9);
        assertEquals(0.8, edited.analysed().orElseThrow().report().assetRaids().get(0).negation(), 1e-9);
        assertEquals(List.of(), belowRequired(first));
        assertEquals(List.of("City"), belowRequired(edited));
    }

    @Test
    void aCatalogChangedInAnotherResourceIsAnotherAnalysis() throws IOException {
        XtextResourceSet set = Language.load(Map.of("cat.bulwark", Language.CATALOG, "test.bulwark", SCENARIO));
        Scenario scenario = scenarioOf(Language.resource(set, "test.bulwark"));
        AnalysedScenario first = coverage.analyse(scenario);
        int before = coverage.analyses();
        assertSame(first, coverage.analyse(scenario));
        // the scenario's resource is not touched: only the input the analysis reads changes
        InterceptorType upper = (InterceptorType) ((Model) Language.resource(set, "cat.bulwark").getContents().get(0)).getTypes().get(0);
        upper.setPk(new BigDecimal("0.5"));
        AnalysedScenario changed = coverage.analyse(scenario);
        assertEquals(before + 1, coverage.analyses());
        // two shots of pk 0.5: 1 - 0.5^2
        assertEquals(0.75, changed.analysed().orElseThrow().report().assetRaids().get(0).negation(), 1e-9);
        assertSame(changed, coverage.analyse(scenario));
        assertEquals(before + 1, coverage.analyses());
    }

    private static List<String> belowRequired(AnalysedScenario analysed) {
        return analysed.analysed().orElseThrow().report().findings().stream()
                .filter(f -> f.kind() == FindingKind.ASSET_BELOW_REQUIRED_NEGATION).map(Finding::subject).toList();
    }

    @Test
    void anotherDefaultRequirementIsAnotherAnalysisWithThatRequirement() throws IOException {
        XtextResource resource = scenario(SCENARIO);
        AnalysedScenario language = coverage.analyse(scenarioOf(resource));
        int before = coverage.analyses();
        AnalysedScenario strict = coverage.analyse(scenarioOf(resource), CoverageOptions.DEFAULT.withDefaultRequiredNegation(0.99));
        assertEquals(before + 1, coverage.analyses());
        assertEquals(0.9, language.analysed().orElseThrow().report().assetRaids().get(0).required());
        assertEquals(0.99, strict.analysed().orElseThrow().report().assetRaids().get(0).required());
        // 0.96 < 0.99: below the stricter default, not below the language's
        assertEquals(List.of(), belowRequired(language));
        assertEquals(List.of("City"), belowRequired(strict));
    }

    /** A service whose defaults differ (as the IDE's preferences do) still applies the limits. */
    static final class StrictService extends CoverageService {
        @Override
        public CoverageOptions options() {
            return CoverageOptions.DEFAULT.withDefaultRequiredNegation(0.5);
        }
    }

    @Test
    void aRaidOfTwoBillionMissilesIsRefusedAtTheScenarioWhateverTheDefaults() throws IOException {
        XtextResource resource = scenario(SCENARIO.replace("raid R1 : SRBM", "raid R1 : SRBM x 2000000000"));
        for (CoverageService service : List.of(coverage, new StrictService())) {
            int before = service.analyses();
            AnalysedScenario outcome = service.analyse(scenarioOf(resource));
            AnalysedScenario.NotAnalysable refused = assertInstanceOf(AnalysedScenario.NotAnalysable.class, outcome);
            assertSame(scenarioOf(resource), refused.element());
            assertEquals("Coverage not analysed: the raids add up to 2000000000 threats, more than the 100000 the analysis takes",
                    outcome.problem());
            assertFalse(refused.blockedByErrors());
            assertEquals(before, service.analyses(), "refused before the core");
        }
    }

    @Test
    void aFileWithSyntaxErrorsIsNotAnalysedAndSaysWhy() throws IOException {
        XtextResource resource = scenario(SCENARIO.replace("asset City at", "asset City att"));
        AnalysedScenario.NotAnalysable outcome = assertInstanceOf(AnalysedScenario.NotAnalysable.class,
                coverage.analyse(scenarioOf(resource)));
        assertTrue(outcome.blockedByErrors());
        assertTrue(outcome.reason().matches("fix the \\d+ syntax or reference errors? of this file first"), outcome.reason());
    }

    @Test
    void aValueTheMappingRefusesIsSaidAtItsElement() throws IOException {
        XtextResource resource = scenario(SCENARIO.replace("asset City at 0 N, 2.698 E", "asset City at 0 N, 2.698 E requires 1.5"));
        AnalysedScenario.NotAnalysable outcome = assertInstanceOf(AnalysedScenario.NotAnalysable.class,
                coverage.analyse(scenarioOf(resource)));
        assertFalse(outcome.blockedByErrors(), outcome.reason());
        assertEquals("City", ((Named) outcome.element()).getName(), outcome.reason());
        assertTrue(outcome.reason().endsWith("required negation 1.5 is outside [0, 1]"), outcome.reason());
        // said at the asset; a warning there, as the value check says why at its token
        List<Issue> notRun = Language.validate(resource).stream().filter(i -> IssueCodes.COVERAGE_NOT_RUN.equals(i.getCode())).toList();
        assertEquals(1, notRun.size());
        assertEquals(Language.lineOf(SCENARIO, "asset City"), notRun.get(0).getLineNumber());
    }

    /** Every finding of the examples goes back to one element of its file, and the marker of the finding is on it. */
    @Test
    void everyFindingOfTheExamplesIsMarkedOnTheElementItMapsTo() throws IOException {
        XtextResourceSet set = Language.examples();
        int findings = 0;
        for (var resource : List.copyOf(set.getResources())) {
            Model model = (Model) resource.getContents().get(0);
            if (model.getScenario() == null) {
                continue;
            }
            AnalysedScenario.Analysed analysed = coverage.analyse(model.getScenario()).analysed().orElseThrow();
            List<Issue> marked = Language.validate(resource).stream()
                    .filter(i -> i.getCode() != null && i.getCode().startsWith("BULWARK-COV")).toList();
            assertEquals(analysed.report().findings().size(), marked.size(), resource.getURI().lastSegment());
            for (Finding finding : analysed.report().findings()) {
                EObject element = analysed.elementOf(finding);
                assertSame(resource, element.eResource());
                String expectedName = finding.kind() == FindingKind.MISSING_SHARING_PATH ? finding.data().get("fromForce") : finding.subject();
                assertEquals(expectedName, ((Named) element).getName());
                String uri = EcoreUtil.getURI(element).toString();
                assertTrue(marked.stream().anyMatch(i -> i.getCode().equals(finding.code()) && i.getMessage().equals(finding.message())
                        && i.getUriToProblem().toString().equals(uri) && IssueData.of(i).equals(finding.data())),
                        finding + " is not marked on " + uri);
                findings++;
            }
        }
        assertTrue(findings >= 5, "the examples have findings: " + findings);
    }
}
