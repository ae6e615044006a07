package io.bulwark.report.svg;

import static io.bulwark.report.svg.Markup.escape;
import static io.bulwark.report.svg.Markup.f;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.bulwark.core.finding.Finding;
import io.bulwark.core.finding.FindingKind;
import io.bulwark.core.geo.Sphere;
import io.bulwark.core.report.AssetReport;
import io.bulwark.core.report.CoverageReport;
import io.bulwark.core.report.ThreatReport;
import io.bulwark.core.scenario.Asset;
import io.bulwark.core.scenario.Battery;
import io.bulwark.core.scenario.GeoPoint;
import io.bulwark.core.scenario.Radar;
import io.bulwark.core.scenario.Raid;
import io.bulwark.core.scenario.Region;
import io.bulwark.core.scenario.Scenario;

/**
 * The coverage map of an analysed scenario as a standalone SVG: a graticule (no coastlines), declared
 * regions of other parties, radar fans clipped by sector and detection range, battery range rings, threat
 * ground tracks coloured by negation, and the assets, uncovered ones highlighted. Equirectangular
 * projection around the scenario's mid-latitude; circles and fans are true geodesic shapes. Every
 * element carries {@code data-element="kind:name"} so that a viewer can link it back to the model.
 */
public final class CoverageMapSvg {

    /** Colours of negation against the requirement, shared with the HTML report. */
    public static final String COVERED = "#2e7d32";
    public static final String PARTIAL = "#ef6c00";
    public static final String UNDEFENDED = "#c62828";

    private static final double LEGEND_HEIGHT = 56;

    private CoverageMapSvg() {
    }

    /** The colour of a negation against its requirement. */
    public static String negationColour(double negation, double required) {
        return negation >= required ? COVERED : negation > 0 ? PARTIAL : UNDEFENDED;
    }

    public static String render(Scenario scenario, CoverageReport report) {
        MapCanvas map = new MapCanvas("coverage-" + scenario.name(), extent(scenario));
        StringBuilder svg = new StringBuilder();
        map.begin(svg, "bulwark-coverage-map", scenario.name() + ": coverage", LEGEND_HEIGHT,
                f("<marker id=\"%s\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" "
                        + "orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"context-stroke\"/></marker>"
                        + "<pattern id=\"%s\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
                        + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#8e6bb5\" stroke-width=\"1.5\"/></pattern>",
                        map.defId("impact"), map.defId("hatch")));
        regions(svg, map, scenario, report);
        radarFans(svg, map, scenario, report);
        batteryRings(svg, map, scenario);
        tracks(svg, map, scenario, report);
        map.endClip(svg);
        sites(svg, map, scenario, report);
        map.renderLabels(svg);
        legend(svg, map, map.height(LEGEND_HEIGHT) - LEGEND_HEIGHT + 6);
        svg.append("</svg>\n");
        return svg.toString();
    }

    /**
     * Where {@link #render} draws each element, in the SVG's coordinates, keyed as its {@code data-element}
     * ("radar:NAME", "battery:NAME", "asset:NAME", "raid:NAME" at its launch point, "region:NAME" at its centre):
     * a viewer showing the map as an image finds the element under a click with it.
     */
    public static Map<String, double[]> anchors(Scenario scenario) {
        MapCanvas map = new MapCanvas("coverage-" + scenario.name(), extent(scenario));
        Map<String, double[]> anchors = new LinkedHashMap<>();
        scenario.regions().forEach(r -> anchors.put("region:" + r.name(), map.centroid(r.boundary())));
        scenario.raids().forEach(r -> anchors.put("raid:" + r.name(), map.xy(r.launch())));
        scenario.radars().forEach(r -> anchors.put("radar:" + r.name(), map.xy(r.site())));
        scenario.batteries().forEach(b -> anchors.put("battery:" + b.name(), map.xy(b.site())));
        scenario.assets().forEach(a -> anchors.put("asset:" + a.name(), map.xy(a.site())));
        return anchors;
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

    private static void regions(StringBuilder svg, MapCanvas map, Scenario scenario, CoverageReport report) {
        Map<String, List<Finding>> surveillance = report.findings().stream()
                .filter(f -> f.kind() == FindingKind.THIRD_PARTY_SURVEILLANCE)
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
        }
    }

