package io.bulwark.study;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import io.bulwark.core.scenario.Scenario;

/** The jars a cluster's executors need: this module's and the core's (class folders, as in a build, are packed first). */
final class ExecutorJars {

    private ExecutorJars() {
    }

    static List<String> paths() {
        return Stream.of(StudyPlan.class, Scenario.class).map(ExecutorJars::jarOf).distinct().toList();
    }

    private static String jarOf(Class<?> type) {
        try {
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isDirectory(location) ? pack(location).toString() : location.toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path pack(Path classes) throws IOException {
        Path jar = Files.createTempFile("bulwark-study-", ".jar");
        jar.toFile().deleteOnExit();
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return jar;
    }
}
