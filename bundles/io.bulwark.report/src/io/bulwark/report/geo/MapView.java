package io.bulwark.report.geo;

import java.util.List;

import io.bulwark.core.geo.Sphere;
import io.bulwark.core.scenario.GeoPoint;

/**
 * What a map shows and how: an azimuthal equidistant projection of the sphere centred on the view's centre
 * (distances and bearings from the centre are true, and at theatre extents every distance on the map is
 * within a few percent), a scale in km per pixel, and the pixel size of the drawing. Pixel (0, 0) is the
 * top-left corner, x grows east, y grows south; the centre is at (width / 2, height / 2). Immutable: zoom
 * and pan return new views, so a viewer re-renders with them.
 */
public record MapView(double centreLatDeg, double centreLonDeg, double kmPerPixel, int widthPx, int heightPx) {

    /** The largest scale a view accepts, km per pixel: a hemisphere in a few pixels. */
    public static final double MAX_KM_PER_PIXEL = 2000;
    /** The smallest: 1 m per pixel. */
    public static final double MIN_KM_PER_PIXEL = 0.001;

    public MapView {
        if (!(Math.abs(centreLatDeg) <= 90) || !Double.isFinite(centreLonDeg)) {
            throw new IllegalArgumentException("map centre " + centreLatDeg + ", " + centreLonDeg + " is not a point on Earth");
        }
        if (widthPx < 1 || heightPx < 1) {
            throw new IllegalArgumentException("map size " + widthPx + " x " + heightPx + " px is empty");
        }
        if (!(kmPerPixel > 0) || !Double.isFinite(kmPerPixel)) {
            throw new IllegalArgumentException("map scale " + kmPerPixel + " km per pixel is not positive");
        }
        centreLonDeg = normalizedLon(centreLonDeg);
        kmPerPixel = Math.max(MIN_KM_PER_PIXEL, Math.min(MAX_KM_PER_PIXEL, kmPerPixel));
    }

    /** The view of the given size that shows every point with a margin ({@code marginPx} on each side), centred on them. */
    public static MapView fit(List<GeoPoint> points, int widthPx, int heightPx, double marginPx) {
        if (points.isEmpty()) {
            return new MapView(0, 0, 40, widthPx, heightPx);
        }
        double[] centre = sphericalCentre(points);
        double[] box = null;
        // Centre on the middle of the projected extent; the second pass absorbs the change of projection centre.
        for (int pass = 0; pass < 2; pass++) {
            MapView probe = new MapView(centre[0], centre[1], 1, 2, 2);
            box = new double[] { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
            for (GeoPoint point : points) {
                double[] km = probe.projectKm(point.latDeg(), point.lonDeg());
                box[0] = Math.min(box[0], km[0]);
                box[1] = Math.min(box[1], km[1]);
                box[2] = Math.max(box[2], km[0]);
                box[3] = Math.max(box[3], km[1]);
            }
            centre = probe.toLatLon(1 + (box[0] + box[2]) / 2, 1 - (box[1] + box[3]) / 2);
        }
        double usableWidth = Math.max(1, widthPx - 2 * marginPx);
        double usableHeight = Math.max(1, heightPx - 2 * marginPx);
        double kmPerPixel = Math.max((box[2] - box[0]) / usableWidth, (box[3] - box[1]) / usableHeight);
        return new MapView(centre[0], centre[1], Math.max(kmPerPixel, 0.05), widthPx, heightPx);
    }

    /** The view of the given size that shows the latitude/longitude box (west to east, across the antimeridian if west > east). */
    public static MapView ofBox(double southDeg, double westDeg, double northDeg, double eastDeg, int widthPx, int heightPx) {
        double east = eastDeg < westDeg ? eastDeg + 360 : eastDeg;
        List<GeoPoint> corners = new java.util.ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            double lon = normalizedLon(westDeg + (east - westDeg) * i / 4);
            corners.add(new GeoPoint(southDeg, lon, 0));
            corners.add(new GeoPoint(northDeg, lon, 0));
        }
        return fit(corners, widthPx, heightPx, 0);
    }

    /** The same view at another pixel size, same centre and scale (a viewer resized). */
    public MapView resized(int width, int height) {
        return new MapView(centreLatDeg, centreLonDeg, kmPerPixel, width, height);
    }

    /** Zoomed in by {@code factor} (above 1: in, below 1: out) keeping the point under pixel (x, y) where it is. */
    public MapView zoomed(double factor, double x, double y) {
        double[] fixed = toLatLon(x, y);
        return new MapView(centreLatDeg, centreLonDeg, kmPerPixel / factor, widthPx, heightPx).movedFrom(fixed[0], fixed[1], x, y);
    }

    /**
     * Moved so that the content follows a drag of (dx, dy) pixels: the point at the centre goes exactly to
     * the centre plus (dx, dy); points away from it follow to within the projection's change of centre.
     */
    public MapView panned(double dx, double dy) {
        return movedFrom(centreLatDeg, centreLonDeg, widthPx / 2.0 + dx, heightPx / 2.0 + dy);
    }

    /** This view re-centred so that the point (lat, lon) lands on pixel (x, y). */
    private MapView movedFrom(double latDeg, double lonDeg, double x, double y) {
        MapView moved = this;
        for (int pass = 0; pass < 5; pass++) {
            double[] now = moved.toPixel(latDeg, lonDeg);
            double[] centre = moved.toLatLon(widthPx / 2.0 + now[0] - x, heightPx / 2.0 + now[1] - y);
            moved = new MapView(centre[0], centre[1], kmPerPixel, widthPx, heightPx);
        }
        return moved;
    }