    /** A radar's fan at its detection range against the smallest cross-section among the scenario's missiles. */
    private static void radarFans(StringBuilder svg, MapCanvas map, Scenario scenario, CoverageReport report) {
        double rcs = scenario.raids().stream().mapToDouble(r -> r.missile().rcsM2()).min().orElse(Double.NaN);
        Set<String> idle = subjects(report, FindingKind.RADAR_REACHING_NO_BATTERY);
        for (Radar radar : scenario.radars()) {
            double rangeKm = Double.isNaN(rcs) ? radar.type().detectionRangeKm() : radar.type().detectionRangeKm(rcs);
            String colour = idle.contains(radar.name()) ? "#9e9e9e" : "#1f5fa8";
            String title = f("%s (%s, %s): %.0f km against %s, sector %.0f deg facing %.0f deg%s", radar.name(), radar.type().name(),
                    radar.force(), rangeKm, Double.isNaN(rcs) ? "its reference RCS" : f("RCS %s m2", Markup.trim(rcs)), radar.type().sectorWidthDeg(),
                    radar.boresightDeg(), idle.contains(radar.name()) ? "; its tracks reach no battery" : "");
            svg.append(f("<g data-element=\"radar:%s\"><title>%s</title><path d=\"%s\" fill=\"%s\" fill-opacity=\"0.10\" stroke=\"%s\" "
                    + "stroke-width=\"1.2\"/></g>%n", escape(radar.name()), escape(title), map.path(fan(radar, rangeKm), true), colour, colour));
        }
    }

