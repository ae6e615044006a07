package io.bulwark.report.svg;

import static io.bulwark.report.svg.Markup.escape;
import static io.bulwark.report.svg.Markup.f;

import java.util.ArrayList;
import java.util.List;

import io.bulwark.core.scenario.Battery;
import io.bulwark.core.scenario.GeoPoint;
import io.bulwark.core.scenario.Radar;
import io.bulwark.core.scenario.Scenario;

/**
 * What the maps share: an equirectangular projection around the mid-latitude of the points to show
 * (longitudes unwrapped around the first point, so the antimeridian does not split the map), the frame
 * and graticule, ids unique per map (several maps live in one HTML page), and greedy label placement.
 */
final class MapCanvas {

    static final double MARGIN = 40;
    private static final double MAP_WIDTH = 960;
    private static final double MAX_MAP_HEIGHT = 1200;

    private final String id;
    private final double minLat;
    private final double maxLat;
    private final double minLon;
    private final double maxLon;
    private final double referenceLon;
    private final double cosMid;
    private final double scale;
    final double mapWidth;
    final double mapHeight;
    private final List<Label> labels = new ArrayList<>();

    private record Label(String element, String text, double[] at, String colour, boolean bold) {
    }

    /** A map showing every point of {@code extent}, with a margin; {@code id} prefixes its definitions. */
    MapCanvas(String id, List<GeoPoint> extent) {
        this.id = id.replaceAll("[^A-Za-z0-9_-]", "_");
        List<GeoPoint> points = extent.isEmpty() ? List.of(new GeoPoint(0, 0, 0)) : extent;
        referenceLon = points.get(0).lonDeg();
        double south = 90;
        double north = -90;
        double west = Double.MAX_VALUE;
        double east = -Double.MAX_VALUE;
        for (GeoPoint point : points) {
            double lon = unwrap(point.lonDeg());
            south = Math.min(south, point.latDeg());
            north = Math.max(north, point.latDeg());
            west = Math.min(west, lon);
            east = Math.max(east, lon);
        }
        double pad = Math.max(0.5, 0.06 * Math.max(north - south, east - west));
        minLat = Math.max(-90, south - pad);
        maxLat = Math.min(90, north + pad);
        minLon = west - pad;
        maxLon = east + pad;
        cosMid = Math.max(0.05, Math.cos(Math.toRadians((minLat + maxLat) / 2)));
        double spanX = (maxLon - minLon) * cosMid;
        double spanY = maxLat - minLat;
        double s = MAP_WIDTH / spanX;
        if (spanY * s > MAX_MAP_HEIGHT) {
            s = MAX_MAP_HEIGHT / spanY;
        }
        scale = s;
        mapWidth = spanX * s;
        mapHeight = spanY * s;
    }

    double width() {
        return mapWidth + 2 * MARGIN;
    }

    /** The SVG's height with {@code legendHeight} below the map. */
    double height(double legendHeight) {
        return mapHeight + 2 * MARGIN + legendHeight;
    }

    /** A definition id unique to this map. */
    String defId(String name) {
        return id + "-" + name;
    }

    String url(String name) {
        return "url(#" + defId(name) + ")";
    }

    /** Opens the SVG: definitions, background, frame, graticule, and a group clipped to the map (close it with {@link #endClip}). */
    void begin(StringBuilder svg, String cssClass, String title, double legendHeight, String defs) {
        double width = width();
        double height = height(legendHeight);
        svg.append(f("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" "
                + "font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"11\" class=\"%s\">%n", width, height, width, height, cssClass));
        svg.append(f("<defs><clipPath id=\"%s\"><rect x=\"%.0f\" y=\"%.0f\" width=\"%.1f\" height=\"%.1f\"/></clipPath>%s</defs>%n",
                defId("clip"), MARGIN, MARGIN, mapWidth, mapHeight, defs));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(f("<text x=\"%.0f\" y=\"24\" font-size=\"14\" font-weight=\"bold\">%s</text>%n", MARGIN, escape(title)));
        svg.append(f("<rect x=\"%.0f\" y=\"%.0f\" width=\"%.1f\" height=\"%.1f\" fill=\"#f7fbff\" stroke=\"#9aa5b1\"/>%n", MARGIN, MARGIN,
                mapWidth, mapHeight));
        svg.append(f("<g clip-path=\"%s\">%n", url("clip")));
        graticule(svg);
    }

    void endClip(StringBuilder svg) {
        svg.append("</g>\n");
    }

