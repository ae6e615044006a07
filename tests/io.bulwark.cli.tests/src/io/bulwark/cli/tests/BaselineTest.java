package io.bulwark.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code check --baseline FILE.sarif}: only findings not in an earlier SARIF output count towards the exit code. */
class BaselineTest {

    @TempDir
    Path dir;

    /** The results' "baselineState ruleId message-start" of a SARIF run with the baseline. */
    private List<String> states(Path baseline, Path folder) throws Exception {
        Path sarif = dir.resolve("with-baseline.sarif");
        Cli.run("check", "--format", "sarif", "--baseline", baseline.toString(), "-o", sarif.toString(), folder.toString());
        List<String> states = new ArrayList<>();
        for (JsonElement result : JsonParser.parseString(Files.readString(sarif)).getAsJsonObject().getAsJsonArray("runs").get(0)
                .getAsJsonObject().getAsJsonArray("results")) {
            JsonObject object = result.getAsJsonObject();
            String message = object.getAsJsonObject("message").get("text").getAsString();
            states.add(object.get("baselineState").getAsString() + " " + object.get("ruleId").getAsString() + " "
                    + message.substring(0, message.indexOf(':') < 0 ? message.length() : message.indexOf(':')));
        }
        return states;
    }

    @Test
    void aBaselineOfItselfExitsZeroAndANewFindingExitsOne() throws Exception {
        Path folder = Cli.scenarioFolder(dir);
        Path baseline = dir.resolve("bulwark.sarif");
        assertEquals(1, Cli.run("check", "--format", "sarif", "-o", baseline.toString(), folder.toString()).code());

        Cli.Run same = Cli.run("check", "--baseline", baseline.toString(), folder.toString());
        assertEquals(0, same.code(), same.out() + same.err());
        assertTrue(same.out().endsWith("2 files: 0 errors, 0 warnings, 0 notes; 3 unchanged (in the baseline)\n"), same.out());
        assertTrue(same.out().contains("BULWARK-COV-001 Port: negation 0.96 < required 0.99"), same.out());
        assertEquals(3, same.out().split("\\(unchanged: in the baseline\\)", -1).length - 1, same.out());
        assertTrue(states(baseline, folder).stream().allMatch(s -> s.startsWith("unchanged ")), states(baseline, folder).toString());
        // still failing without the baseline
        assertEquals(1, Cli.run("check", folder.toString()).code());

        // a new asset and raid out of the battery's range, written above the old findings' lines: only their findings are new
        Path scenario = folder.resolve("test.bulwark");
        Files.writeString(scenario, Files.readString(scenario).replace("force US nation \"United States\"\n",
                "force US nation \"United States\"\nasset Dock at 2 N, 2.698 E requires 0.99\nraid R3 : SRBM from 2 N, 0 E at Dock\n"));
        Cli.Run changed = Cli.run("check", "--baseline", baseline.toString(), folder.toString());
        assertEquals(1, changed.code(), changed.out() + changed.err());
        assertTrue(changed.out().contains("BULWARK-COV-001 Dock: negation 0.0 < required 0.99"), changed.out());
        assertFalse(changed.out().matches("(?s).*Dock: negation[^\\n]*\\(unchanged.*"), changed.out());
        assertTrue(changed.out().matches("(?s).*Port: negation[^\\n]*\\(unchanged: in the baseline\\)\\n.*"), changed.out());
        assertTrue(changed.out().endsWith("2 files: 2 errors, 0 warnings, 0 notes; 3 unchanged (in the baseline)\n"), changed.out());
        List<String> states = states(baseline, folder);
        assertTrue(states.contains("new BULWARK-COV-001 Dock"), states.toString());
        assertTrue(states.contains("new BULWARK-COV-002 Raid R3"), states.toString());
        assertTrue(states.contains("unchanged BULWARK-COV-001 Port"), states.toString());
        assertEquals(2, states.stream().filter(s -> s.startsWith("new ")).count(), states.toString());
    }

    @Test
    void anUnreadableOrForeignBaselineExitsTwoWithAOneLineReason() throws Exception {
        Path folder = Cli.scenarioFolder(dir);
        Cli.Run missing = Cli.run("check", "--baseline", dir.resolve("none.sarif").toString(), folder.toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("bulwark: cannot read the baseline "), missing.err());
        Path text = Cli.write(dir, "notes.sarif", "not json at all");
        Cli.Run foreign = Cli.run("check", "--baseline", text.toString(), folder.toString());
        assertEquals(2, foreign.code());
        assertEquals("bulwark: the baseline " + text + " is not a SARIF output of bulwark check --format sarif\n", foreign.err());
        assertEquals("", foreign.out());
    }
}
