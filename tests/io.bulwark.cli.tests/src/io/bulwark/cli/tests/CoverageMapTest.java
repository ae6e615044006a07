package io.bulwark.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.cli.ScenarioWorkspace;
import io.bulwark.core.geo.Sphere;
import io.bulwark.core.scenario.GeoPoint;
import io.bulwark.core.scenario.Raid;
import io.bulwark.core.scenario.Scenario;
import io.bulwark.dsl.validation.AnalysedScenario;
import io.bulwark.report.geo.Basemap;
import io.bulwark.report.geo.MapView;
import io.bulwark.report.svg.CoverageMap;
import io.bulwark.report.svg.CoverageMapSvg;
import io.bulwark.report.svg.MapHandle;
import io.bulwark.report.svg.MapLabel;
import io.bulwark.report.svg.RenderedMap;

/** The coverage map's renderer, measured: projection, scale bar, north arrow, labels, launch markers, ring sizes, handles. */
class CoverageMapTest {

    @TempDir
    Path dir;

    /** The Korea 2016 example, analysed. */
    static AnalysedScenario.Analysed korea() throws Exception {
        return analysed(List.of(Cli.EXAMPLES.resolve("korea2016.bulwark"), Cli.EXAMPLES.resolve("catalog")));
    }

    static AnalysedScenario.Analysed analysed(List<Path> paths) throws Exception {
        for (ScenarioWorkspace.FileIssues file : ScenarioWorkspace.load(paths).validate()) {
            assertFalse(file.hasModelErrors(), file.file() + ": " + file.issues());
            if (file.coverage() != null) {
                return file.coverage();
            }
        }
        throw new AssertionError("no scenario in " + paths);
    }

    @Test
    void projectionRoundTripStaysWithinOneMetreSeed20261201() {
        Random random = new Random(20261201);
        double worstM = 0;
        for (int view = 0; view < 40; view++) {
            MapView map = new MapView(random.nextDouble() * 160 - 80, random.nextDouble() * 360 - 180, Math.pow(10, random.nextDouble() * 3 - 1.5),
                    400 + random.nextInt(1200), 300 + random.nextInt(900));
            for (int i = 0; i < 250; i++) {
                GeoPoint point = Sphere.destination(new GeoPoint(map.centreLatDeg(), map.centreLonDeg(), 0), random.nextDouble() * 360,
                        random.nextDouble() * 5000);
                double[] pixel = map.toPixel(point);
                double[] back = map.toLatLon(pixel[0], pixel[1]);
                worstM = Math.max(worstM, 1000 * Sphere.groundRangeKm(point, new GeoPoint(back[0], back[1], 0)));
            }
        }
        assertTrue(worstM < 1, "worst round-trip error " + worstM + " m");
    }

    @Test
    void zoomKeepsThePointUnderTheCursorAndPanMovesTheContent() {
        MapView view = new MapView(37.5, 127, 1.5, 900, 600);
        double[] cursor = { 700, 150 };
        double[] under = view.toLatLon(cursor[0], cursor[1]);
        MapView zoomed = view.zoomed(2, cursor[0], cursor[1]);
        assertEquals(0.75, zoomed.kmPerPixel(), 1e-12);
        double[] after = zoomed.toPixel(under[0], under[1]);
        assertTrue(Math.hypot(after[0] - cursor[0], after[1] - cursor[1]) < 0.01, "the point stays under the cursor: " + after[0] + ", " + after[1]);
        MapView panned = view.panned(40, -25);
        double[] centre = panned.toPixel(view.centreLatDeg(), view.centreLonDeg());
        assertEquals(450 + 40, centre[0], 0.01);
        assertEquals(300 - 25, centre[1], 0.01);
        double[] seoul = view.toPixel(37.566, 126.978);
        double[] moved = panned.toPixel(37.566, 126.978);
        assertEquals(seoul[0] + 40, moved[0], 0.5, "a point away from the centre follows within half a pixel");
        assertEquals(seoul[1] - 25, moved[1], 0.5);
    }

