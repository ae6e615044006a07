package io.bulwark.report.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.bulwark.core.footprint.Footprint;
import io.bulwark.core.footprint.FootprintCell;
import io.bulwark.core.report.AssetReport;
import io.bulwark.core.report.CoverageReport;
import io.bulwark.core.report.RaidSummary;
import io.bulwark.core.report.TrajectorySummary;
import io.bulwark.core.scenario.Asset;
import io.bulwark.core.scenario.Battery;
import io.bulwark.core.scenario.ElementKeyword;
import io.bulwark.core.scenario.GeoPoint;
import io.bulwark.core.scenario.Radar;
import io.bulwark.core.scenario.Raid;
import io.bulwark.core.scenario.Region;
import io.bulwark.core.scenario.Scenario;
import io.bulwark.core.trajectory.BallisticTrajectory;
import io.bulwark.report.svg.CoverageMap;
import io.bulwark.report.svg.CoverageMapSvg;
import io.bulwark.report.svg.FootprintMapSvg;

/**
 * The features an export carries for an analysed scenario, the same shapes the coverage map draws: sites,
 * radar fans at their detection range, battery range rings, the threats' arcs as 3-D lines coloured by
 * negation against the requirement, regions, and a footprint's launch cells when one is given.
 */
public final class GeoFeatures {

    /** The layers, in the order they are written. */
    public static final List<String> LAYERS = List.of("sites", "radar_fans", "battery_rings", "ground_tracks", "regions", "footprint");

    private static final int ARC_SAMPLES = 96;

    private GeoFeatures() {
    }

