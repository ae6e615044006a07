package io.bulwark.report.export;

import static io.bulwark.report.svg.Markup.escape;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Features as a KML 2.2 document: one folder per layer, one shared style per layer and colour, the numbers
 * as ExtendedData, ground shapes clamped to the ground, and the threats' arcs as 3-D lines at their
 * altitude (altitudeMode absolute), optionally extruded to the ground (curtains in Google Earth).
 */
public final class Kml {

    private Kml() {
    }

    public static String write(String title, List<GeoFeature> features, boolean extrude) {
        StringBuilder kml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n<Document>\n");
        kml.append("<name>").append(escape(title)).append("</name>\n");
        Set<String> styles = new LinkedHashSet<>();
        features.forEach(f -> styles.add(styleId(f)));
        for (String style : styles) {
            String rgb = style.substring(style.lastIndexOf('-') + 1);
            String layer = style.substring(2, style.lastIndexOf('-'));
            kml.append("<Style id=\"").append(style).append("\">");
            kml.append("<IconStyle><color>").append(colour(rgb, "ff")).append("</color><scale>0.8</scale></IconStyle>");
            kml.append("<LineStyle><color>").append(colour(rgb, "ff")).append("</color><width>").append(layer.equals("ground_tracks") ? 3 : 1.5)
                    .append("</width></LineStyle>");
            kml.append("<PolyStyle><color>").append(colour(rgb, layer.equals("ground_tracks") ? "55" : "33")).append("</color></PolyStyle>");
            kml.append("</Style>\n");
        }
        for (String layer : GeoFeatures.LAYERS) {
            List<GeoFeature> inLayer = features.stream().filter(f -> f.layer().equals(layer)).toList();
            if (inLayer.isEmpty()) {
                continue;
            }
            kml.append("<Folder><name>").append(layer).append("</name>\n");
            for (GeoFeature feature : inLayer) {
                placemark(kml, feature, extrude);
            }
            kml.append("</Folder>\n");
        }
        return kml.append("</Document>\n</kml>\n").toString();
    }

    private static void placemark(StringBuilder kml, GeoFeature feature, boolean extrude) {
        kml.append("<Placemark><name>").append(escape(feature.name())).append("</name><styleUrl>#").append(styleId(feature))
                .append("</styleUrl><ExtendedData>");
        for (Map.Entry<String, Object> property : feature.properties().entrySet()) {
            if (property.getValue() != null) {
                kml.append("<Data name=\"").append(escape(property.getKey())).append("\"><value>").append(escape(property.getValue().toString()))
                        .append("</value></Data>");
            }
        }
        kml.append("</ExtendedData>");
        switch (feature.geometry()) {
            case GeoFeature.Point point -> kml.append("<Point><coordinates>").append(position(point.position(), false))
                    .append("</coordinates></Point>");
            case GeoFeature.Line line -> {
                kml.append("<LineString>");
                if (line.threeD()) {
                    kml.append(extrude ? "<extrude>1</extrude>" : "").append("<altitudeMode>absolute</altitudeMode>");
                } else {
                    kml.append("<tessellate>1</tessellate>");
                }
                kml.append("<coordinates>");
                for (double[] p : line.positions()) {
                    kml.append(position(p, line.threeD())).append(' ');
                }
                kml.setLength(kml.length() - 1);
                kml.append("</coordinates></LineString>");
            }
            case GeoFeature.Polygon polygon -> {
                kml.append("<Polygon><tessellate>1</tessellate><outerBoundaryIs><LinearRing><coordinates>");
                for (double[] p : polygon.ring()) {
                    kml.append(position(p, false)).append(' ');
                }
                kml.setLength(kml.length() - 1);
                kml.append("</coordinates></LinearRing></outerBoundaryIs></Polygon>");
            }
        }
        kml.append("</Placemark>\n");
    }

    private static String styleId(GeoFeature feature) {
        return "s-" + feature.layer() + "-" + (feature.colour() == null ? "555555" : feature.colour().substring(1).toLowerCase(Locale.ROOT));
    }

    /** KML's aabbggrr from #rrggbb and an alpha. */
    private static String colour(String rrggbb, String alpha) {
        return alpha + rrggbb.substring(4, 6) + rrggbb.substring(2, 4) + rrggbb.substring(0, 2);
    }

    private static String position(double[] p, boolean threeD) {
        return threeD ? String.format(Locale.ROOT, "%.6f,%.6f,%.1f", p[0], p[1], p[2]) : String.format(Locale.ROOT, "%.6f,%.6f", p[0], p[1]);
    }
}
