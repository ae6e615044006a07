package io.bulwark.report.svg;

import static io.bulwark.report.svg.Markup.escape;
import static io.bulwark.report.svg.Markup.f;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.bulwark.core.finding.Finding;
import io.bulwark.core.finding.FindingKind;
import io.bulwark.core.geo.Sphere;
import io.bulwark.core.report.AssetReport;
import io.bulwark.core.report.CoverageReport;
import io.bulwark.core.scenario.Asset;
import io.bulwark.core.scenario.Battery;
import io.bulwark.core.scenario.GeoPoint;
import io.bulwark.core.scenario.Radar;
import io.bulwark.core.scenario.Raid;
import io.bulwark.core.scenario.Region;
import io.bulwark.core.scenario.Scenario;
import io.bulwark.report.geo.MapView;

/**
 * The coverage map of a scenario, drawn for any {@link MapView} (so a viewer zooms and pans by rendering
 * again): sea, land and borders, graticule, regions of other parties, radar fans at their detection range,
 * battery range rings, threat ground tracks coloured by negation against the requirement, launch markers
 * pointing along the track, the sites and assets; a scale bar, north arrow and the projection's name; an
 * inset where sites crowd; a legend below if asked. Every element carries {@code data-element="kind:name"}.
 * The one renderer behind the HTML report, the CLI's maps and the IDE's Coverage view.
 */
public final class CoverageMap {

    /** A ring drawn smaller than this (px radius) is drawn at this radius, dashed: not to scale. */
    public static final double MIN_RING_PX = 7;
    /** Sites closer than this on the map (px) crowd; three crowding sites get an inset. */
    static final double CROWD_PX = 36;

    private static final double LEGEND_HEIGHT = 84;
    private static final int INSET_WIDTH = 300;
    private static final int INSET_HEIGHT = 220;

    /** What to draw besides the map itself. */
    public record Options(boolean legend, boolean inset, boolean furniture) {
        /** For a page or file: legend below, inset where sites crowd, scale bar, north arrow, projection. */
        public static final Options DOCUMENT = new Options(true, true, true);
        /** For an interactive viewer (it zooms instead of an inset): scale bar, north arrow, projection, no legend. */
        public static final Options VIEWER = new Options(false, false, true);
        static final Options INSET = new Options(false, false, false);
    }

    private CoverageMap() {
    }

    /** The view of the given pixel size that shows the whole scenario (sites, launch and aim points, regions, battery rings). */
    public static MapView fit(Scenario scenario, int widthPx, int heightPx) {
        return MapView.fit(extent(scenario), widthPx, heightPx, 36);
    }

    /** The view a page or file shows the whole scenario in: {@code widthPx} wide, as high as the scenario's shape asks (420 to 1100 px). */
    public static MapView documentView(Scenario scenario, int widthPx) {
        List<GeoPoint> extent = extent(scenario);
        MapView square = MapView.fit(extent, widthPx, widthPx, 36);
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (GeoPoint point : extent) {
            double y = square.toPixel(point)[1];
            top = Math.min(top, y);
            bottom = Math.max(bottom, y);
        }
        double height = extent.isEmpty() ? widthPx * 0.6 : bottom - top + 72;
        return fit(scenario, widthPx, (int) Math.round(Math.max(420, Math.min(1100, height))));
    }

    /**
     * Draws the scenario for {@code view}; {@code report} may be null (a scenario that could not be analysed:
     * no colours by negation, no verdicts).
     */
    public static RenderedMap render(Scenario scenario, CoverageReport report, MapView view, Options options) {
        return render(scenario, report, view, options, "coverage-" + scenario.name());
    }