    @Test
    void theScaleBarIsARoundLengthMatchingTheProjectionWithinOnePercent() throws Exception {
        AnalysedScenario.Analysed korea = korea();
        for (MapView view : List.of(CoverageMap.documentView(korea.mapped().scenario(), 960), new MapView(36, 128, 0.35, 800, 600),
                new MapView(50, 100, 12, 1000, 700))) {
            RenderedMap map = CoverageMap.render(korea.mapped().scenario(), korea.report(), view, CoverageMap.Options.VIEWER);
            Matcher bar = Pattern.compile("class=\"scale-bar\" data-km=\"([0-9.]+)\" data-x=\"([0-9.]+)\" data-y=\"([0-9.]+)\" data-px=\"([0-9.]+)\"")
                    .matcher(map.svg());
            assertTrue(bar.find(), "a scale bar");
            double km = Double.parseDouble(bar.group(1));
            double x = Double.parseDouble(bar.group(2));
            double y = Double.parseDouble(bar.group(3));
            double px = Double.parseDouble(bar.group(4));
            double mantissa = km / Math.pow(10, Math.floor(Math.log10(km)));
            assertTrue(List.of(1.0, 2.0, 5.0).contains(mantissa), "a round length: " + km);
            double[] a = view.toLatLon(x, y);
            double[] b = view.toLatLon(x + px, y);
            double groundKm = Sphere.groundRangeKm(new GeoPoint(a[0], a[1], 0), new GeoPoint(b[0], b[1], 0));
            assertEquals(km, groundKm, km * 0.01, "the bar's ends are " + groundKm + " km apart on the ground");
            assertTrue(map.svg().contains("Projection: azimuthal equidistant"), "the legend names the projection");
        }
    }

    @Test
    void theNorthArrowPointsToTrueNorthWhereItStands() throws Exception {
        AnalysedScenario.Analysed korea = korea();
        // Far from the centre in a wide view, true north is visibly turned from the screen's up.
        MapView view = new MapView(60, 30, 8, 1000, 700);
        RenderedMap map = CoverageMap.render(korea.mapped().scenario(), korea.report(), view, CoverageMap.Options.VIEWER);
        Matcher arrow = Pattern.compile("class=\"north-arrow\" data-angle=\"(-?[0-9.]+)\" transform=\"translate\\(([0-9.]+),([0-9.]+)\\)")
                .matcher(map.svg());
        assertTrue(arrow.find());
        double angle = Double.parseDouble(arrow.group(1));
        double x = Double.parseDouble(arrow.group(2));
        double y = Double.parseDouble(arrow.group(3));
        double[] here = view.toLatLon(x, y);
        double[] north = view.toPixel(Sphere.destination(new GeoPoint(here[0], here[1], 0), 0, 50));
        double expected = Math.toDegrees(Math.atan2(north[0] - x, y - north[1]));
        assertEquals(expected, angle, 0.5);
        assertTrue(Math.abs(angle) > 5, "at the map's right edge north leans: " + angle);
    }

    @Test
    void theLaunchMarkerOfNorth4PointsSouthWestAlongItsTrack() throws Exception {
        AnalysedScenario.Analysed korea = korea();
        Scenario scenario = korea.mapped().scenario();
        Raid north4 = scenario.raids().stream().filter(r -> r.name().equals("North4")).findFirst().orElseThrow();
        MapView view = CoverageMap.documentView(scenario, 960);
        String svg = CoverageMap.render(scenario, korea.report(), view, CoverageMap.Options.DOCUMENT).svg();
        Matcher marker = Pattern.compile("data-element=\"raid:North4\">.*?class=\"launch\" data-angle=\"(-?[0-9.]+)\"").matcher(svg);
        assertTrue(marker.find());
        double angle = Double.parseDouble(marker.group(1));
        double bearing = Sphere.initialBearingDeg(north4.launch(), north4.aim());
        double[] launch = view.toPixel(north4.launch());
        double[] along = view.toPixel(Sphere.destination(north4.launch(), bearing, 30));
        double trackAngle = Math.toDegrees(Math.atan2(along[0] - launch[0], launch[1] - along[1]));
        assertEquals(trackAngle, angle, 1.0, "the marker follows the track on screen");
        assertTrue(bearing > 180 && bearing < 270, "North4 flies south-west: bearing " + bearing);
        assertTrue(angle < -90 || angle > 180, "and its marker points down and left: " + angle);
    }

