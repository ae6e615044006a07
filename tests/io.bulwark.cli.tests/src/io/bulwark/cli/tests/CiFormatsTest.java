package io.bulwark.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code --format github} against GitHub's workflow-command syntax ({@code ::error file=,line=,col=,title=::message},
 * values escaped as the Actions toolkit does) and {@code --format gitlab} against GitLab's Code Quality report
 * format (description, check_name, fingerprint, severity, location.path, location.lines.begin).
 */
class CiFormatsTest {

    /** {@code ::LEVEL key=value,key=value::message}; values and message may hold no raw CR, LF, and values no raw , or :. */
    private static final Pattern WORKFLOW_COMMAND = Pattern.compile("::(error|warning|notice) ((?:[a-zA-Z]+=[^,:\\r\\n]*)(?:,[a-zA-Z]+=[^,:\\r\\n]*)*)::([^\\r\\n]*)");

    @TempDir
    Path dir;

    private static String unescape(String value) {
        return value.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%");
    }

    /** Issues of the JSON output, as "severity|code|line|column|message" in output order, and their files. */
    private List<String> jsonIssues(Path input, List<String> paths) throws Exception {
        Path out = dir.resolve("issues.json");
        Cli.run("check", "--format", "json", "-o", out.toString(), input.toString());
        List<String> issues = new ArrayList<>();
        for (JsonElement file : JsonParser.parseString(Files.readString(out)).getAsJsonObject().getAsJsonArray("files")) {
            for (JsonElement element : file.getAsJsonObject().getAsJsonArray("issues")) {
                JsonObject issue = element.getAsJsonObject();
                issues.add(issue.get("severity").getAsString() + "|" + issue.get("code").getAsString() + "|" + issue.get("line").getAsInt()
                        + "|" + issue.get("column").getAsInt() + "|" + issue.get("message").getAsString());
                paths.add(file.getAsJsonObject().get("path").getAsString());
            }
        }
        return issues;
    }

    @Test
    void githubAnnotationsFollowTheWorkflowCommandSyntaxWithEscapedValues() throws Exception {
        // a folder name with every character a property must escape
        Path folder = Cli.scenarioFolder(dir.resolve("odd, name: 100%"));
        Cli.write(folder, "units.bulwark", "package u\nmissile M { reach 600 rcs 1 m2 }\n");
        Cli.Run run = Cli.run("check", "--format", "github", folder.toString());
        assertEquals(1, run.code(), run.err());
        List<String> paths = new ArrayList<>();
        List<String> expected = jsonIssues(folder, paths);
        String[] lines = run.out().split("\n");
        assertEquals(expected.size(), lines.length, run.out());
        for (int i = 0; i < lines.length; i++) {
            Matcher command = WORKFLOW_COMMAND.matcher(lines[i]);
            assertTrue(command.matches(), lines[i]);
            Map<String, String> properties = new java.util.HashMap<>();
            for (String property : command.group(2).split(",")) {
                properties.put(property.substring(0, property.indexOf('=')), unescape(property.substring(property.indexOf('=') + 1)));
            }
            String[] issue = expected.get(i).split("\\|", 5);
            assertEquals(issue[0].replace("info", "notice"), command.group(1));
            assertEquals(issue[1], properties.get("title"));
            assertEquals(issue[2], properties.get("line"));
            assertEquals(issue[3], properties.get("col"));
            assertEquals(issue[4], unescape(command.group(3)));
            assertEquals(Path.of(paths.get(i)).toAbsolutePath().normalize(), Path.of(properties.get("file")).toAbsolutePath().normalize());
            assertTrue(Integer.parseInt(properties.get("endLine")) >= Integer.parseInt(properties.get("line")), lines[i]);
        }
        assertTrue(run.out().contains("odd%2C name%3A 100%25"), run.out());
        assertTrue(run.out().contains("::error file="), run.out());
        assertTrue(run.out().contains("::warning file="), run.out());
    }

    @Test
    void gitlabCodeQualityHasTheDocumentedFieldsAndTheSarifFingerprints() throws Exception {
        Path folder = Cli.scenarioFolder(dir);
        Cli.write(folder, "broken.bulwark", "package b\nmissile {\n");
        Path report = dir.resolve("gl-code-quality.json");
        Cli.Run run = Cli.run("check", "--format", "gitlab", "-o", report.toString(), folder.toString());
        assertEquals(2, run.code(), "a syntax error: " + run.err());
        JsonArray entries = JsonParser.parseString(Files.readString(report)).getAsJsonArray();
        List<String> paths = new ArrayList<>();
        List<String> expected = jsonIssues(folder, paths);
        assertEquals(expected.size(), entries.size());
        Set<String> fingerprints = new HashSet<>();
        Set<String> severities = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            JsonObject entry = entries.get(i).getAsJsonObject();
            assertEquals(Set.of("description", "check_name", "fingerprint", "severity", "location"), entry.keySet());
            String[] issue = expected.get(i).split("\\|", 5);
            assertEquals(issue[4], entry.get("description").getAsString());
            assertEquals(issue[1], entry.get("check_name").getAsString());
            String severity = entry.get("severity").getAsString();
            assertTrue(Set.of("info", "minor", "major", "critical", "blocker").contains(severity), severity);
            severities.add(issue[0] + "=" + severity);
            assertTrue(fingerprints.add(entry.get("fingerprint").getAsString()), "unique fingerprints");
            JsonObject location = entry.getAsJsonObject("location");
            assertEquals(Path.of(paths.get(i)).toAbsolutePath(), Path.of(location.get("path").getAsString()).toAbsolutePath());
            assertEquals(Integer.parseInt(issue[2]), location.getAsJsonObject("lines").get("begin").getAsInt());
        }
        assertTrue(severities.contains("error=blocker") && severities.contains("warning=minor"), severities.toString());

        // the same identities as the SARIF output, so that both follow a finding across edits
        Path sarif = dir.resolve("bulwark.sarif");
        Cli.run("check", "--format", "sarif", "-o", sarif.toString(), folder.toString());
        List<String> sarifFingerprints = new ArrayList<>();
        for (JsonElement result : JsonParser.parseString(Files.readString(sarif)).getAsJsonObject().getAsJsonArray("runs").get(0)
                .getAsJsonObject().getAsJsonArray("results")) {
            sarifFingerprints.add(result.getAsJsonObject().getAsJsonObject("partialFingerprints").get("bulwarkElement/v1").getAsString());
        }
        List<String> gitlabFingerprints = new ArrayList<>();
        entries.forEach(e -> gitlabFingerprints.add(e.getAsJsonObject().get("fingerprint").getAsString()));
        assertEquals(sarifFingerprints, gitlabFingerprints);
    }
}