    private static RenderedMap render(Scenario scenario, CoverageReport report, MapView view, Options options, String id) {
        MapCanvas map = new MapCanvas(id, view);
        List<MapAnchor> anchors = new ArrayList<>();
        List<MapHandle> handles = new ArrayList<>();
        StringBuilder svg = new StringBuilder();
        map.begin(svg, "bulwark-coverage-map", options.legend() ? LEGEND_HEIGHT : 0,
                f("<marker id=\"%s\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" "
                        + "orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"context-stroke\"/></marker>"
                        + "<pattern id=\"%s\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
                        + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#8e6bb5\" stroke-width=\"1.5\"/></pattern>",
                        map.defId("impact"), map.defId("hatch")));
        regions(svg, map, scenario, report, anchors, handles);
        radarFans(svg, map, scenario, report);
        batteryRings(svg, map, scenario);
        tracks(svg, map, scenario, report, anchors, handles);
        map.endClip(svg);
        sites(svg, map, scenario, report, anchors, handles);
        if (options.furniture()) {
            map.furniture(svg);
        }
        if (options.inset()) {
            inset(svg, map, scenario, report, id);
        }
        map.renderLabels(svg);
        if (options.legend()) {
            legend(svg, map, view.heightPx() + 8);
        }
        svg.append("</svg>\n");
        return new RenderedMap(svg.toString(), view, view.heightPx() + (options.legend() ? LEGEND_HEIGHT : 0), anchors, handles,
                map.placedLabels());
    }

    /** Every site, launch and aim point, region corner, and the compass points of each battery's range ring. */
    static List<GeoPoint> extent(Scenario scenario) {
        List<GeoPoint> points = new ArrayList<>();
        scenario.radars().forEach(r -> points.add(r.site()));
        scenario.assets().forEach(a -> points.add(a.site()));
        scenario.regions().forEach(r -> points.addAll(r.boundary()));
        for (Raid raid : scenario.raids()) {
            points.add(raid.launch());
            points.add(raid.aim());
        }
        for (Battery battery : scenario.batteries()) {
            for (int bearing = 0; bearing < 360; bearing += 90) {
                points.add(Sphere.destination(battery.site(), bearing, battery.type().maxRangeKm()));
            }
        }
        return points;
    }

    private static void regions(StringBuilder svg, MapCanvas map, Scenario scenario, CoverageReport report, List<MapAnchor> anchors,
            List<MapHandle> handles) {
        Map<String, List<Finding>> surveillance = report == null ? Map.of()
                : report.findings().stream().filter(f -> f.kind() == FindingKind.THIRD_PARTY_SURVEILLANCE)
                        .collect(Collectors.groupingBy(Finding::subject, LinkedHashMap::new, Collectors.toList()));
        for (Region region : scenario.regions()) {
            List<Finding> seen = surveillance.getOrDefault(region.name(), List.of());
            String title = region.name() + (region.owner() == null ? "" : " (" + region.owner() + ")")
                    + seen.stream().map(f -> "\n" + f.message()).collect(Collectors.joining());
            svg.append(f("<g data-element=\"region:%s\"><title>%s</title><path d=\"%s\" fill=\"%s\" fill-opacity=\"0.35\" "
                    + "stroke=\"#8e6bb5\" stroke-width=\"%s\"/>", escape(region.name()), escape(title), map.path(region.boundary(), true),
                    seen.isEmpty() ? "#e8e0f2" : map.url("hatch"), seen.isEmpty() ? "1" : "2"));
            double[] label = map.centroid(region.boundary());
            svg.append(f("<text x=\"%.1f\" y=\"%.1f\" fill=\"#5e3f86\" text-anchor=\"middle\" font-style=\"italic\">%s%s</text></g>%n",
                    label[0], label[1], escape(region.name()), seen.isEmpty() ? "" : " (seen)"));
            String text = region.name() + (seen.isEmpty() ? "" : " (seen)");
            map.obstacle(label[0] - text.length() * MapCanvas.CHAR_WIDTH / 2, label[1] - 10, label[0] + text.length() * MapCanvas.CHAR_WIDTH / 2,
                    label[1] + 3);
            anchors.add(new MapAnchor("region:" + region.name(), label[0], label[1], title));
            for (int i = 0; i < region.boundary().size(); i++) {
                double[] at = map.xy(region.boundary().get(i));
                handles.add(new MapHandle(MapHandle.Kind.REGION_VERTEX, region.name(), i, region.boundary().get(i), at[0], at[1]));
            }
        }
    }

    /** The smallest radar cross-section among the scenario's missiles (NaN without raids): the fans show range against it. */
    private static double smallestRcs(Scenario scenario) {
        return scenario.raids().stream().mapToDouble(r -> r.missile().rcsM2()).min().orElse(Double.NaN);
    }