    @Test
    void noTwoLabelsOverlapOnKorea2016AtSeveralSizes() throws Exception {
        AnalysedScenario.Analysed korea = korea();
        Scenario scenario = korea.mapped().scenario();
        List<RenderedMap> maps = new ArrayList<>();
        maps.add(CoverageMap.render(scenario, korea.report(), CoverageMap.documentView(scenario, 960), CoverageMap.Options.DOCUMENT));
        for (int[] size : new int[][] { { 600, 420 }, { 1200, 900 }, { 1600, 1000 } }) {
            maps.add(CoverageMap.render(scenario, korea.report(), CoverageMap.fit(scenario, size[0], size[1]), CoverageMap.Options.VIEWER));
        }
        for (RenderedMap map : maps) {
            assertNoOverlap(map.labels(), map.view());
            assertEquals(scenario.radars().size() + scenario.batteries().size() + scenario.assets().size() + scenario.raids().size(),
                    map.labels().size(), "every site and raid is labelled");
        }
    }

    @Test
    void noTwoLabelsOverlapOnACrowdedGeneratedScenarioSeed7() throws Exception {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder("scenario Crowded\nimport cat.*\nforce US nation \"United States\"\n");
        for (int i = 0; i < 14; i++) {
            text.append(String.format(Locale.ROOT, "radar Radar_%02d : Surveillance { owner US at %.4f N, %.4f E facing 0 deg }%n", i,
                    37 + random.nextGaussian() * 0.15, 127 + random.nextGaussian() * 0.2));
        }
        for (int i = 0; i < 10; i++) {
            text.append(String.format(Locale.ROOT, "battery Battery_%02d : Upper { owner US at %.4f N, %.4f E interceptors 4 }%n", i,
                    37 + random.nextGaussian() * 0.15, 127 + random.nextGaussian() * 0.2));
        }
        for (int i = 0; i < 10; i++) {
            text.append(String.format(Locale.ROOT, "asset City_%02d at %.4f N, %.4f E%n", i, 37 + random.nextGaussian() * 0.15,
                    127 + random.nextGaussian() * 0.2));
        }
        text.append("raid R1 : SRBM from 39 N, 126 E at City_00\nraid R2 : SRBM from 39.2 N, 127.5 E at City_05\n");
        Path folder = dir.resolve("crowded");
        Cli.write(folder, "cat.bulwark", Cli.CATALOG);
        Cli.write(folder, "crowded.bulwark", text.toString());
        AnalysedScenario.Analysed crowded = analysed(List.of(folder));
        Scenario scenario = crowded.mapped().scenario();
        RenderedMap document = CoverageMap.render(scenario, crowded.report(), CoverageMap.documentView(scenario, 960), CoverageMap.Options.DOCUMENT);
        assertNoOverlap(document.labels(), document.view());
        assertTrue(document.svg().contains("class=\"inset\""), "crowded sites get an inset");
        assertTrue(Pattern.compile("class=\"leaders\"[^>]*><line").matcher(document.svg()).find(), "labels set away from their point get leader lines");
        RenderedMap viewer = CoverageMap.render(scenario, crowded.report(), CoverageMap.fit(scenario, 900, 700), CoverageMap.Options.VIEWER);
        assertNoOverlap(viewer.labels(), viewer.view());
    }

