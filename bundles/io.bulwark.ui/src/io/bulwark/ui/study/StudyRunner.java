package io.bulwark.ui.study;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the study runner is and the command that starts it. Spark is not an OSGi bundle, so a study runs as a
 * separate Java process on the jars that {@code ./bulwark study} builds: a study home is a folder holding
 * {@code spark-jvm.options} and {@code target/io.bulwark.study-*.jar} with {@code target/lib/} (in a Bulwark checkout,
 * {@code bundles/io.bulwark.study}). It is found, in this order, from the system property {@code bulwark.study.home}
 * (e.g. in the workbench's .ini after -vmargs), the environment variable {@code BULWARK_STUDY_HOME}, or the nearest
 * folder above the study's file with {@code bundles/io.bulwark.study} in it.
 */
public record StudyRunner(Path home, Path jar) {

    static final String HOME_PROPERTY = "bulwark.study.home";
    static final String HOME_VARIABLE = "BULWARK_STUDY_HOME";

    /** The runner for a study file, if one is built where the property, the variable or the file's checkout says. */
    public static Optional<StudyRunner> find(Path studyFile) {
        List<Path> candidates = new ArrayList<>();
        String property = System.getProperty(HOME_PROPERTY);
        if (property != null && !property.isBlank()) {
            candidates.add(Path.of(property));
        }
        String variable = System.getenv(HOME_VARIABLE);
        if (variable != null && !variable.isBlank()) {
            candidates.add(Path.of(variable));
        }
        for (Path folder = studyFile.toAbsolutePath().getParent(); folder != null; folder = folder.getParent()) {
            candidates.add(folder.resolve("bundles/io.bulwark.study"));
        }
        return candidates.stream().map(StudyRunner::at).flatMap(Optional::stream).findFirst();
    }

    /** The runner in a study home, if its jar is built. */
    static Optional<StudyRunner> at(Path home) {
        Path target = home.resolve("target");
        if (!Files.isRegularFile(home.resolve("spark-jvm.options")) || !Files.isDirectory(target.resolve("lib"))) {
            return Optional.empty();
        }
        try (var files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().matches("io\\.bulwark\\.study-.*\\.jar")).sorted().findFirst()
                    .map(jar -> new StudyRunner(home, jar));
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    /** The message when no runner is found. */
    static String missing() {
        return "The study runner is not built. In a Bulwark checkout, run ./bulwark study --help once (it builds "
                + "bundles/io.bulwark.study), then start the workbench with -D" + HOME_PROPERTY + "=<checkout>/bundles/io.bulwark.study "
                + "or set " + HOME_VARIABLE + " to that folder.";
    }

    /**
     * The command line: this workbench's Java with Spark's JVM options, the runner's class path, the study on
     * local[*] over {@code inputs}, results into {@code out}, progress lines on the error stream.
     */
    public List<String> command(String study, List<Path> inputs, Path out) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("@" + home.resolve("spark-jvm.options"));
        command.add("-Xmx2g");
        Path aot = jar.resolveSibling("study.aot");
        if (Files.isRegularFile(aot) && Runtime.version().feature() >= 25) {
            command.add("-XX:AOTCache=" + aot);
            command.add("-Xlog:aot*=off");
        }
        command.add("-cp");
        command.add(jar + File.pathSeparator + jar.resolveSibling("lib") + File.separator + "*");
        command.add("io.bulwark.study.StudyCommand");
        command.add(study);
        inputs.forEach(input -> command.add(input.toString()));
        command.add("-o");
        command.add(out.toString());
        command.add("--master");
        command.add("local[*]");
        command.add("--progress");
        return command;
    }
}
