package io.bulwark.robustness.tests;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.regex.Pattern;

import io.bulwark.cli.BulwarkCommand;

/** The {@code bulwark} command in-process, and the folders the tests read (the tests run in the module's folder). */
final class Cli {

    static final Path MODULE = Path.of("").toAbsolutePath();
    static final Path EXAMPLES = MODULE.resolve("../../examples").normalize();
    static final Path RESOURCES = MODULE.resolve("resources");
    /** A frozen copy of the example catalog: the corpus's expectations do not move when the examples change. */
    static final Path CATALOG = RESOURCES.resolve("catalog");

    /** A Java stack frame, an exception's class name, or the log line of an error the framework caught. */
    private static final Pattern TRACE = Pattern.compile("\tat |^\\s+at [\\w$.]+\\(|\\b[\\w.]+(Exception|Error)\\b(?!s)|Error executing EValidator",
            Pattern.MULTILINE);

    record Run(int code, String out, String err) {

        /** The first sign of a stack trace or a leaked exception in either stream, or null. */
        String trace() {
            var matcher = TRACE.matcher(out + "\n" + err);
            return matcher.find() ? matcher.group() : null;
        }

        String both() {
            String all = out + err;
            return all.length() > 3000 ? all.substring(0, 3000) + "..." : all;
        }
    }

    private Cli() {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BulwarkCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }
}
