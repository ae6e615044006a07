package io.bulwark.core.geo;

import io.bulwark.core.scenario.GeoPoint;

/** Geometry on the spherical, non-rotating Earth of the coverage model (R = 6371.0 km). */
public final class Sphere {

    /** Earth radius, km. */
    public static final double RADIUS_KM = 6371.0;
    /** Gravitational parameter, km^3/s^2. */
    public static final double MU_KM3_S2 = 398600.4418;

    private Sphere() {
    }

    /** Central angle (rad) between two points, haversine form (accurate at short range). */
    public static double centralAngleRad(double lat1Deg, double lon1Deg, double lat2Deg, double lon2Deg) {
        double lat1 = Math.toRadians(lat1Deg);
        double lat2 = Math.toRadians(lat2Deg);
        double cosLat1 = Math.cos(lat1);
        double cosLat2 = Math.cos(lat2);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(lon2Deg - lon1Deg);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + cosLat1 * cosLat2 * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** Great-circle ground range (km) between the ground points of two sites. */
    public static double groundRangeKm(GeoPoint a, GeoPoint b) {
        return RADIUS_KM * centralAngleRad(a.latDeg(), a.lonDeg(), b.latDeg(), b.lonDeg());
    }

    /** Initial great-circle azimuth (deg in [0, 360), 0 = north, clockwise) from a to b. */
    public static double initialBearingDeg(double lat1Deg, double lon1Deg, double lat2Deg, double lon2Deg) {
        double lat1 = Math.toRadians(lat1Deg);
        double lat2 = Math.toRadians(lat2Deg);
        double sinLat1 = Math.sin(lat1);
        double cosLat1 = Math.cos(lat1);
        double sinLat2 = Math.sin(lat2);
        double cosLat2 = Math.cos(lat2);
        double dLon = Math.toRadians(lon2Deg - lon1Deg);
        double y = Math.sin(dLon) * cosLat2;
        double x = cosLat1 * sinLat2 - sinLat1 * cosLat2 * Math.cos(dLon);
        double deg = Math.toDegrees(Math.atan2(y, x));
        return deg < 0 ? deg + 360 : deg;
    }

    public static double initialBearingDeg(GeoPoint a, GeoPoint b) {
        return initialBearingDeg(a.latDeg(), a.lonDeg(), b.latDeg(), b.lonDeg());
    }

    /** The surface point at a ground range (km) along an initial bearing (deg) from a start point. */
    public static GeoPoint destination(GeoPoint start, double bearingDeg, double rangeKm) {
        double[] latLon = destinationLatLon(start.latDeg(), start.lonDeg(), bearingDeg, rangeKm / RADIUS_KM);
        return new GeoPoint(latLon[0], latLon[1], 0);
    }

    /** Latitude and longitude (deg, longitude in [-180, 180]) at a central angle (rad) along a bearing. */
    public static double[] destinationLatLon(double latDeg, double lonDeg, double bearingDeg, double angleRad) {
        return new Course(latDeg, lonDeg, bearingDeg).latLonAt(angleRad);
    }

    /** A great circle leaving a point on a bearing: the points along it, with the start's and bearing's trigonometry done once. */
    public static final class Course {

        private final double lon1;
        private final double sinLat1;
        private final double cosLat1;
        private final double sinBearing;
        private final double cosBearing;

        public Course(double latDeg, double lonDeg, double bearingDeg) {
            double lat1 = Math.toRadians(latDeg);
            double bearing = Math.toRadians(bearingDeg);
            this.lon1 = Math.toRadians(lonDeg);
            this.sinLat1 = Math.sin(lat1);
            this.cosLat1 = Math.cos(lat1);
            this.sinBearing = Math.sin(bearing);
            this.cosBearing = Math.cos(bearing);
        }

        /** Latitude and longitude (deg, longitude in [-180, 180]) at a central angle (rad) along the course. */
        public double[] latLonAt(double angleRad) {
            double cosAngle = Math.cos(angleRad);
            double sinAngle = Math.sin(angleRad);
            double lat2 = Math.asin(sinLat1 * cosAngle + cosLat1 * sinAngle * cosBearing);
            double lon2 = lon1 + Math.atan2(sinBearing * sinAngle * cosLat1, cosAngle - sinLat1 * Math.sin(lat2));
            double lonDeg2 = Math.toDegrees(lon2);
            lonDeg2 = ((lonDeg2 + 540) % 360) - 180;
            return new double[] { Math.toDegrees(lat2), lonDeg2 };
        }
    }

    /** Earth-centred unit vector of a ground point (deg). */
    public static double[] unitVector(double latDeg, double lonDeg) {
        double lat = Math.toRadians(latDeg);
        double lon = Math.toRadians(lonDeg);
        return new double[] { Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat) };
    }

    /** Earth-centred unit vector of the direction (a tangent) of a bearing (deg) at a ground point (deg). */
    public static double[] headingVector(double latDeg, double lonDeg, double bearingDeg) {
        double lat = Math.toRadians(latDeg);
        double lon = Math.toRadians(lonDeg);
        double bearing = Math.toRadians(bearingDeg);
        double[] north = northVector(lat, lon);
        double[] east = eastVector(lon);
        return new double[] { Math.cos(bearing) * north[0] + Math.sin(bearing) * east[0],
                Math.cos(bearing) * north[1] + Math.sin(bearing) * east[1], Math.cos(bearing) * north[2] + Math.sin(bearing) * east[2] };
    }

    /** Unit vector pointing north at a ground point (rad). */
    public static double[] northVector(double latRad, double lonRad) {
        return new double[] { -Math.sin(latRad) * Math.cos(lonRad), -Math.sin(latRad) * Math.sin(lonRad), Math.cos(latRad) };
    }

    /** Unit vector pointing east at a ground point of a longitude (rad). */
    public static double[] eastVector(double lonRad) {
        return new double[] { -Math.sin(lonRad), Math.cos(lonRad), 0 };
    }

    /** Earth-centred Cartesian position (km) of a point at an altitude (km). */
    public static double[] cartesianKm(double latDeg, double lonDeg, double altKm) {
        double lat = Math.toRadians(latDeg);
        double lon = Math.toRadians(lonDeg);
        double r = RADIUS_KM + altKm;
        return new double[] { r * Math.cos(lat) * Math.cos(lon), r * Math.cos(lat) * Math.sin(lon), r * Math.sin(lat) };
    }

    /** The central angle (rad) between two Earth-centred unit vectors. */
    public static double angleBetween(double[] a, double[] b) {
        double cx = a[1] * b[2] - a[2] * b[1];
        double cy = a[2] * b[0] - a[0] * b[2];
        double cz = a[0] * b[1] - a[1] * b[0];
        return Math.atan2(Math.sqrt(cx * cx + cy * cy + cz * cz), a[0] * b[0] + a[1] * b[1] + a[2] * b[2]);
    }

    /** Straight-line (3-D chord) distance in km. */
    public static double chordKm(double[] a, double[] b) {
        double dx = a[0] - b[0];
        double dy = a[1] - b[1];
        double dz = a[2] - b[2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
}
