package io.bulwark.study;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Issue;

import io.bulwark.cli.ScenarioWorkspace;
import io.bulwark.core.scenario.InvalidScenarioException;
import io.bulwark.model.bulwark.Model;
import io.bulwark.model.bulwark.Study;
import io.bulwark.model.mapping.IncompleteModelException;

/**
 * {@code bulwark study STUDY PATH... -o DIR [--master URL] [--max-variants N] [--progress]}: runs a trade study on Spark
 * (local[*] by default) and writes results.csv, results.parquet/ and study.html into DIR. The progress bar goes to the
 * error stream on a terminal, or always with --progress.
 * Exit codes: 0 done, 1 errors in the files, 2 bad command line or input.
 */
public final class StudyCommand {

    /** Above this many variants a study runs only when told (--max-variants): a typo in a step must not start a day-long run. */
    public static final long DEFAULT_MAX_VARIANTS = 100_000;

    static final String USAGE = "usage: bulwark study STUDY PATH... -o DIR [--master local[*]|spark://host:7077] [--max-variants N] [--progress]";

    private StudyCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, true));
    }

    /** Runs the command; returns its exit code (Spark is stopped when it returns). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, false);
    }

    /** {@code exitFollows}: the process ends right after, so a Spark still starting when an error stops the command is left to die with it. */
    private static int run(String[] args, PrintStream out, PrintStream err, boolean exitFollows) {
        long commandStart = System.nanoTime();
        String studyName = null;
        String outDir = null;
        String master = "local[*]";
        long maxVariants = DEFAULT_MAX_VARIANTS;
        boolean progress = false; // the progress bar, also when the error stream is not a terminal (the IDE's job reads it)
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            boolean hasValue = i + 1 < args.length;
            switch (arg) {
                case "-o", "--output", "--master", "--max-variants" -> {
                    if (!hasValue) {
                        err.println("bulwark study: " + arg + " needs a value\n" + USAGE);
                        return 2;
                    }
                    String value = args[++i];
                    if (arg.equals("--master")) {
                        master = value;
                    } else if (arg.equals("--max-variants")) {
                        try {
                            maxVariants = Long.parseLong(value);
                        } catch (NumberFormatException e) {
                            err.println("bulwark study: --max-variants takes a whole number, not '" + value + "'");
                            return 2;
                        }
                    } else {
                        outDir = value;
                    }
                }
                case "--progress" -> progress = true;
                case "-h", "--help" -> {
                    out.println(USAGE);
                    return 0;
                }
                default -> {
                    if (arg.startsWith("-")) {
                        err.println("bulwark study: unknown option " + arg + "\n" + USAGE);
                        return 2;
                    }
                    if (studyName == null) {
                        studyName = arg;
                    } else {
                        paths.add(Path.of(arg));
                    }
                }
            }
        }
        if (studyName == null || paths.isEmpty() || outDir == null) {
            err.println("bulwark study: " + (studyName == null ? "no study named" : paths.isEmpty() ? "no files" : "no output folder (-o DIR)")
                    + "\n" + USAGE);
            return 2;
        }
        if (!master.startsWith("local") && !master.startsWith("spark://")) {
            err.println("bulwark study: --master is local[*], local[N] or spark://host:port, not '" + master + "'");
            return 2;
        }
        // Spark starts while the files are read and checked: both take seconds, mostly on one core each
        String sparkMaster = master;
        FutureTask<SparkStudy> spark = new FutureTask<>(() -> new SparkStudy(sparkMaster));
        Thread starter = new Thread(spark, "bulwark-spark-start");
        starter.setDaemon(true);
        starter.start();
        int code = runWith(spark, commandStart, studyName, paths, outDir, master, maxVariants, progress || System.console() != null, out, err);
        if (!exitFollows && code != 0) {
            try {
                spark.get().close();
            } catch (ExecutionException e) {
                // Spark did not start: nothing to stop
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return code;
    }

    private static int runWith(FutureTask<SparkStudy> starting, long commandStart, String studyName, List<Path> paths, String outDir, String master,
            long maxVariants, boolean progress, PrintStream out, PrintStream err) {
        ScenarioWorkspace workspace;
        try {
            workspace = ScenarioWorkspace.load(paths);
        } catch (ScenarioWorkspace.InputException e) {
            err.println("bulwark study: " + e.getMessage());
            return 2;
        }
        boolean errors = false;
        for (ScenarioWorkspace.FileIssues file : workspace.validate()) {
            for (Issue issue : file.issues()) {
                if (ScenarioWorkspace.isModelError(issue)) {
                    err.println(file.file() + ":" + issue.getLineNumber() + ":" + issue.getColumn() + ": error: " + issue.getMessage());
                    errors = true;
                }
            }
        }
        if (errors) {
            return 1;
        }
        List<Study> studies = new ArrayList<>();
        for (Path file : workspace.files()) {
            workspace.resource(file).getContents().stream().filter(Model.class::isInstance)
                    .forEach(model -> studies.addAll(((Model) model).getStudies()));
        }
        String wanted = studyName;
        Study study = studies.stream().filter(s -> s.getName().equals(wanted) || wanted.equals(workspace.qualifiedName(s))).findFirst()
                .orElse(null);
        if (study == null) {
            err.println("bulwark study: no study " + studyName + " in " + paths + (studies.isEmpty() ? " (it has no studies)"
                    : "; its studies: " + studies.stream().map(Study::getName).sorted().collect(Collectors.joining(", "))));
            return 2;
        }
        StudyPlan plan;
        try {
            plan = StudyCompiler.compile(study);
        } catch (IncompleteModelException | InvalidScenarioException e) {
            err.println("bulwark study: study " + study.getName() + ": " + e.getMessage());
            return 1;
        }
        long count;
        try {
            count = plan.variantCount();
        } catch (ArithmeticException e) {
            count = Long.MAX_VALUE;
        }
        out.println(describe(plan, count));
        if (count > maxVariants) {
            err.println(String.format(Locale.ROOT, "bulwark study: %,d variants are more than the limit of %,d: raise it with --max-variants %d",
                    count, maxVariants, count));
            return 2;
        }
        Path dir = Path.of(outDir);
        List<Object[]> rows;
        double runSeconds;
        SparkStudy started;
        try {
            started = starting.get();
        } catch (ExecutionException e) {
            err.println("bulwark study: Spark did not start on " + master + " (" + e.getCause().getMessage() + ")");
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("bulwark study: interrupted while Spark started");
            return 2;
        }
        try (SparkStudy spark = started) {
            long running = System.nanoTime();
            rows = spark.run(plan, dir, progress ? err : null);
            runSeconds = (System.nanoTime() - running) / 1e9;
        } catch (IOException e) {
            err.println("bulwark study: cannot write " + dir + " (" + e.getMessage() + ")");
            return 2;
        }
        double seconds = (System.nanoTime() - commandStart) / 1e9;
        try {
            StudyReport.write(plan, rows, dir.resolve("study.html"));
        } catch (IOException e) {
            err.println("bulwark study: cannot write " + dir.resolve("study.html") + " (" + e.getMessage() + ")");
            return 2;
        }
        out.println(String.format(Locale.ROOT, "%,d variants on %s in %.1f s (%.0f variants/s; the command %.1f s with reading the files, Spark's start and stop): %s, %s, %s",
                rows.size(), master, runSeconds, rows.size() / runSeconds, seconds, dir.resolve("results.csv"), dir.resolve("results.parquet"),
                dir.resolve("study.html")));
        return 0;
    }

    /** "study S for T: 40 sites of THAAD_2 x 3 North1.count x 100 samples = 12,000 variants" */
    static String describe(StudyPlan plan, long count) {
        List<String> factors = new ArrayList<>();
        for (Axis axis : plan.axes()) {
            factors.add(switch (axis) {
                case Axis.Sites sites -> String.format(Locale.ROOT, "%,d sites of %s", sites.size(), sites.element());
                case Axis.Values values -> String.format(Locale.ROOT, "%,d %s.%s", values.size(), values.target(), values.property().literal());
            });
        }
        if (plan.monteCarlo() != null) {
            factors.add(String.format(Locale.ROOT, "%,d samples", plan.monteCarlo().samples()));
        }
        return String.format(Locale.ROOT, "study %s for %s: %s = %s variants", plan.name(), plan.base().name(),
                factors.isEmpty() ? "the base scenario" : String.join(" x ", factors),
                count == Long.MAX_VALUE ? "more than 9.2e18" : String.format(Locale.ROOT, "%,d", count));
    }
}