    /**
     * A radar's fan at its detection range against the smallest cross-section among the scenario's missiles, as
     * an outline: filled fans of several radars would tint land and sea alike.
     */
    private static void radarFans(StringBuilder svg, MapCanvas map, Scenario scenario, CoverageReport report) {
        double rcs = smallestRcs(scenario);
        Set<String> idle = subjects(report, FindingKind.RADAR_REACHING_NO_BATTERY);
        for (Radar radar : scenario.radars()) {
            double rangeKm = detectionRangeKm(radar, rcs);
            String colour = idle.contains(radar.name()) ? "#9e9e9e" : "#1f5fa8";
            svg.append(f("<g data-element=\"radar:%s\"><title>%s</title><path d=\"%s\" fill=\"none\" stroke=\"%s\" "
                    + "stroke-width=\"1.2\" stroke-opacity=\"0.8\"/></g>%n", escape(radar.name()), escape(radarTitle(radar, rcs, idle.contains(radar.name()))),
                    map.path(fan(radar, rangeKm), true), colour));
        }
    }

    private static double detectionRangeKm(Radar radar, double rcs) {
        return Double.isNaN(rcs) ? radar.type().detectionRangeKm() : radar.type().detectionRangeKm(rcs);
    }

    private static String radarTitle(Radar radar, double rcs, boolean idle) {
        return f("%s (%s, %s): %.0f km against %s, sector %.0f deg facing %.0f deg%s", radar.name(), radar.type().name(), radar.force(),
                detectionRangeKm(radar, rcs), Double.isNaN(rcs) ? "its reference RCS" : f("RCS %s m2", Markup.trim(rcs)),
                radar.type().sectorWidthDeg(), radar.boresightDeg(), idle ? "; its tracks reach no battery" : "");
    }

    /** The outline of a radar's fan: its sector out to {@code rangeKm} (a full circle for 360 degrees). */
    public static List<GeoPoint> fan(Radar radar, double rangeKm) {
        List<GeoPoint> points = new ArrayList<>();
        double width = radar.type().sectorWidthDeg();
        boolean full = width >= 360;
        if (!full) {
            points.add(radar.site());
        }
        double from = full ? 0 : radar.boresightDeg() - width / 2;
        int steps = Math.max(8, (int) Math.ceil(width / 2));
        for (int i = 0; i <= steps; i++) {
            points.add(Sphere.destination(radar.site(), from + width * i / steps, rangeKm));
        }
        return points;
    }

    private static String batteryTitle(Battery battery) {
        return f("%s (%s, %s): range %s .. %s km, altitude %s .. %s km, %d interceptors", battery.name(), battery.type().name(),
                battery.force(), Markup.trim(battery.type().minRangeKm()), Markup.trim(battery.type().maxRangeKm()),
                Markup.trim(battery.type().minAltitudeKm()), Markup.trim(battery.type().maxAltitudeKm()), battery.interceptors());
    }

    /** Range rings; one smaller than {@link #MIN_RING_PX} is drawn at that radius, dashed, and says it is not to scale. */
    private static void batteryRings(StringBuilder svg, MapCanvas map, Scenario scenario) {
        for (Battery battery : scenario.batteries()) {
            double radiusPx = map.view.pixels(battery.type().maxRangeKm());
            boolean toScale = radiusPx >= MIN_RING_PX;
            String title = batteryTitle(battery) + (toScale ? "" : "; ring not to scale");
            svg.append(f("<g data-element=\"battery:%s\"><title>%s</title>", escape(battery.name()), escape(title)));
            if (toScale) {
                svg.append(f("<path class=\"ring\" d=\"%s\" fill=\"#ff9800\" fill-opacity=\"0.06\" stroke=\"#e65100\" stroke-width=\"1.5\"/>",
                        map.path(circle(battery.site(), battery.type().maxRangeKm()), true)));
                if (battery.type().minRangeKm() > 0 && map.view.pixels(battery.type().minRangeKm()) >= 2) {
                    svg.append(f("<path d=\"%s\" fill=\"none\" stroke=\"#e65100\" stroke-dasharray=\"3 3\"/>",
                            map.path(circle(battery.site(), battery.type().minRangeKm()), true)));
                }
            } else {
                double[] at = map.xy(battery.site());
                svg.append(f("<circle class=\"ring not-to-scale\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"#ff9800\" fill-opacity=\"0.08\" "
                        + "stroke=\"#e65100\" stroke-width=\"1.5\" stroke-dasharray=\"2 2\"/>", at[0], at[1], MIN_RING_PX));
            }
            svg.append("</g>\n");
        }
    }

