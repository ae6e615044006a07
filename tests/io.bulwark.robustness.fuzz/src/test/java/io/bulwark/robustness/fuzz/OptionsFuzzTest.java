package io.bulwark.robustness.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Argument vectors built from the fuzz bytes: the subcommands, their option names, values of every kind (in range,
 * out of range, malformed) and paths in a sandbox folder (scenario files, a folder, a symbolic link, a FIFO, an
 * output folder, names ending in /, over-long names, names with control characters). Whatever the vector, the command
 * exits 0-2 without a stack trace or an "internal error", never changes an input file, and writes nothing outside
 * the sandbox (the module's folder, the working directory, is compared before and after).
 */
class OptionsFuzzTest {

    private static final Pattern TRACE = Pattern.compile("\tat |^\\s+at [\\w$.]+\\(|\\b[\\w.]+(Exception|Error)\\b(?!s)|internal error",
            Pattern.MULTILINE);

    private static final String[] COMMANDS = { "check", "report", "footprint", "diagram", "format", "--help", "--version", "nonsense" };
    private static final String[] OPTIONS = { "--format", "--fail-on", "-o", "--output", "--threads", "--max-file-size", "-v", "--verbose",
            "--title", "--ring-step", "--bearing-step", "--check", "--write", "-h", "--help", "-V", "--", "-" };
    private static final String[] VALUES = { "text", "json", "sarif", "junit", "error", "warning", "xml", "0", "1", "-1", "2", "256", "257",
            "32768", "40000", "2147483648", "NaN", "Infinity", "1e308", "0.000001", "4", "100", "45", "7", "360", "abc", "", " ", "\u001b[2J",
            "line\nbreak", "City", "SRBM", "cat.SRBM" };

    private static Method execute;
    private static Path sandbox;
    private static Path inputs;
    private static Path outputs;
    private static List<String> paths;
    private static Map<String, String> inputState;
    private static List<String> workingDirectory;

    @BeforeAll
    static void prepare() throws Exception {
        execute = ShippedCommand.execute();
        sandbox = Files.createTempDirectory("bulwark-options");
        inputs = Files.createDirectories(sandbox.resolve("in"));
        outputs = Files.createDirectories(sandbox.resolve("out"));
        Files.writeString(inputs.resolve("cat.bulwark"), """
                package cat
                interceptor Upper { range 0 .. 200 km altitude 10 .. 150 km speed 3 km/s reaction 10 s pk 0.8 }
                radar Surveillance { detects 1000 km at rcs 1 m2 sector 360 deg elevation 0 .. 90 deg track 5 s }
                missile SRBM { reach 600 km rcs 1 m2 }
                """);
        Files.writeString(inputs.resolve("test.bulwark"), """
                scenario Test
                import cat.*
                force US nation "United States"
                radar R : Surveillance { owner US at 0 N, 2.698 E facing 0 deg }
                battery B : Upper { owner US at 0 N, 2.698 E interceptors 10 doctrine shoot-shoot salvo 2 }
                asset City at 0 N, 2.698 E requires 0.9
                raid R1 : SRBM from 0 N, 0 E at City
                """);
        Files.createDirectories(inputs.resolve("sub"));
        Files.writeString(inputs.resolve("sub/broken.bulwark"), "package broken\nmissile M { reach 600 km rcs\n");
        Files.createSymbolicLink(inputs.resolve("link.bulwark"), inputs.resolve("test.bulwark"));
        Files.createSymbolicLink(outputs.resolve("to-input.json"), inputs.resolve("cat.bulwark"));
        assertEquals(0, new ProcessBuilder("mkfifo", inputs.resolve("pipe.bulwark").toString()).inheritIO().start().waitFor());
        // formatted already, so that format --write leaves every input as it is
        // bounded as every run here: the folder holds a named pipe, which a reader that opened it would wait on for ever
        Run formatted = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run("format", "--write", inputs.toString(),
                inputs.resolve("sub").toString()));
        assertTrue(formatted.code() <= 2, formatted.err());
        paths = List.of(inputs.toString(), inputs + "/", inputs.resolve("cat.bulwark").toString(), inputs.resolve("test.bulwark").toString(),
                inputs.resolve("link.bulwark").toString(), inputs.resolve("pipe.bulwark").toString(), inputs.resolve("sub").toString(),
                inputs.resolve("../in/./test.bulwark").toString(), inputs.resolve("missing.bulwark").toString(),
                outputs.resolve("r.json").toString(), outputs.resolve("r.html").toString(), outputs + "/", outputs.resolve("new/") + "/",
                outputs.resolve("no/such/folder.svg").toString(), outputs.resolve("to-input.json").toString(),
                outputs.resolve("n".repeat(300)).toString(), outputs.resolve("ctl\u001b\n.json").toString(), "/dev/null", sandbox.toString());
        inputState = state(inputs);
        workingDirectory = listing(Path.of(""));
    }

    @AfterAll
    static void cleanUp() throws IOException {
        try (Stream<Path> all = Files.walk(sandbox)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    record Run(int code, String out, String err) {
    }

    static Run run(String... arguments) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = (Integer) execute.invoke(null, arguments, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    /** An argument vector: a command, then options with values, paths and stray words. */
    static String[] arguments(FuzzedDataProvider data) {
        List<String> arguments = new ArrayList<>();
        arguments.add(data.pickValue(COMMANDS));
        int count = data.consumeInt(0, 12);
        for (int i = 0; i < count && data.remainingBytes() > 0; i++) {
            switch (data.consumeInt(0, 5)) {
                case 0, 1 -> arguments.add(data.pickValue(paths));
                case 2 -> {
                    String option = data.pickValue(OPTIONS);
                    arguments.add(option);
                    arguments.add(valueOf(option, data));
                }
                case 3 -> {
                    arguments.add(data.pickValue(new String[] { "-o", "--output" }));
                    arguments.add(data.pickValue(paths));
                }
                case 4 -> {
                    String option = data.pickValue(OPTIONS);
                    arguments.add(option + "=" + valueOf(option, data));
                }
                // a stray word, in hex: never an option (it cannot become a file to write in the working directory) and never
                // words the oracle looks for in the messages, which quote it
                default -> arguments.add("w" + HexFormat.of().formatHex(data.consumeBytes(12)));
            }
        }
        return arguments.toArray(String[]::new);
    }

    /** A value for the option: a path in the sandbox for the file to write, else any of the values. */
    private static String valueOf(String option, FuzzedDataProvider data) {
        return option.equals("-o") || option.equals("--output") ? data.pickValue(paths) : data.pickValue(VALUES);
    }

    @FuzzTest(maxDuration = "5m")
    void anyOptions(FuzzedDataProvider data) throws Exception {
        String[] arguments = arguments(data);
        Run result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(arguments));
        String shown = String.join(" ", arguments);
        Files.deleteIfExists(inputs.resolve("missing.bulwark")); // a new file the vector may write beside the inputs
        var trace = TRACE.matcher(result.err());
        assertFalse(trace.find(), () -> shown + ": a failure leaked into the output (" + trace.group() + "): " + result.err());
        assertTrue(result.code() >= 0 && result.code() <= 2, shown + ": exit code " + result.code());
        assertEquals(inputState, state(inputs), shown + ": an input changed");
        assertTrue(Files.isSymbolicLink(inputs.resolve("link.bulwark")) && Files.isSymbolicLink(outputs.resolve("to-input.json")),
                shown + ": a link was replaced");
        assertTrue(Files.readAttributes(inputs.resolve("pipe.bulwark"), BasicFileAttributes.class).isOther(), shown + ": the FIFO was replaced");
        assertEquals(workingDirectory, listing(Path.of("")), shown + ": a file was written outside the sandbox");
        try (Stream<Path> written = Files.list(outputs)) {
            for (Path path : written.toList()) {
                if (!Files.isSymbolicLink(path)) {
                    assertFalse(path.getFileName().toString().startsWith(".bulwark-"), shown + ": a temporary file was left: " + path);
                    assertTrue(Files.isRegularFile(path), shown + ": wrote something that is not a file: " + path);
                    Files.delete(path);
                }
            }
        }
    }

    /** Every regular file below the folder (links not followed) with its content; links and FIFOs by kind. */
    private static Map<String, String> state(Path folder) throws IOException {
        Map<String, String> state = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.toList()) {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                state.put(folder.relativize(path).toString(), attributes.isRegularFile() ? Files.readString(path)
                        : attributes.isSymbolicLink() ? "link to " + Files.readSymbolicLink(path) : attributes.isDirectory() ? "folder" : "other");
            }
        }
        return state;
    }

    /** The folder's entries, but for Jazzer's own corpus folder (.cifuzz-corpus, made when fuzzing). */
    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> all = Files.list(folder)) {
            return all.map(Path::toString).filter(name -> !name.startsWith(".cifuzz")).sorted().toList();
        }
    }

    /** The oracle can fail: a write over an input would be seen. */
    @Test
    void theHarnessSeesAChangedInput() throws Exception {
        Path file = inputs.resolve("cat.bulwark");
        String text = Files.readString(file);
        Files.writeString(file, text + "// changed\n");
        try {
            assertFalse(inputState.equals(state(inputs)));
        } finally {
            Files.writeString(file, text);
        }
        assertEquals(inputState, state(inputs));
    }
}
