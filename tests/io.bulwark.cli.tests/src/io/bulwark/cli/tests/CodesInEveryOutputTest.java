package io.bulwark.cli.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.bulwark.dsl.validation.DiagnosticCodes;

/**
 * Every input of the malformed-input corpus (tests/io.bulwark.robustness.tests/resources/bad) through {@code check} in
 * every format: no framework-internal code ({@code org.eclipse...}, {@code io.bulwark.dsl....}) reaches the output,
 * and every code printed is one of the table's.
 */
class CodesInEveryOutputTest {

    private static final Path CORPUS = Path.of("../io.bulwark.robustness.tests/resources").toAbsolutePath().normalize();
    private static final List<String> FORMATS = List.of("text", "json", "sarif", "junit", "github", "gitlab");
    private static final Pattern CODE = Pattern.compile("BULWARK-[A-Z]{3}-\\d{3}");

    /** The command-line arguments of each case: its file, then its companions (intent.tsv's "with" column). */
    private static List<List<String>> cases() throws IOException {
        List<List<String>> cases = new ArrayList<>();
        List<String> lines = Files.readAllLines(CORPUS.resolve("bad/intent.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] columns = line.split("\t");
            List<String> args = new ArrayList<>(List.of(CORPUS.resolve("bad").resolve(columns[0]).toString()));
            if (columns[1].equals("catalog")) {
                args.add(CORPUS.resolve("catalog").toString());
            } else if (!columns[1].equals("-")) {
                for (String companion : columns[1].split(",")) {
                    args.add(CORPUS.resolve(companion).toString());
                }
            }
            cases.add(args);
        }
        return cases;
    }

    @Test
    void noFrameworkCodeInAnyOutputOfTheCorpus() throws IOException {
        List<List<String>> cases = cases();
        assertTrue(cases.size() > 300, "the corpus has " + cases.size() + " cases");
        Set<String> known = new TreeSet<>(DiagnosticCodes.all().stream().map(DiagnosticCodes.Code::id).toList());
        Set<String> seen = new TreeSet<>();
        for (List<String> files : cases) {
            for (String format : FORMATS) {
                List<String> args = new ArrayList<>(List.of("check", "--format", format));
                args.addAll(files);
                Cli.Run run = Cli.run(args.toArray(String[]::new));
                String output = run.out() + run.err();
                String where = format + " " + files.get(0);
                assertFalse(output.contains("org.eclipse"), where + "\n" + output);
                assertFalse(output.contains("io.bulwark.dsl."), where + "\n" + output);
                assertFalse(output.contains("io.bulwark.staleAcceptance") || output.contains("io.bulwark.other"), where);
                for (Matcher code = CODE.matcher(output); code.find();) {
                    assertTrue(known.contains(code.group()), where + ": " + code.group() + " is not in the table");
                    if (format.equals("text")) {
                        seen.add(code.group());
                    }
                }
            }
        }
        // the corpus provokes each kind (syntax, references, values, coverage), the framework's own diagnostics among them
        for (String code : List.of("BULWARK-SYN-001", "BULWARK-SYN-002", "BULWARK-REF-001", "BULWARK-REF-006", "BULWARK-VAL-001", "BULWARK-COV-007")) {
            assertTrue(seen.contains(code), code + " in " + seen);
        }
    }
}
