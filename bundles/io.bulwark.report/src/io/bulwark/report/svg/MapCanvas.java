package io.bulwark.report.svg;

import static io.bulwark.report.svg.Markup.escape;
import static io.bulwark.report.svg.Markup.f;

import java.util.ArrayList;
import java.util.List;

import io.bulwark.core.analysis.Precision;
import io.bulwark.core.geo.Sphere;
import io.bulwark.core.scenario.Battery;
import io.bulwark.core.scenario.GeoPoint;
import io.bulwark.core.scenario.Radar;
import io.bulwark.core.scenario.Scenario;
import io.bulwark.report.geo.Basemap;
import io.bulwark.report.geo.MapView;
import io.bulwark.report.geo.RoundSteps;

/**
 * What the maps share, drawn for one {@link MapView}: the sea, land and borders, the labelled graticule, the
 * scale bar, north arrow and projection note, ids unique per map (several maps live in one HTML page), and
 * label placement that keeps labels off each other and off the symbols.
 */
final class MapCanvas {

    static final String SEA = "#c9e0f2";
    static final String LAND = "#f3efdc";
    static final String BORDER = "#8a8272";
    static final double CHAR_WIDTH = 6.8;
    static final double LINE_HEIGHT = 13;

    private final String id;
    final MapView view;
    private final List<Label> labels = new ArrayList<>();
    private final List<double[]> obstacles = new ArrayList<>();
    private final List<MapLabel> placed = new ArrayList<>();

    private record Label(String element, String text, double[] at, String colour, boolean bold) {
    }

    /** A map drawing {@code view}; {@code id} prefixes its definitions. */
    MapCanvas(String id, MapView view) {
        this.id = id.replaceAll("[^A-Za-z0-9_-]", "_");
        this.view = view;
    }

    double width() {
        return view.widthPx();
    }

    double height() {
        return view.heightPx();
    }

    /** A definition id unique to this map. */
    String defId(String name) {
        return id + "-" + name;
    }

    String url(String name) {
        return "url(#" + defId(name) + ")";
    }

    /** Opens the SVG ({@code extraHeight} below the map for a legend): definitions, sea, land, borders, graticule, and a clipped group. */
    void begin(StringBuilder svg, String cssClass, double extraHeight, String defs) {
        double width = width();
        double height = height() + extraHeight;
        svg.append(f("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" "
                + "font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"11\" class=\"%s\">%n", width, height, width, height, cssClass));
        svg.append(f("<defs><clipPath id=\"%s\"><rect x=\"0\" y=\"0\" width=\"%.0f\" height=\"%.0f\"/></clipPath>%s</defs>%n", defId("clip"),
                width, height(), defs));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(f("<g clip-path=\"%s\">%n", url("clip")));
        svg.append(f("<rect class=\"sea\" x=\"0\" y=\"0\" width=\"%.0f\" height=\"%.0f\" fill=\"%s\"/>%n", width, height(), SEA));
        Basemap.Drawing basemap = Basemap.draw(view);
        if (!basemap.land().isEmpty()) {
            svg.append(f("<path class=\"land\" d=\"%s\" fill=\"%s\" fill-rule=\"evenodd\" stroke=\"#7d9bb3\" stroke-width=\"0.7\"/>%n",
                    basemap.land(), LAND));
        }
        if (!basemap.borders().isEmpty()) {
            svg.append(f("<path class=\"border\" d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"0.9\" stroke-dasharray=\"5 3\"/>%n",
                    basemap.borders(), BORDER));
        }
        graticule(svg);
    }

    /** Closes the clipped group and draws the frame. */
    void endClip(StringBuilder svg) {
        svg.append("</g>\n");
        svg.append(f("<rect x=\"0.5\" y=\"0.5\" width=\"%.0f\" height=\"%.0f\" fill=\"none\" stroke=\"#9aa5b1\"/>%n", width() - 1,
                height() - 1));
    }