    private static List<GeoPoint> fan(Radar radar, double rangeKm) {
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

    private static void batteryRings(StringBuilder svg, MapCanvas map, Scenario scenario) {
        for (Battery battery : scenario.batteries()) {
            String title = f("%s (%s, %s): range %s .. %s km, altitude %s .. %s km, %d interceptors", battery.name(),
                    battery.type().name(), battery.force(), Markup.trim(battery.type().minRangeKm()), Markup.trim(battery.type().maxRangeKm()),
                    Markup.trim(battery.type().minAltitudeKm()), Markup.trim(battery.type().maxAltitudeKm()), battery.interceptors());
            svg.append(f("<g data-element=\"battery:%s\"><title>%s</title><path d=\"%s\" fill=\"#ff9800\" fill-opacity=\"0.06\" "
                    + "stroke=\"#e65100\" stroke-width=\"1.5\"/>", escape(battery.name()), escape(title),
                    map.path(circle(battery.site(), battery.type().maxRangeKm()), true)));
            if (battery.type().minRangeKm() > 0) {
                svg.append(f("<path d=\"%s\" fill=\"none\" stroke=\"#e65100\" stroke-dasharray=\"3 3\"/>",
                        map.path(circle(battery.site(), battery.type().minRangeKm()), true)));
            }
            svg.append("</g>\n");
        }
    }

    private static List<GeoPoint> circle(GeoPoint centre, double radiusKm) {
        List<GeoPoint> points = new ArrayList<>();
        for (int bearing = 0; bearing < 360; bearing += 3) {
            points.add(Sphere.destination(centre, bearing, radiusKm));
        }
        return points;
    }

    /** One ground track per raid (its threats share it), coloured by the raid's worst negation. */
    private static void tracks(StringBuilder svg, MapCanvas map, Scenario scenario, CoverageReport report) {
        for (Raid raid : scenario.raids()) {
            List<ThreatReport> threats = report.threats().stream().filter(t -> t.raid().equals(raid.name())).toList();
            double worst = threats.stream().mapToDouble(ThreatReport::negation).min().orElse(0);
            double required = scenario.assets().stream().filter(a -> a.name().equals(raid.targetAsset()))
                    .mapToDouble(Asset::requiredNegation).findFirst().orElse(Asset.DEFAULT_REQUIRED_NEGATION);
            String colour = negationColour(worst, required);
            List<GeoPoint> track = new ArrayList<>();
            double rangeKm = Sphere.groundRangeKm(raid.launch(), raid.aim());
            double bearing = Sphere.initialBearingDeg(raid.launch(), raid.aim());
            for (int i = 0; i <= 48; i++) {
                track.add(Sphere.destination(raid.launch(), bearing, rangeKm * i / 48));
            }
            String title = f("raid %s: %d x %s, %.0f km%s; worst negation %.6f (required %s)", raid.name(), raid.count(),
                    raid.missile().name(), rangeKm, raid.targetAsset() == null ? "" : " at " + raid.targetAsset(), worst, Markup.trim(required));
            double[] launch = map.xy(raid.launch());
            svg.append(f("<g data-element=\"raid:%s\"><title>%s</title><path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2.2\" "
                    + "marker-end=\"%s\"/><path d=\"M%.1f,%.1f l-5,9 l10,0 z\" fill=\"%s\"/></g>%n", escape(raid.name()),
                    escape(title), map.path(track, false), colour, map.url("impact"), launch[0], launch[1] - 6, colour));
            map.label("raid:" + raid.name(), raid.name(), launch, colour, false);
        }
    }

    private static void sites(StringBuilder svg, MapCanvas map, Scenario scenario, CoverageReport report) {
        map.radarsAndBatteries(svg, scenario);
        Map<String, AssetReport> assets = report.assets().stream()
                .collect(Collectors.toMap(AssetReport::asset, a -> a, (a, b) -> a, LinkedHashMap::new));
        for (Asset asset : scenario.assets()) {
            double[] at = map.xy(asset.site());
            AssetReport verdict = assets.get(asset.name());
            boolean uncovered = verdict != null && !verdict.covered();
            String label = verdict == null ? asset.name()
                    : f("%s %s / %s", asset.name(), Markup.trim(Math.round(verdict.worstNegation() * 100) / 100.0), Markup.trim(verdict.required()));
            String colour = verdict == null ? "#424242" : negationColour(verdict.worstNegation(), verdict.required());
            svg.append(f("<g data-element=\"asset:%s\" class=\"%s\"><title>%s</title>", escape(asset.name()),
                    uncovered ? "uncovered" : "covered", escape(verdict == null ? asset.name() + ": not attacked"
                            : f("%s: worst negation %.6f against %s, required %s", asset.name(), verdict.worstNegation(),
                                    verdict.worstRaid(), Markup.trim(verdict.required())))));
            if (uncovered) {
                svg.append(f("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"13\" fill=\"%s\" fill-opacity=\"0.25\" stroke=\"%s\" stroke-width=\"2\"/>",
                        at[0], at[1], UNDEFENDED, UNDEFENDED));
            }
            svg.append(f("<path d=\"M%.1f,%.1f l6,6 l-6,6 l-6,-6 z\" fill=\"%s\" stroke=\"black\" stroke-width=\"0.8\"/></g>%n",
                    at[0], at[1] - 6, colour));
            map.label("asset:" + asset.name(), label, at, colour, true);
        }
    }

    private static void legend(StringBuilder svg, MapCanvas map, double y) {
        svg.append(f("<g transform=\"translate(%.0f,%.0f)\" font-size=\"11\">", MapCanvas.MARGIN, y));
        String[][] entries = {
                { "<path d=\"M0,6 h26\" stroke=\"" + COVERED + "\" stroke-width=\"2.2\"/>", "track: negated to the requirement" },
                { "<path d=\"M0,6 h26\" stroke=\"" + PARTIAL + "\" stroke-width=\"2.2\"/>", "track: below the requirement" },
                { "<path d=\"M0,6 h26\" stroke=\"" + UNDEFENDED + "\" stroke-width=\"2.2\"/>", "track: not engaged" },
                { "<path d=\"M0,12 L0,0 A14,14 0 0,1 22,4 z\" fill=\"#1f5fa8\" fill-opacity=\"0.15\" stroke=\"#1f5fa8\"/>",
                        "radar fan (grey: reaches no battery)" },
                { "<circle cx=\"10\" cy=\"6\" r=\"7\" fill=\"#ff9800\" fill-opacity=\"0.1\" stroke=\"#e65100\"/>", "battery range ring" },
                { "<circle cx=\"10\" cy=\"6\" r=\"7\" fill=\"" + UNDEFENDED + "\" fill-opacity=\"0.25\" stroke=\"" + UNDEFENDED + "\"/>",
                        "uncovered asset (worst / required)" },
                { "<rect x=\"0\" y=\"0\" width=\"24\" height=\"12\" fill=\"" + map.url("hatch") + "\" stroke=\"#8e6bb5\"/>", "region a radar sees into" } };
        for (int i = 0; i < entries.length; i++) {
            double x = (i % 4) * 225;
            double row = (i / 4) * 22;
            svg.append(f("<g transform=\"translate(%.0f,%.0f)\">%s<text x=\"32\" y=\"10\">%s</text></g>", x, row, entries[i][0],
                    escape(entries[i][1])));
        }
        svg.append("</g>\n");
    }

    private static Set<String> subjects(CoverageReport report, FindingKind kind) {
        return report.findings().stream().filter(f -> f.kind() == kind).map(Finding::subject).collect(Collectors.toSet());
    }

}
