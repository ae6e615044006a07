package io.bulwark.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.bulwark.cli.BulwarkCommand;

/** {@code bulwark diagram}: the Korea example's architecture, laid out by ELK, as SVG. */
class DiagramCommandTest {

    private static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void theKoreaArchitectureIsWrittenAsSvgWithForcesHoldingTheirRadarsAndBatteries() throws Exception {
        Path svg = dir.resolve("arch.svg");
        StringWriter err = new StringWriter();
        int code = BulwarkCommand.execute(new String[] { "diagram", EXAMPLES.resolve("korea2016.bulwark").toString(),
                EXAMPLES.resolve("catalog").toString(), "-o", svg.toString() }, new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", doc.getDocumentElement().getTagName());
        String text = Files.readString(svg);
        for (String name : new String[] { "USFK (United States)", "ROK (Republic of Korea)", "TPY2_Seongju : AN_TPY_2_TM",
                "THAAD_Seongju : THAAD x48", "Seoul (requires 0.9)", "\u2194 2 s" }) {
            assertTrue(text.contains(name), name);
        }
        // the laid-out boxes do not overlap: every leaf lies inside the drawing
        double width = Double.parseDouble(doc.getDocumentElement().getAttribute("width"));
        NodeList rects = doc.getElementsByTagName("rect");
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            if (!rect.getAttribute("x").isEmpty()) {
                double right = Double.parseDouble(rect.getAttribute("x")) + Double.parseDouble(rect.getAttribute("width"));
                assertTrue(right <= width + 0.5, "inside the drawing: " + right + " <= " + width);
            }
        }
    }

    @Test
    void moreThanOneScenarioIsAnInputError() {
        StringWriter err = new StringWriter();
        int code = BulwarkCommand.execute(new String[] { "diagram", EXAMPLES.toString(), "-o", dir.resolve("x.svg").toString() },
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(2, code);
        assertTrue(err.toString().contains("diagram needs exactly one scenario"), err.toString());
    }

    /** 40 radars cueing 26 batteries each: 1,040 links, refused before the layout with a one-line message. */
    @Test
    void aDiagramOfTooManyLinksIsRefusedBeforeTheLayout() throws Exception {
        StringBuilder text = new StringBuilder("scenario Dense\nimport catalog.*\nforce F\n");
        StringBuilder cues = new StringBuilder();
        for (int r = 0; r < 40; r++) {
            text.append("radar R").append(r).append(" : AN_TPY_2_TM { owner F at 36 N, 127 E }\n");
            cues.append(r == 0 ? "" : ", ").append("R").append(r);
        }
        for (int b = 0; b < 26; b++) {
            text.append("battery B").append(b).append(" : THAAD { owner F at 36 N, 127 E interceptors 4 cued by ").append(cues).append(" }\n");
        }
        Path file = dir.resolve("dense.bulwark");
        Files.writeString(file, text);
        Path svg = dir.resolve("dense.svg");
        StringWriter err = new StringWriter();
        int code = BulwarkCommand.execute(new String[] { "diagram", file.toString(), EXAMPLES.resolve("catalog").toString(), "-o",
                svg.toString() }, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains("the diagram would draw 1040 links (agreements, cueing and fire-control); it draws at most 1000"),
                err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(!Files.exists(svg));
    }
}