    /** The scenario's features; {@code footprint} may be null. */
    public static List<GeoFeature> of(Scenario scenario, CoverageReport report, Footprint footprint) {
        List<GeoFeature> features = new ArrayList<>();
        String name = scenario.name();
        double rcs = scenario.raids().stream().mapToDouble(r -> r.missile().rcsM2()).min().orElse(Double.NaN);
        for (Radar radar : scenario.radars()) {
            double rangeKm = Double.isNaN(rcs) ? radar.type().detectionRangeKm() : radar.type().detectionRangeKm(rcs);
            Map<String, Object> properties = properties(name, ElementKeyword.RADAR.word(), radar.name());
            properties.put("type", radar.type().name());
            properties.put("force", radar.force());
            properties.put("detection_range_km", rangeKm);
            properties.put("sector_deg", radar.type().sectorWidthDeg());
            properties.put("boresight_deg", radar.boresightDeg());
            features.add(new GeoFeature("sites", radar.name(), point(radar.site()), properties, "#1f5fa8"));
            features.add(new GeoFeature("radar_fans", radar.name(), polygon(CoverageMap.fan(radar, rangeKm)), properties, "#1f5fa8"));
        }
        for (Battery battery : scenario.batteries()) {
            Map<String, Object> properties = properties(name, ElementKeyword.BATTERY.word(), battery.name());
            properties.put("type", battery.type().name());
            properties.put("force", battery.force());
            properties.put("min_range_km", battery.type().minRangeKm());
            properties.put("max_range_km", battery.type().maxRangeKm());
            properties.put("min_altitude_km", battery.type().minAltitudeKm());
            properties.put("max_altitude_km", battery.type().maxAltitudeKm());
            properties.put("interceptors", battery.interceptors());
            features.add(new GeoFeature("sites", battery.name(), point(battery.site()), properties, "#e65100"));
            features.add(new GeoFeature("battery_rings", battery.name(), polygon(CoverageMap.circle(battery.site(), battery.type().maxRangeKm())),
                    properties, "#e65100"));
        }
        Map<String, AssetReport> verdicts = new LinkedHashMap<>();
        report.assets().forEach(a -> verdicts.put(a.asset(), a));
        Map<String, Double> requirements = new HashMap<>();
        for (Asset asset : scenario.assets()) {
            requirements.putIfAbsent(asset.name(), asset.requiredNegation());
            Map<String, Object> properties = properties(name, ElementKeyword.ASSET.word(), asset.name());
            properties.put("required_negation", asset.requiredNegation());
            AssetReport verdict = verdicts.get(asset.name());
            String colour = "#424242";
            if (verdict != null) {
                properties.put("worst_negation", verdict.worstNegation());
                properties.put("worst_raid", verdict.worstRaid());
                properties.put("covered", verdict.covered());
                colour = CoverageMapSvg.negationColour(verdict.worstNegation(), verdict.required());
            }
            features.add(new GeoFeature("sites", asset.name(), point(asset.site()), properties, colour));
        }
        Map<String, RaidSummary> summaries = report.raidSummaries();
        for (Raid raid : scenario.raids()) {
            RaidSummary summary = summaries.get(raid.name());
            if (summary == null) {
                continue;
            }
            double worst = summary.worstNegation();
            double required = raid.targetAsset() == null ? Asset.DEFAULT_REQUIRED_NEGATION
                    : requirements.getOrDefault(raid.targetAsset(), Asset.DEFAULT_REQUIRED_NEGATION);
            TrajectorySummary reported = summary.trajectory();
            Map<String, Object> properties = properties(name, ElementKeyword.RAID.word(), raid.name());
            properties.put("missile", raid.missile().name());
            properties.put("count", raid.count());
            properties.put("target", raid.targetAsset());
            properties.put("launch_time_s", reported.launchTimeS());
            properties.put("ground_range_km", reported.groundRangeKm());
            properties.put("apogee_km", reported.apogeeKm());
            properties.put("time_of_flight_s", reported.timeOfFlightS());
            properties.put("worst_negation", worst);
            properties.put("required_negation", required);
            properties.put("covered", worst >= required);
            BallisticTrajectory arc = BallisticTrajectory.of(raid.launch(), raid.aim(), raid.apogeeKm());
            List<double[]> positions = new ArrayList<>();
            for (int i = 0; i <= ARC_SAMPLES; i++) {
                BallisticTrajectory.Position p = arc.positionAt(arc.timeOfFlightS() * i / ARC_SAMPLES);
                positions.add(new double[] { p.lonDeg(), p.latDeg(), p.altKm() * 1000 });
            }
            features.add(new GeoFeature("ground_tracks", raid.name(), new GeoFeature.Line(positions, true), properties,
                    CoverageMapSvg.negationColour(worst, required)));
        }
        for (Region region : scenario.regions()) {
            Map<String, Object> properties = properties(name, ElementKeyword.REGION.word(), region.name());
            properties.put("owner", region.owner());
            properties.put("surveillance_altitude_km", region.surveillanceAltitudeKm());
            features.add(new GeoFeature("regions", region.name(), polygon(region.boundary()), properties, "#8e6bb5"));
        }
        if (footprint != null) {
            GeoPoint centre = scenario.assets().stream().filter(a -> a.name().equals(footprint.asset())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("footprint of an asset the scenario does not have: " + footprint.asset()))
                    .site();
            double required = scenario.assets().stream().filter(a -> a.name().equals(footprint.asset())).findFirst().get().requiredNegation();
            int index = 0;
            for (FootprintCell cell : footprint.cells()) {
                Map<String, Object> properties = properties(name, "footprint_cell", footprint.asset() + "/" + footprint.missile() + "/" + index);
                properties.put("asset", footprint.asset());
                properties.put("missile", footprint.missile());
                properties.put("inner_km", cell.innerKm());
                properties.put("outer_km", cell.outerKm());
                properties.put("from_deg", cell.fromDeg());
                properties.put("negation", cell.negation());
                properties.put("negated", cell.negated());
                features.add(new GeoFeature("footprint", footprint.asset() + " cell " + index++, polygon(FootprintMapSvg.cellOutline(centre, cell,
                        footprint.bearingStepDeg())), properties, CoverageMapSvg.negationColour(cell.negation(), required)));
            }
        }
        return features;
    }

    private static Map<String, Object> properties(String scenario, String kind, String name) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("scenario", scenario);
        properties.put("kind", kind);
        properties.put("name", name);
        return properties;
    }

    private static GeoFeature.Point point(GeoPoint point) {
        return new GeoFeature.Point(new double[] { point.lonDeg(), point.latDeg(), 0 });
    }

    /** A closed counter-clockwise ring (RFC 7946's right-hand rule) through the points. */
    static GeoFeature.Polygon polygon(List<GeoPoint> points) {
        List<double[]> ring = new ArrayList<>();
        double reference = points.get(0).lonDeg();
        for (GeoPoint point : points) {
            // Unwrapped around the first point, so that a ring near the antimeridian keeps its shape.
            double lon = reference + ((point.lonDeg() - reference + 540) % 360) - 180;
            ring.add(new double[] { lon, point.latDeg(), 0 });
        }
        double[] first = ring.get(0);
        double[] last = ring.get(ring.size() - 1);
        if (first[0] != last[0] || first[1] != last[1]) {
            ring.add(first.clone());
        }
        double twiceArea = 0;
        for (int i = 1; i < ring.size(); i++) {
            twiceArea += (ring.get(i)[0] - ring.get(i - 1)[0]) * (ring.get(i)[1] + ring.get(i - 1)[1]);
        }
        if (twiceArea > 0) { // clockwise in (lon, lat)
            java.util.Collections.reverse(ring);
        }
        return new GeoFeature.Polygon(ring);
    }
}
