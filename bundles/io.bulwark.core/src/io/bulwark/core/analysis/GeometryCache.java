package io.bulwark.core.analysis;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The raids' geometry of the last analysis made with it, for the next analysis of an edited scenario
 * ({@link CoverageAnalyzer#analyze(io.bulwark.core.scenario.Scenario, AnalysisOptions, GeometryCache)}): where the
 * deployment (forces, agreements, radars, batteries) and the options are the same, a raid equal to the one at its place
 * keeps its geometry. Thread-safe: an analysis takes the kept geometry for itself, so two analyses never share it.
 */
public final class GeometryCache {

    private final AtomicReference<Analysis> last = new AtomicReference<>();

    /** The kept analysis, now this caller's alone, or null. */
    Analysis take() {
        return last.getAndSet(null);
    }

    /** Keeps a finished analysis for the next one. */
    void keep(Analysis analysis) {
        last.set(analysis);
    }
}
