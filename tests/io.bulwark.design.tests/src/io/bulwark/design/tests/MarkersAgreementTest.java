package io.bulwark.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceFactory;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.Modules2;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

import com.google.inject.Guice;
import com.google.inject.Injector;

import io.bulwark.core.finding.Finding;
import io.bulwark.core.finding.FindingKind;
import io.bulwark.design.ScenarioServices;
import io.bulwark.dsl.BulwarkRuntimeModule;
import io.bulwark.dsl.BulwarkStandaloneSetup;
import io.bulwark.dsl.validation.AnalysedScenario;
import io.bulwark.dsl.validation.CoverageOptions;
import io.bulwark.dsl.validation.CoverageService;
import io.bulwark.model.bulwark.Asset;
import io.bulwark.model.bulwark.Battery;
import io.bulwark.model.bulwark.Model;
import io.bulwark.model.bulwark.Radar;
import io.bulwark.model.bulwark.Raid;
import io.bulwark.model.bulwark.ScenarioElement;

/**
 * The diagrams and the markers say the same: on every element of the examples, the findings the Sirius services show
 * are the markers' (code, message), and each finding predicate is true exactly where a marker of its kind is. Also with
 * other defaults, as the IDE's preferences give: the diagrams read the analysis of the language the resource was loaded
 * with.
 */
class MarkersAgreementTest {

    private final ScenarioServices services = new ScenarioServices();

    /** A language whose assets require 0.999 unless they say otherwise (as a preference would set it). */
    public static final class StrictCoverageService extends CoverageService {
        @Override
        public CoverageOptions options() {
            return CoverageOptions.DEFAULT.withDefaultRequiredNegation(0.999);
        }
    }

    private static Injector language() {
        return new BulwarkStandaloneSetup().createInjectorAndDoEMFRegistration();
    }

    private static Injector strictLanguage() {
        language(); // the EMF registrations
        return Guice.createInjector(Modules2.mixin(new BulwarkRuntimeModule(),
                binder -> binder.bind(CoverageService.class).to(StrictCoverageService.class)));
    }

