package io.bulwark.report.svg;

import static io.bulwark.report.svg.Markup.escape;
import static io.bulwark.report.svg.Markup.f;

import java.util.ArrayList;
import java.util.List;

import io.bulwark.core.geo.Sphere;
import io.bulwark.core.scenario.Asset;
import io.bulwark.core.scenario.Battery;
import io.bulwark.core.scenario.GeoPoint;
import io.bulwark.core.scenario.Radar;
import io.bulwark.core.scenario.Raid;
import io.bulwark.core.scenario.Scenario;
import io.bulwark.report.geo.Basemap;
import io.bulwark.report.geo.MapView;

/**
 * A trade study's objective over a siting grid, drawn on the map: each candidate site a cell coloured from the worst
 * value (red) to the best (green), cells where the constraints hold outlined, the best cell marked, with the
 * coastlines and borders drawn over the cells, the fixed sites, the assets, the raids' ground tracks, the scale bar,
 * north arrow and projection, and a legend with the colour scale.
 */
public final class StudyHeatmapSvg {

    /** One candidate site: its centre, the objective's value there, and whether some variant there meets the constraints. */
    public record Cell(double latDeg, double lonDeg, double value, boolean feasible) {
    }

    /**
     * The heatmap of {@code objective} over the sites of {@code element}: cells {@code stepLatDeg} x {@code stepLonDeg} wide,
     * coloured on [{@code scaleMin}, {@code scaleMax}] (the better end green).
     */
    public record Heatmap(String element, String objective, boolean higherIsBetter, double scaleMin, double scaleMax, double stepLatDeg,
            double stepLonDeg, List<Cell> cells) {
        public Heatmap {
            cells = List.copyOf(cells);
        }
    }

    private static final int WIDTH = 900;
    private static final int HEIGHT = 720;
    private static final double LEGEND_HEIGHT = 100;
    private static final String FEASIBLE_OUTLINE = "#111";
    private static final String BEST = "#6a1b9a";
    private static final double MIN_MARGIN_KM = 20;
    private static final double KM_PER_DEG = Math.PI * Sphere.RADIUS_KM / 180;

    private StudyHeatmapSvg() {
    }

