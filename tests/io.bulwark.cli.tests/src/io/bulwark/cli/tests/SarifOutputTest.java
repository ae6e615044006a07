package io.bulwark.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * {@code bulwark check --format sarif}: valid against the SARIF 2.1.0 schema (resources/sarif-schema-2.1.0.json,
 * OASIS, from github.com/oasis-tcs/sarif-spec sarif-2.1/schema), with rules, regions and stable fingerprints.
 */
class SarifOutputTest {

    private static final Path SCHEMA = Path.of("resources/sarif-schema-2.1.0.json").toAbsolutePath();

    @TempDir
    Path dir;

    private static Set<ValidationMessage> validate(String sarif) throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
                .getSchema(new ObjectMapper().readTree(Files.readString(SCHEMA)));
        return schema.validate(new ObjectMapper().readTree(sarif));
    }

    @Test
    void theKoreaExampleGivesValidSarifWithLocatedFindingsAndRuleHelp() throws IOException {
        Path out = dir.resolve("bulwark.sarif");
        Cli.Run run = Cli.run("check", "--format", "sarif", "-o", out.toString(), Cli.EXAMPLES.toString());
        assertEquals(1, run.code(), run.err());
        String sarif = Files.readString(out);
        assertEquals(Set.of(), validate(sarif));

        JsonObject log = JsonParser.parseString(sarif).getAsJsonObject();
        assertEquals("2.1.0", log.get("version").getAsString());
        JsonObject runObject = log.getAsJsonArray("runs").get(0).getAsJsonObject();
        JsonArray rules = runObject.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules");
        JsonArray results = runObject.getAsJsonArray("results");
        JsonObject seoul = null;
        for (JsonElement element : results) {
            JsonObject result = element.getAsJsonObject();
            JsonObject rule = rules.get(result.get("ruleIndex").getAsInt()).getAsJsonObject();
            assertEquals(result.get("ruleId").getAsString(), rule.get("id").getAsString());
            assertFalse(rule.getAsJsonObject("help").get("text").getAsString().isBlank());
            if (result.getAsJsonObject("message").get("text").getAsString().startsWith("Seoul: negation 0.0 < required 0.9")) {
                seoul = result;
            }
        }
        assertTrue(seoul != null, "the Seoul finding is among the results");
        assertEquals("BULWARK-COV-001", seoul.get("ruleId").getAsString());
        assertEquals("error", seoul.get("level").getAsString());
        JsonObject location = seoul.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation");
        assertTrue(location.getAsJsonObject("artifactLocation").get("uri").getAsString().endsWith("korea2016.bulwark"));
        int line = location.getAsJsonObject("region").get("startLine").getAsInt();
        List<String> lines = Files.readAllLines(Cli.EXAMPLES.resolve("korea2016.bulwark"));
        assertTrue(lines.get(line - 1).contains("Seoul"), "the region points at the asset's declaration: " + lines.get(line - 1));
    }

    @Test
    void fingerprintsNameTheElementSoTheySurviveLinesAddedAbove() throws IOException {
        Path folder = Cli.scenarioFolder(dir);
        String before = fingerprints(folder);
        Path scenario = folder.resolve("test.bulwark");
        Files.writeString(scenario, Files.readString(scenario).replace("force US", "// a new comment\n// and another\nforce US"));
        String after = fingerprints(folder);
        assertEquals(before, after);
        assertTrue(before.contains("BULWARK-COV-001"), before);
    }

    @Test
    void differentFindingsHaveDifferentFingerprints() throws IOException {
        JsonArray results = sarif(Cli.scenarioFolder(dir));
        List<String> prints = new ArrayList<>();
        for (JsonElement result : results) {
            prints.add(result.getAsJsonObject().getAsJsonObject("partialFingerprints").get("bulwarkElement/v1").getAsString());
        }
        assertTrue(prints.size() >= 2, "the fixture has several findings: " + prints);
        assertEquals(prints.size(), Set.copyOf(prints).size());
        assertNotEquals(prints.get(0), prints.get(1));
    }

    @Test
    void syntaxErrorsAreResultsWithARegionAndExitCodeTwo() throws IOException {
        Path file = Cli.write(dir, "broken.bulwark", "scenario Broken\nforce US nation \"United States\"\nradar R : {\n");
        Path out = dir.resolve("broken.sarif");
        assertEquals(2, Cli.run("check", "--format", "sarif", "-o", out.toString(), file.toString()).code());
        String sarif = Files.readString(out);
        assertEquals(Set.of(), validate(sarif));
        JsonObject result = null;
        for (JsonElement element : JsonParser.parseString(sarif).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject()
                .getAsJsonArray("results")) {
            if (element.getAsJsonObject().get("ruleId").getAsString().equals("BULWARK-SYN-001")) {
                result = element.getAsJsonObject();
            }
        }
        assertTrue(result != null, sarif);
        assertEquals(3, result.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation")
                .getAsJsonObject("region").get("startLine").getAsInt());
    }

    private JsonArray sarif(Path folder) throws IOException {
        Path out = dir.resolve("out.sarif");
        Cli.run("check", "--format", "sarif", "-o", out.toString(), folder.toString());
        return JsonParser.parseString(Files.readString(out)).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject()
                .getAsJsonArray("results");
    }

    private String fingerprints(Path folder) throws IOException {
        StringBuilder prints = new StringBuilder();
        for (JsonElement element : sarif(folder)) {
            JsonObject result = element.getAsJsonObject();
            prints.append(result.get("ruleId").getAsString()).append(' ')
                    .append(result.getAsJsonObject("partialFingerprints").get("bulwarkElement/v1").getAsString()).append('\n');
        }
        return prints.toString();
    }
}
