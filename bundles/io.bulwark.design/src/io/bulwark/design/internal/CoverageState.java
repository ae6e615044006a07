package io.bulwark.design.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import io.bulwark.core.finding.Finding;
import io.bulwark.core.finding.FindingKind;
import io.bulwark.core.report.AssetRaidReport;
import io.bulwark.dsl.validation.AnalysedScenario;
import io.bulwark.dsl.validation.CoverageOptions;
import io.bulwark.dsl.validation.CoverageService;
import io.bulwark.model.bulwark.Scenario;

/**
 * What the diagrams need from the coverage analysis of a scenario: which findings concern which element, and the
 * negation of every (asset, raid) pair.
 *
 * <p>{@link #of(Scenario)} reads the analysis the markers read ({@link CoverageService#of}: the service of the language
 * the resource was loaded with, which in Eclipse honours the preferences, cached in the resource until it changes), and
 * attaches each finding to the element the markers put it on.
 */
public final class CoverageState {

    private static final CoverageState NO_SCENARIO = new CoverageState("Coverage not analysed: the element is not inside a scenario",
            CoverageOptions.DEFAULT.defaultRequiredNegation());

    private final String problem;
    private final double defaultRequiredNegation;
    private final Map<EObject, List<Finding>> findings = new IdentityHashMap<>();
    private final Map<String, AssetRaidReport> pairs = new LinkedHashMap<>();

    private CoverageState(String problem, double defaultRequiredNegation) {
        this.problem = problem;
        this.defaultRequiredNegation = defaultRequiredNegation;
    }

    /** The coverage of {@code scenario}, as the markers see it. */
    public static CoverageState of(Scenario scenario) {
        if (scenario == null) {
            return NO_SCENARIO;
        }
        CoverageService service = CoverageService.of(scenario);
        AnalysedScenario outcome = service.analyse(scenario);
        double defaultRequired = service.options().defaultRequiredNegation();
        if (!(outcome instanceof AnalysedScenario.Analysed analysed)) {
            return new CoverageState(outcome.problem(), defaultRequired);
        }
        CoverageState state = new CoverageState(null, defaultRequired);
        for (Finding finding : analysed.report().findings()) {
            state.findings.computeIfAbsent(analysed.elementOf(finding), k -> new ArrayList<>()).add(finding);
        }
        for (AssetRaidReport pair : analysed.report().assetRaids()) {
            state.pairs.put(key(pair.asset(), pair.raid()), pair);
        }
        return state;
    }

    /** Whether the analysis ran. */
    public boolean analysed() {
        return problem == null;
    }

    /** Why the analysis did not run ("Coverage not analysed: ..."), or null when it did. */
    public String problem() {
        return problem;
    }

    /** The required negation of an asset that states none, in the analysis read (the IDE's preference). */
    public double defaultRequiredNegation() {
        return defaultRequiredNegation;
    }

    /** Whether a finding of {@code kind} is about {@code element} (where its marker is). */
    public boolean has(FindingKind kind, EObject element) {
        return findings.getOrDefault(element, List.of()).stream().anyMatch(f -> f.kind() == kind);
    }

    /** The findings about {@code element}, in report order. */
    public List<Finding> findings(EObject element) {
        return List.copyOf(findings.getOrDefault(element, List.of()));
    }

    /** The raid's worst threat at the asset, with the requirement and the verdict, or null when not known. */
    public AssetRaidReport pair(String asset, String raid) {
        return pairs.get(key(asset, raid));
    }

    private static String key(String asset, String raid) {
        return asset + "\u0000" + raid;
    }
}
