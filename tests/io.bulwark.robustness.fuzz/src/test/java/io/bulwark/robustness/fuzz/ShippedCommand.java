package io.bulwark.robustness.fuzz;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The command line as shipped: its jars (system property {@code bulwark.cli.plugins}), loaded once in a class loader of their own. */
final class ShippedCommand {

    private static Method execute;

    private ShippedCommand() {
    }

    /** The folder of the command line's jars. */
    static Path plugins() {
        return Path.of(System.getProperty("bulwark.cli.plugins", "../../releng/io.bulwark.cli.dist/target/repository/plugins"));
    }

    /** {@code BulwarkCommand.execute(String[], PrintWriter, PrintWriter)}. */
    static synchronized Method execute() throws Exception {
        if (execute == null) {
            List<Path> jars;
            try (Stream<Path> files = Files.list(plugins())) {
                jars = files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
            } catch (IOException e) {
                throw new IllegalStateException("the command line's jars are missing: build releng/io.bulwark.cli.dist first (" + plugins() + ")", e);
            }
            URL[] urls = new URL[jars.size()];
            for (int i = 0; i < urls.length; i++) {
                urls[i] = jars.get(i).toUri().toURL();
            }
            @SuppressWarnings("resource") // lives as long as the test JVM
            URLClassLoader cli = new URLClassLoader("bulwark-cli", urls, ShippedCommand.class.getClassLoader());
            execute = cli.loadClass("io.bulwark.cli.BulwarkCommand").getMethod("execute", String[].class, PrintWriter.class, PrintWriter.class);
        }
        return execute;
    }
}
