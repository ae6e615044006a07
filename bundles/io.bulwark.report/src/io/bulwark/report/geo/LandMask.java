package io.bulwark.report.geo;

import java.util.List;

/**
 * Land or sea by the coastlines the maps draw (Natural Earth's land polygons at 1:10m, about 1 km at Korea's
 * latitude), for "site ... within land": a point is on land when it lies inside an odd number of land rings
 * (so that lakes, holes in the land, are not). The rings are tested in the latitude-longitude plane: land rings
 * are cut at the antimeridian, and a cell's edges are far shorter than the rings' curvature matters.
 */
public final class LandMask {

    private static List<double[][]> rings;

    private LandMask() {
    }

    /** Whether the point (deg) is on land. */
    public static boolean onLand(double latDeg, double lonDeg) {
        double lon = MapView.normalizedLon(lonDeg);
        boolean inside = false;
        for (double[][] ring : rings()) {
            double[] box = ring[2];
            // a ray from the point towards the east crosses only rings that reach east of it at its latitude
            if (latDeg < box[0] || latDeg > box[2] || lon > box[3]) {
                continue;
            }
            if (crossings(ring[0], ring[1], latDeg, lon) % 2 == 1) {
                inside = !inside;
            }
        }
        return inside;
    }

    /** How many edges of the ring a ray from (lat, lon) towards the east crosses. */
    private static int crossings(double[] lat, double[] lon, double pLat, double pLon) {
        int count = 0;
        for (int i = 0, j = lat.length - 1; i < lat.length; j = i++) {
            if ((lat[i] > pLat) != (lat[j] > pLat) && pLon < (lon[j] - lon[i]) * (pLat - lat[i]) / (lat[j] - lat[i]) + lon[i]) {
                count++;
            }
        }
        return count;
    }

    private static synchronized List<double[][]> rings() {
        if (rings == null) {
            rings = Basemap.finestLandRings();
        }
        return rings;
    }
}
