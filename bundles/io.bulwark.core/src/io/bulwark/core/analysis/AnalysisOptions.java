package io.bulwark.core.analysis;

/**
 * How to run an analysis. Results do not depend on {@code threads}.
 *
 * @param threads               worker threads (1 = sequential)
 * @param singlePointOfFailure  whether to look for single points of failure (finding kind 7)
 */
public record AnalysisOptions(int threads, boolean singlePointOfFailure) {

    /** All processors, with the single-point-of-failure analysis. */
    public static final AnalysisOptions DEFAULT = new AnalysisOptions(Runtime.getRuntime().availableProcessors(), true);

    public AnalysisOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
    }

    public AnalysisOptions withSinglePointOfFailure(boolean enabled) {
        return new AnalysisOptions(threads, enabled);
    }
}
