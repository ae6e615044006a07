package io.bulwark.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
        final String master;
        private final List<Process> processes = new ArrayList<>();

        Cluster(Path home, int workers) throws IOException, InterruptedException {
            Path lib = Path.of(System.getProperty("bulwark.study.lib"));
            Files.createDirectories(home.resolve("jars"));
            try (Stream<Path> jars = Files.list(lib)) {
                for (Path jar : jars.toList()) {
                    Files.createSymbolicLink(home.resolve("jars").resolve(jar.getFileName()), jar);
                }
            }
            int port = freePort();
            master = "spark://127.0.0.1:" + port;
            processes.add(start(home, "master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port",
                    Integer.toString(port), "--webui-port", Integer.toString(freePort())));
            awaitPort(port);
            for (int w = 0; w < workers; w++) {
                processes.add(start(home, "worker" + w, "org.apache.spark.deploy.worker.Worker", master, "--host", "127.0.0.1", "--cores", "1",
                        "--memory", "1g", "--webui-port", Integer.toString(freePort()), "--work-dir", home.resolve("work" + w).toString()));
            }
            Thread.sleep(3000); // the workers register with the master; the driver waits for executors in any case
        }

        private Process start(Path home, String name, String mainClass, String... args) throws IOException {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "@" + Path.of("spark-jvm.options").toAbsolutePath(), "-Xmx512m", "-cp", home.resolve("jars") + "/*", mainClass));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(home.resolve(name + ".log").toFile());
            builder.environment().put("SPARK_HOME", home.toString());
            builder.environment().put("SPARK_SCALA_VERSION", "2.13");
            builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
            return builder.start();
        }

        private static void awaitPort(int port) throws InterruptedException, IOException {
            for (int i = 0; i < 600; i++) {
                try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
                    return;
                } catch (IOException notYet) {
                    Thread.sleep(100);
                }
            }
            throw new IOException("the Spark master did not listen on port " + port + " within 60 s");
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
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
