package io.bulwark.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import io.bulwark.core.analysis.AnalysisOptions;
import io.bulwark.core.analysis.CoverageAnalyzer;
import io.bulwark.core.report.CoverageReport;
import io.bulwark.core.scenario.Scenario;

/**
 * The memory targets (README, Performance), each in a JVM whose heap is capped: 10,000 threats x 100 batteries x
 * 50 radars in 512 MB, with and without single points of failure, and 100,000 threats (the language's limit) x
 * 200 batteries x 100 radars without them in 1 GB. A run passes when it completes; an OutOfMemoryError fails it.
 * The scenario and the report it returns stay live during each run.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xmx512m" })
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class MemoryBenchmark {

    @State(Scope.Benchmark)
    public static class LargeTheatre {
        @Param({ "10000" })
        public int threats;
        Scenario scenario;

        @Setup(Level.Trial)
        public void generate() {
            scenario = ScenarioGenerator.generate(42, threats, 100, 50, 4);
        }
    }

    /** 100,000 threats x 200 batteries x 100 radars. */
    @State(Scope.Benchmark)
    public static class WholeTheatre {
        Scenario scenario;

        @Setup(Level.Trial)
        public void generate() {
            scenario = ScenarioGenerator.generate(42, 100_000, 200, 100, 4);
        }
    }

    @Benchmark
    public CoverageReport theatreIn512MbHeap(LargeTheatre state) {
        return new CoverageAnalyzer().analyze(state.scenario, AnalysisOptions.DEFAULT.withSinglePointOfFailure(false));
    }

    @Benchmark
    public CoverageReport theatreWithSinglePointsOfFailureIn512MbHeap(LargeTheatre state) {
        return new CoverageAnalyzer().analyze(state.scenario, AnalysisOptions.DEFAULT);
    }

    /** One run, no warm-up: it takes minutes. */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = { "-Xmx1g" })
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public CoverageReport wholeTheatreIn1GbHeap(WholeTheatre state) {
        return new CoverageAnalyzer().analyze(state.scenario, AnalysisOptions.DEFAULT.withSinglePointOfFailure(false));
    }
}
