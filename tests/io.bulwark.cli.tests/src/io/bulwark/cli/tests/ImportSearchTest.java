package io.bulwark.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file given alone finds the packages it imports in its project (docs/language.md). */
class ImportSearchTest {

    @TempDir
    Path dir;

    /** The issues of one file, without its path. */
    private static List<String> issuesOf(String output, String fileName) {
        return output.lines().filter(line -> line.contains(fileName + ":")).map(line -> line.substring(line.indexOf(fileName + ":"))).toList();
    }

    @Test
    void theKoreaExampleAloneGivesTheSameFindingsAsItsFolder() {
        Cli.Run alone = Cli.run("check", Cli.EXAMPLES.resolve("korea2016.bulwark").toString());
        Cli.Run folder = Cli.run("check", Cli.EXAMPLES.toString());
        assertEquals(folder.code(), alone.code(), alone.out() + alone.err());
        List<String> issues = issuesOf(alone.out(), "korea2016.bulwark");
        assertTrue(issues.size() >= 3 && issues.stream().anyMatch(i -> i.contains("BULWARK-COV-001 Seoul")), alone.out());
        assertEquals(issuesOf(folder.out(), "korea2016.bulwark"), issues);
        assertFalse(alone.out().contains("nknown"), alone.out());
        // the catalog was read, and only it
        assertTrue(alone.out().endsWith("\n") && alone.out().lines().reduce((a, b) -> b).orElse("").startsWith("2 files: "), alone.out());
    }

    @Test
    void theSearchWalksUpToTheProjectMarkerAndNoFurther() throws Exception {
        Path project = dir.resolve("project");
        Cli.write(project, "bulwark.properties", "");
        Cli.write(project, "lib/cat.bulwark", Cli.CATALOG);
        Path scenario = Cli.write(project, "scenarios/test.bulwark", Cli.SCENARIO);
        // outside the project: the same package, broken; reading it would be a syntax error (exit 2)
        Cli.write(dir, "old/cat.bulwark", "package cat\nmissile {\n");
        Cli.Run run = Cli.run("check", scenario.toString());
        assertEquals(1, run.code(), run.out() + run.err());
        assertTrue(run.out().endsWith("2 files: 1 error, 2 warnings, 0 notes\n"), run.out());
        assertTrue(run.out().contains("BULWARK-COV-001 Port: negation 0.96 < required 0.99"), run.out());

        // outside a project nothing is searched
        Files.delete(project.resolve("bulwark.properties"));
        Cli.Run unresolved = Cli.run("check", scenario.toString());
        assertEquals(1, unresolved.code());
        assertTrue(unresolved.out().startsWith(scenario.toString()) && unresolved.out().contains("1 file: "), unresolved.out());
        assertTrue(unresolved.out().contains("\n" + scenario + ":2:8 error BULWARK-REF-006 import cat.* matches nothing: no file read declares "
                + "the package cat; nothing was searched: no folder above " + scenario.getParent() + " holds a bulwark.properties"), unresolved.out());
        assertTrue(unresolved.out().contains("(bulwark check " + scenario + " FOLDER)"), unresolved.out());
    }

    @Test
    void anImportThatMatchesNothingIsOneErrorAtItsLineSayingWhereTheSearchLooked() throws Exception {
        Path project = dir.resolve("project");
        Cli.write(project, "bulwark.properties", "");
        Cli.write(project, "lib/cat.bulwark", Cli.CATALOG);
        Path scenario = Cli.write(project, "scenarios/test.bulwark", Cli.SCENARIO.replace("import cat.*", "import cat.*\nimport catalog.*"));
        Cli.Run run = Cli.run("check", scenario.toString());
        assertEquals(1, run.code(), run.out() + run.err());
        List<String> imports = run.out().lines().filter(line -> line.contains("BULWARK-REF-006")).toList();
        assertEquals(List.of(scenario + ":3:8 error BULWARK-REF-006 import catalog.* matches nothing: no file read declares the package "
                + "catalog; searched " + project + " and its subfolders (the project of its bulwark.properties); pass the file or folder "
                + "that declares it (bulwark check " + scenario + " FOLDER)"), imports);
        // the package it did find is read: the findings are those of the scenario with its catalog
        assertTrue(run.out().contains("BULWARK-COV-001 Port: negation 0.96 < required 0.99"), run.out());

        // a file of a folder given: what was read, not a search
        Cli.Run folder = Cli.run("check", scenario.getParent().toString());
        assertTrue(folder.out().contains("import cat.* matches nothing: no file read declares the package cat; read were the files of ["
                + scenario.getParent() + "]; pass the file or folder that declares it too"), folder.out());
    }

    @Test
    void aPackageGivenOnTheCommandLineIsNotSearchedAgain() throws Exception {
        // a what-if copy of the catalog replaces the project's: no duplicate names
        Path whatIf = Cli.write(dir, "what-if.bulwark", Files.readString(Cli.EXAMPLES.resolve("catalog/systems.bulwark")));
        Cli.Run run = Cli.run("check", Cli.EXAMPLES.resolve("korea2016.bulwark").toString(), whatIf.toString());
        assertTrue(run.out().lines().reduce((a, b) -> b).orElse("").startsWith("2 files: "), run.out());
        assertFalse(run.out().contains("duplicate") || run.out().contains("Duplicate"), run.out());
        assertEquals(issuesOf(Cli.run("check", Cli.EXAMPLES.toString()).out(), "korea2016.bulwark"), issuesOf(run.out(), "korea2016.bulwark"));
    }

    @Test
    void formatReadsOnlyTheFilesItIsGiven() throws Exception {
        Path folder = Cli.scenarioFolder(dir);
        Cli.Run run = Cli.run("format", folder.resolve("test.bulwark").toString());
        assertEquals("", run.err());
        assertEquals(0, run.code());
        assertFalse(run.out().contains("package cat"), run.out());
    }
}
