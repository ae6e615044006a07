package io.bulwark.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The summary in words, the reasons and warnings of the JUnit output, and one type per JSON field. */
class ReadableResultsTest {

    @TempDir
    Path dir;

    @Test
    void theSummaryCountsInWordsWithSingularAndPluralAndNotes() throws Exception {
        Path folder = Cli.scenarioFolder(dir);
        Cli.Run run = Cli.run("check", folder.toString());
        assertEquals(1, run.code(), run.err());
        // Port is below its requirement; the lone radar and battery are single points of failure
        assertTrue(run.out().endsWith("2 files: 1 error, 2 warnings, 0 notes\n"), run.out());
        Cli.Run one = Cli.run("check", folder.resolve("cat.bulwark").toString());
        assertEquals(0, one.code(), one.out());
        assertTrue(one.out().endsWith("1 file: 0 errors, 0 warnings, 0 notes\n"), one.out());
    }

    @Test
    void theJsonSummaryCountsNotesAndTheKoreaExampleHasThem() throws Exception {
        Path out = dir.resolve("korea.json");
        Cli.run("check", "--format", "json", "-o", out.toString(), Cli.EXAMPLES.toString());
        JsonObject root = JsonParser.parseString(Files.readString(out)).getAsJsonObject();
        JsonObject summary = root.getAsJsonObject("summary");
        int notes = 0;
        int issues = 0;
        for (JsonElement file : root.getAsJsonArray("files")) {
            for (JsonElement issue : file.getAsJsonObject().getAsJsonArray("issues")) {
                issues++;
                notes += issue.getAsJsonObject().get("severity").getAsString().equals("info") ? 1 : 0;
                assertTrue(issue.getAsJsonObject().get("data").isJsonObject(), issue.toString());
            }
        }
        assertEquals(issues, summary.get("errors").getAsInt() + summary.get("warnings").getAsInt() + summary.get("notes").getAsInt());
        assertEquals(notes, summary.get("notes").getAsInt());
        Cli.Run text = Cli.run("check", Cli.EXAMPLES.toString());
        assertTrue(text.out().endsWith(String.format("%d files: %d errors, %d warnings, %d notes%n", summary.get("files").getAsInt(),
                summary.get("errors").getAsInt(), summary.get("warnings").getAsInt(), notes)), text.out());
    }

    @Test
    void theJsonDataIsAnObjectByKeyOrPosition() throws Exception {
        Path folder = Cli.scenarioFolder(dir);
        Cli.write(folder, "units.bulwark", "package u\nmissile M { reach 600 rcs 1 m2 }\n");
        Path out = dir.resolve("report.json");
        Cli.run("check", "--format", "json", "-o", out.toString(), folder.toString());
        JsonObject root = JsonParser.parseString(Files.readString(out)).getAsJsonObject();
        JsonObject below = null;
        JsonObject missingUnit = null;
        for (JsonElement file : root.getAsJsonArray("files")) {
            for (JsonElement element : file.getAsJsonObject().getAsJsonArray("issues")) {
                JsonObject issue = element.getAsJsonObject();
                assertTrue(issue.get("data").isJsonObject(), issue.toString());
                if (issue.get("code").getAsString().equals("BULWARK-COV-001")) {
                    below = issue.getAsJsonObject("data");
                } else if (issue.get("code").getAsString().equals("BULWARK-VAL-001")) {
                    missingUnit = issue.getAsJsonObject("data");
                }
            }
        }
        assertEquals("Port", below.get("asset").getAsString());
        assertEquals("R2", below.get("raid").getAsString());
        assertEquals("0.96", below.get("negation").getAsString());
        // the units the quick fix offers, by position
        assertTrue(missingUnit.has("1") && missingUnit.toString().contains("\"km\""), missingUnit.toString());
    }

    private Document junit(String... args) throws Exception {
        Path out = dir.resolve("junit.xml");
        String[] all = new String[args.length + 5];
        System.arraycopy(new String[] { "check", "--format", "junit", "-o", out.toString() }, 0, all, 0, 5);
        System.arraycopy(args, 0, all, 5, args.length);
        Cli.run(all);
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile());
    }

    private static Element testCase(Document document, String className, String name) {
        NodeList cases = document.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element test = (Element) cases.item(i);
            if (test.getAttribute("classname").equals(className) && test.getAttribute("name").equals(name)) {
                return test;
            }
        }
        throw new AssertionError("no test case " + className + "/" + name);
    }

    @Test
    void theFailureOfRaidNorth4CarriesItsReasons() throws Exception {
        Element north4 = testCase(junit(Cli.EXAMPLES.toString()), "Korea2016.raid", "North4");
        Element failure = (Element) north4.getElementsByTagName("failure").item(0);
        String message = failure.getAttribute("message");
        assertTrue(message.matches("(?s)North4: negation 0\\.\\d+ < required 0\\.900000 at Pyeongtaek \\(threat \\d\\): "
                + "BULWARK-COV-001 Pyeongtaek: negation 0\\.\\d+ < required 0\\.9 against raid North4.*"), message);
        // the batteries' reasons, not only the numbers
        assertTrue(message.length() > 150, message);
        assertTrue(failure.getTextContent().contains("against raid North4"), failure.getTextContent());
    }

    @Test
    void warningsArePropertiesAndOutputOfTheirElementAndFailOnlyWithFailOnWarning() throws Exception {
        Path folder = Cli.scenarioFolder(dir);
        Element radar = testCase(junit(folder.toString()), "Test.radar", "R");
        assertEquals(0, radar.getElementsByTagName("failure").getLength());
        Element property = (Element) radar.getElementsByTagName("property").item(0);
        assertEquals("warning", property.getAttribute("name"));
        assertTrue(property.getAttribute("value").startsWith("BULWARK-COV-007 "), property.getAttribute("value"));
        assertTrue(radar.getElementsByTagName("system-out").item(0).getTextContent().startsWith("warning BULWARK-COV-007 "));

        Document failing = junit("--fail-on", "warning", folder.toString());
        Element failure = (Element) testCase(failing, "Test.radar", "R").getElementsByTagName("failure").item(0);
        assertEquals("warning", failure.getAttribute("type"));
        assertTrue(failure.getAttribute("message").startsWith("1 warning: BULWARK-COV-007 "), failure.getAttribute("message"));
        // Port and R2 below the requirement, the radar and the battery single points of failure
        assertEquals("4", failing.getDocumentElement().getAttribute("failures"));
    }
}
