package io.bulwark.study;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Runs a study on Spark: the variants are made on the executors from their indices ({@code spark.range}), never
 * built on the driver; each runs the ordinary analysis. The rows come back in variant order (range partitions are
 * contiguous and in order), are written as Parquet (results.parquet/) and CSV (results.csv).
 */
public final class SparkStudy implements AutoCloseable {

    /** Variants per Spark task: small enough for an even spread and a moving progress bar, large enough to amortise a task. */
    static final long VARIANTS_PER_PART = 250;

    private final SparkSession spark;

    /** {@code master}: local[*], local[N] or spark://host:port (then the executors receive this module's and the core's jars). */
    public SparkStudy(String master) {
        SparkConf conf = new SparkConf().setAppName("bulwark-study").setMaster(master).set("spark.ui.enabled", "false")
                .set("spark.sql.shuffle.partitions", "4").set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1");
        if (master.startsWith("spark://")) {
            conf.set("spark.jars", String.join(",", ExecutorJars.paths())).set("spark.executor.memory", "768m");
        }
        spark = SparkSession.builder().config(conf).getOrCreate();
    }

    public SparkSession session() {
        return spark;
    }

    /** Runs every variant and writes the results; returns the rows in variant order. */
    public List<Object[]> run(StudyPlan plan, Path outDir, PrintStream progress) throws IOException {
        long count = plan.variantCount();
        int parts = (int) Math.max(1, Math.min(100_000, (count + VARIANTS_PER_PART - 1) / VARIANTS_PER_PART));
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<StudyPlan> shared = context.broadcast(plan);
        JavaRDD<Row> rows = spark.range(0, count, 1, parts).javaRDD().map(index -> RowFactory.create(shared.value().row(index)));
        Dataset<Row> table = spark.createDataFrame(rows, schema(plan.columns())).persist(StorageLevel.MEMORY_AND_DISK());
        Progress listener = new Progress(parts, progress);
        spark.sparkContext().addSparkListener(listener);
        try {
            Files.createDirectories(outDir);
            table.write().mode("overwrite").parquet(outDir.resolve("results.parquet").toString());
            List<Object[]> result = new ArrayList<>();
            try (Writer csv = Files.newBufferedWriter(outDir.resolve("results.csv"), StandardCharsets.UTF_8)) {
                ResultsCsv.header(csv, plan.columns());
                Iterator<Row> it = table.toLocalIterator();
                while (it.hasNext()) {
                    Row row = it.next();
                    Object[] values = new Object[row.size()];
                    for (int c = 0; c < values.length; c++) {
                        values[c] = row.get(c);
                    }
                    ResultsCsv.row(csv, values);
                    result.add(values);
                }
            }
            listener.done();
            return result;
        } finally {
            spark.sparkContext().removeSparkListener(listener);
            table.unpersist();
            shared.destroy();
        }
    }

    static StructType schema(List<Column> columns) {
        List<StructField> fields = new ArrayList<>();
        for (Column column : columns) {
            DataType type = switch (column.type()) {
                case NUMBER -> DataTypes.DoubleType;
                case WHOLE -> DataTypes.LongType;
                case TEXT -> DataTypes.StringType;
                case FLAG -> DataTypes.BooleanType;
            };
            fields.add(DataTypes.createStructField(column.name(), type, true));
        }
        return DataTypes.createStructType(fields);
    }

    @Override
    public void close() {
        spark.stop();
    }

    /** A one-line progress bar of finished parts on a terminal (nothing when the output is not one). */
    private static final class Progress extends SparkListener {
        private final int parts;
        private final PrintStream out;
        private final AtomicInteger finished = new AtomicInteger();

        Progress(int parts, PrintStream out) {
            this.parts = parts;
            this.out = out;
        }

        @Override
        public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
            int done = finished.incrementAndGet();
            if (out != null && done <= parts) {
                int width = 30;
                int filled = done * width / parts;
                out.print("\rstudy: [" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + parts + " parts");
                out.flush();
            }
        }

        void done() {
            if (out != null) {
                out.println();
            }
        }
    }
}