    /** The graticule at a round step with about five to ten lines across, labelled at the map's left and bottom edges. */
    private void graticule(StringBuilder svg) {
        double[] bounds = view.bounds();
        double span = Math.max(bounds[2] - bounds[0], (bounds[3] - bounds[1]) * Math.cos(Math.toRadians(view.centreLatDeg())));
        double step = RoundSteps.degreeStep(span / 6);
        svg.append("<g class=\"graticule\" stroke=\"#b9c9d8\" stroke-width=\"0.6\" fill=\"none\">\n");
        List<String[]> texts = new ArrayList<>();
        for (double lat = Math.ceil(bounds[0] / step) * step; lat <= bounds[2] + 1e-9; lat += step) {
            if (Math.abs(lat) >= 90) {
                continue;
            }
            List<double[]> line = new ArrayList<>();
            for (int i = 0; i <= 120; i++) {
                line.add(view.toPixel(lat, bounds[1] + (bounds[3] - bounds[1]) * i / 120));
            }
            svg.append(f("<path d=\"%s\"/>%n", pixelPath(line, false)));
            double[] edge = edgeCrossing(line, true);
            if (edge != null) {
                texts.add(new String[] { f("%.1f", 3.0), f("%.1f", edge[1] - 3), degrees(lat, 'N', 'S') });
            }
        }
        for (double lon = Math.ceil(bounds[1] / step) * step; lon <= bounds[3] + 1e-9; lon += step) {
            List<double[]> line = new ArrayList<>();
            for (int i = 0; i <= 120; i++) {
                line.add(view.toPixel(bounds[0] + (bounds[2] - bounds[0]) * i / 120, lon));
            }
            svg.append(f("<path d=\"%s\"/>%n", pixelPath(line, false)));
            double[] edge = edgeCrossing(line, false);
            if (edge != null) {
                texts.add(new String[] { f("%.1f", edge[0] + 3), f("%.1f", height() - 4), degrees(MapView.normalizedLon(lon), 'E', 'W') });
            }
        }
        svg.append("</g>\n<g class=\"graticule-labels\" fill=\"#4f6275\" font-size=\"10\" stroke=\"white\" stroke-width=\"2.5\" "
                + "paint-order=\"stroke\">\n");
        for (String[] text : texts) {
            svg.append(f("<text x=\"%s\" y=\"%s\">%s</text>%n", text[0], text[1], text[2]));
            double x = Double.parseDouble(text[0]);
            double y = Double.parseDouble(text[1]);
            obstacles.add(new double[] { x, y - 10, x + text[2].length() * 6, y + 2 });
        }
        svg.append("</g>\n");
    }

