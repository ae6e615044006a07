package io.bulwark.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Results do not depend on the engine: the ordinary analysis run variant by variant, Spark local[2], and a Spark
 * standalone cluster of two worker processes on localhost (started here from the build's jars, stopped after) give
 * byte-identical CSV, and the Parquet files hold the same rows.
 */
class EngineEqualityTest {

    private static final String STUDY = """
            study s for Small {
                site PAC grid around 37.5 N, 126.95 E radius 20 km step 10 km
                vary PAC interceptors 2, 8
                monte-carlo 3 samples seed 7 {
                    launch North1 within 3 km
                    draw PAC3_CRI pk uniform 0.6 .. 0.9
                }
                objective worst-negation Seoul
                objective interceptors-spent
                objective findings 6
                constraint Seoul covered
            }
            """;

    @TempDir
    Path dir;

    @Test
    void sequentialLocalAndClusterGiveIdenticalResults() throws Exception {
        StudyPlan plan = Studies.plan(dir.resolve("files"), Studies.SMALL, STUDY);
        assertEquals(13L * 2 * 3, plan.variantCount());

        StringWriter sequential = new StringWriter();
        ResultsCsv.header(sequential, plan.columns());
        for (long i = 0; i < plan.variantCount(); i++) {
            ResultsCsv.row(sequential, plan.row(i));
        }
        String expected = sequential.toString();
        assertTrue(expected.lines().skip(1).anyMatch(l -> l.contains(",true,")), "some variant covers Seoul:\n" + expected);
        assertTrue(expected.lines().skip(1).anyMatch(l -> l.contains(",false,")), "some variant does not");

        try (SparkStudy local = new SparkStudy("local[2]")) {
            local.run(plan, dir.resolve("local"), null);
            assertEquals(expected, Files.readString(dir.resolve("local/results.csv")), "local[2]");
            assertEquals(expected, parquetAsCsv(local, plan, dir.resolve("local/results.parquet")), "local[2] Parquet");
        }
        try (Cluster cluster = new Cluster(dir.resolve("cluster-home"), 2); SparkStudy remote = new SparkStudy(cluster.master)) {
            // both executors before the run: one that comes while the run ends would not have been counted below
            cluster.awaitExecutors(remote, 2);
            remote.run(plan, dir.resolve("cluster"), null);
            assertEquals(expected, Files.readString(dir.resolve("cluster/results.csv")), "2-worker cluster");
            assertEquals(2, remote.session().sparkContext().getExecutorMemoryStatus().size() - 1, "two executors besides the driver");
        }
    }

    private static String parquetAsCsv(SparkStudy spark, StudyPlan plan, Path parquet) throws IOException {
        StringWriter csv = new StringWriter();
        ResultsCsv.header(csv, plan.columns());
        for (Row row : spark.session().read().parquet(parquet.toString()).orderBy("variant").collectAsList()) {
            Object[] values = new Object[row.size()];
            for (int c = 0; c < values.length; c++) {
                values[c] = row.get(c);
            }
            ResultsCsv.row(csv, values);
        }
        return csv.toString();
    }

    /**
     * A Spark standalone master and workers as processes of their own, from the module's jars: a "Spark home" whose jars/
     * links to them (executors are started from it), with the JVM flags of spark-jvm.options.
     */
    static final class Cluster implements AutoCloseable {
        /** How long the cluster may take to start on a loaded machine: a bound against a hang, not a timing. */
        private static final long PATIENCE_SECONDS = 180;
        /** The master's address as it logs it at its start (it takes a free port itself: no port picked here can be taken meanwhile). */
        private static final Pattern STARTED = Pattern.compile("Starting Spark master at (spark://\\S+)");

        final String master;
        private final List<Process> processes = new ArrayList<>();

        Cluster(Path home, int workers) throws IOException, InterruptedException {
            try {
                Path lib = Path.of(System.getProperty("bulwark.study.lib"));
                Files.createDirectories(home.resolve("jars"));
                try (Stream<Path> jars = Files.list(lib)) {
                    for (Path jar : jars.toList()) {
                        Files.createSymbolicLink(home.resolve("jars").resolve(jar.getFileName()), jar);
                    }
                }
                // the master says where it listens and which workers registered: its log is what the cluster is awaited by
                Files.writeString(home.resolve("log4j2.properties"), """
                        rootLogger.level = warn
                        rootLogger.appenderRef.stderr.ref = console
                        appender.console.type = Console
                        appender.console.name = console
                        appender.console.target = SYSTEM_ERR
                        appender.console.layout.type = PatternLayout
                        appender.console.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n
                        logger.master.name = org.apache.spark.deploy.master.Master
                        logger.master.level = info
                        """);
                Path masterLog = home.resolve("master.log");
                processes.add(start(home, "master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", "0",
                        "--webui-port", "0"));
                master = awaitLog(masterLog, "the Spark master's start", log -> {
                    Matcher started = STARTED.matcher(log);
                    return started.find() ? started.group(1) : null;
                });
                for (int w = 0; w < workers; w++) {
                    processes.add(start(home, "worker" + w, "org.apache.spark.deploy.worker.Worker", master, "--host", "127.0.0.1", "--cores", "1",
                            "--memory", "1g", "--webui-port", "0", "--work-dir", home.resolve("work" + w).toString()));
                }
                // an application started before every worker registered runs on fewer executors
                awaitLog(masterLog, workers + " workers registered", log -> log.split("Registering worker", -1).length - 1 >= workers ? log : null);
            } catch (IOException | InterruptedException | RuntimeException | Error e) {
                close();
                throw e;
            }
        }

        private Process start(Path home, String name, String mainClass, String... args) throws IOException {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "@" + Path.of("spark-jvm.options").toAbsolutePath(), "-Xmx512m",
                    "-Dlog4j2.configurationFile=" + home.resolve("log4j2.properties").toUri(), "-cp", home.resolve("jars") + "/*", mainClass));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(home.resolve(name + ".log").toFile());
            // only this cluster's settings: a SPARK_ variable of the machine (a worker's cores, folders, ports) would change it
            builder.environment().keySet().removeIf(variable -> variable.startsWith("SPARK_"));
            builder.environment().put("SPARK_HOME", home.toString());
            builder.environment().put("SPARK_SCALA_VERSION", "2.13");
            builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
            return builder.start();
        }

        /** Waits until the application has its executors (besides the driver), at most {@link #PATIENCE_SECONDS}. */
        void awaitExecutors(SparkStudy application, int executors) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
            while (application.session().sparkContext().getExecutorMemoryStatus().size() - 1 < executors) {
                if (System.nanoTime() > end) {
                    throw new AssertionError("the cluster gave " + (application.session().sparkContext().getExecutorMemoryStatus().size() - 1)
                            + " of " + executors + " executors within " + PATIENCE_SECONDS + " s");
                }
                Thread.sleep(100);
            }
        }

        /** Waits until the log says what {@code found} looks for (non-null), at most {@link #PATIENCE_SECONDS}. */
        private <T> T awaitLog(Path log, String what, Function<String, T> found) throws IOException, InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
            while (true) {
                String text = Files.exists(log) ? Files.readString(log) : "";
                T result = found.apply(text);
                if (result != null) {
                    return result;
                }
                if (System.nanoTime() > end || processes.stream().anyMatch(process -> !process.isAlive())) {
                    throw new IOException("no " + what + " within " + PATIENCE_SECONDS + " s (or a process of the cluster ended); " + log + ":\n" + text);
                }
                Thread.sleep(100);
            }
        }

        @Override
        public void close() throws InterruptedException {
            for (Process process : processes.reversed()) {
                process.descendants().forEach(ProcessHandle::destroy);
                process.destroy();
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        }
    }

}
