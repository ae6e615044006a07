package io.bulwark.robustness.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The malformed-input corpus resources/bad (written by make-corpus.py, recorded by record-corpus.sh): for each case,
 * resources/bad/manifest.tsv gives the exit code of {@code bulwark check} and its first diagnostic, "severity code line"
 * (the first, in line and column order, of the most severe diagnostics of the file), or "input" for a file refused
 * before parsing, or "none". The command and the validator in-process must both give exactly that, within the time
 * limit, and the command must never show a stack trace.
 */
class BadInputCorpusTest {

    static final Path BAD = Cli.RESOURCES.resolve("bad");
    private static final Duration LIMIT = Duration.ofSeconds(20);

    /** A row of manifest.tsv. {@code with}: "catalog", "-" (alone) or companion files under resources/. */
    record Case(String file, String with, int exit, String first, String intent) {

        Path path() {
            return BAD.resolve(file);
        }

        List<Path> others() throws IOException {
            List<Path> others = new ArrayList<>();
            if (with.equals("catalog")) {
                try (Stream<Path> files = Files.list(Cli.CATALOG)) {
                    files.sorted().forEach(others::add);
                }
            } else if (!with.equals("-")) {
                for (String companion : with.split(",")) {
                    others.add(Cli.RESOURCES.resolve(companion));
                }
            }
            return others;
        }

        /** The command's arguments: one thread, so that a failure replays exactly. */
        String[] arguments() throws IOException {
            List<String> arguments = new ArrayList<>(List.of("check", "--threads", "1", path().toString()));
            arguments.addAll(with.equals("catalog") ? List.of(Cli.CATALOG.toString()) : others().stream().map(Path::toString).toList());
            return arguments.toArray(String[]::new);
        }

        @Override
        public String toString() {
            return file;
        }
    }

    static List<Case> cases() throws IOException {
        List<String> rows = Files.readAllLines(BAD.resolve("manifest.tsv"));
        assertEquals("file\twith\texit\tfirst\tintent", rows.get(0), "manifest header");
        return rows.stream().skip(1).map(row -> row.split("\t", -1))
                .map(c -> new Case(c[0], c[1], Integer.parseInt(c[2]), c[3], c[4])).toList();
    }

    @Test
    void theCorpusHasAtLeastTwoHundredCasesEachInTheManifestOnce() throws IOException {
        List<String> files;
        try (Stream<Path> list = Files.list(BAD)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".bulwark")).sorted().toList();
        }
        assertTrue(files.size() >= 200, files.size() + " cases");
        assertEquals(files, cases().stream().map(Case::file).sorted().toList());
    }

    @Test
    void theCorpusCoversEveryKindOfOutcome() throws IOException {
        List<String> firsts = cases().stream().map(Case::first).toList();
        for (String expected : List.of("input", "none", "error BULWARK-SYN-001",
                "error BULWARK-REF-001", "error BULWARK-VAL-001", "error BULWARK-VAL-002",
                "error BULWARK-REF-002", "error BULWARK-VAL-004", "error BULWARK-VAL-005",
                "error BULWARK-VAL-008", "error BULWARK-VAL-017", "error BULWARK-REF-005",
                "error BULWARK-VAL-007", "error BULWARK-VAL-006", "error BULWARK-VAL-011")) {
            assertTrue(firsts.stream().anyMatch(f -> f.startsWith(expected)), "a case whose first diagnostic is " + expected);
        }
        for (int exit : new int[] { 0, 1, 2 }) {
            assertTrue(cases().stream().anyMatch(c -> c.exit() == exit), "a case exiting " + exit);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theCommandExitsAsRecordedAndNamesTheFileAndLineWithoutAStackTrace(Case c) throws IOException {
        String[] arguments = c.arguments();
        Cli.Run run = assertTimeoutPreemptively(LIMIT, () -> Cli.run(arguments), "bulwark check " + c.file());
        assertNull(run.trace(), () -> "no stack trace or exception name in the output: " + run.both());
        assertEquals(c.exit(), run.code(), run::both);
        String file = c.path().toString();
        List<String> located = run.out().lines().filter(l -> l.startsWith(file + ":")).toList();
        switch (c.first()) {
            case "input" -> {
                assertTrue(run.err().startsWith("bulwark: " + file + ": "), "a message naming the file: " + run.err());
                assertEquals(1, run.err().lines().count(), "one line: " + run.err());
                assertEquals("", run.out());
            }
            case "none" -> assertEquals(List.of(), located);
            default -> {
                String[] first = c.first().split(" ");
                String line = located.stream().filter(l -> l.split(" ")[1].equals(first[0])).findFirst().orElse("no " + first[0]);
                assertTrue(line.startsWith(file + ":" + first[2] + ":"), "the first " + first[0] + " is on line " + first[2] + ": " + line);
                assertTrue(line.contains(" " + first[0] + " " + first[1] + " "), "the first " + first[0] + " is " + first[1] + ": " + line);
                String message = line.substring(line.indexOf(first[1]) + first[1].length()).trim();
                assertFalse(message.isEmpty(), "a message: " + line);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theValidatorInProcessGivesTheSameFirstDiagnostic(Case c) throws IOException {
        List<Path> others = c.others();
        Language.Result result = assertTimeoutPreemptively(LIMIT, () -> Language.validate(c.path(), others), "validating " + c.file());
        assertEquals(List.of(), result.loggedErrors(), "errors the framework caught and logged");
        List<Issue> issues = result.issues();
        switch (c.first()) {
            case "input" -> {
                // refused by the command before parsing: the language must only survive it (no exception, in time)
            }
            case "none" -> assertEquals(List.of(), issues.stream().map(Issue::toString).toList());
            default -> {
                String[] first = c.first().split(" ");
                Issue issue = issues.stream().filter(i -> i.getSeverity().name().equalsIgnoreCase(first[0])).findFirst().orElse(null);
                String actual = issue == null ? "no " + first[0] : first[0] + " " + issue.getCode() + " " + issue.getLineNumber();
                assertEquals(c.first(), actual, () -> issue == null ? "" : issue.getMessage());
            }
        }
    }
}
