package io.bulwark.dsl.validation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.OnChangeEvictingCache;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import io.bulwark.core.analysis.CoverageAnalyzer;
import io.bulwark.core.analysis.GeometryCache;
import io.bulwark.core.report.CoverageReport;
import io.bulwark.core.scenario.InvalidScenarioException;
import io.bulwark.model.bulwark.Battery;
import io.bulwark.model.bulwark.Radar;
import io.bulwark.model.bulwark.Raid;
import io.bulwark.model.bulwark.Scenario;
import io.bulwark.model.mapping.IncompleteModelException;
import io.bulwark.model.mapping.MappedScenario;
import io.bulwark.model.mapping.ScenarioMapper;

/**
 * The one way to the coverage analysis of a scenario: maps it to the core's records, applies the limits, runs the
 * core, and keeps the outcome in the scenario's resource until the resource changes (Xtext's
 * {@link OnChangeEvictingCache}), so the validator, the commands, the views and the diagrams share one analysis. The
 * raids' geometry outlives a change: the next analysis recomputes only what the edit changed.
 */
@Singleton
public class CoverageService {

    /** The cache key of an analysis: the service's kind and the options that change the result. */
    private static final String CACHE_KEY = CoverageService.class.getName();

    private static final CoverageService STANDALONE = new CoverageService();

    @Inject(optional = true)
    private IResourceScopeCache cache = new OnChangeEvictingCache();

    private final AtomicInteger analyses = new AtomicInteger();

    /**
     * The coverage service of the language the element's resource was loaded with (in Eclipse the one that honours
     * the preferences); a service with the language's defaults for an element outside any Bulwark resource.
     */
    public static CoverageService of(EObject element) {
        Resource resource = element == null ? null : element.eResource();
        IResourceServiceProvider services = resource instanceof XtextResource xtext ? xtext.getResourceServiceProvider() : null;
        CoverageService service = services == null ? null : services.get(CoverageService.class);
        return service != null ? service : STANDALONE;
    }

    /** The options of an analysis that names none: the language's defaults (the IDE applies its preferences). */
    public CoverageOptions options() {
        return CoverageOptions.DEFAULT;
    }

    /** The analysis of the scenario with {@link #options()}. */
    public AnalysedScenario analyse(Scenario scenario) {
        return analyse(scenario, options());
    }

    /**
     * The analysis of the scenario with the given options: computed once per state of its resource and options (the
     * threads aside, which do not change the result), then read from the resource until it changes. A read also checks
     * that the analysis input is the same, so that a catalog changed in another resource (which does not touch this
     * one) is not missed.
     */
    public AnalysedScenario analyse(Scenario scenario, CoverageOptions options) {
        Resource resource = scenario.eResource();
        if (resource instanceof XtextResource) {
            // links resolved first, so that their errors are known before the outcome is kept
            EcoreUtil2.resolveLazyCrossReferences(resource, CancelIndicator.NullImpl);
        }
        AtomicReference<Kept> slot = cache.get(List.of(CACHE_KEY, options.resultKey()), resource, AtomicReference::new);
        Mapping mapping = Mapping.of(scenario, options);
        Kept kept = slot.get();
        if (kept == null || !kept.input().equals(mapping.input())) {
            kept = new Kept(mapping.input(), compute(scenario, options, mapping.mapped()));
            slot.set(kept);
        }
        return kept.outcome();
    }

    /** An outcome and the input it was computed from. */
    private record Kept(Object input, AnalysedScenario outcome) {
    }

    /**
     * The scenario mapped to the core's records (null when it cannot be), and what its analysis reads: those records, or
     * why they cannot be made.
     */
    private record Mapping(MappedScenario mapped, Object input) {

        static Mapping of(Scenario scenario, CoverageOptions options) {
            try {
                MappedScenario mapped = ScenarioMapper.map(scenario, options.defaultRequiredNegation());
                return new Mapping(mapped, mapped.scenario());
            } catch (RuntimeException e) {
                return new Mapping(null, String.valueOf(e.getMessage()));
            }
        }
    }

