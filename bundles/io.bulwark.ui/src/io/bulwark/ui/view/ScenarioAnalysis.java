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
import io.bulwark.dsl.validation.CoverageService;
import io.bulwark.model.bulwark.Model;
import io.bulwark.ui.Activator;
import io.bulwark.ui.editor.BulwarkDocuments;

/**
 * The coverage analysis of one file's scenario as the Coverage view shows it: the core's scenario and report,
 * and where each element's name is in the text (for navigation), or why there is no analysis.
 */
public record ScenarioAnalysis(IFile file, Scenario scenario, CoverageReport report, Map<String, Region> locations, String problem) {

    /** Analyses the scenario of the file holding {@code text} (the editor's text), in its project's model. */
    public static ScenarioAnalysis of(IFile file, String text) {
        ScenarioAnalysis result = BulwarkDocuments.compute(file, text, resource -> analyse(file, resource));
        return result != null ? result : failed(file, "The file could not be analysed (see the error log).");
    }

    private static ScenarioAnalysis analyse(IFile file, XtextResource resource) {
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model) || model.getScenario() == null) {
            return failed(file, file.getName() + " declares no scenario (a catalog file).");
        }
        org.eclipse.emf.ecore.util.EcoreUtil.resolveAll(resource);
        int errors = resource.getErrors().size();
        if (errors > 0) {
            return failed(file, "Fix the " + errors + " syntax or reference error" + (errors == 1 ? "" : "s") + " of " + file.getName()
                    + " to see its coverage.");
        }
        try {
            CoverageService.Result result = Activator.injector().getInstance(CoverageService.class).analyse(model.getScenario());
            ILocationInFileProvider locations = Activator.injector().getInstance(ILocationInFileProvider.class);
            Map<String, Region> regions = new LinkedHashMap<>();
            result.mapped().elements().forEach((kind, elements) -> elements.forEach((name, element) -> {
                Region region = region(locations, element);
                if (region != null) {
                    regions.put(kind + ":" + name, region);
                }
            }));
            Region scenario = region(locations, model.getScenario());
            if (scenario != null) {
                regions.put("scenario", scenario);
            }
            return new ScenarioAnalysis(file, result.mapped().scenario(), result.report(), regions, null);
        } catch (RuntimeException e) {
            return failed(file, "Coverage not analysed: " + e.getMessage());
        }
    }

    private static Region region(ILocationInFileProvider locations, EObject element) {
        ITextRegion region = locations.getSignificantTextRegion(element);
        return region == null ? null : new Region(region.getOffset(), region.getLength());
    }

    static ScenarioAnalysis failed(IFile file, String problem) {
        return new ScenarioAnalysis(file, null, null, Map.of(), problem);
    }

    /** The text region of the element a finding is about (a force pair: the force that does not share). */
    public Region locationOf(Finding finding) {
        String key = switch (finding.subjectKind()) {
            case ASSET -> "asset:" + finding.subject();
            case RAID -> "raid:" + finding.subject();
            case BATTERY -> "battery:" + finding.subject();
            case RADAR -> "radar:" + finding.subject();
            case REGION -> "region:" + finding.subject();
            case FORCE_PAIR -> "force:" + finding.data().getOrDefault("fromForce", "");
        };
        return locations.getOrDefault(key, locations.get("scenario"));
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
