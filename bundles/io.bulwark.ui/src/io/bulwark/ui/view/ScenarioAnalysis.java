package io.bulwark.ui.view;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.Region;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;

import io.bulwark.core.finding.Finding;
import io.bulwark.core.report.CoverageReport;
import io.bulwark.core.scenario.Scenario;
import io.bulwark.dsl.validation.AnalysedScenario;
import io.bulwark.dsl.validation.CoverageService;
import io.bulwark.model.bulwark.Model;
import io.bulwark.model.mapping.ElementKind;
import io.bulwark.ui.Activator;
import io.bulwark.ui.editor.BulwarkDocuments;

/**
 * The coverage analysis of one file's scenario as the Coverage view shows it: the core's scenario and report,
 * and where each element's name is in the text (for navigation), or why there is no analysis.
 */
public record ScenarioAnalysis(IFile file, Scenario scenario, CoverageReport report, Map<String, Region> locations,
        Map<Finding, Region> findingLocations, String problem) {

    /** Analyses the scenario of the file holding {@code text} (the editor's text), in its project's model. */
    public static ScenarioAnalysis of(IFile file, String text) {
        ScenarioAnalysis result = BulwarkDocuments.compute(file, text, resource -> analyse(file, resource));
        return result != null ? result : failed(file, "The file could not be analysed (see the error log).");
    }

    private static ScenarioAnalysis analyse(IFile file, XtextResource resource) {
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model) || model.getScenario() == null) {
            boolean studies = !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model declared
                    && !declared.getStudies().isEmpty();
            return failed(file, file.getName() + (studies ? " declares studies, no scenario: Run Study in the editor's menu runs them."
                    : " declares no scenario (a catalog file)."));
        }
        AnalysedScenario outcome = Activator.injector().getInstance(CoverageService.class).analyse(model.getScenario());
        if (!(outcome instanceof AnalysedScenario.Analysed analysed)) {
            return failed(file, outcome.problem());
        }
        ILocationInFileProvider locations = Activator.injector().getInstance(ILocationInFileProvider.class);
        Map<String, Region> regions = new LinkedHashMap<>();
        analysed.mapped().elements().forEach((kind, elements) -> elements.forEach((name, element) -> {
            Region region = region(locations, element);
            if (region != null) {
                regions.put(key(kind, name), region);
            }
        }));
        Region scenario = region(locations, model.getScenario());
        if (scenario != null) {
            regions.put("scenario", scenario);
        }
        Map<Finding, Region> findingRegions = new LinkedHashMap<>();
        for (Finding finding : analysed.report().findings()) {
            Region region = region(locations, analysed.elementOf(finding));
            if (region != null) {
                findingRegions.put(finding, region);
            }
        }
        return new ScenarioAnalysis(file, analysed.mapped().scenario(), analysed.report(), regions, findingRegions, null);
    }

    /** The key of an element's location: {@code kind:name}, e.g. {@code asset:Seoul}. */
    public static String key(ElementKind kind, String name) {
        return kind.word() + ":" + name;
    }

    private static Region region(ILocationInFileProvider locations, EObject element) {
        ITextRegion region = locations.getSignificantTextRegion(element);
        return region == null ? null : new Region(region.getOffset(), region.getLength());
    }

    static ScenarioAnalysis failed(IFile file, String problem) {
        return new ScenarioAnalysis(file, null, null, Map.of(), Map.of(), problem);
    }

    /** The text region of the element a finding is about (a force pair: the force that does not share). */
    public Region locationOf(Finding finding) {
        return findingLocations.getOrDefault(finding, locations.get("scenario"));
    }

    /** The raids aimed at an asset, in declaration order. */
    public List<String> raids() {
        if (report == null) {
            return List.of();
        }
        java.util.Set<String> aimedAtAssets = new java.util.HashSet<>();
        report.assetRaids().forEach(pair -> aimedAtAssets.add(pair.raid()));
        return scenario.raids().stream().map(raid -> raid.name()).filter(aimedAtAssets::contains).toList();
    }
}
