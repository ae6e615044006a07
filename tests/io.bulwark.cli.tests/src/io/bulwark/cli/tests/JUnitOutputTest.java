package io.bulwark.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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
}