    /** The map as an SVG document; {@code base} gives the assets, raids and fixed sites (the sited element is left out). */
    public static String render(Scenario base, Heatmap heatmap) {
        MapCanvas map = new MapCanvas("study-" + heatmap.element(), MapView.fit(frame(heatmap), WIDTH, HEIGHT, 20));
        StringBuilder svg = new StringBuilder();
        map.begin(svg, "bulwark-study-heatmap", LEGEND_HEIGHT, "");
        Cell best = best(heatmap);
        StringBuilder outlines = new StringBuilder();
        svg.append("<g class=\"cells\" stroke=\"none\">\n");
        for (Cell cell : heatmap.cells()) {
            String d = map.path(outline(cell, heatmap), true);
            svg.append(f("<path data-lat=\"%s\" data-lon=\"%s\" data-value=\"%s\"%s d=\"%s\" fill=\"%s\" fill-opacity=\"0.72\"><title>%s</title></path>%n",
                    Markup.trim(cell.latDeg()), Markup.trim(cell.lonDeg()), Markup.trim(cell.value()), cell.feasible() ? " data-feasible=\"true\"" : "",
                    d, colour(heatmap, cell.value()), escape(f("%s at %s: %s%s", heatmap.element(), place(cell), number(cell.value()),
                            cell.feasible() ? " (constraints met)" : ""))));
            if (cell.feasible()) {
                outlines.append(d).append(' ');
            }
        }
        svg.append("</g>\n");
        // the coast and borders again over the cells, so that the land stays legible under the colours
        Basemap.Drawing basemap = Basemap.draw(map.view);
        svg.append(f("<path class=\"coast\" d=\"%s\" fill=\"none\" stroke=\"#30465a\" stroke-width=\"0.9\"/>%n", basemap.land()));
        svg.append(f("<path class=\"border\" d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"0.9\" stroke-dasharray=\"5 3\"/>%n",
                basemap.borders(), MapCanvas.BORDER));
        if (!outlines.isEmpty()) {
            svg.append(f("<path class=\"feasible\" d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"1.6\"/>%n", outlines.toString().strip(),
                    FEASIBLE_OUTLINE));
        }
        for (Raid raid : base.raids()) {
            double[] from = map.xy(raid.launch());
            svg.append(f("<path data-element=\"raid:%s\" d=\"%s\" fill=\"none\" stroke=\"#8e0000\" stroke-width=\"1\" stroke-dasharray=\"6 3\"/>%n",
                    escape(raid.name()), map.path(List.of(raid.launch(), raid.aim()), false)));
            svg.append(f("<path d=\"M%.1f,%.1f l5,8 h-10 z\" fill=\"#8e0000\"/>%n", from[0], from[1] - 5));
            map.label("raid:" + raid.name(), raid.name(), from, "#8e0000", false);
        }
        if (best != null) {
            double[] at = map.xy(new GeoPoint(best.latDeg(), best.lonDeg(), 0));
            svg.append(f("<g class=\"best\" data-lat=\"%s\" data-lon=\"%s\"><circle cx=\"%.1f\" cy=\"%.1f\" r=\"9\" fill=\"none\" stroke=\"white\" "
                    + "stroke-width=\"4\"/><circle cx=\"%.1f\" cy=\"%.1f\" r=\"9\" fill=\"none\" stroke=\"%s\" stroke-width=\"2.2\"/></g>%n",
                    Markup.trim(best.latDeg()), Markup.trim(best.lonDeg()), at[0], at[1], at[0], at[1], BEST));
            map.label("best", "best: " + number(best.value()), at, BEST, true);
        }
        map.endClip(svg);
        fixedSites(svg, map, base, heatmap.element());
        for (Asset asset : base.assets()) {
            double[] at = map.xy(asset.site());
            if (!onMap(map, at)) {
                continue;
            }
            svg.append(f("<path data-element=\"asset:%s\" d=\"M%.1f,%.1f l6,6 l-6,6 l-6,-6 z\" fill=\"black\" stroke=\"white\"/>%n",
                    escape(asset.name()), at[0], at[1] - 6));
            map.label("asset:" + asset.name(), asset.name(), at, "black", true);
        }
        map.furniture(svg);
        String title = f("%s by site of %s", heatmap.objective(), heatmap.element());
        svg.append(f("<text x=\"10\" y=\"20\" font-size=\"14\" font-weight=\"bold\" stroke=\"white\" stroke-width=\"3\" paint-order=\"stroke\">%s</text>%n",
                escape(title)));
        map.obstacle(0, 0, 14 + 8.5 * title.length(), 26);
        map.renderLabels(svg);
        legend(svg, map, heatmap, best);
        return svg.append("</svg>\n").toString();
    }

