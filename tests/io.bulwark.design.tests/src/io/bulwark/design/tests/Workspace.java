package io.bulwark.design.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the files under test are. tycho-surefire runs the tests with the module's base directory as working
 * directory ({@code tests/io.bulwark.design.tests}), so the repository root is two levels up and the shared Sirius
 * facts and checker are in {@code ../shared/sirius} next to it. The system properties {@code bulwark.root} and
 * {@code bulwark.shared} override both (for running the tests from elsewhere).
 */
final class Workspace {

    private Workspace() {
    }

    /** The repository root (the folder with the parent pom.xml). */
    static Path root() {
        String override = System.getProperty("bulwark.root");
        Path root = (override != null ? Path.of(override) : Path.of("").toAbsolutePath().resolve("../..")).normalize();
        assertTrue(Files.isRegularFile(root.resolve("pom.xml")) && Files.isDirectory(root.resolve("bundles/io.bulwark.design")),
                "repository root not found at " + root + " (working directory " + Path.of("").toAbsolutePath()
                        + "); run the tests from tests/io.bulwark.design.tests or set -Dbulwark.root");
        return root;
    }

    /** The shared folder with {@code sirius/CheckOdesign.java} and {@code sirius/sirius-metamodel.json}. */
    static Path shared() {
        String override = System.getProperty("bulwark.shared");
        Path shared = (override != null ? Path.of(override) : root().resolve("../shared")).normalize();
        assertTrue(Files.isRegularFile(shared.resolve("sirius/CheckOdesign.java"))
                && Files.isRegularFile(shared.resolve("sirius/sirius-metamodel.json")),
                "the offline Sirius checker is missing: expected " + shared.resolve("sirius/CheckOdesign.java")
                        + " and sirius-metamodel.json beside it (the folder ../shared next to the repository); set -Dbulwark.shared to its location");
        return shared;
    }

    static Path odesign() {
        return root().resolve("bundles/io.bulwark.design/description/bulwark.odesign");
    }

    static Path ecore() {
        return root().resolve("bundles/io.bulwark.model/model/bulwark.ecore");
    }

    static Path designSources() {
        return root().resolve("bundles/io.bulwark.design/src");
    }
}
