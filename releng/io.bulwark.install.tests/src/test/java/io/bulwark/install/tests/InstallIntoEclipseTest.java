package io.bulwark.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * "Install into an existing Eclipse" (README), done as a user does it: the p2 director of a Bulwark-less Eclipse
 * (Bulwark Studio's platform, io.bulwark.installtest) installs {@code io.bulwark.feature} from the site zip the
 * build made, the Eclipse is started under X and checked by the io.bulwark.install.probe application, and the
 * director uninstalls Bulwark again. Each test works on a fresh copy of that Eclipse.
 */
class InstallIntoEclipseTest {

    private static final Path ROOT = Path.of(System.getProperty("bulwark.root", "../..")).toAbsolutePath().normalize();
    private static final Path PLATFORM = ROOT.resolve(
            "releng/io.bulwark.product/target/products/io.bulwark.installtest/linux/gtk/x86_64/eclipse");
    private static final String BULWARK = "io.bulwark.feature.feature.group";
    private static final String DIAGRAMS = "io.bulwark.design.feature.feature.group";
    /** A hung Eclipse fails the test instead of the build; a normal run takes well under a minute. */
    private static final long PROCESS_LIMIT_MINUTES = 5;

    private Path eclipse;
    private Path work;

    @BeforeEach
    void copyTheEclipse(TestInfo test) throws IOException {
        assertTrue(Files.isDirectory(PLATFORM), "no Eclipse to install into at " + PLATFORM
                + ": build releng/io.bulwark.product first");
        work = ROOT.resolve("releng/io.bulwark.install.tests/target/work/" + test.getTestMethod().orElseThrow().getName());
        deleteTree(work);
        eclipse = work.resolve("eclipse");
        copyTree(PLATFORM, eclipse);
        // Like a user's Eclipse, it knows no repository of the build (releng/io.bulwark.product removes those the
        // materialization recorded): the Bulwark jars can only come from the site zip.
        assertFalse(Files.exists(eclipse.resolve(
                "p2/org.eclipse.equinox.p2.engine/.settings/org.eclipse.equinox.p2.artifact.repository.prefs")),
                "the Eclipse knows the build's repositories");
    }

    @Test
    void bulwarkInstallsIntoEclipseRunsAndUninstallsWithoutATrace() throws Exception {
        Run install = director("-installIU", BULWARK);
        assertEquals(0, install.exitCode, install.output);
        assertTrue(installedRoots().contains(BULWARK), "installed roots: " + installedRoots());

        Path scenario = brokenScenario();
        int brokenLine = lineOf(scenario, "fire-control TPY9");
        Check check = check(scenario);
        assertEquals(List.of(), check.errors);
        // The editor of .bulwark files is the generic editor with Bulwark's content type (bundles/io.bulwark.ui).
        assertEquals("org.eclipse.ui.genericeditor.GenericEditor", check.editor);
        assertEquals("io.bulwark.ui.bulwarkSource", check.contentType);
        assertTrue(check.markers.stream().anyMatch(m -> m.startsWith("ERROR " + brokenLine + " ") && m.contains("TPY9")),
                "no error marker on line " + brokenLine + " naming TPY9: " + check.markers);

        // Every bundle of the feature is installed, resolved and started, and its activator runs. The bundles are
        // lazy: those the editor and the builder used are ACTIVE by now, the others (io.bulwark.report, which only
        // the Coverage view and the exports use) are STARTING, waiting for their first class load; start() then
        // makes every one ACTIVE. RESOLVED or INSTALLED would mean a bundle that never starts or never resolves.
        assertEquals(featureBundles(), check.bundlesSeen.keySet());
        assertEquals("ACTIVE", check.bundlesSeen.get("io.bulwark.ui"));
        assertEquals("ACTIVE", check.bundlesSeen.get("io.bulwark.dsl"));
        check.bundlesSeen.forEach((id, state) -> assertTrue(List.of("ACTIVE", "STARTING").contains(state),
                id + " is " + state));
        check.bundlesStarted.forEach((id, state) -> assertEquals("ACTIVE", state, id + " after start()"));

        Run uninstall = director("-uninstallIU", BULWARK);
        assertEquals(0, uninstall.exitCode, uninstall.output);
        assertFalse(installedRoots().contains(BULWARK), "installed roots: " + installedRoots());
        assertEquals(List.of(), bulwarkLinesOfBundlesInfo());
        Check after = check(scenario);
        assertEquals(Map.of(), after.bundlesSeen, "Bulwark bundles still running after the uninstall");
        assertEquals(List.of(), after.errors);
        assertEquals("none", after.editor, "no editor is associated with .bulwark files any more");
        assertNotEquals("io.bulwark.ui.bulwarkSource", after.contentType);
        assertEquals(List.of(), after.markers);
    }

    @Test
    void theDiagramsWithoutSiriusAreRefusedNamingSiriusAndNothingChanges() throws Exception {
        List<String> rootsBefore = installedRoots();
        String bundlesBefore = Files.readString(bundlesInfo());
        List<String> pluginsBefore = list(eclipse.resolve("plugins"));

        Run install = director("-installIU", DIAGRAMS);

        assertNotEquals(0, install.exitCode, install.output);
        // p2 says, e.g.: Missing requirement for filter properties ~= $0: Bulwark Diagrams (Sirius) 0.1.0.v (...)
        // requires 'osgi.bundle; org.eclipse.sirius [7.0.0,8.0.0), filter=(!(io.bulwark.build=true))' but it could not be found
        assertTrue(Pattern.compile("Missing requirement.*: Bulwark Diagrams \\(Sirius\\) .* requires "
                + "'osgi\\.bundle; org\\.eclipse\\.sirius \\[7\\.0\\.0,8\\.0\\.0\\)[^']*' but it could not be found")
                .matcher(install.output).find(), install.output);
        assertEquals(rootsBefore, installedRoots());
        assertEquals(bundlesBefore, Files.readString(bundlesInfo()));
        assertEquals(pluginsBefore, list(eclipse.resolve("plugins")));
    }

    // ---------------------------------------------------------------------------------------------------------

    private record Run(int exitCode, String output) {
    }

    private record Check(Map<String, String> bundlesSeen, Map<String, String> bundlesStarted, String editor,
            String contentType, List<String> markers, List<String> errors) {
    }

    private Run director(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("-application", "org.eclipse.equinox.p2.director",
                "-repository", "jar:" + siteZip().toUri() + "!/", "-destination", eclipse.toString(), "-profile",
                profile()));
        command.addAll(List.of(args));
        return run(command);
    }

    private List<String> installedRoots() throws Exception {
        Run list = run(List.of("-application", "org.eclipse.equinox.p2.director", "-destination", eclipse.toString(),
                "-profile", profile(), "-listInstalledRoots"));
        assertEquals(0, list.exitCode, list.output);
        return list.output.lines().map(line -> line.split("/")[0].strip()).filter(id -> id.matches("[\\w.]+"))
                .sorted().toList();
    }

    /** Starts the workbench with the check application on the scenario and reads its report. */
    private Check check(Path scenario) throws Exception {
        assertNotNull(System.getenv("DISPLAY"), "the install test starts a workbench: it needs an X display (xvfb-run)");
        Path report = work.resolve("report-" + System.nanoTime() + ".txt");
        Path workspace = work.resolve("workspace-" + System.nanoTime());
        Run run = run(List.of("-application", "io.bulwark.install.probe.check", "-data", workspace.toString(),
                report.toString(), scenario.toString()));
        assertEquals(0, run.exitCode, run.output);
        assertTrue(Files.exists(report), "no report from the check application: " + run.output);
        Map<String, String> seen = new TreeMap<>();
        Map<String, String> started = new TreeMap<>();
        String editor = null;
        String contentType = null;
        List<String> markers = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (String line : Files.readAllLines(report)) {
            String[] words = line.split(" ", 2);
            switch (words[0]) {
                case "bundle" -> {
                    String[] parts = words[1].split(" ");
                    seen.put(parts[0], parts[1]);
                    started.put(parts[0], parts[2]);
                }
                case "editor" -> editor = words[1];
                case "contentType" -> contentType = words[1];
                case "marker" -> markers.add(words[1]);
                default -> errors.add(line);
            }
        }
        return new Check(seen, started, editor, contentType, markers, errors);
    }

    /** Runs the Eclipse with the launcher jar, as bulwark-studio.sh does, and waits for it. */
    private Run run(List<String> eclipseArgs) throws Exception {
        Path launcher;
        try (Stream<Path> plugins = Files.list(eclipse.resolve("plugins"))) {
            launcher = only(plugins.filter(p -> p.getFileName().toString().matches("org\\.eclipse\\.equinox\\.launcher_.*\\.jar")),
                    "Equinox launcher jar in " + eclipse.resolve("plugins"));
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-jar", launcher.toString(), "-install", eclipse.toString(), "-configuration",
                eclipse.resolve("configuration").toString(), "-nosplash", "-consoleLog"));
        command.addAll(eclipseArgs);
        Path log = Files.createTempFile(work, "eclipse", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(PROCESS_LIMIT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("Eclipse did not finish in " + PROCESS_LIMIT_MINUTES + " minutes: " + command
                    + "\n" + Files.readString(log));
        }
        return new Run(process.exitValue(), Files.readString(log));
    }

    private String profile() throws IOException {
        Properties config = new Properties();
        try (var in = Files.newInputStream(eclipse.resolve("configuration/config.ini"))) {
            config.load(in);
        }
        return config.getProperty("eclipse.p2.profile");
    }

    private Path bundlesInfo() {
        return eclipse.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
    }

    private List<String> bulwarkLinesOfBundlesInfo() throws IOException {
        return Files.readAllLines(bundlesInfo()).stream()
                .filter(line -> line.startsWith("io.bulwark.") && !line.startsWith("io.bulwark.install.probe,")).toList();
    }

    private static Path siteZip() throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("releng/io.bulwark.site/target"))) {
            return only(files.filter(p -> p.getFileName().toString().endsWith(".zip")), "site zip of releng/io.bulwark.site (build it)");
        }
    }

    /**
     * The one file of a listing; none or several (a zip of an earlier build beside this one's) fail, where the first of
     * the listing would be whichever the file system lists first.
     */
    private static Path only(Stream<Path> files, String what) {
        List<Path> found = files.sorted().toList();
        assertEquals(1, found.size(), "not one " + what + ": " + found);
        return found.get(0);
    }

    /** The bundles the Bulwark feature lists (features/io.bulwark.feature/feature.xml). */
    private static java.util.Set<String> featureBundles() throws IOException {
        Matcher plugin = Pattern.compile("<plugin id=\"([\\w.]+)\"")
                .matcher(Files.readString(ROOT.resolve("features/io.bulwark.feature/feature.xml")));
        java.util.Set<String> ids = new java.util.TreeSet<>();
        while (plugin.find()) {
            ids.add(plugin.group(1));
        }
        assertFalse(ids.isEmpty());
        return ids;
    }

    /** examples/minimal.bulwark with its battery's fire control pointed at a radar that does not exist. */
    private Path brokenScenario() throws IOException {
        String minimal = Files.readString(ROOT.resolve("examples/minimal.bulwark"));
        assertTrue(minimal.contains("fire-control TPY2"));
        Path scenario = work.resolve("broken.bulwark");
        Files.writeString(scenario, minimal.replace("fire-control TPY2", "fire-control TPY9"), StandardCharsets.UTF_8);
        return scenario;
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
