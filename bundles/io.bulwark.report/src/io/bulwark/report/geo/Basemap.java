package io.bulwark.report.geo;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Coastlines and national borders from Natural Earth (public domain; world-atlas 2.0.2's TopoJSON, turned
 * into the resources basemap-110m/50m/10m.bin.gz by bundles/io.bulwark.report/basemap/build-basemap.py).
 * For a view it picks the scale that matches the map's, clips the land and borders to the view and
 * simplifies them to about half a pixel, so that a map carries only the vertices it can show.
 */
public final class Basemap {

    /** Land and borders as SVG path data in the view's pixels (empty when there is none in the view). */
    public record Drawing(String land, String borders, String scale, int vertices) {
    }

    /** One land ring or border line of a resource, in degrees, with its box. */
    private record Line(boolean land, double[] lon, double[] lat, double south, double west, double north, double east) {
    }

    private static final double TOLERANCE_PX = 0.5;
    private static final double CLIP_MARGIN_PX = 12;
    private static final String[] SCALES = { "110m", "50m", "10m" };
    private static final List<List<Line>> LOADED = new ArrayList<>(List.of(List.of(), List.of(), List.of()));

    private Basemap() {
    }

    /** The Natural Earth scale drawn at a map scale: 1:110m beyond 6 km per pixel, 1:50m beyond 1.2, else 1:10m. */
    public static String scaleFor(double kmPerPixel) {
        return kmPerPixel > 6 ? "110m" : kmPerPixel > 1.2 ? "50m" : "10m";
    }

    public static Drawing draw(MapView view) {
        String scale = scaleFor(view.kmPerPixel());
        List<Line> lines = lines(scale);
        double[] bounds = view.bounds();
        boolean regional = bounds[2] - bounds[0] < 60 && bounds[3] - bounds[1] < 120;
        double latPad = regional ? 0.25 * (bounds[2] - bounds[0]) + 0.5 : 0;
        double lonPad = regional ? 0.25 * (bounds[3] - bounds[1]) + 0.5 : 0;
        double[] box = { bounds[0] - latPad, bounds[1] - lonPad, bounds[2] + latPad, bounds[3] + lonPad };
        StringBuilder land = new StringBuilder();
        StringBuilder borders = new StringBuilder();
        int[] vertices = { 0 };
        for (Line line : lines) {
            for (double shift : regional ? new double[] { 0, -360, 360 } : new double[] { 0 }) {
                if (regional && (line.north < box[0] || line.south > box[2] || line.east + shift < box[1] || line.west + shift > box[3])) {
                    continue;
                }
                List<double[]> points = regional ? clipToBox(line, shift, box) : points(line, 0);
                if (points.size() < 2) {
                    continue;
                }
                List<double[]> pixels = new ArrayList<>(points.size());
                for (double[] latLon : points) {
                    pixels.add(view.toPixel(latLon[0], latLon[1]));
                }
                double[] rect = { -CLIP_MARGIN_PX, -CLIP_MARGIN_PX, view.widthPx() + CLIP_MARGIN_PX, view.heightPx() + CLIP_MARGIN_PX };
                if (line.land) {
                    List<double[]> clipped = Clipping.polygon(pixels, rect);
                    if (clipped.size() >= 3) {
                        append(land, Simplify.douglasPeucker(clipped, TOLERANCE_PX), true, vertices);
                    }
                } else {
                    for (List<double[]> piece : Clipping.polyline(pixels, rect)) {
                        append(borders, Simplify.douglasPeucker(piece, TOLERANCE_PX), false, vertices);
                    }
                }
            }
        }
        return new Drawing(land.toString(), borders.toString(), scale, vertices[0]);
    }

    private static void append(StringBuilder d, List<double[]> points, boolean closed, int[] vertices) {
        if (points.size() < 2) {
            return;
        }
        for (int i = 0; i < points.size(); i++) {
            d.append(i == 0 ? "M" : "L").append(String.format(Locale.ROOT, "%.1f,%.1f", points.get(i)[0], points.get(i)[1]));
        }
        if (closed) {
            d.append('Z');
        }
        vertices[0] += points.size();
    }

    private static List<double[]> points(Line line, double shift) {
        List<double[]> points = new ArrayList<>(line.lon.length);
        for (int i = 0; i < line.lon.length; i++) {
            points.add(new double[] { line.lat[i], line.lon[i] + shift });
        }
        return points;
    }