    /** A geodesic circle. */
    public static List<GeoPoint> circle(GeoPoint centre, double radiusKm) {
        List<GeoPoint> points = new ArrayList<>();
        for (int bearing = 0; bearing < 360; bearing += 3) {
            points.add(Sphere.destination(centre, bearing, radiusKm));
        }
        return points;
    }

    /** The ground track of a raid, launch to aim, along the great circle. */
    public static List<GeoPoint> groundTrack(Raid raid, int segments) {
        List<GeoPoint> track = new ArrayList<>();
        double rangeKm = Sphere.groundRangeKm(raid.launch(), raid.aim());
        double bearing = Sphere.initialBearingDeg(raid.launch(), raid.aim());
        for (int i = 0; i <= segments; i++) {
            track.add(Sphere.destination(raid.launch(), bearing, rangeKm * i / segments));
        }
        return track;
    }

    /**
     * At most this many raids get a ground track, launch marker and label (those of the threats the reports list): a
     * theatre of 100,000 one-missile raids would otherwise be all tracks, and its label placement quadratic.
     */
    static final int MAX_DRAWN_RAIDS = CoverageReport.MAX_LISTED_THREATS;

    /** The worst negation over a raid's threats (NaN without a report, 0 without threats) and the requirement of its target. */
    private static double[] raidNegation(Scenario scenario, Map<String, Double> worstByRaid, CoverageReport report, Raid raid) {
        double worst = report == null ? Double.NaN : worstByRaid.getOrDefault(raid.name(), 0.0);
        double required = scenario.assets().stream().filter(a -> a.name().equals(raid.targetAsset())).mapToDouble(Asset::requiredNegation)
                .findFirst().orElse(Asset.DEFAULT_REQUIRED_NEGATION);
        return new double[] { worst, required };
    }

    /** The raids the map draws: all, or the raids of the listed threats when there are more than {@link #MAX_DRAWN_RAIDS}. */
    private static List<Raid> drawnRaids(Scenario scenario, CoverageReport report) {
        if (scenario.raids().size() <= MAX_DRAWN_RAIDS) {
            return scenario.raids();
        }
        if (report == null) {
            return scenario.raids().subList(0, MAX_DRAWN_RAIDS);
        }
        Set<String> listed = report.listedRaids(CoverageReport.MAX_LISTED_THREATS);
        return scenario.raids().stream().filter(r -> listed.contains(r.name())).limit(MAX_DRAWN_RAIDS).toList();
    }

    /** One ground track per raid (its threats share it), coloured by the raid's worst negation; the launch marker points along it. */
    private static void tracks(StringBuilder svg, MapCanvas map, Scenario scenario, CoverageReport report, List<MapAnchor> anchors,
            List<MapHandle> handles) {
        Map<String, Double> worstByRaid = report == null ? Map.of()
                : IntStream.range(0, report.threats().size()).boxed().collect(Collectors.toMap(report::raidOf, report::negationOf, Math::min));
        List<Raid> drawn = drawnRaids(scenario, report);
        if (drawn.size() < scenario.raids().size()) {
            svg.append(f("<text class=\"note\" x=\"10\" y=\"%.0f\" font-size=\"12\" fill=\"#333\">Ground tracks of %,d of the %,d "
                    + "raids (those of the threats the report lists)</text>%n", map.height() - 10, drawn.size(), scenario.raids().size()));
        }
        for (Raid raid : drawn) {
            double[] negation = raidNegation(scenario, worstByRaid, report, raid);
            String colour = Double.isNaN(negation[0]) ? "#555555" : CoverageMapSvg.negationColour(negation[0], negation[1]);
            double rangeKm = Sphere.groundRangeKm(raid.launch(), raid.aim());
            String title = f("raid %s: %d x %s, %.0f km%s%s", raid.name(), raid.count(), raid.missile().name(), rangeKm,
                    raid.targetAsset() == null ? "" : " at " + raid.targetAsset(), Double.isNaN(negation[0]) ? ""
                            : f("; worst negation %s (required %s)", Markup.probability(negation[0]), Markup.trim(negation[1])));
            double[] launch = map.xy(raid.launch());
            double angle = launchMarkerAngleDeg(map.view, raid);
            svg.append(f("<g data-element=\"raid:%s\"><title>%s</title><path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2.2\" "
                    + "marker-end=\"%s\"/><path class=\"launch\" data-angle=\"%.2f\" d=\"M0,-9 L6,6 L0,2 L-6,6 z\" "
                    + "transform=\"translate(%.1f,%.1f) rotate(%.2f)\" fill=\"%s\" stroke=\"white\" stroke-width=\"0.8\"/></g>%n",
                    escape(raid.name()), escape(title), map.path(groundTrack(raid, 48), false), colour, map.url("impact"), angle, launch[0],
                    launch[1], angle, colour));
            map.label("raid:" + raid.name(), raid.name(), launch, colour, false);
            anchors.add(new MapAnchor("raid:" + raid.name(), launch[0], launch[1], title));
            handles.add(new MapHandle(MapHandle.Kind.LAUNCH, raid.name(), -1, raid.launch(), launch[0], launch[1]));
        }
    }