    /** Pixel position {x, y} of a latitude/longitude (deg). Points beyond the antipode's neighbourhood land far outside. */
    public double[] toPixel(double latDeg, double lonDeg) {
        double[] km = projectKm(latDeg, lonDeg);
        return new double[] { widthPx / 2.0 + km[0] / kmPerPixel, heightPx / 2.0 - km[1] / kmPerPixel };
    }

    public double[] toPixel(GeoPoint point) {
        return toPixel(point.latDeg(), point.lonDeg());
    }

    /** Latitude and longitude {lat, lon} (deg, longitude in [-180, 180]) under the pixel (x, y). */
    public double[] toLatLon(double x, double y) {
        double east = (x - widthPx / 2.0) * kmPerPixel;
        double north = (heightPx / 2.0 - y) * kmPerPixel;
        double distance = Math.hypot(east, north);
        if (distance == 0) {
            return new double[] { centreLatDeg, centreLonDeg };
        }
        double bearing = Math.toDegrees(Math.atan2(east, north));
        double angle = Math.min(Math.PI, distance / Sphere.RADIUS_KM);
        return Sphere.destinationLatLon(centreLatDeg, centreLonDeg, bearing, angle);
    }

    /** The surface point under the pixel (x, y). */
    public GeoPoint toGeoPoint(double x, double y) {
        double[] latLon = toLatLon(x, y);
        return new GeoPoint(Math.max(-90, Math.min(90, latLon[0])), latLon[1], 0);
    }

    /** Projected position {east, north} in km from the centre. */
    public double[] projectKm(double latDeg, double lonDeg) {
        double angle = Sphere.centralAngleRad(centreLatDeg, centreLonDeg, latDeg, lonDeg);
        if (angle == 0) {
            return new double[] { 0, 0 };
        }
        double bearing = Math.toRadians(Sphere.initialBearingDeg(centreLatDeg, centreLonDeg, latDeg, lonDeg));
        double distance = angle * Sphere.RADIUS_KM;
        return new double[] { distance * Math.sin(bearing), distance * Math.cos(bearing) };
    }

    /** Pixels for a ground distance (km) at the centre of the view. */
    public double pixels(double km) {
        return km / kmPerPixel;
    }

    /** The direction of true north at pixel (x, y), as an angle (deg) clockwise from the screen's up. */
    public double northAngleDeg(double x, double y) {
        double[] here = toLatLon(x, y);
        double[] step = toPixel(Math.min(90, here[0] + 0.01), here[1]);
        return Math.toDegrees(Math.atan2(step[0] - x, y - step[1]));
    }

    /** The projection's name for a legend. */
    public String projectionName() {
        return String.format(java.util.Locale.ROOT, "azimuthal equidistant, centre %.2f\u00b0%s %.2f\u00b0%s", Math.abs(centreLatDeg),
                centreLatDeg >= 0 ? "N" : "S", Math.abs(centreLonDeg), centreLonDeg >= 0 ? "E" : "W");
    }

    /**
     * The latitude/longitude box the view shows {south, west, north, east}, longitudes relative to the centre's
     * (west may be below -180 or east above 180 across the antimeridian; -180 .. 180 around a pole).
     */
    public double[] bounds() {
        double south = 90;
        double north = -90;
        double west = Double.MAX_VALUE;
        double east = -Double.MAX_VALUE;
        int steps = 24;
        for (int i = 0; i <= steps; i++) {
            for (int j = 0; j <= steps; j++) {
                double[] latLon = toLatLon(widthPx * i / (double) steps, heightPx * j / (double) steps);
                double lon = centreLonDeg + normalizedLon(latLon[1] - centreLonDeg);
                south = Math.min(south, latLon[0]);
                north = Math.max(north, latLon[0]);
                west = Math.min(west, lon);
                east = Math.max(east, lon);
            }
        }
        for (double pole : new double[] { 90, -90 }) {
            double[] at = toPixel(pole, 0);
            if (at[0] >= 0 && at[0] <= widthPx && at[1] >= 0 && at[1] <= heightPx) {
                return new double[] { pole < 0 ? -90 : south, centreLonDeg - 180, pole > 0 ? 90 : north, centreLonDeg + 180 };
            }
        }
        double pad = 0.02 * (north - south) + 0.01;
        return new double[] { Math.max(-90, south - pad), west - pad, Math.min(90, north + pad), east + pad };
    }

    /** A longitude in [-180, 180). */
    public static double normalizedLon(double lonDeg) {
        double lon = ((lonDeg + 180) % 360 + 360) % 360 - 180;
        return lon;
    }

    /** The centre of points on the sphere (normalised mean of unit vectors), {lat, lon}. */
    private static double[] sphericalCentre(List<GeoPoint> points) {
        double x = 0;
        double y = 0;
        double z = 0;
        for (GeoPoint point : points) {
            double[] c = Sphere.cartesianKm(point.latDeg(), point.lonDeg(), 0);
            x += c[0];
            y += c[1];
            z += c[2];
        }
        double r = Math.sqrt(x * x + y * y + z * z);
        if (r < 1e-9) {
            return new double[] { points.get(0).latDeg(), points.get(0).lonDeg() };
        }
        return new double[] { Math.toDegrees(Math.asin(z / r)), Math.toDegrees(Math.atan2(y, x)) };
    }
}