    /**
     * The line reduced to a latitude/longitude box around the view. A land ring is clamped to the box: points
     * outside move onto its sides and runs along one side shrink to their ends, which keeps the ring's shape
     * inside the box (its edges are far shorter than the box's margin) at a cost linear in its points; long
     * edges along the sides are subdivided so that they project as curves. A border is kept whole: the
     * pixel clip cuts it.
     */
    private static List<double[]> clipToBox(Line line, double shift, double[] box) {
        if (!line.land) {
            return points(line, shift);
        }
        List<double[]> clamped = new ArrayList<>();
        for (int i = 0; i < line.lon.length; i++) {
            double lat = Math.max(box[0], Math.min(box[2], line.lat[i]));
            double lon = Math.max(box[1], Math.min(box[3], line.lon[i] + shift));
            int n = clamped.size();
            if (n > 0 && clamped.get(n - 1)[0] == lat && clamped.get(n - 1)[1] == lon) {
                continue;
            }
            if (n >= 2 && onSameSide(clamped.get(n - 2), clamped.get(n - 1), lat, lon, box)) {
                clamped.set(n - 1, new double[] { lat, lon });
            } else {
                clamped.add(new double[] { lat, lon });
            }
        }
        List<double[]> result = new ArrayList<>(clamped.size());
        for (int i = 0; i < clamped.size(); i++) {
            double[] a = clamped.get(i);
            double[] b = clamped.get((i + 1) % clamped.size());
            result.add(a);
            int steps = (int) Math.ceil(Math.max(Math.abs(b[0] - a[0]), Math.abs(b[1] - a[1])) / 0.5);
            for (int s = 1; s < steps; s++) {
                double t = s / (double) steps;
                result.add(new double[] { a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]) });
            }
        }
        return result;
    }

    /** Whether three points lie on one side of the box (so the middle one adds nothing). */
    private static boolean onSameSide(double[] a, double[] b, double lat, double lon, double[] box) {
        return a[0] == b[0] && b[0] == lat && (lat == box[0] || lat == box[2])
                || a[1] == b[1] && b[1] == lon && (lon == box[1] || lon == box[3]);
    }

    /** The land rings (holes included) of the finest scale as {lats, lons, {south, west, north, east}}, for {@link LandMask}. */
    static List<double[][]> finestLandRings() {
        return lines(SCALES[SCALES.length - 1]).stream().filter(Line::land)
                .map(line -> new double[][] { line.lat, line.lon, { line.south, line.west, line.north, line.east } }).toList();
    }

    private static synchronized List<Line> lines(String scale) {
        int index = List.of(SCALES).indexOf(scale);
        if (LOADED.get(index).isEmpty()) {
            LOADED.set(index, load("basemap-" + scale + ".bin.gz"));
        }
        return LOADED.get(index);
    }

    private static List<Line> load(String resource) {
        try (InputStream raw = Basemap.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("the basemap resource " + resource + " is missing from io.bulwark.report");
            }
            DataInputStream in = new DataInputStream(new GZIPInputStream(raw, 1 << 16));
            byte[] magic = in.readNBytes(4);
            if (!"BWBM".equals(new String(magic, java.nio.charset.StandardCharsets.US_ASCII)) || in.readUnsignedByte() != 1) {
                throw new IllegalStateException("the basemap resource " + resource + " is not a version 1 basemap");
            }
            double scaleLon = in.readDouble();
            double scaleLat = in.readDouble();
            double translateLon = in.readDouble();
            double translateLat = in.readDouble();
            int count = in.readInt();
            List<Line> lines = new ArrayList<>(count);
            for (int r = 0; r < count; r++) {
                boolean land = in.readUnsignedByte() == 0;
                int n = in.readInt();
                double[] lon = new double[n];
                double[] lat = new double[n];
                long x = 0;
                long y = 0;
                double south = 90;
                double north = -90;
                double west = 180;
                double east = -180;
                for (int i = 0; i < n; i++) {
                    x += zigzag(in);
                    y += zigzag(in);
                    lon[i] = x * scaleLon + translateLon;
                    lat[i] = y * scaleLat + translateLat;
                    south = Math.min(south, lat[i]);
                    north = Math.max(north, lat[i]);
                    west = Math.min(west, lon[i]);
                    east = Math.max(east, lon[i]);
                }
                lines.add(new Line(land, lon, lat, south, west, north, east));
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the basemap resource " + resource, e);
        }
    }

    private static long zigzag(DataInputStream in) throws IOException {
        long value = 0;
        int shift = 0;
        int b;
        do {
            b = in.readUnsignedByte();
            value |= (long) (b & 0x7F) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        return (value >>> 1) ^ -(value & 1);
    }
}
