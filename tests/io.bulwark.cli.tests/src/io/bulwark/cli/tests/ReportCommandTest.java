package io.bulwark.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bulwark report}: one self-contained HTML file, rendered by headless Chromium. */
class ReportCommandTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;

    @Test
    void theKoreaReportHasTheMapTablesTimelinesFindingsAndArchitecture() throws IOException {
        Path html = dir.resolve("report.html");
        Cli.Run run = Cli.run("report", Cli.EXAMPLES.toString(), "-o", html.toString());
        assertEquals(0, run.code(), run.err());
        String text = Files.readString(html);
        assertTrue(text.contains("<svg xmlns=\"http://www.w3.org/2000/svg\"") && text.contains("bulwark-coverage-map"));
        assertTrue(text.contains("data-element=\"radar:TPY2_Seongju\""), "the radar's fan is on the map");
        assertTrue(text.contains("data-element=\"region:China_Shandong\""), "the third-party region is on the map");
        assertTrue(text.contains("China_Shandong (seen)"), "the TPY-2 radars see into it");
        assertTrue(text.contains("<g data-element=\"asset:Seoul\" class=\"uncovered\">"), "Seoul is highlighted as uncovered");
        assertTrue(text.contains("<td>Seoul</td><td class=\"num\">0.9</td>"), "the asset table");
        assertTrue(text.contains("Assets x raids"), "the matrix");
        assertTrue(text.contains("North1 #1-#4 <span class=\"count\">x4</span> (identical) at Seoul"), "the one timeline of the four identical threats");
        assertTrue(text.contains("BULWARK-COV-001"), "the findings");
        assertTrue(text.contains(": architecture</text>"), "the architecture diagram");
        for (String external : List.of("http://", "https://", "<script", "<link")) {
            assertFalse(text.replace("http://www.w3.org/2000/svg", "").contains(external), "self-contained: no " + external);
        }
    }

    /** 1,050 raids from different launch points: 1,050 different timelines, of which the report shows 1,000 and says so. */
    @Test
    void theTimelinesAndProfilesOfAtMostAThousandThreatsAreShown() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("many"));
        Cli.write(folder, "cat.bulwark", """
                package cat
                interceptor Upper { range 0 .. 200 km altitude 10 .. 150 km speed 3 km/s reaction 10 s pk 0.8 }
                radar Surveillance { detects 1000 km at rcs 1 m2 sector 360 deg elevation 0 .. 90 deg track 5 s }
                missile SRBM { reach 600 km rcs 1 m2 }
                """);
        StringBuilder scenario = new StringBuilder("""
                scenario Many
                import cat.*
                force US nation "United States"
                radar R : Surveillance { owner US at 0 N, 2.698 E facing 0 deg }
                battery B : Upper { owner US at 0 N, 2.698 E interceptors 10 doctrine shoot-shoot salvo 1 }
                asset City at 0 N, 2.698 E requires 0.9
                """);
        int raids = 1_050;
        for (int r = 0; r < raids; r++) {
            scenario.append(String.format("raid R%d : SRBM from 0.%04d N, 0 E at City%n", r, r));
        }
        Cli.write(folder, "many.bulwark", scenario.toString());
        Path html = dir.resolve("many.html");
        Cli.Run run = Cli.run("report", folder.toString(), "-o", html.toString());
        assertTrue(run.code() == 0 || run.code() == 1, run.err());
        String text = Files.readString(html);
        assertEquals(1_000, text.split("<div class=\"threat\"", -1).length - 1, "timelines");
        assertTrue(text.contains("Timelines of 1,000 of the 1,050 threats: the worst threat of each asset and raid, then the others in order"),
                "the report says which timelines it shows");
        assertEquals(raids, text.split("<tr data-element=\"raid:", -1).length - 1, "every raid in the raids table");
        assertEquals(1_000, text.split("<figure class=\"profile\"", -1).length - 1, "the profiles of the listed threats' raids");
        assertTrue(text.contains("Profiles of the 1,000 raids of the threats listed below, of 1,050 raids."), "the report says so");
        assertTrue(text.contains("Ground tracks of 1,000 of the 1,050 raids"), "the map draws the listed raids and says so");
        assertTrue(text.contains("1050 threats engaged") || text.contains("of 1050 threats"), "the summary counts every threat");
    }

    @Test
    void chromiumRendersTheReport() throws IOException, InterruptedException {
        assertTrue(Files.isExecutable(CHROMIUM), "Chromium is installed by .ci/run (apt-get install chromium)");
        Path html = dir.resolve("report.html");
        assertEquals(0, Cli.run("report", Cli.EXAMPLES.resolve("korea2016.bulwark").toString(), Cli.EXAMPLES.resolve("catalog").toString(),
                "-o", html.toString()).code());
        Path png = Path.of("target/report-screenshot.png").toAbsolutePath();
        Files.deleteIfExists(png);
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + dir.resolve("profile"), "--hide-scrollbars", "--window-size=1200,1600", "--screenshot=" + png,
                html.toUri().toString()).redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        try {
            assertTrue(chromium.waitFor(120, TimeUnit.SECONDS), "Chromium finished");
        } finally {
            chromium.destroyForcibly(); // none left running when it did not end
        }
        assertTrue(Files.size(png) > 10_000, Files.readString(dir.resolve("chromium.log")));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1200, image.getWidth());
        int nonWhite = 0;
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb != 0xFFFFFF) {
                    nonWhite++;
                }
            }
        }
        double share = nonWhite / (image.getWidth() * image.getHeight() / 4.0);
        assertTrue(share > 0.10, "the page is drawn, not blank: " + share);
        assertTrue(colours.size() > 50, "text, map and tables in many colours: " + colours.size());
    }

    @Test
    void aScenarioWithErrorsGetsNoReport() throws IOException {
        Path file = Cli.write(dir, "units.bulwark", Cli.CATALOG.replace("reach 600 km", "reach 600"));
        Path html = dir.resolve("report.html");
        Cli.Run run = Cli.run("report", file.toString(), "-o", html.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("units.bulwark:4:") && run.err().contains("no report written"), run.err());
        assertFalse(Files.exists(html));
    }
}
