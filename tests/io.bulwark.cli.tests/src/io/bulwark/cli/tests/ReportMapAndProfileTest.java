package io.bulwark.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.report.svg.CoverageMapSvg;

/**
 * The HTML report of Korea 2016: probabilities to 3 decimals, colours by requirement, identical threats grouped,
 * round ticks, a vertical profile per raid; and Chromium's rendering of its map (basemap drawn) and profile.
 */
class ReportMapAndProfileTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final int LAND = 0xF3EFDC;
    private static final int SEA = 0xC9E0F2;

    @TempDir
    Path dir;

    private String html;

    @BeforeEach
    void report() throws IOException {
        Path file = dir.resolve("report.html");
        Cli.Run run = Cli.run("report", Cli.EXAMPLES.resolve("korea2016.bulwark").toString(), Cli.EXAMPLES.resolve("catalog").toString(), "-o",
                file.toString());
        assertEquals(0, run.code(), run.err());
        html = Files.readString(file);
    }

    @Test
    void probabilitiesHaveAtMostThreeDecimals() {
        assertFalse(html.contains("0.977500"), "no six-decimal probabilities");
        assertTrue(html.contains(">0.978</td>"), "Daegu's 0.9775 rounds to 0.978");
        String text = html.replaceAll("<[^>]*>", " ");
        Matcher longDecimal = Pattern.compile("\\b\\d\\.\\d{4,}\\b").matcher(text);
        assertFalse(longDecimal.find(), () -> "a number with more than 3 decimals in the text: " + longDecimal.group());
        assertTrue(html.length() < 1_500_000, "the report stays small: " + html.length() + " bytes");
    }

    @Test
    void pyeongtaekBelowItsRequirementIsNeverGreen() {
        String below = CoverageMapSvg.PARTIAL;
        assertTrue(html.contains("<td>Pyeongtaek</td><td class=\"num\">0.9</td><td class=\"num\" style=\"color:" + below + "\">0.85</td>"),
                "the asset table");
        Matcher heading = Pattern.compile("North4 #\\d[^<]*(?:<span class=\"count\">[^<]*</span>[^<]*)? at Pyeongtaek: negation <span class=\"negation\" "
                + "style=\"color:(#[0-9a-f]{6})\">0.85</span> \\(required 0.9\\)").matcher(html);
        assertTrue(heading.find(), "the timeline heading");
        assertEquals(below, heading.group(1));
        assertTrue(html.contains("style=\"background:" + below + "22;color:" + below + "\" title=\"threat 1, required 0.9\">0.85</td>"), "the matrix");
        assertTrue(html.contains("<g data-element=\"asset:Pyeongtaek\" class=\"uncovered\">"), "the map marks it uncovered");
        assertTrue(html.contains("fill=\"" + below + "\" font-weight=\"bold\">Pyeongtaek 0.85 / 0.9</text>"), "the map's label");
        assertFalse(html.contains("style=\"color:" + CoverageMapSvg.COVERED + "\">0.85<"), "nowhere green");
    }

    @Test
    void theFourIdenticalThreatsOfNorth1ShareOneTimeline() {
        assertTrue(html.contains("North1 #1-#4 <span class=\"count\">x4</span> (identical) at Seoul"), "one timeline, x4");
        assertEquals(1, count(html, "<div class=\"threat\" data-element=\"raid:North1\">"));
        assertFalse(html.contains("North1 #2 at"), "no repeated timelines");
    }

    @Test
    void timelineTicksAreRoundSteps() {
        Matcher timeline = Pattern.compile("(?s)<div class=\"threat\".*?</svg>").matcher(html);
        int timelines = 0;
        while (timeline.find()) {
            List<Double> ticks = new ArrayList<>();
            Matcher tick = Pattern.compile("<text class=\"tick\"[^>]*>([0-9.]+) s</text>").matcher(timeline.group());
            while (tick.find()) {
                ticks.add(Double.parseDouble(tick.group(1)));
            }
            assertTrue(ticks.size() >= 3, "ticks: " + ticks);
            double step = ticks.get(1) - ticks.get(0);
            double mantissa = step / Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
            assertTrue(List.of(1.0, 2.0, 5.0).stream().anyMatch(m -> Math.abs(m - mantissa) < 1e-9), "a 1-2-5 step: " + ticks);
            for (int i = 0; i < ticks.size(); i++) {
                assertEquals(0, Math.IEEEremainder(ticks.get(i), step), 1e-9, "ticks on multiples of the step: " + ticks);
            }
            timelines++;
        }
        assertTrue(timelines >= 4, "timelines: " + timelines);
    }

    @Test
    void north1sProfileShowsThaadsFloorAboveTheApogee() {
        String profile = profile("North1");
        Matcher floor = Pattern.compile("class=\"floor\" data-battery=\"THAAD_Seongju\" data-km=\"40\" d=\"M[0-9.]+,([0-9.]+) ").matcher(profile);
        assertTrue(floor.find(), "THAAD's 40 km floor across the diagram");
        Matcher apogee = Pattern.compile("class=\"apogee\" data-km=\"39.5\"><circle cx=\"[0-9.]+\" cy=\"([0-9.]+)\"").matcher(profile);
        assertTrue(apogee.find(), "the apogee, 39.5 km");
        assertTrue(Double.parseDouble(floor.group(1)) < Double.parseDouble(apogee.group(1)), "the floor is drawn above the apogee");
        assertTrue(profile.contains("THAAD_Seongju floor 40 km; out of range: closest 203 km &gt; 200 km"), "why, with the numbers");
        assertTrue(profile.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").contains("apogee 39.5 km is below the 40.0 km altitude floor"),
                "the core's reason");
        String north4 = profile("North4");
        assertTrue(north4.contains("class=\"envelope\" data-battery=\"THAAD_Seongju\""), "North4 passes through THAAD's envelope");
        assertTrue(north4.contains("class=\"intercept\" data-battery=\"THAAD_Seongju\""), "and is intercepted there");
        assertTrue(north4.contains("class=\"window\""), "the engagement window against time");
        assertTrue(north4.contains("class=\"track\""), "radar track times on the arc");
        assertEquals(4, count(html, "<figure class=\"profile\""), "one profile per raid");
    }

    private String profile(String raid) {
        Matcher profile = Pattern.compile("(?s)<svg[^>]*class=\"bulwark-profile\" data-raid=\"" + raid + "\".*?</svg>").matcher(html);
        assertTrue(profile.find(), "the profile of " + raid);
        return profile.group();
    }

    @Test
    void chromiumDrawsTheMapWithItsBasemapAndTheProfile() throws IOException, InterruptedException {
        assertTrue(Files.isExecutable(CHROMIUM), "Chromium is installed by .ci/run (apt-get install chromium)");
        Matcher map = Pattern.compile("(?s)<figure class=\"map\">(.*?)</figure>").matcher(html);
        assertTrue(map.find());
        BufferedImage mapImage = screenshot(map.group(1), Path.of("target/map-korea2016.png"));
        int land = 0;
        int sea = 0;
        for (int y = 0; y < mapImage.getHeight(); y++) {
            for (int x = 0; x < mapImage.getWidth(); x++) {
                int rgb = mapImage.getRGB(x, y) & 0xFFFFFF;
                land += close(rgb, LAND) ? 1 : 0;
                sea += close(rgb, SEA) ? 1 : 0;
            }
        }
        double pixels = mapImage.getWidth() * (double) mapImage.getHeight();
        assertTrue(land / pixels > 0.03, "land-coloured pixels: " + land / pixels);
        assertTrue(sea / pixels > 0.03, "sea-coloured pixels: " + sea / pixels);
        BufferedImage profile = screenshot(profile("North1"), Path.of("target/profile-North1.png"));
        int red = 0;
        for (int y = 0; y < profile.getHeight(); y++) {
            for (int x = 0; x < profile.getWidth(); x++) {
                red += close(profile.getRGB(x, y) & 0xFFFFFF, 0xB71C1C) ? 1 : 0;
            }
        }
        assertTrue(red > 500, "the threat's arc is drawn: " + red + " px");
    }

    private static boolean close(int rgb, int reference) {
        return Math.abs((rgb >> 16) - (reference >> 16)) <= 6 && Math.abs((rgb >> 8 & 0xFF) - (reference >> 8 & 0xFF)) <= 6
                && Math.abs((rgb & 0xFF) - (reference & 0xFF)) <= 6;
    }

    /** Renders an SVG alone on a page of its size in headless Chromium; the PNG is kept at {@code png}. */
    private BufferedImage screenshot(String svg, Path png) throws IOException, InterruptedException {
        Matcher size = Pattern.compile("width=\"(\\d+)\" height=\"(\\d+)\"").matcher(svg);
        assertTrue(size.find());
        Path page = Cli.write(dir, png.getFileName() + ".html", "<!DOCTYPE html><html><body style=\"margin:0\">" + svg + "</body></html>");
        Path target = png.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Files.deleteIfExists(target);
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=" + dir.resolve("profile"),
                "--hide-scrollbars", "--window-size=" + size.group(1) + "," + size.group(2), "--screenshot=" + target, page.toUri().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        try {
            assertTrue(chromium.waitFor(120, TimeUnit.SECONDS), "Chromium finished");
        } finally {
            chromium.destroyForcibly(); // none left running when it did not end
        }
        assertTrue(Files.exists(target), Files.readString(dir.resolve("chromium.log")));
        return ImageIO.read(target.toFile());
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