    /** The examples, loaded by the given language's resource factory (so their services are that language's). */
    private static XtextResourceSet examples(Injector injector) throws IOException {
        XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("bulwark", injector.getInstance(XtextResourceFactory.class));
        Path examples = Workspace.root().resolve("examples");
        try (var files = Files.walk(examples)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".bulwark")).sorted().toList()) {
                set.getResource(URI.createFileURI(file.toString()), true);
            }
        }
        EcoreUtil.resolveAll(set);
        return set;
    }

    /** Per element of every scenario: its markers' findings and the services' findings, as "code message" lines. */
    private Map<String, List<String>[]> compare(Injector injector) throws IOException {
        XtextResourceSet set = examples(injector);
        IResourceValidator validator = injector.getInstance(IResourceValidator.class);
        Map<String, List<String>[]> byElement = new TreeMap<>();
        for (Resource resource : List.copyOf(set.getResources())) {
            Model model = (Model) resource.getContents().get(0);
            if (model.getScenario() == null) {
                continue;
            }
            List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
            for (ScenarioElement element : model.getScenario().getElements()) {
                String uri = EcoreUtil.getURI(element).toString();
                List<String> markers = issues.stream().filter(i -> i.getCode() != null && i.getCode().startsWith("BULWARK-COV")
                        && uri.equals(i.getUriToProblem().toString())).map(i -> i.getMessage()).sorted().toList();
                String shown = services.findingMessages(element);
                List<String> diagram = shown.isEmpty() ? List.of() : List.of(shown.split("\n")).stream().sorted().toList();
                @SuppressWarnings("unchecked")
                List<String>[] pair = new List[] { markers, diagram };
                byElement.put(resource.getURI().lastSegment() + "#" + element.getName(), pair);
                assertPredicates(element, issues, uri);
            }
        }
        return byElement;
    }

    /** Each finding predicate of the services is true exactly where the markers have a finding of its kind. */
    private void assertPredicates(ScenarioElement element, List<Issue> issues, String uri) {
        String where = element.getName();
        switch (element) {
            case Asset asset -> assertEquals(marked(issues, uri, FindingKind.ASSET_BELOW_REQUIRED_NEGATION),
                    services.isBelowRequiredNegation(asset), where);
            case Raid raid -> assertEquals(marked(issues, uri, FindingKind.THREAT_NOT_ENGAGED), services.hasNoEngagement(raid), where);
            case Battery battery -> {
                assertEquals(marked(issues, uri, FindingKind.BATTERY_WITHOUT_TRACKS), services.reachedByNoRadar(battery), where);
                assertEquals(marked(issues, uri, FindingKind.INVENTORY_SHORTFALL), services.hasInventoryShortfall(battery), where);
                assertEquals(marked(issues, uri, FindingKind.SINGLE_POINT_OF_FAILURE), services.isSinglePointOfFailure(battery), where);
            }
            case Radar radar -> {
                assertEquals(marked(issues, uri, FindingKind.RADAR_REACHING_NO_BATTERY), services.reachesNoBattery(radar), where);
                assertEquals(marked(issues, uri, FindingKind.SINGLE_POINT_OF_FAILURE), services.isSinglePointOfFailure(radar), where);
            }
            default -> {
            }
        }
    }

    private static boolean marked(List<Issue> issues, String uri, FindingKind kind) {
        return issues.stream().anyMatch(i -> kind.code().equals(i.getCode()) && uri.equals(i.getUriToProblem().toString()));
    }

    private static List<String> mismatches(Map<String, List<String>[]> byElement) {
        List<String> differ = new ArrayList<>();
        byElement.forEach((element, pair) -> {
            if (!pair[0].equals(pair[1])) {
                differ.add(element + ": markers " + pair[0] + ", diagram " + pair[1]);
            }
        });
        return differ;
    }

    private static long findings(Map<String, List<String>[]> byElement) {
        return byElement.values().stream().mapToLong(pair -> pair[0].size()).sum();
    }

    @Test
    void theDiagramsShowEveryFindingOfTheExamplesWhereItsMarkerIs() throws IOException {
        Map<String, List<String>[]> byElement = compare(language());
        assertEquals(List.of(), mismatches(byElement));
        assertTrue(findings(byElement) >= 5, "the examples have findings: " + findings(byElement));
    }

    /**
     * With a language whose coverage service has other defaults (the IDE binds the preferences' service so), the
     * diagrams show that service's findings, each on the element the validator attaches it to. (The markers themselves
     * are not compared here: EMF's validator registry is global, so in one JVM it keeps the first language's validator.)
     */
    @Test
    void withOtherDefaultsTheDiagramsShowTheFindingsOfThatLanguagesAnalysis() throws IOException {
        Injector strict = strictLanguage();
        CoverageService service = strict.getInstance(CoverageService.class);
        int shown = 0;
        for (Resource resource : List.copyOf(examples(strict).getResources())) {
            Model model = (Model) resource.getContents().get(0);
            if (model.getScenario() == null) {
                continue;
            }
            AnalysedScenario.Analysed analysed = service.analyse(model.getScenario()).analysed().orElseThrow();
            for (ScenarioElement element : model.getScenario().getElements()) {
                List<String> expected = analysed.report().findings().stream().filter(f -> analysed.elementOf(f) == element)
                        .map(Finding::message).sorted().toList();
                String text = services.findingMessages(element);
                List<String> diagram = text.isEmpty() ? List.of() : List.of(text.split("\n")).stream().sorted().toList();
                assertEquals(expected, diagram, element.getName());
                shown += diagram.size();
                if (element instanceof Asset asset) {
                    assertEquals(analysed.report().findings().stream().anyMatch(f -> f.kind() == FindingKind.ASSET_BELOW_REQUIRED_NEGATION
                            && analysed.elementOf(f) == asset), services.isBelowRequiredNegation(asset), asset.getName());
                }
            }
        }
        // the stricter default leaves assets below it that the language's 0.9 covers: the defaults reached the diagrams
        assertNotEquals(findings(compare(language())), (long) shown);
    }

    @Test
    void anAssetWithoutItsOwnRequirementShowsTheDefaultOfTheAnalysisRead() throws IOException {
        for (Injector injector : List.of(language(), strictLanguage())) {
            double expected = injector.getInstance(CoverageService.class).options().defaultRequiredNegation();
            XtextResourceSet set = examples(injector);
            List<Asset> defaulted = new ArrayList<>();
            for (Resource resource : set.getResources()) {
                EObject root = resource.getContents().get(0);
                if (root instanceof Model model && model.getScenario() != null) {
                    model.getScenario().getElements().stream().filter(e -> e instanceof Asset a && a.getRequiredNegation() == null)
                            .forEach(e -> defaulted.add((Asset) e));
                }
            }
            assertTrue(!defaulted.isEmpty(), "the examples have an asset without 'requires'");
            for (Asset asset : defaulted) {
                assertEquals(expected, services.requiredNegation(asset), asset.getName());
            }
        }
    }
}
