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

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code // bulwark:accept CODE "reason"} above an element: the finding is reported as accepted, not counted. */
class AcceptanceTest {

    @TempDir
    Path dir;

    private Path folderWith(String find, String replacement) throws Exception {
        Path folder = Cli.scenarioFolder(dir);
        Path scenario = folder.resolve("test.bulwark");
        String text = Files.readString(scenario);
        assertTrue(text.contains(find));
        Files.writeString(scenario, text.replace(find, replacement));
        return folder;
    }

    @Test
    void anAcceptedFindingIsShownWithItsReasonSuppressedInSarifAndNotCounted() throws Exception {
        Path folder = folderWith("asset Port", "// bulwark:accept BULWARK-COV-001 \"a second battery arrives in 2027\"\nasset Port");
        Path scenario = folder.resolve("test.bulwark");
        // an acceptance at the end of a block of comments above the radar
        Files.writeString(scenario, Files.readString(scenario).replace("radar R :",
                "// bulwark:accept BULWARK-COV-007 \"a second radar is budgeted\"\nradar R :"));
        Cli.Run run = Cli.run("check", folder.toString());
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("BULWARK-COV-001 Port: negation 0.96 < required 0.99"), run.out());
        assertTrue(run.out().matches("(?s).*BULWARK-COV-001 Port: [^\\n]*\\(accepted: a second battery arrives in 2027\\)\\n.*"), run.out());
        assertTrue(run.out().matches("(?s).*BULWARK-COV-007 [^\\n]*\\(accepted: a second radar is budgeted\\)\\n.*"), run.out());
        // the battery's single point of failure is not accepted
        assertTrue(run.out().endsWith("2 files: 0 errors, 1 warning, 0 notes; 2 accepted\n"), run.out());
        assertEquals(1, Cli.run("check", "--fail-on", "warning", folder.toString()).code());

        Path sarif = dir.resolve("bulwark.sarif");
        Cli.run("check", "--format", "sarif", "-o", sarif.toString(), folder.toString());
        List<String> suppressed = new ArrayList<>();
        for (JsonElement element : JsonParser.parseString(Files.readString(sarif)).getAsJsonObject().getAsJsonArray("runs").get(0)
                .getAsJsonObject().getAsJsonArray("results")) {
            JsonObject result = element.getAsJsonObject();
            JsonArray suppressions = result.getAsJsonArray("suppressions");
            if (suppressions != null) {
                assertEquals(1, suppressions.size());
                JsonObject suppression = suppressions.get(0).getAsJsonObject();
                assertEquals("inSource", suppression.get("kind").getAsString());
                suppressed.add(result.get("ruleId").getAsString() + " " + suppression.get("justification").getAsString());
            }
        }
        assertEquals(List.of("BULWARK-COV-007 a second radar is budgeted", "BULWARK-COV-001 a second battery arrives in 2027"),
                suppressed.stream().sorted((a, b) -> b.compareTo(a)).toList());

        // CI annotations: a notice with the reason, not an error
        String github = Cli.run("check", "--format", "github", folder.toString()).out();
        assertTrue(github.matches("(?s).*::notice [^\\n]*title=BULWARK-COV-001::Port: [^\\n]*\\(accepted: a second battery arrives in 2027\\)\\n.*"), github);
        assertFalse(github.contains("::error "), github);
        Path gitlab = dir.resolve("gl-code-quality.json");
        Cli.run("check", "--format", "gitlab", "-o", gitlab.toString(), folder.toString());
        for (JsonElement entry : JsonParser.parseString(Files.readString(gitlab)).getAsJsonArray()) {
            String description = entry.getAsJsonObject().get("description").getAsString();
            assertEquals(description.contains("(accepted: "), entry.getAsJsonObject().get("severity").getAsString().equals("info"), description);
        }
    }

    @Test
    void anAcceptanceThatMatchesNothingIsAWarningAtItsLine() throws Exception {
        Path folder = folderWith("asset City", "// bulwark:accept BULWARK-COV-001 \"City is always covered\"\nasset City");
        List<String> lines = Files.readAllLines(folder.resolve("test.bulwark"));
        int line = lines.indexOf("// bulwark:accept BULWARK-COV-001 \"City is always covered\"") + 1;
        Cli.Run run = Cli.run("check", folder.toString());
        assertEquals(1, run.code(), "Port is still below its requirement: " + run.out());
        String expected = "test.bulwark:" + line + ":1 warning BULWARK-REF-008 bulwark:accept BULWARK-COV-001 "
                + "matches no finding of the element below it";
        assertTrue(run.out().contains(expected), expected + "\n" + run.out());
        assertTrue(run.out().endsWith("2 files: 1 error, 3 warnings, 0 notes\n"), run.out());
        assertFalse(run.out().contains("(accepted"), run.out());
    }
}
