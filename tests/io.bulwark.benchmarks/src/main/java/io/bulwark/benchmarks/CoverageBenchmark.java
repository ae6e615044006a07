package io.bulwark.benchmarks;

import java.util.List;
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
import io.bulwark.core.footprint.Footprint;
import io.bulwark.core.footprint.FootprintAnalyzer;
import io.bulwark.core.report.CoverageReport;
import io.bulwark.core.scenario.Asset;
import io.bulwark.core.scenario.GeoPoint;
import io.bulwark.core.scenario.MissileType;
import io.bulwark.core.scenario.Scenario;

/** Speed targets of the analysis core (README, Performance). Warm-up iterations are long: the theatre takes about half a second an operation. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = { "-Xmx512m" })
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 3)
public class CoverageBenchmark {

    /** A theatre: threats x batteries x radars, 4 forces. */
    @State(Scope.Benchmark)
    public static class Theatre {
        @Param({ "1000x100x50" })
        public String size;
        Scenario scenario;

        @Setup(Level.Trial)
        public void generate() {
            String[] parts = size.split("x");
            scenario = ScenarioGenerator.generate(42, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), 4);
        }
    }

    /** The Korea 2016 fixture of the core tests: one TPY-2 with its THAAD battery, 2 assets, 3 raids (6 threats). */
    @State(Scope.Benchmark)
    public static class Korea2016 {
        Scenario scenario;

        @Setup(Level.Trial)
        public void build() {
            scenario = ScenarioGenerator.korea2016();
        }
    }

    /** The size of the Korea 2016 example: 6 radars, 3 batteries, 4 assets, 4 raids of 10 threats. */
    @State(Scope.Benchmark)
    public static class KoreaSized {
        Scenario scenario;

        @Setup(Level.Trial)
        public void generate() {
            scenario = ScenarioGenerator.generate(2016, 10, 3, 6, 3);
        }
    }

    /** One asset with batteries and radars around it, for the defended footprint. */
    @State(Scope.Benchmark)
    public static class Defended {
        Scenario scenario;
        final MissileType mrbm = new MissileType("MRBM", 1000, 0.1);

        @Setup(Level.Trial)
        public void generate() {
            Scenario theatre = ScenarioGenerator.generate(7, 1, 6, 6, 2);
            Asset asset = new Asset("Capital", new GeoPoint(35.5, 128.0, 0), 0.9);
            scenario = new Scenario("Footprint", theatre.forces(), theatre.agreements(), theatre.radars(), theatre.batteries(),
                    List.of(asset), List.of(), List.of());
        }
    }

    @Benchmark
    public CoverageReport korea2016WithSinglePointsOfFailure(Korea2016 state) {
        return new CoverageAnalyzer().analyze(state.scenario, AnalysisOptions.DEFAULT);
    }

    @Benchmark
    public CoverageReport koreaSizedWithSinglePointsOfFailure(KoreaSized state) {
        return new CoverageAnalyzer().analyze(state.scenario, AnalysisOptions.DEFAULT);
    }

    @Benchmark
    public CoverageReport theatreWithoutSinglePointsOfFailure(Theatre state) {
        return new CoverageAnalyzer().analyze(state.scenario, AnalysisOptions.DEFAULT.withSinglePointOfFailure(false));
    }

    @Benchmark
    public CoverageReport theatreWithSinglePointsOfFailure(Theatre state) {
        return new CoverageAnalyzer().analyze(state.scenario, AnalysisOptions.DEFAULT);
    }

    @Benchmark
    public Footprint footprintAt1000KmReach(Defended state) {
        return new FootprintAnalyzer().footprint(state.scenario, "Capital", state.mrbm, AnalysisOptions.DEFAULT);
    }

    /** The fine grid: 1 km rings and 1 deg bearings out to 1,000 km, 360,000 cells. */
    @Benchmark
    @Warmup(iterations = 1, time = 1)
    @Measurement(iterations = 3, time = 1)
    public Footprint fineFootprintAt1000KmReach(Defended state) {
        return new FootprintAnalyzer().footprint(state.scenario, "Capital", state.mrbm, 1, 1, AnalysisOptions.DEFAULT);
    }
}
