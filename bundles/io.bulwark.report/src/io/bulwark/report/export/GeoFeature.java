package io.bulwark.report.export;

import java.util.List;
import java.util.Map;

/**
 * One feature of an export: its layer (sites, radar_fans, battery_rings, ground_tracks, regions,
 * footprint), name, geometry, the numbers behind it as properties (in order), and a display colour
 * ("#rrggbb", null for the layer's default).
 */
public record GeoFeature(String layer, String name, Geometry geometry, Map<String, Object> properties, String colour) {

    public GeoFeature {
        properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
    }

    /** Positions are {longitude, latitude, altitude m} in degrees (WGS 84 axis order of GeoJSON and KML). */
    public sealed interface Geometry permits Point, Line, Polygon {
    }

    /** A point on the ground. */
    public record Point(double[] position) implements Geometry {
    }

    /** A line; with {@code threeD} its positions' altitudes are absolute (above sea level), else it lies on the ground. */
    public record Line(List<double[]> positions, boolean threeD) implements Geometry {
        public Line {
            positions = List.copyOf(positions);
        }
    }

    /** A polygon without holes: the ring counter-clockwise (right-hand rule), closed (last position = first). */
    public record Polygon(List<double[]> ring) implements Geometry {
        public Polygon {
            ring = List.copyOf(ring);
        }
    }
}
