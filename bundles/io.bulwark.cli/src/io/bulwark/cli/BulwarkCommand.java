package io.bulwark.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code bulwark} command: headless validation and reports of Bulwark scenarios. */
@Command(name = "bulwark", mixinStandardHelpOptions = true, version = BulwarkCommand.VERSION_LINE,
        description = "Intercept-coverage analysis of missile-defense architecture scenarios.",
        commandListHeading = "%nCommands:%n",
        subcommands = { CheckCommand.class, ReportCommand.class, FootprintCommand.class, ExportCommand.class, DiagramCommand.class,
                FormatCommand.class, LspCommand.class, CommandLine.HelpCommand.class },
        footerHeading = "%nExamples:%n",
        footer = { "  bulwark check examples/",
                "  bulwark check --format sarif -o bulwark.sarif examples/",
                "  bulwark report examples/ -o report.html",
                "  bulwark help check          # the options of a command (or: bulwark check --help)" })
public final class BulwarkCommand implements Runnable {

    static final String VERSION = "0.1.0";
    /** What {@code --version} prints, for every command. */
    static final String VERSION_LINE = "Bulwark " + VERSION;

    /** Exit code: no errors. */
    public static final int OK = 0;
    /** Exit code: validation or coverage errors (or warnings with --fail-on warning). */
    public static final int FINDINGS = 1;
    /** Exit code: usage or input errors (unreadable file, parse errors). */
    public static final int INPUT_ERROR = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code. Never throws. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new BulwarkCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(e -> INPUT_ERROR);
        commandLine.setParameterExceptionHandler((e, a) -> {
            err.println("bulwark: " + plain(e.getMessage()) + " (" + e.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help lists the options)");
            return INPUT_ERROR;
        });
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            err.println("bulwark: internal error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : Escapes.escape(e.getMessage()))
                    + (verbose(parsed) ? "" : " (run with --verbose for details)"));
            if (verbose(parsed)) {
                e.printStackTrace(err);
            }
            return INPUT_ERROR;
        });
        return commandLine.execute(args);
    }

    /** A message for a user: without Java exception class names and control characters. */
    static String plain(String message) {
        if (message == null) {
            return "invalid arguments";
        }
        return Escapes.escape(message.replaceAll("(?:[a-z]\\w*\\.)+[A-Z]\\w*(?:Exception|Error): ?", ""));
    }

    private static boolean verbose(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult result = parsed; result != null; result = result.subcommand()) {
            if (result.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