    /**
     * What the map shows: the grid with a margin of a third of its extent (at least {@link #MIN_MARGIN_KM}), so that a grid
     * of a few km around a city is not lost in a theatre-wide map; assets and launch points beyond it are off the map.
     */
    private static List<GeoPoint> frame(Heatmap heatmap) {
        double south = 90;
        double north = -90;
        double west = 180;
        double east = -180;
        for (Cell cell : heatmap.cells()) {
            for (GeoPoint corner : outline(cell, heatmap)) {
                south = Math.min(south, corner.latDeg());
                north = Math.max(north, corner.latDeg());
                west = Math.min(west, corner.lonDeg());
                east = Math.max(east, corner.lonDeg());
            }
        }
        if (south > north) {
            return List.of();
        }
        double cosLat = Math.max(0.05, Math.cos(Math.toRadians((south + north) / 2)));
        double marginLat = Math.max((north - south) / 3, MIN_MARGIN_KM / KM_PER_DEG);
        double marginLon = Math.max((east - west) / 3, MIN_MARGIN_KM / KM_PER_DEG / cosLat);
        List<GeoPoint> frame = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            double lon = west - marginLon + (east - west + 2 * marginLon) * i / 4;
            frame.add(new GeoPoint(Math.max(-90, south - marginLat), lon, 0));
            frame.add(new GeoPoint(Math.min(90, north + marginLat), lon, 0));
        }
        return frame;
    }

    /** The best cell (highest or lowest value; the first in grid order on a tie, feasible ones first); none when every cell is equal. */
    static Cell best(Heatmap heatmap) {
        Cell best = null;
        boolean differ = false;
        for (Cell cell : heatmap.cells()) {
            if (best != null && cell.value() != best.value()) {
                differ = true;
            }
            if (best == null || cell.feasible() && !best.feasible() || cell.feasible() == best.feasible() && better(heatmap, cell.value(), best.value())) {
                best = cell;
            }
        }
        return differ ? best : null;
    }

    private static boolean better(Heatmap heatmap, double a, double b) {
        return heatmap.higherIsBetter() ? a > b : a < b;
    }

    /** The radars and batteries that stay where they are (the sited element moves over the grid). */
    private static void fixedSites(StringBuilder svg, MapCanvas map, Scenario base, String sited) {
        for (Radar radar : base.radars()) {
            double[] at = map.xy(radar.site());
            if (!radar.name().equals(sited) && onMap(map, at)) {
                svg.append(f("<circle data-element=\"radar:%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#1f5fa8\" stroke=\"white\"/>%n",
                        escape(radar.name()), at[0], at[1]));
                map.label("radar:" + radar.name(), radar.name(), at, "#1f5fa8", false);
            }
        }
        for (Battery battery : base.batteries()) {
            double[] at = map.xy(battery.site());
            if (!battery.name().equals(sited) && onMap(map, at)) {
                svg.append(f("<rect data-element=\"battery:%s\" x=\"%.1f\" y=\"%.1f\" width=\"8\" height=\"8\" fill=\"#e65100\" stroke=\"white\"/>%n",
                        escape(battery.name()), at[0] - 4, at[1] - 4));
                map.label("battery:" + battery.name(), battery.name(), at, "#bf360c", false);
            }
        }
    }

    /** ", first of N sites as good" when other sites tie with the best (it is then the first in grid order). */
    private static String ties(Heatmap heatmap, Cell best) {
        long equal = heatmap.cells().stream().filter(c -> c.value() == best.value() && c.feasible() == best.feasible()).count();
        return equal > 1 ? f(" (first of %,d sites as good)", equal) : "";
    }

    /** Whether a point falls on the map (symbols drawn outside its clip would land in the legend). */
    private static boolean onMap(MapCanvas map, double[] at) {
        return at[0] >= 0 && at[0] <= map.width() && at[1] >= 0 && at[1] <= map.height();
    }

    private static void legend(StringBuilder svg, MapCanvas map, Heatmap heatmap, Cell best) {
        double top = map.height() + 8;
        svg.append(f("<g class=\"legend\" transform=\"translate(24,%.0f)\" font-size=\"11\">", top));
        String gradient = map.defId("scale");
        svg.append(f("<defs><linearGradient id=\"%s\">", gradient));
        for (int i = 0; i <= 10; i++) {
            double value = heatmap.scaleMin() + (heatmap.scaleMax() - heatmap.scaleMin()) * i / 10;
            svg.append(f("<stop offset=\"%d%%\" stop-color=\"%s\"/>", i * 10, colour(heatmap, value)));
        }
        svg.append("</linearGradient></defs>");
        svg.append(f("<text x=\"0\" y=\"12\" font-weight=\"bold\">%s (%s is better)</text>", escape(heatmap.objective()),
                heatmap.higherIsBetter() ? "higher" : "lower"));
        svg.append(f("<rect class=\"scale\" x=\"0\" y=\"20\" width=\"300\" height=\"14\" fill=\"url(#%s)\" fill-opacity=\"0.72\" stroke=\"#999\"/>",
                gradient));
        for (int i = 0; i <= 4; i++) {
            double value = heatmap.scaleMin() + (heatmap.scaleMax() - heatmap.scaleMin()) * i / 4;
            svg.append(f("<path d=\"M%.1f,34 v4\" stroke=\"#555\"/><text class=\"tick\" x=\"%.1f\" y=\"50\" text-anchor=\"middle\">%s</text>", 300.0 * i / 4,
                    300.0 * i / 4, number(value)));
        }
        svg.append(f("<rect x=\"330\" y=\"20\" width=\"18\" height=\"14\" fill=\"none\" stroke=\"%s\" stroke-width=\"1.6\"/>"
                + "<text x=\"354\" y=\"31\">constraints met in some variant</text>", FEASIBLE_OUTLINE));
        svg.append(f("<circle cx=\"339\" cy=\"47\" r=\"7\" fill=\"none\" stroke=\"%s\" stroke-width=\"2.2\"/><text x=\"354\" y=\"51\">%s</text>", BEST,
                escape(best == null ? "no best site: every site gives " + number(heatmap.cells().isEmpty() ? 0 : heatmap.cells().get(0).value())
                        : "best site " + place(best) + ": " + number(best.value()) + ties(heatmap, best))));
        svg.append("<path d=\"M5,60 l5,5 l-5,5 l-5,-5 z\" fill=\"black\"/><text x=\"16\" y=\"69\">asset</text>"
                + "<circle cx=\"74\" cy=\"65\" r=\"4\" fill=\"#1f5fa8\"/><text x=\"84\" y=\"69\">radar</text>"
                + "<rect x=\"134\" y=\"61\" width=\"8\" height=\"8\" fill=\"#e65100\"/><text x=\"148\" y=\"69\">fixed battery</text>"
                + "<path d=\"M240,65 h24\" stroke=\"#8e0000\" stroke-dasharray=\"6 3\"/><text x=\"270\" y=\"69\">raid ground track</text>");
        svg.append(f("<text x=\"0\" y=\"88\" fill=\"#4f6275\">%,d candidate sites of %s, each cell the best value over the study's other variations.</text>",
                heatmap.cells().size(), escape(heatmap.element())));
        svg.append("</g>\n");
    }

    /** The cell as a lat/lon rectangle, its edges subdivided so that it projects as the curved cell it is. */
    private static List<GeoPoint> outline(Cell cell, Heatmap heatmap) {
        double s = cell.latDeg() - heatmap.stepLatDeg() / 2;
        double n = cell.latDeg() + heatmap.stepLatDeg() / 2;
        double w = cell.lonDeg() - heatmap.stepLonDeg() / 2;
        double e = cell.lonDeg() + heatmap.stepLonDeg() / 2;
        return List.of(new GeoPoint(s, w, 0), new GeoPoint(s, (w + e) / 2, 0), new GeoPoint(s, e, 0), new GeoPoint(n, e, 0),
                new GeoPoint(n, (w + e) / 2, 0), new GeoPoint(n, w, 0));
    }

    /** Red (worst) through yellow to green (best) over the heatmap's scale. */
    static String colour(Heatmap heatmap, double value) {
        double span = heatmap.scaleMax() - heatmap.scaleMin();
        double t = span > 0 ? Math.max(0, Math.min(1, (value - heatmap.scaleMin()) / span)) : 0.5;
        double good = heatmap.higherIsBetter() ? t : 1 - t;
        int r = (int) Math.round(215 * Math.min(1, 2 * (1 - good)) + 20);
        int g = (int) Math.round(170 * Math.min(1, 2 * good) + 20);
        return f("#%02x%02x3c", r, g);
    }

    private static String place(Cell cell) {
        return f("%.2f\u00b0%s %.2f\u00b0%s", Math.abs(cell.latDeg()), cell.latDeg() >= 0 ? "N" : "S", Math.abs(cell.lonDeg()),
                cell.lonDeg() >= 0 ? "E" : "W");
    }

    private static String number(double value) {
        return f("%.4g", value).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }
}
