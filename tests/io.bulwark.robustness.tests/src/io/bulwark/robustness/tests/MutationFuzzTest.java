package io.bulwark.robustness.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.gson.JsonParser;

/**
 * Seeded random mutations of the examples through the command ({@code check --format json}) and the validator, inside
 * the OSGi runtime the product ships in. The coverage-guided fuzzer (Jazzer) runs the same pipeline on a plain class
 * path in tests/io.bulwark.robustness.fuzz; this keeps a cheap, reproducible share of it here (the seed is in the test
 * name, so a failure replays exactly).
 */
class MutationFuzzTest {

    private static final Duration LIMIT = Duration.ofSeconds(20);
    /** Tokens of the language and of its neighbours, for insertions. */
    private static final String[] TOKENS = { "{", "}", ",", ":", "..", "->", "<->", "-", ".", "\"", "//", "/*", "*/", "\n", "\r\n", "\t", " ",
            "0", "-1", "0.5", "99999999999", "1" + "0".repeat(40), "0." + "0".repeat(30) + "1", "km", "s", "deg", "m2", "km/s", "N", "E", "S",
            "W", "scenario", "force", "radar", "battery", "asset", "raid", "region", "agreement", "import", "package", "owner", "at",
            "x", "T+", "apogee", "cued by", "fire-control", "interceptors", "salvo", "requires", "\u00e9", "\u0000", "\ufeff" };
    private static final List<String> EXAMPLES = List.of("korea2016.bulwark", "minimal.bulwark", "sharing.bulwark");

    @TempDir
    Path dir;

    static IntStream seeds() {
        return IntStream.rangeClosed(1, 60);
    }

    static String mutate(String text, Random random) {
        StringBuilder mutated = new StringBuilder(text);
        for (int edits = 1 + random.nextInt(6); edits > 0; edits--) {
            int at = random.nextInt(mutated.length() + 1);
            switch (random.nextInt(4)) {
                case 0 -> mutated.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
                case 1 -> mutated.delete(at, Math.min(mutated.length(), at + 1 + random.nextInt(30)));
                case 2 -> { // duplicate a stretch elsewhere
                    int from = random.nextInt(mutated.length());
                    mutated.insert(at, mutated.substring(from, Math.min(mutated.length(), from + random.nextInt(80))));
                }
                default -> { // replace a number by another
                    var numbers = java.util.regex.Pattern.compile("\\d+(\\.\\d+)?").matcher(mutated);
                    if (numbers.find(Math.min(at, mutated.length()))) {
                        mutated.replace(numbers.start(), numbers.end(), TOKENS[15 + random.nextInt(8)]);
                    }
                }
            }
        }
        return mutated.toString();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aMutatedExampleGivesDiagnosticsNeverAFailure(int seed) throws IOException {
        Random random = new Random(seed);
        String example = EXAMPLES.get(random.nextInt(EXAMPLES.size()));
        Path file = Files.writeString(dir.resolve("seed-" + seed + ".bulwark"), mutate(Files.readString(Cli.EXAMPLES.resolve(example)), random),
                StandardCharsets.UTF_8);
        Cli.Run run = assertTimeoutPreemptively(LIMIT,
                () -> Cli.run("check", "--format", "json", "--threads", "2", file.toString(), Cli.CATALOG.toString()));
        assertNull(run.trace(), run::both);
        assertTrue(run.code() >= 0 && run.code() <= 2, run::both);
        if (run.code() < 2) {
            assertDoesNotThrow(() -> JsonParser.parseString(run.out()), "a JSON report");
        }
        Language.Result result = assertTimeoutPreemptively(LIMIT, () -> Language.validate(file, List.of(Cli.CATALOG.resolve("systems.bulwark"))));
        assertEquals(List.of(), result.loggedErrors());
    }
}
