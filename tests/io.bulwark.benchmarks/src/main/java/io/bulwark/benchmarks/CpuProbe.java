package io.bulwark.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;

import io.bulwark.core.analysis.AnalysisOptions;
import io.bulwark.core.analysis.CoverageAnalyzer;
import io.bulwark.core.footprint.FootprintAnalyzer;
import io.bulwark.core.scenario.Asset;
import io.bulwark.core.scenario.GeoPoint;
import io.bulwark.core.scenario.MissileType;
import io.bulwark.core.scenario.Scenario;

/**
 * The CPU time and the bytes allocated of one thread running a workload of the core: far less sensitive to a
 * shared machine's load than wall time, and comparable between builds of the core run on the same classpath
 * layout (the same scenarios as {@link CoverageBenchmark} and {@link MemoryBenchmark}).
 * <p>
 * {@code java -cp tests/io.bulwark.benchmarks/target/benchmarks.jar io.bulwark.benchmarks.CpuProbe <workload> [runs] [warm-ups]}
 * (after {@code ./benchmark -h}, which builds the jar), or with another build of the core's classes first on the class
 * path to compare builds; workload one of theatre, theatreSpof (with single points of failure), footprint (7,200
 * cells), fineFootprint (1 km x 1 deg: 360,000 cells), large (10,000 threats with single points of failure); prints the median CPU time (ms) and bytes allocated (MB) of an
 * operation, and the range of the CPU times.
 */
public final class CpuProbe {

    private CpuProbe() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: CpuProbe theatre|theatreSpof|footprint|fineFootprint|large [runs] [warm-ups]");
            System.exit(2);
        }
        String workload = args[0];
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        int warmUps = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Runnable operation = workload(workload);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().threadId();
        for (int i = 0; i < warmUps; i++) {
            operation.run();
        }
        long[] cpuNs = new long[runs];
        long[] bytes = new long[runs];
        for (int i = 0; i < runs; i++) {
            long cpu = threads.getThreadCpuTime(id);
            long allocated = threads.getThreadAllocatedBytes(id);
            operation.run();
            cpuNs[i] = threads.getThreadCpuTime(id) - cpu;
            bytes[i] = threads.getThreadAllocatedBytes(id) - allocated;
        }
        long[] sortedCpu = cpuNs.clone();
        Arrays.sort(sortedCpu);
        Arrays.sort(bytes);
        System.out.printf("%s: CPU median %.1f ms (%.1f-%.1f ms over %d runs), %.0f MB allocated%n", workload,
                sortedCpu[runs / 2] / 1e6, sortedCpu[0] / 1e6, sortedCpu[runs - 1] / 1e6, runs, bytes[runs / 2] / 1e6);
    }

    /** One operation of a workload, on the calling thread. */
    private static Runnable workload(String name) {
        AnalysisOptions oneThread = new AnalysisOptions(1, true);
        switch (name) {
            case "theatre": {
                Scenario theatre = ScenarioGenerator.generate(42, 1000, 100, 50, 4);
                return () -> new CoverageAnalyzer().analyze(theatre, oneThread.withSinglePointOfFailure(false));
            }
            case "theatreSpof": {
                Scenario theatre = ScenarioGenerator.generate(42, 1000, 100, 50, 4);
                return () -> new CoverageAnalyzer().analyze(theatre, oneThread);
            }
            case "large": {
                Scenario theatre = ScenarioGenerator.generate(42, 10_000, 100, 50, 4);
                return () -> new CoverageAnalyzer().analyze(theatre, oneThread);
            }
            case "footprint": {
                return () -> new FootprintAnalyzer().footprint(defended(), "Capital", MRBM, oneThread);
            }
            case "fineFootprint": {
                return () -> new FootprintAnalyzer().footprint(defended(), "Capital", MRBM, 1, 1, oneThread);
            }
            default:
                throw new IllegalArgumentException("unknown workload " + name + ": theatre, theatreSpof, footprint, fineFootprint or large");
        }
    }

    private static final MissileType MRBM = new MissileType("MRBM", 1000, 0.1);

    /** The scenario of {@link CoverageBenchmark.Defended}. */
    private static Scenario defended() {
        Scenario around = ScenarioGenerator.generate(7, 1, 6, 6, 2);
        return new Scenario("Footprint", around.forces(), around.agreements(), around.radars(), around.batteries(),
                List.of(new Asset("Capital", new GeoPoint(35.5, 128.0, 0), 0.9)), List.of(), List.of());
    }
}
