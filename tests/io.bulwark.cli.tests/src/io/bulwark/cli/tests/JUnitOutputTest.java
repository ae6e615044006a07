package io.bulwark.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** {@code bulwark check --format junit}: one test case per asset and raid, parsed back as a CI dashboard would. */
class JUnitOutputTest {

    @TempDir
    Path dir;

    private Document junit(Path... inputs) throws IOException, SAXException, ParserConfigurationException {
        Path out = dir.resolve("junit.xml");
        String[] args = new String[inputs.length + 5];
        args[0] = "check";
        args[1] = "--format";
        args[2] = "junit";
        args[3] = "-o";
        args[4] = out.toString();
        for (int i = 0; i < inputs.length; i++) {
            args[5 + i] = inputs[i].toString();
        }
        Cli.run(args);
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile());
    }

    /** classname/name -> failure message, or "" when the case passed. */
    private static Map<String, String> cases(Document document) {
        Map<String, String> cases = new LinkedHashMap<>();
        NodeList nodes = document.getElementsByTagName("testcase");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element test = (Element) nodes.item(i);
            NodeList failures = test.getElementsByTagName("failure");
            NodeList errors = test.getElementsByTagName("error");
            Element problem = (Element) (failures.getLength() > 0 ? failures.item(0) : errors.item(0));
            cases.put(test.getAttribute("classname") + "/" + test.getAttribute("name"), problem == null ? "" : problem.getAttribute("message"));
        }
        return cases;
    }

    @Test
    void everyAssetAndRaidIsATestCaseThatFailsWhenNotCovered() throws Exception {
        Document document = junit(Cli.scenarioFolder(dir));
        Map<String, String> cases = cases(document);
        assertEquals("", cases.get("Test.asset/City"));
        assertTrue(cases.get("Test.asset/Port").startsWith("Port: worst negation 0.960000 < required 0.990000 (raid R2): BULWARK-COV-001 Port: "),
                cases.get("Test.asset/Port"));
        assertEquals("", cases.get("Test.raid/R1"));
        assertTrue(cases.get("Test.raid/R2").startsWith("R2: negation 0.960000 < required 0.990000 at Port (threat 1): BULWARK-COV-001 Port: "),
                cases.get("Test.raid/R2"));
        Element root = document.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        assertEquals(Integer.toString(cases.size()), root.getAttribute("tests"));
        assertEquals(Long.toString(cases.values().stream().filter(m -> !m.isEmpty()).count()),
                Integer.toString(Integer.parseInt(root.getAttribute("failures")) + Integer.parseInt(root.getAttribute("errors"))));
    }

    @Test
    void theKoreaExampleShowsSeoulAndPyeongtaekFailing() throws Exception {
        Map<String, String> cases = cases(junit(Cli.EXAMPLES));
        assertTrue(cases.get("Korea2016.asset/Seoul").startsWith("Seoul: worst negation 0.000000 < required 0.900000"), cases.toString());
        assertTrue(cases.get("Korea2016.asset/Pyeongtaek").startsWith("Pyeongtaek: worst negation 0.850000"), cases.toString());
        assertEquals("", cases.get("Korea2016.asset/Busan"));
        assertEquals("", cases.get("Korea2016.asset/Daegu"));
        assertEquals(4, cases.keySet().stream().filter(k -> k.startsWith("Korea2016.raid/")).count());
    }

    @Test
    void aFileWithErrorsIsAnErroredValidationCase() throws Exception {
        Path file = Cli.write(dir, "units.bulwark", Cli.CATALOG.replace("reach 600 km", "reach 600"));
        Map<String, String> cases = cases(junit(file));
        assertEquals("1 error stops the coverage analysis", cases.get(file + "/validation"));
    }

    /** The JUnit output of {@code check ARGS... --format junit}, parsed. */
    private Document junitOf(String... args) throws IOException, SAXException, ParserConfigurationException {
        Path out = dir.resolve("junit.xml");
        List<String> command = new ArrayList<>(List.of("check", "--format", "junit", "-o", out.toString()));
        command.addAll(List.of(args));
        Cli.run(command.toArray(String[]::new));
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile());
    }

    /** classname/name -> "skipped MESSAGE", "failure MESSAGE", "error MESSAGE" or "passed"; then its properties "NAME=VALUE". */
    private static Map<String, List<String>> verdicts(Document document) {
        Map<String, List<String>> verdicts = new LinkedHashMap<>();
        NodeList nodes = document.getElementsByTagName("testcase");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element test = (Element) nodes.item(i);
            List<String> verdict = new ArrayList<>();
            for (String kind : List.of("skipped", "failure", "error")) {
                NodeList found = test.getElementsByTagName(kind);
                if (found.getLength() > 0) {
                    verdict.add(kind + " " + ((Element) found.item(0)).getAttribute("message"));
                }
            }
            if (verdict.isEmpty()) {
                verdict.add("passed");
            }
            NodeList properties = test.getElementsByTagName("property");
            for (int p = 0; p < properties.getLength(); p++) {
                Element property = (Element) properties.item(p);
                verdict.add(property.getAttribute("name") + "=" + property.getAttribute("value"));
            }
            verdicts.put(test.getAttribute("classname") + "/" + test.getAttribute("name"), verdict);
        }
        return verdicts;
    }

    @Test
    void anAcceptedFindingSkipsItsCasesWithTheReasonAndFailsNone() throws Exception {
        Path folder = Cli.scenarioFolder(dir);
        Path scenario = folder.resolve("test.bulwark");
        Files.writeString(scenario, Files.readString(scenario)
                .replace("asset Port", "// bulwark:accept BULWARK-COV-001 \"a second battery arrives in 2027\"\nasset Port")
                .replace("radar R :", "// bulwark:accept BULWARK-COV-007 \"a second radar is budgeted\"\nradar R :"));
        Document document = junitOf(folder.toString());
        Map<String, List<String>> verdicts = verdicts(document);
        List<String> port = verdicts.get("Test.asset/Port");
        assertEquals("skipped Port: worst negation 0.960000 < required 0.990000 (raid R2) (accepted: a second battery arrives in 2027)", port.get(0));
        assertTrue(port.get(1).startsWith("accepted=BULWARK-COV-001 Port: negation 0.96 < required 0.99")
                && port.get(1).endsWith(" (accepted: a second battery arrives in 2027)"), port.toString());
        assertEquals(2, port.size(), port.toString());
        // the raid's case fails for the asset's finding: skipped too
        assertTrue(verdicts.get("Test.raid/R2").get(0).startsWith("skipped R2: negation 0.960000 < required 0.990000 at Port"), verdicts.toString());
        assertEquals(List.of("passed"), verdicts.get("Test.asset/City"));
        // an accepted warning is a property "accepted", not "warning"; the battery's is not accepted
        List<String> radar = verdicts.get("Test.radar/R");
        assertEquals("passed", radar.get(0));
        assertTrue(radar.size() == 2 && radar.get(1).startsWith("accepted=BULWARK-COV-007 ")
                && radar.get(1).endsWith("(accepted: a second radar is budgeted)"), radar.toString());
        assertTrue(verdicts.get("Test.battery/B").get(1).startsWith("warning=BULWARK-COV-007 "), verdicts.toString());
        Element root = document.getDocumentElement();
        assertEquals("0", root.getAttribute("failures"));
        assertEquals("0", root.getAttribute("errors"));
        assertEquals("2", root.getAttribute("skipped"));

        // with --fail-on warning only the battery's warning fails, as the exit code says
        Map<String, List<String>> strict = verdicts(junitOf("--fail-on", "warning", folder.toString()));
        assertEquals("passed", strict.get("Test.radar/R").get(0));
        assertTrue(strict.get("Test.battery/B").get(0).startsWith("failure 1 warning: BULWARK-COV-007 "), strict.toString());
        assertEquals(1, Cli.run("check", "--fail-on", "warning", folder.toString()).code());
    }

    @Test
    void findingsOfTheBaselineSkipTheirCasesAndOnlyNewOnesFail() throws Exception {
        Path folder = Cli.scenarioFolder(dir);
        Path baseline = dir.resolve("bulwark.sarif");
        Cli.run("check", "--format", "sarif", "-o", baseline.toString(), folder.toString());
        Document same = junitOf("--baseline", baseline.toString(), folder.toString());
        Map<String, List<String>> verdicts = verdicts(same);
        assertEquals("skipped Port: worst negation 0.960000 < required 0.990000 (raid R2) (unchanged: in the baseline)",
                verdicts.get("Test.asset/Port").get(0));
        assertTrue(verdicts.get("Test.asset/Port").get(1).startsWith("unchanged=BULWARK-COV-001 Port: "), verdicts.toString());
        assertTrue(verdicts.get("Test.radar/R").get(1).startsWith("unchanged=BULWARK-COV-007 "), verdicts.toString());
        assertEquals("0", same.getDocumentElement().getAttribute("failures"));
        assertEquals(0, Cli.run("check", "--fail-on", "warning", "--baseline", baseline.toString(), folder.toString()).code());
        assertEquals("0", junitOf("--fail-on", "warning", "--baseline", baseline.toString(), folder.toString()).getDocumentElement()
                .getAttribute("failures"));

        // a new asset out of the battery's range: its case and its raid's fail, the old ones stay skipped
        Path scenario = folder.resolve("test.bulwark");
        Files.writeString(scenario, Files.readString(scenario).replace("force US nation \"United States\"\n",
                "force US nation \"United States\"\nasset Dock at 2 N, 2.698 E requires 0.99\nraid R3 : SRBM from 2 N, 0 E at Dock\n"));
        Document changed = junitOf("--baseline", baseline.toString(), folder.toString());
        Map<String, List<String>> now = verdicts(changed);
        assertTrue(now.get("Test.asset/Dock").get(0).startsWith("failure Dock: worst negation 0.000000 < required 0.990000"), now.toString());
        assertTrue(now.get("Test.raid/R3").get(0).startsWith("failure "), now.toString());
        assertTrue(now.get("Test.asset/Port").get(0).startsWith("skipped "), now.toString());
        assertEquals("2", changed.getDocumentElement().getAttribute("failures"));
    }
}