    /** The launch marker's rotation (deg clockwise from the screen's up): along the ground track as the map draws it. */
    public static double launchMarkerAngleDeg(MapView view, Raid raid) {
        double bearing = Sphere.initialBearingDeg(raid.launch(), raid.aim());
        double stepKm = Math.max(0.01, view.kmPerPixel() * 5);
        double[] from = view.toPixel(raid.launch());
        double[] to = view.toPixel(Sphere.destination(raid.launch(), bearing, stepKm));
        return Math.toDegrees(Math.atan2(to[0] - from[0], from[1] - to[1]));
    }

    private static void sites(StringBuilder svg, MapCanvas map, Scenario scenario, CoverageReport report, List<MapAnchor> anchors,
            List<MapHandle> handles) {
        map.radarsAndBatteries(svg, scenario);
        double rcs = smallestRcs(scenario);
        Set<String> idle = subjects(report, FindingKind.RADAR_REACHING_NO_BATTERY);
        for (Radar radar : scenario.radars()) {
            double[] at = map.xy(radar.site());
            anchors.add(new MapAnchor("radar:" + radar.name(), at[0], at[1], radarTitle(radar, rcs, idle.contains(radar.name()))));
            handles.add(new MapHandle(MapHandle.Kind.RADAR, radar.name(), -1, radar.site(), at[0], at[1]));
        }
        for (Battery battery : scenario.batteries()) {
            double[] at = map.xy(battery.site());
            anchors.add(new MapAnchor("battery:" + battery.name(), at[0], at[1], batteryTitle(battery)));
            handles.add(new MapHandle(MapHandle.Kind.BATTERY, battery.name(), -1, battery.site(), at[0], at[1]));
        }
        Map<String, AssetReport> assets = report == null ? Map.of()
                : report.assets().stream().collect(Collectors.toMap(AssetReport::asset, a -> a, (a, b) -> a, LinkedHashMap::new));
        for (Asset asset : scenario.assets()) {
            double[] at = map.xy(asset.site());
            AssetReport verdict = assets.get(asset.name());
            boolean uncovered = verdict != null && !verdict.covered();
            String label = verdict == null ? asset.name()
                    : f("%s %s / %s", asset.name(), Markup.probability(verdict.worstNegation(), 2), Markup.trim(verdict.required()));
            String colour = verdict == null ? "#424242" : CoverageMapSvg.negationColour(verdict.worstNegation(), verdict.required());
            String title = verdict == null ? asset.name() + (report == null ? "" : ": not attacked")
                    : f("%s: worst negation %s against %s, required %s", asset.name(), Markup.probability(verdict.worstNegation()),
                            verdict.worstRaid(), Markup.trim(verdict.required()));
            svg.append(f("<g data-element=\"asset:%s\" class=\"%s\"><title>%s</title>", escape(asset.name()),
                    uncovered ? "uncovered" : "covered", escape(title)));
            if (uncovered) {
                svg.append(f("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"12\" fill=\"%s\" fill-opacity=\"0.25\" stroke=\"%s\" stroke-width=\"2\"/>",
                        at[0], at[1], CoverageMapSvg.UNDEFENDED, CoverageMapSvg.UNDEFENDED));
                map.obstacle(at[0] - 12, at[1] - 12, at[0] + 12, at[1] + 12);
            }
            svg.append(f("<path d=\"M%.1f,%.1f l6,6 l-6,6 l-6,-6 z\" fill=\"%s\" stroke=\"black\" stroke-width=\"0.8\"/></g>%n", at[0],
                    at[1] - 6, colour));
            map.label("asset:" + asset.name(), label, at, colour, true);
            anchors.add(new MapAnchor("asset:" + asset.name(), at[0], at[1], title));
            handles.add(new MapHandle(MapHandle.Kind.ASSET, asset.name(), -1, asset.site(), at[0], at[1]));
        }
    }