    private void graticule(StringBuilder svg) {
        double span = Math.max(maxLat - minLat, maxLon - minLon);
        double step = 30;
        for (double candidate : new double[] { 0.25, 0.5, 1, 2, 5, 10, 15, 30 }) {
            if (span / candidate <= 12) {
                step = candidate;
                break;
            }
        }
        svg.append("<g stroke=\"#d5dde6\" stroke-width=\"0.8\" fill=\"#6b7785\" font-size=\"9\">\n");
        for (double lat = Math.ceil(minLat / step) * step; lat <= maxLat; lat += step) {
            double[] a = xy(lat, minLon);
            double[] b = xy(lat, maxLon);
            svg.append(f("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/><text x=\"%.1f\" y=\"%.1f\" stroke=\"none\">%s</text>%n",
                    a[0], a[1], b[0], b[1], a[0] + 3, a[1] - 3, degrees(lat, 'N', 'S')));
        }
        for (double lon = Math.ceil(minLon / step) * step; lon <= maxLon; lon += step) {
            double[] a = xy(maxLat, lon);
            double[] b = xy(minLat, lon);
            svg.append(f("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/><text x=\"%.1f\" y=\"%.1f\" stroke=\"none\">%s</text>%n",
                    a[0], a[1], b[0], b[1], b[0] + 3, b[1] - 3, degrees(((lon + 540) % 360) - 180, 'E', 'W')));
        }
        svg.append("</g>\n");
    }

    private static String degrees(double value, char positive, char negative) {
        return Markup.trim(Math.abs(value)) + "\u00b0" + (value >= 0 ? positive : negative);
    }

    private double unwrap(double lon) {
        return referenceLon + ((lon - referenceLon + 540) % 360) - 180;
    }

    private double[] xy(double lat, double lon) {
        return new double[] { MARGIN + (lon - minLon) * cosMid * scale, MARGIN + (maxLat - lat) * scale };
    }

    double[] xy(GeoPoint point) {
        return xy(point.latDeg(), unwrap(point.lonDeg()));
    }

    String path(List<GeoPoint> points, boolean closed) {
        StringBuilder d = new StringBuilder();
        for (GeoPoint point : points) {
            double[] at = xy(point);
            d.append(d.length() == 0 ? "M" : " L").append(f("%.1f,%.1f", at[0], at[1]));
        }
        return closed ? d.append(" Z").toString() : d.toString();
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
            svg.append(f("<circle data-element=\"radar:%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#1f5fa8\"/>%n", escape(radar.name()),
                    at[0], at[1]));
            label("radar:" + radar.name(), radar.name(), at, "#1f5fa8", false);
        }
        for (Battery battery : scenario.batteries()) {
            double[] at = xy(battery.site());
            svg.append(f("<rect data-element=\"battery:%s\" x=\"%.1f\" y=\"%.1f\" width=\"8\" height=\"8\" fill=\"#e65100\"/>%n",
                    escape(battery.name()), at[0] - 4, at[1] - 4));
            label("battery:" + battery.name(), battery.name(), at, "#bf360c", false);
        }
    }

    /** A label for the point {@code at}, placed by {@link #renderLabels}. */
    void label(String element, String text, double[] at, String colour, boolean bold) {
        labels.add(new Label(element, text, at, colour, bold));
    }

    /**
     * Places the labels greedily: each takes the first of eight positions around its point that overlaps no
     * label or marker placed before it (in the order they were added, so the result is stable).
     */
    void renderLabels(StringBuilder svg) {
        double charWidth = 6.6;
        double lineHeight = 12;
        List<double[]> taken = new ArrayList<>();
        for (Label label : labels) {
            taken.add(new double[] { label.at[0] - 6, label.at[1] - 6, label.at[0] + 6, label.at[1] + 6 });
        }
        svg.append("<g stroke=\"white\" stroke-width=\"3\" paint-order=\"stroke\" stroke-linejoin=\"round\">\n");
        for (Label label : labels) {
            double w = label.text.length() * charWidth * (label.bold ? 1.08 : 1);
            double x = label.at[0];
            double y = label.at[1];
            double[][] candidates = { { x + 9, y - 2 }, { x + 9, y + 12 }, { x - 9 - w, y - 2 }, { x - 9 - w, y + 12 },
                    { x - w / 2, y - 10 }, { x - w / 2, y + 20 }, { x + 9, y - 14 }, { x - 9 - w, y - 14 } };
            double[] chosen = candidates[0];
            for (double[] candidate : candidates) {
                double[] box = { candidate[0], candidate[1] - lineHeight + 2, candidate[0] + w, candidate[1] + 2 };
                if (taken.stream().noneMatch(t -> t[0] < box[2] && box[0] < t[2] && t[1] < box[3] && box[1] < t[3])) {
                    chosen = candidate;
                    break;
                }
            }
            taken.add(new double[] { chosen[0], chosen[1] - lineHeight + 2, chosen[0] + w, chosen[1] + 2 });
            svg.append(f("<text data-element=\"%s\" x=\"%.1f\" y=\"%.1f\" fill=\"%s\"%s>%s</text>%n", escape(label.element), chosen[0],
                    chosen[1], label.colour, label.bold ? " font-weight=\"bold\"" : "", escape(label.text)));
        }
        svg.append("</g>\n");
    }
}
