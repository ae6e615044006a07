package io.bulwark.report.svg;

import static io.bulwark.report.svg.Markup.escape;
import static io.bulwark.report.svg.Markup.f;

import java.util.ArrayList;
import java.util.List;

import io.bulwark.core.footprint.Footprint;
import io.bulwark.core.footprint.FootprintCell;
import io.bulwark.core.geo.Sphere;
import io.bulwark.core.scenario.Asset;
import io.bulwark.core.scenario.GeoPoint;
import io.bulwark.core.scenario.Scenario;
import io.bulwark.report.geo.MapView;

/**
 * The defended footprint of an asset as a standalone SVG: the polar grid of launch cells coloured by the
 * negation a lone threat from each meets (negated to the requirement, engaged below it, not engaged), the
 * batteries and radars, and the area and share in the caption.
 */
public final class FootprintMapSvg {

    private static final double LEGEND_HEIGHT = 60;

    private FootprintMapSvg() {
    }

    public static String render(Scenario scenario, Footprint footprint) {
        Asset asset = scenario.assets().stream().filter(a -> a.name().equals(footprint.asset())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("footprint of an asset the scenario does not have: " + footprint.asset()));
        List<GeoPoint> extent = new ArrayList<>();
        for (int bearing = 0; bearing < 360; bearing += 30) {
            extent.add(Sphere.destination(asset.site(), bearing, footprint.reachKm()));
        }
        MapCanvas map = new MapCanvas("footprint-" + footprint.asset() + "-" + footprint.missile(),
                MapView.fit(extent, CoverageMapSvg.DOCUMENT_WIDTH, 760, 30));
        StringBuilder svg = new StringBuilder();
        map.begin(svg, "bulwark-footprint-map", LEGEND_HEIGHT, "");
        StringBuilder negated = new StringBuilder();
        StringBuilder partial = new StringBuilder();
        StringBuilder open = new StringBuilder();
        for (FootprintCell cell : footprint.cells()) {
            StringBuilder target = cell.negated() ? negated : cell.negation() > 0 ? partial : open;
            target.append(map.path(cellOutline(asset.site(), cell, footprint.bearingStepDeg()), true)).append(' ');
        }
        svg.append(f("<path d=\"%s\" fill=\"%s\" fill-opacity=\"0.12\" stroke=\"none\"/>%n", open.toString().strip(),
                CoverageMapSvg.UNDEFENDED));
        svg.append(f("<path d=\"%s\" fill=\"%s\" fill-opacity=\"0.45\" stroke=\"none\"/>%n", partial.toString().strip(),
                CoverageMapSvg.PARTIAL));
        svg.append(f("<path d=\"%s\" fill=\"%s\" fill-opacity=\"0.55\" stroke=\"none\"/>%n", negated.toString().strip(),
                CoverageMapSvg.COVERED));
        List<GeoPoint> reach = new ArrayList<>();
        for (int bearing = 0; bearing < 360; bearing += 2) {
            reach.add(Sphere.destination(asset.site(), bearing, footprint.reachKm()));
        }
        svg.append(f("<path d=\"%s\" fill=\"none\" stroke=\"#555\" stroke-dasharray=\"4 3\"/>%n", map.path(reach, true)));
        map.endClip(svg);
        map.radarsAndBatteries(svg, scenario);
        double[] at = map.xy(asset.site());
        svg.append(f("<path data-element=\"asset:%s\" d=\"M%.1f,%.1f l6,6 l-6,6 l-6,-6 z\" fill=\"black\"/>%n", escape(asset.name()), at[0],
                at[1] - 6));
        map.label("asset:" + asset.name(), asset.name(), at, "black", true);
        map.furniture(svg);
        svg.append(f("<text x=\"10\" y=\"20\" font-size=\"14\" font-weight=\"bold\" stroke=\"white\" stroke-width=\"3\" "
                + "paint-order=\"stroke\">%s</text>%n", escape(f("Defended footprint of %s against %s", footprint.asset(), footprint.missile()))));
        map.obstacle(0, 0, 14 + 9 * (footprint.asset().length() + footprint.missile().length() + 30), 26);
        map.renderLabels(svg);
        svg.append(f("<g transform=\"translate(8,%.0f)\" font-size=\"11\">", map.height() + 10));
        svg.append(f("<text x=\"0\" y=\"10\" font-weight=\"bold\">Negated to %s: %s of %s km2 (%.1f %%) of launch area within %s km reach"
                + "</text>", Markup.trim(asset.requiredNegation()), thousands(footprint.negatedAreaKm2()), thousands(footprint.totalAreaKm2()),
                100 * footprint.share(), Markup.trim(footprint.reachKm())));
        svg.append(f("<text x=\"0\" y=\"26\">Grid: rings every %s km, bearings every %s deg, %d cells; each a lone minimum-energy threat "
                + "launched from the cell's centre.</text>", Markup.trim(footprint.ringStepKm()), Markup.trim(footprint.bearingStepDeg()),
                footprint.cells().size()));
        String[][] keys = { { CoverageMapSvg.COVERED, "0.55", "negated to the requirement" },
                { CoverageMapSvg.PARTIAL, "0.45", "engaged, below the requirement" }, { CoverageMapSvg.UNDEFENDED, "0.12", "not engaged" } };
        for (int i = 0; i < keys.length; i++) {
            svg.append(f("<rect x=\"%d\" y=\"34\" width=\"18\" height=\"12\" fill=\"%s\" fill-opacity=\"%s\" stroke=\"#999\"/>"
                    + "<text x=\"%d\" y=\"44\">%s</text>", i * 230, keys[i][0], keys[i][1], i * 230 + 24, keys[i][2]));
        }
        svg.append("</g>\n</svg>\n");
        return svg.toString();
    }

    /** The outline of a launch cell of the polar grid around {@code centre} (a wedge when its inner ring is the centre). */
    public static List<GeoPoint> cellOutline(GeoPoint centre, FootprintCell cell, double stepDeg) {
        List<GeoPoint> corners = new ArrayList<>();
        int arcPoints = Math.max(2, (int) Math.ceil(stepDeg / 2) + 1);
        for (int i = 0; i < arcPoints; i++) {
            corners.add(Sphere.destination(centre, cell.fromDeg() + stepDeg * i / (arcPoints - 1), cell.outerKm()));
        }
        if (cell.innerKm() == 0) {
            corners.add(centre);
        } else {
            for (int i = arcPoints - 1; i >= 0; i--) {
                corners.add(Sphere.destination(centre, cell.fromDeg() + stepDeg * i / (arcPoints - 1), cell.innerKm()));
            }
        }
        return corners;
    }

    private static String thousands(double value) {
        return f("%,d", Math.round(value));
    }
}