    /**
     * Where sites crowd (three or more within {@link #CROWD_PX} of one), a magnified panel of them in the corner
     * that hides the fewest sites, and a box on the map around the magnified area.
     */
    private static void inset(StringBuilder svg, MapCanvas map, Scenario scenario, CoverageReport report, String id) {
        List<GeoPoint> sites = new ArrayList<>();
        scenario.radars().forEach(r -> sites.add(r.site()));
        scenario.batteries().forEach(b -> sites.add(b.site()));
        scenario.assets().forEach(a -> sites.add(a.site()));
        List<double[]> pixels = sites.stream().map(map::xy).toList();
        int centre = -1;
        int most = 2;
        for (int i = 0; i < pixels.size(); i++) {
            int count = 0;
            for (double[] other : pixels) {
                count += Math.hypot(other[0] - pixels.get(i)[0], other[1] - pixels.get(i)[1]) <= CROWD_PX ? 1 : 0;
            }
            if (count > most) {
                most = count;
                centre = i;
            }
        }
        if (centre < 0) {
            return;
        }
        List<GeoPoint> crowd = new ArrayList<>();
        for (int i = 0; i < pixels.size(); i++) {
            if (Math.hypot(pixels.get(i)[0] - pixels.get(centre)[0], pixels.get(i)[1] - pixels.get(centre)[1]) <= CROWD_PX) {
                crowd.add(sites.get(i));
            }
        }
        MapView zoom = MapView.fit(crowd, INSET_WIDTH, INSET_HEIGHT, 40);
        if (zoom.kmPerPixel() > map.view.kmPerPixel() / 1.8) {
            return;
        }
        double[][] corners = { { map.width() - INSET_WIDTH - 8, 70 }, { 8, 8 }, { 8, map.height() - INSET_HEIGHT - 8 },
                { map.width() - INSET_WIDTH - 8, map.height() - INSET_HEIGHT - 64 } };
        double[] best = corners[0];
        int fewest = Integer.MAX_VALUE;
        List<double[]> marks = new ArrayList<>(pixels);
        scenario.raids().forEach(r -> marks.add(map.xy(r.launch())));
        for (double[] corner : corners) {
            int hidden = 0;
            for (double[] p : marks) {
                hidden += p[0] >= corner[0] - 10 && p[0] <= corner[0] + INSET_WIDTH + 10 && p[1] >= corner[1] - 10
                        && p[1] <= corner[1] + INSET_HEIGHT + 10 ? 1 : 0;
            }
            if (hidden < fewest) {
                fewest = hidden;
                best = corner;
            }
        }
        double[] a = map.view.toPixel(zoom.toGeoPoint(0, 0));
        double[] b = map.view.toPixel(zoom.toGeoPoint(INSET_WIDTH, INSET_HEIGHT));
        double[] area = { Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1]) };
        svg.append(f("<rect class=\"inset-area\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"none\" stroke=\"#263238\" "
                + "stroke-width=\"1.6\" stroke-dasharray=\"5 2\"/>%n", area[0], area[1], area[2] - area[0], area[3] - area[1]));
        // A line from the magnified area to the panel, between their nearest corners.
        double[] from = { best[0] > area[2] ? area[2] : area[0], best[1] > area[3] ? area[3] : area[1] };
        double[] to = { best[0] > area[2] ? best[0] : best[0] + INSET_WIDTH, best[1] > area[3] ? best[1] : best[1] + INSET_HEIGHT };
        svg.append(f("<line class=\"inset-link\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#263238\" stroke-width=\"1\" "
                + "stroke-dasharray=\"5 2\"/>%n", from[0], from[1], to[0], to[1]));
        String inner = render(scenario, report, zoom, Options.INSET, id + "-inset").svg();
        svg.append(f("<g class=\"inset\" transform=\"translate(%.1f,%.1f)\"><rect x=\"-2\" y=\"-2\" width=\"%d\" height=\"%d\" fill=\"white\" "
                + "stroke=\"#37474f\" stroke-width=\"1.5\"/>%n", best[0], best[1], INSET_WIDTH + 4, INSET_HEIGHT + 4));
        svg.append(inner.replaceFirst("<svg ", "<svg x=\"0\" y=\"0\" "));
        svg.append(f("<text x=\"6\" y=\"%d\" font-size=\"10\" fill=\"#37474f\" stroke=\"white\" stroke-width=\"2.5\" paint-order=\"stroke\">"
                + "Inset: x%s</text></g>%n", INSET_HEIGHT - 6, Markup.trim(Math.round(map.view.kmPerPixel() / zoom.kmPerPixel()))));
        map.obstacle(best[0] - 4, best[1] - 4, best[0] + INSET_WIDTH + 4, best[1] + INSET_HEIGHT + 4);
    }

    private static void legend(StringBuilder svg, MapCanvas map, double y) {
        svg.append(f("<g class=\"legend\" transform=\"translate(8,%.0f)\" font-size=\"11\">", y));
        String[][] entries = {
                { "<path d=\"M0,6 h26\" stroke=\"" + CoverageMapSvg.COVERED + "\" stroke-width=\"2.2\"/>", "track: negated to the requirement" },
                { "<path d=\"M0,6 h26\" stroke=\"" + CoverageMapSvg.PARTIAL + "\" stroke-width=\"2.2\"/>", "track: engaged, below the requirement" },
                { "<path d=\"M0,6 h26\" stroke=\"" + CoverageMapSvg.UNDEFENDED + "\" stroke-width=\"2.2\"/>", "track: not engaged" },
                { "<path d=\"M13,-2 L19,12 L13,8 L7,12 z\" fill=\"#555\"/>", "launch point, pointing along the track" },
                { "<path d=\"M0,12 L0,0 A14,14 0 0,1 22,4 z\" fill=\"none\" stroke=\"#1f5fa8\"/>",
                        "radar fan (grey: reaches no battery)" },
                { "<circle cx=\"10\" cy=\"6\" r=\"7\" fill=\"#ff9800\" fill-opacity=\"0.1\" stroke=\"#e65100\"/>",
                        "battery range ring (dashed: not to scale)" },
                { "<circle cx=\"10\" cy=\"6\" r=\"7\" fill=\"" + CoverageMapSvg.UNDEFENDED + "\" fill-opacity=\"0.25\" stroke=\""
                        + CoverageMapSvg.UNDEFENDED + "\"/>", "uncovered asset (worst / required)" },
                { "<rect x=\"0\" y=\"0\" width=\"24\" height=\"12\" fill=\"" + map.url("hatch") + "\" stroke=\"#8e6bb5\"/>",
                        "region a radar sees into" } };
        int columns = map.width() >= 1000 ? 4 : 3;
        double column = (map.width() - 16) / columns;
        for (int i = 0; i < entries.length; i++) {
            double x = (i % columns) * column;
            double row = (i / columns) * 20;
            svg.append(f("<g transform=\"translate(%.0f,%.0f)\">%s<text x=\"32\" y=\"10\">%s</text></g>", x, row, entries[i][0],
                    escape(entries[i][1])));
        }
        svg.append(f("<g transform=\"translate(0,%d)\"><rect width=\"24\" height=\"12\" fill=\"%s\" stroke=\"#7d9bb3\"/>"
                + "<rect x=\"26\" width=\"24\" height=\"12\" fill=\"%s\"/><path d=\"M56,6 h24\" stroke=\"%s\" stroke-dasharray=\"5 3\"/>"
                + "<text x=\"88\" y=\"10\">land, sea, border (Natural Earth); %s</text></g>", 20 * ((entries.length + columns - 1) / columns),
                MapCanvas.LAND, MapCanvas.SEA, MapCanvas.BORDER,
                escape("projection: " + map.view.projectionName())));
        svg.append("</g>\n");
    }

    private static Set<String> subjects(CoverageReport report, FindingKind kind) {
        return report == null ? Set.of()
                : report.findings().stream().filter(f -> f.kind() == kind).map(Finding::subject).collect(Collectors.toSet());
    }
}