    private static void assertNoOverlap(List<MapLabel> labels, MapView view) {
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertFalse(labels.get(i).overlaps(labels.get(j)), "labels overlap at " + view + ": " + labels.get(i) + " and " + labels.get(j));
            }
        }
    }

    @Test
    void aTwentyKilometreRingStaysAVisibleDashedRingAtTheatreScale() throws Exception {
        AnalysedScenario.Analysed korea = korea();
        Scenario scenario = korea.mapped().scenario();
        MapView theatre = new MapView(38, 125, 8, 900, 700);
        String svg = CoverageMap.render(scenario, korea.report(), theatre, CoverageMap.Options.VIEWER).svg();
        Matcher ring = Pattern.compile("data-element=\"battery:PAC3_Osan\"><title>([^<]*)</title><circle class=\"ring not-to-scale\" "
                + "cx=\"[0-9.]+\" cy=\"[0-9.]+\" r=\"([0-9.]+)\"[^>]*stroke-dasharray").matcher(svg);
        assertTrue(ring.find(), "PAC3_Osan's 20 km ring (2.5 px at 8 km/px) is drawn at the minimum size, dashed");
        assertEquals(CoverageMap.MIN_RING_PX, Double.parseDouble(ring.group(2)), 1e-9);
        assertTrue(ring.group(1).endsWith("ring not to scale"), ring.group(1));
        String close = CoverageMap.render(scenario, korea.report(), new MapView(37, 127, 0.5, 900, 700), CoverageMap.Options.VIEWER).svg();
        assertTrue(Pattern.compile("data-element=\"battery:PAC3_Osan\"><title>[^<]*</title><path class=\"ring\"").matcher(close).find(),
                "at 0.5 km/px the ring (40 px) is drawn to scale");
    }

    @Test
    void theBasemapIsClippedAndSimplifiedToTheMapsScale() throws Exception {
        MapView korea = new MapView(37, 127.5, 1.0, 960, 700);
        Basemap.Drawing drawing = Basemap.draw(korea);
        assertEquals("10m", drawing.scale());
        assertTrue(drawing.vertices() > 500 && drawing.vertices() < 20_000, "vertices drawn: " + drawing.vertices());
        assertFalse(drawing.borders().isEmpty(), "the inter-Korean border");
        Basemap.Drawing world = Basemap.draw(new MapView(30, 100, 40, 1000, 700));
        assertEquals("110m", world.scale());
        assertTrue(world.vertices() < 10_000, "vertices drawn: " + world.vertices());
        Basemap.Drawing sea = Basemap.draw(new MapView(-40, -130, 0.5, 800, 600));
        assertTrue(sea.land().isEmpty(), "the South Pacific has no land");
    }

    @Test
    void handlesAndAnchorsLetAViewerFindAndDragEveryElement() throws Exception {
        AnalysedScenario.Analysed korea = korea();
        Scenario scenario = korea.mapped().scenario();
        MapView view = CoverageMap.fit(scenario, 1200, 900).zoomed(3, 600, 450);
        RenderedMap map = CoverageMap.render(scenario, korea.report(), view, CoverageMap.Options.VIEWER);
        int vertices = scenario.regions().stream().mapToInt(r -> r.boundary().size()).sum();
        assertEquals(scenario.radars().size() + scenario.batteries().size() + scenario.assets().size() + scenario.raids().size() + vertices,
                map.handles().size());
        GeoPoint daegu = scenario.assets().stream().filter(a -> a.name().equals("Daegu")).findFirst().orElseThrow().site();
        double[] at = view.toPixel(daegu);
        MapHandle handle = map.handleAt(at[0] + 2, at[1] - 1, 8).orElseThrow();
        assertEquals(MapHandle.Kind.ASSET, handle.kind());
        assertEquals("asset:Daegu", handle.key());
        GeoPoint dropped = view.toGeoPoint(at[0] + 30, at[1]);
        assertEquals(30 * view.kmPerPixel(), Sphere.groundRangeKm(daegu, dropped), 0.01 * 30 * view.kmPerPixel());
        MapHandle vertex = map.handles().stream().filter(h -> h.kind() == MapHandle.Kind.REGION_VERTEX).skip(2).findFirst().orElseThrow();
        assertEquals(2, vertex.vertex());
        assertEquals("region:China_Shandong", vertex.key());
        assertTrue(map.anchorAt(at[0], at[1], 6).orElseThrow().tooltip().contains("worst negation 0.978"),
                map.anchorAt(at[0], at[1], 6).orElseThrow().tooltip());
        assertEquals(CoverageMapSvg.anchors(scenario).keySet(),
                new java.util.LinkedHashSet<>(map.anchors().stream().map(a -> a.key()).toList()), "the old anchors keep their keys");
    }
}
