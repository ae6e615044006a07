package io.bulwark.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import io.bulwark.cli.BulwarkCommand;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Every command explains itself: {@code CMD --help} and {@code bulwark help CMD} exit 0 and list every option. */
class HelpTest {

    static Stream<String> commands() {
        return new CommandLine(new BulwarkCommand()).getSubcommands().keySet().stream().filter(name -> !name.equals("help"));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void helpOfEveryCommandExitsZeroAndListsItsOptionsAndAnExample(String command) {
        CommandLine.Model.CommandSpec spec = new CommandLine(new BulwarkCommand()).getSubcommands().get(command).getCommandSpec();
        List<String> names = new ArrayList<>();
        for (OptionSpec option : spec.options()) {
            names.add(option.longestName());
        }
        assertTrue(names.contains("--help") && names.contains("--version"), command + ": " + names);
        for (String[] args : List.of(new String[] { command, "--help" }, new String[] { "help", command }, new String[] { command, "-h" })) {
            Cli.Run run = Cli.run(args);
            assertEquals(0, run.code(), String.join(" ", args) + ": " + run.err());
            assertEquals("", run.err());
            assertTrue(run.out().startsWith("Usage: bulwark " + command), run.out());
            for (String name : names) {
                assertTrue(run.out().contains(name), String.join(" ", args) + " lists " + name + ":\n" + run.out());
            }
            assertTrue(run.out().contains("Example"), run.out());
            assertTrue(run.out().contains("  bulwark " + command), "an example of " + command + ":\n" + run.out());
        }
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandPrintsTheVersion(String command) {
        Cli.Run run = Cli.run(command, "--version");
        assertEquals(0, run.code(), run.err());
        assertEquals("Bulwark 0.1.0\n", run.out().replace("\r", ""));
    }

    @Test
    void theTopLevelHelpListsTheCommandsAndHowToGetTheirHelp() {
        Cli.Run run = Cli.run("--help");
        assertEquals(0, run.code());
        commands().forEach(command -> assertTrue(run.out().contains("\n  " + command + " "), command + " in:\n" + run.out()));
        assertTrue(run.out().contains("bulwark help check"), run.out());
        assertEquals(0, Cli.run("help").code());
    }

    @Test
    void theCheckHelpGroupsTheOutputOptionsAndListsTheExitCodes() {
        String help = Cli.run("check", "--help").out();
        int output = help.indexOf("Output:");
        assertTrue(output > 0 && help.indexOf("--format", output) > output && help.indexOf("--fail-on", output) > output, help);
        assertTrue(help.contains("Exit codes:") && help.contains("usage or input errors"), help);
        assertTrue(help.contains("text, json, sarif, junit"), help);
    }

    /** The hint in a usage error names a help that works. */
    @Test
    void aUsageErrorPointsToAHelpThatExitsZero() {
        for (String[] args : List.of(new String[] { "check", "--no-such-option", "x" }, new String[] { "no-such-command" },
                new String[] { "diagram", "examples" })) {
            Cli.Run run = Cli.run(args);
            assertEquals(2, run.code());
            String hint = run.err().replaceAll("(?s).*\\((.*) lists the options\\).*", "$1");
            assertTrue(hint.startsWith("bulwark"), run.err());
            String[] helpArgs = (hint.substring("bulwark".length()).trim()).split(" ");
            Cli.Run help = Cli.run(helpArgs[0].isEmpty() ? new String[] { "--help" } : helpArgs);
            assertEquals(0, help.code(), hint + ": " + help.err());
            assertTrue(help.out().startsWith("Usage: "), help.out());
        }
    }
}
