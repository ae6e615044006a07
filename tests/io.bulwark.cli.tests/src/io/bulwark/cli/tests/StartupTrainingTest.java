package io.bulwark.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.cli.StartupTraining;

/** The training run of ./bulwark's start-up cache: check and a language-server session, both really run. */
class StartupTrainingTest {

    @Test
    void trainsCheckAndTheLanguageServerOnTheExamples() throws Exception {
        Cli.Run check = Cli.run("check", Cli.EXAMPLES.toString());
        long findings = check.out().lines().filter(line -> line.startsWith(Cli.EXAMPLES + "/")).count();

        StartupTraining.Result trained = StartupTraining.train(Cli.EXAMPLES);

        assertEquals(check.code(), trained.checkExitCode());
        assertEquals(4, trained.opened(), "the catalog and the three scenarios");
        // the server's diagnostics of the files are the command line's findings of them
        assertEquals(findings, trained.diagnostics(), trained.toString());
    }

    @Test
    void aFolderWithoutScenariosTrainsTheCheckAlone(@TempDir Path empty) throws Exception {
        StartupTraining.Result trained = StartupTraining.train(empty);

        assertEquals(2, trained.checkExitCode(), "no .bulwark files: an input error");
        assertEquals("check: exit code 2; language server: 0 files opened, 0 diagnostics", trained.toString());
    }
}
