package io.bulwark.report.export;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Features as one GeoJSON FeatureCollection (RFC 7946): longitude before latitude, polygons by the right-hand
 * rule, altitudes (m) only on 3-D lines; each feature's properties carry its layer, the numbers behind it and
 * its colour as "stroke" (and "fill" for polygons) for viewers that follow the simplestyle convention.
 */
public final class GeoJson {

    private GeoJson() {
    }

    public static String write(List<GeoFeature> features) {
        StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[\n");
        for (int i = 0; i < features.size(); i++) {
            GeoFeature feature = features.get(i);
            json.append("{\"type\":\"Feature\",\"geometry\":");
            geometry(json, feature.geometry());
            json.append(",\"properties\":{\"layer\":").append(string(feature.layer()));
            for (Map.Entry<String, Object> property : feature.properties().entrySet()) {
                json.append(',').append(string(property.getKey())).append(':').append(value(property.getValue()));
            }
            if (feature.colour() != null) {
                json.append(",\"stroke\":").append(string(feature.colour()));
                if (feature.geometry() instanceof GeoFeature.Polygon) {
                    json.append(",\"fill\":").append(string(feature.colour())).append(",\"fill-opacity\":0.2");
                }
            }
            json.append("}}").append(i + 1 < features.size() ? ",\n" : "\n");
        }
        return json.append("]}\n").toString();
    }

    private static void geometry(StringBuilder json, GeoFeature.Geometry geometry) {
        switch (geometry) {
            case GeoFeature.Point point -> json.append("{\"type\":\"Point\",\"coordinates\":").append(position(point.position(), false))
                    .append('}');
            case GeoFeature.Line line -> {
                json.append("{\"type\":\"LineString\",\"coordinates\":[");
                positions(json, line.positions(), line.threeD());
                json.append("]}");
            }
            case GeoFeature.Polygon polygon -> {
                json.append("{\"type\":\"Polygon\",\"coordinates\":[[");
                positions(json, polygon.ring(), false);
                json.append("]]}");
            }
        }
    }

    private static void positions(StringBuilder json, List<double[]> positions, boolean threeD) {
        for (int i = 0; i < positions.size(); i++) {
            json.append(i == 0 ? "" : ",").append(position(positions.get(i), threeD));
        }
    }

    private static String position(double[] p, boolean threeD) {
        return threeD ? String.format(Locale.ROOT, "[%.6f,%.6f,%.1f]", p[0], p[1], p[2]) : String.format(Locale.ROOT, "[%.6f,%.6f]", p[0], p[1]);
    }

    private static String value(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        if (value instanceof Double d) {
            return Double.isFinite(d) ? (d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : d.toString()) : "null";
        }
        return string(value.toString());
    }

    static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