    /** How many analyses this service has run (not counting those read from the cache). */
    public int analyses() {
        return analyses.get();
    }

    /** @param mapped  the scenario mapped, or null when mapping it fails (then it fails here again, and says why) */
    private AnalysedScenario compute(Scenario scenario, CoverageOptions options, MappedScenario mapped) {
        Resource resource = scenario.eResource();
        int errors = resource == null ? 0 : resource.getErrors().size();
        if (errors > 0) {
            return new AnalysedScenario.NotAnalysable(scenario, scenario, "fix the " + errors + " syntax or reference error"
                    + (errors == 1 ? "" : "s") + " of this file first", true);
        }
        long threats = threats(scenario);
        if (threats > options.maxThreats()) {
            return new AnalysedScenario.NotAnalysable(scenario, scenario, "the raids add up to " + threats + " threats, more than the "
                    + options.maxThreats() + " the analysis takes", false);
        }
        long pairs = threatPairs(scenario);
        if (pairs > options.maxThreatPairs()) {
            return new AnalysedScenario.NotAnalysable(scenario, scenario, threats + " threats against the batteries and radars make "
                    + pairs + " threat pairs, more than the " + options.maxThreatPairs() + " the analysis takes", false);
        }
        try {
            MappedScenario analysed = mapped != null ? mapped : ScenarioMapper.map(scenario, options.defaultRequiredNegation());
            analyses.incrementAndGet();
            CoverageReport report = resource == null ? new CoverageAnalyzer().analyze(analysed.scenario(), options.analysis())
                    : new CoverageAnalyzer().analyze(analysed.scenario(), options.analysis(), KeptGeometry.of(resource, options.resultKey()));
            return new AnalysedScenario.Analysed(scenario, analysed, report);
        } catch (IncompleteModelException e) {
            EObject element = e.element() != null && e.element().eResource() == resource ? e.element() : scenario;
            return new AnalysedScenario.NotAnalysable(scenario, element, e.getMessage(), false);
        } catch (InvalidScenarioException e) {
            return new AnalysedScenario.NotAnalysable(scenario, scenario, e.getMessage(), false);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            // a defect of the analysis: said once, on the scenario, instead of a stack trace and an issue without position
            return new AnalysedScenario.Failed(scenario, "internal error of the analysis (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
    }

    /**
     * The geometry of a resource's last analysis, per options: unlike the outcome it outlives the resource's changes, so
     * that the analysis after an edit recomputes only the raids the edit changed (all of them when it moved a radar or
     * battery).
     */
    private static final class KeptGeometry extends AdapterImpl {

        private final Map<Object, GeometryCache> byOptions = new ConcurrentHashMap<>();

        static GeometryCache of(Resource resource, Object optionsKey) {
            KeptGeometry kept;
            synchronized (resource.eAdapters()) {
                kept = (KeptGeometry) EcoreUtil.getExistingAdapter(resource, KeptGeometry.class);
                if (kept == null) {
                    kept = new KeptGeometry();
                    resource.eAdapters().add(kept);
                }
            }
            return kept.byOptions.computeIfAbsent(optionsKey, k -> new GeometryCache());
        }

        @Override
        public boolean isAdapterForType(Object type) {
            return type == KeptGeometry.class;
        }
    }

    /** The number of threat pairs of a scenario: its threats times its batteries and radars. */
    public static long threatPairs(Scenario scenario) {
        long deployments = scenario.getElements().stream().filter(e -> e instanceof Battery || e instanceof Radar).count();
        return threats(scenario) * deployments;
    }

    /** The number of threats of a scenario: the sum of its raids' counts (1 where unset), without overflow. */
    public static long threats(Scenario scenario) {
        return scenario.getElements().stream().filter(Raid.class::isInstance).mapToLong(e -> Math.max(0, ((Raid) e).getCount())).sum();
    }
}