    /** Where a parallel crosses the left edge ({@code left}) or a meridian the bottom edge, if inside the frame. */
    private double[] edgeCrossing(List<double[]> line, boolean left) {
        for (int i = 1; i < line.size(); i++) {
            double[] a = line.get(i - 1);
            double[] b = line.get(i);
            double ea = left ? a[0] : a[1] - height();
            double eb = left ? b[0] : b[1] - height();
            if (ea * eb <= 0 && ea != eb) {
                double t = ea / (ea - eb);
                double[] at = { a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]) };
                boolean inside = left ? at[1] > 14 && at[1] < height() - 16 : at[0] > 30 && at[0] < width() - 40;
                return inside ? at : null;
            }
        }
        return null;
    }

    private static String degrees(double value, char positive, char negative) {
        double rounded = Precision.round(value, 3);
        return Markup.trim(Math.abs(rounded)) + "\u00b0" + (rounded > 0 ? positive : rounded < 0 ? negative : "");
    }

    /**
     * The scale bar (a round length in km, measured with the projection at the bar's place), the north arrow
     * (pointing to true north where it stands) and the projection's name, at the map's lower right.
     */
    void furniture(StringBuilder svg) {
        double barKm = scaleBarKm();
        double y = height() - 22;
        double barPx = barKm / view.kmPerPixel();
        for (int pass = 0; pass < 3; pass++) {
            barPx = scaleBarPixels(width() - 24 - barPx, y, barKm);
        }
        double x = width() - 24 - barPx;
        svg.append(f("<g class=\"scale-bar\" data-km=\"%s\" data-x=\"%.2f\" data-y=\"%.2f\" data-px=\"%.2f\" font-size=\"10\">", Markup.trim(barKm),
                x, y, barPx));
        svg.append(f("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"30\" fill=\"white\" fill-opacity=\"0.85\" rx=\"3\"/>", x - 8,
                y - 18, barPx + 16));
        svg.append(f("<path d=\"M%.1f,%.1f v5 h%.2f v-5\" fill=\"none\" stroke=\"black\" stroke-width=\"1.4\"/>", x, y, barPx));
        svg.append(f("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.2f\" height=\"3\" fill=\"black\"/>", x, y + 2, barPx / 2));
        svg.append(f("<text x=\"%.1f\" y=\"%.1f\">0</text><text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%s km</text></g>%n", x - 2,
                y - 4, x + barPx + 2, y - 4, Markup.trim(barKm)));
        obstacles.add(new double[] { x - 8, y - 18, x + barPx + 8, y + 12 });
        double ax = width() - 30;
        double ay = 46;
        double angle = view.northAngleDeg(ax, ay);
        svg.append(f("<g class=\"north-arrow\" data-angle=\"%.2f\" transform=\"translate(%.1f,%.1f) rotate(%.2f)\">"
                + "<circle r=\"17\" fill=\"white\" fill-opacity=\"0.85\" stroke=\"#9aa5b1\"/>"
                + "<path d=\"M0,-13 L6,7 L0,3 L-6,7 z\" fill=\"#333\"/><text y=\"-3\" dy=\"-12\" text-anchor=\"middle\" "
                + "font-size=\"10\" font-weight=\"bold\" stroke=\"white\" stroke-width=\"2.5\" paint-order=\"stroke\">N</text></g>%n",
                angle, ax, ay, angle));
        obstacles.add(new double[] { ax - 20, ay - 30, ax + 20, ay + 20 });
        String projection = "Projection: " + view.projectionName();
        svg.append(f("<text class=\"projection\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" font-size=\"9\" fill=\"#4f6275\" stroke=\"white\" "
                + "stroke-width=\"2.5\" paint-order=\"stroke\">%s</text>%n", width() - 8, height() - 42, escape(projection)));
        obstacles.add(new double[] { width() - 8 - projection.length() * 5.4, height() - 52, width() - 8, height() - 39 });
    }

    /** A round length (1-2-5 steps) close to a fifth of the map's width. */
    double scaleBarKm() {
        return RoundSteps.niceBelow(view.kmPerPixel() * width() / 5);
    }

    /** The bar's length in pixels: how far right of (x, y) the point {@code km} away on the ground lies, on the same row. */
    private double scaleBarPixels(double x, double y, double km) {
        double[] start = view.toLatLon(x, y);
        GeoPoint from = new GeoPoint(start[0], start[1], 0);
        double low = 0;
        double high = 4 * km / view.kmPerPixel();
        for (int i = 0; i < 60; i++) {
            double middle = (low + high) / 2;
            double[] end = view.toLatLon(x + middle, y);
            if (Sphere.groundRangeKm(from, new GeoPoint(end[0], Math.max(-180, Math.min(180, end[1])), 0)) < km) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return (low + high) / 2;
    }

    double[] xy(GeoPoint point) {
        return view.toPixel(point);
    }

    String path(List<GeoPoint> points, boolean closed) {
        List<double[]> pixels = new ArrayList<>(points.size());
        for (GeoPoint point : points) {
            pixels.add(xy(point));
        }
        return pixelPath(pixels, closed);
    }

    static String pixelPath(List<double[]> pixels, boolean closed) {
        StringBuilder d = new StringBuilder();
        for (double[] at : pixels) {
            d.append(d.length() == 0 ? "M" : "L").append(f("%.1f,%.1f", at[0], at[1]));
        }
        return closed && d.length() > 0 ? d.append("Z").toString() : d.toString();
    }

    double[] centroid(List<GeoPoint> points) {
        double x = 0;
        double y = 0;
        for (GeoPoint point : points) {
            double[] at = xy(point);
            x += at[0];
            y += at[1];
        }
        return new double[] { x / points.size(), y / points.size() };
    }

    /** The radar sites (blue dots) and battery sites (orange squares) with their labels. */
    void radarsAndBatteries(StringBuilder svg, Scenario scenario) {
        for (Radar radar : scenario.radars()) {
            double[] at = xy(radar.site());
            svg.append(f("<circle data-element=\"radar:%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#1f5fa8\" stroke=\"white\"/>%n",
                    escape(radar.name()), at[0], at[1]));
            label("radar:" + radar.name(), radar.name(), at, "#1f5fa8", false);
        }
        for (Battery battery : scenario.batteries()) {
            double[] at = xy(battery.site());
            svg.append(f("<rect data-element=\"battery:%s\" x=\"%.1f\" y=\"%.1f\" width=\"8\" height=\"8\" fill=\"#e65100\" stroke=\"white\"/>%n",
                    escape(battery.name()), at[0] - 4, at[1] - 4));
            label("battery:" + battery.name(), battery.name(), at, "#bf360c", false);
        }
    }

    /** A label for the point {@code at}, placed by {@link #renderLabels}; the point's symbol becomes an obstacle. */
    void label(String element, String text, double[] at, String colour, boolean bold) {
        labels.add(new Label(element, text, at, colour, bold));
    }

    /** An area labels keep off (pixels: x0, y0, x1, y1). */
    void obstacle(double x0, double y0, double x1, double y1) {
        obstacles.add(new double[] { x0, y0, x1, y1 });
    }

    /** The labels as placed by {@link #renderLabels}. */
    List<MapLabel> placedLabels() {
        return List.copyOf(placed);
    }

    /**
     * Places the labels greedily, in the order added (so the result is stable): each takes the first of eight
     * positions around its point, at growing distances, that overlaps no label, symbol or map furniture placed
     * before it and stays inside the map; a label set away from its point gets a leader line. When nothing is
     * free, the position overlapping least wins. Points off the map get no label.
     */
    void renderLabels(StringBuilder svg) {
        BoxIndex taken = new BoxIndex(width(), height());
        obstacles.forEach(taken::add);
        for (Label label : labels) {
            taken.add(new double[] { label.at[0] - 6, label.at[1] - 6, label.at[0] + 6, label.at[1] + 6 });
        }
        StringBuilder leaders = new StringBuilder();
        StringBuilder texts = new StringBuilder();
        for (Label label : labels) {
            if (label.at[0] < 0 || label.at[0] > width() || label.at[1] < 0 || label.at[1] > height()) {
                continue; // its point is off the map: a label at the edge would point nowhere
            }
            double w = label.text.length() * CHAR_WIDTH * (label.bold ? 1.1 : 1);
            double h = LINE_HEIGHT;
            double[] best = null;
            double bestOverlap = Double.MAX_VALUE;
            double bestDistance = 0;
            search: for (double distance : new double[] { 7, 20, 34, 50, 70, 95 }) {
                for (double[] direction : DIRECTIONS) {
                    double cx = label.at[0] + direction[0] * (distance + w / 2);
                    double cy = label.at[1] + direction[1] * (distance + h / 2);
                    double[] box = { cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2 };
                    double overlap = taken.overlap(box) + outside(box);
                    if (overlap < bestOverlap) {
                        bestOverlap = overlap;
                        best = box;
                        bestDistance = distance;
                        if (overlap == 0) {
                            break search;
                        }
                    }
                }
            }
            taken.add(best);
            placed.add(new MapLabel(label.element, label.text, best[0], best[1], w, h));
            if (bestDistance > 7) {
                double[] end = nearestOnBox(best, label.at);
                leaders.append(f("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>", label.at[0], label.at[1], end[0], end[1]));
            }
            texts.append(f("<text data-element=\"%s\" x=\"%.1f\" y=\"%.1f\" fill=\"%s\"%s>%s</text>%n", escape(label.element), best[0],
                    best[3] - 3, label.colour, label.bold ? " font-weight=\"bold\"" : "", escape(label.text)));
        }
        svg.append("<g class=\"leaders\" stroke=\"#555\" stroke-width=\"0.7\">").append(leaders).append("</g>\n");
        svg.append("<g class=\"labels\" stroke=\"white\" stroke-width=\"3\" paint-order=\"stroke\" stroke-linejoin=\"round\">\n")
                .append(texts).append("</g>\n");
    }

    /** Label directions, preferred first: right, left, above, below, then the diagonals. */
    private static final double[][] DIRECTIONS = { { 1, 0 }, { -1, 0 }, { 0, -1 }, { 0, 1 }, { 1, -1 }, { -1, -1 }, { 1, 1 }, { -1, 1 } };

    private double outside(double[] box) {
        double inside = Math.max(0, Math.min(box[2], width()) - Math.max(box[0], 0)) * Math.max(0, Math.min(box[3], height()) - Math.max(box[1], 0));
        return ((box[2] - box[0]) * (box[3] - box[1]) - inside) * 4;
    }

    private static double[] nearestOnBox(double[] box, double[] point) {
        return new double[] { Math.max(box[0], Math.min(box[2], point[0])), Math.max(box[1], Math.min(box[3], point[1])) };
    }
}
