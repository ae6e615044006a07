package io.bulwark.core.trajectory;

import io.bulwark.core.geo.Sphere;
import io.bulwark.core.scenario.GeoPoint;

/**
 * A Keplerian free-flight arc from a launch point to an aim point on the surface, in vacuum, over the
 * spherical non-rotating Earth: minimum-energy by default, or lofted/depressed to a given apogee.
 * Times are seconds since the threat's launch.
 */
public final class BallisticTrajectory {

    private static final double R = Sphere.RADIUS_KM;
    private static final double MU = Sphere.MU_KM3_S2;
    /** The Newton step on Kepler's equation after which E is exact to about 1e-16 (see {@link #eccentricAnomaly}). */
    private static final double CONVERGED = 1e-8;

    private final GeoPoint launch;
    private final double psi;
    private final double gamma;
    private final double nu;
    private final double p;
    private final double e;
    private final double a;
    private final double f0;
    private final double m0;
    private final double n;
    private final double timeOfFlightS;
    private final double sqrtOnePlusE;
    private final double sqrtOneMinusE;
    private final Sphere.Course course;
    /** Earth-centred unit vectors: the launch point and the direction of flight there. */
    private final double[] start;
    private final double[] heading;
    /** The ground track's angle (rad) as the ground range (km) gives it, its cosine and sine, and its unit vectors: the normal of its great circle and its end. */
    private final double trackAngleRad;
    private final double cosTrack;
    private final double sinTrack;
    private final double[] trackNormal;
    private final double[] trackEnd;
    private final double cosF0;
    private final double sinF0;
    private final double cosPsi;
    private final double sqrtOneMinusE2;

    private BallisticTrajectory(GeoPoint launch, GeoPoint aim, double gamma) {
        this.launch = launch.onSurface();
        this.psi = Sphere.centralAngleRad(launch.latDeg(), launch.lonDeg(), aim.latDeg(), aim.lonDeg());
        this.gamma = gamma;
        this.nu = nuFor(psi, gamma);
        double cos2 = Math.cos(gamma) * Math.cos(gamma);
        this.p = R * nu * cos2;
        this.e = Math.sqrt(Math.max(0, 1 + nu * (nu - 2) * cos2));
        this.a = p / (1 - e * e);
        this.f0 = Math.PI - psi / 2;
        this.m0 = meanAnomaly(f0, e);
        this.n = Math.sqrt(MU / (a * a * a));
        this.timeOfFlightS = 2 * (Math.PI - m0) / n;
        this.sqrtOnePlusE = Math.sqrt(1 + e);
        this.sqrtOneMinusE = Math.sqrt(1 - e);
        double bearingDeg = Sphere.initialBearingDeg(launch, aim);
        this.course = new Sphere.Course(this.launch.latDeg(), this.launch.lonDeg(), bearingDeg);
        this.start = Sphere.unitVector(this.launch.latDeg(), this.launch.lonDeg());
        this.heading = Sphere.headingVector(this.launch.latDeg(), this.launch.lonDeg(), bearingDeg);
        this.cosF0 = Math.cos(f0);
        this.sinF0 = Math.sin(f0);
        this.cosPsi = Math.cos(psi);
        this.sqrtOneMinusE2 = Math.sqrt(1 - e * e);
        this.trackAngleRad = groundRangeKm() / R;
        this.cosTrack = Math.cos(trackAngleRad);
        this.sinTrack = Math.sin(trackAngleRad);
        this.trackNormal = normal(start, heading);
        this.trackEnd = end(start, heading, cosTrack, sinTrack);
    }

    /** The same arc (range, apogee, flight) from another launch point along another bearing. */
    private BallisticTrajectory(BallisticTrajectory shape, GeoPoint launch, double bearingDeg) {
        this.launch = launch.onSurface();
        this.psi = shape.psi;
        this.gamma = shape.gamma;
        this.nu = shape.nu;
        this.p = shape.p;
        this.e = shape.e;
        this.a = shape.a;
        this.f0 = shape.f0;
        this.m0 = shape.m0;
        this.n = shape.n;
        this.timeOfFlightS = shape.timeOfFlightS;
        this.sqrtOnePlusE = shape.sqrtOnePlusE;
        this.sqrtOneMinusE = shape.sqrtOneMinusE;
        this.course = new Sphere.Course(this.launch.latDeg(), this.launch.lonDeg(), bearingDeg);
        this.start = Sphere.unitVector(this.launch.latDeg(), this.launch.lonDeg());
        this.heading = Sphere.headingVector(this.launch.latDeg(), this.launch.lonDeg(), bearingDeg);
        this.cosF0 = shape.cosF0;
        this.sinF0 = shape.sinF0;
        this.cosPsi = shape.cosPsi;
        this.sqrtOneMinusE2 = shape.sqrtOneMinusE2;
        this.trackAngleRad = shape.trackAngleRad;
        this.cosTrack = shape.cosTrack;
        this.sinTrack = shape.sinTrack;
        this.trackNormal = normal(start, heading);
        this.trackEnd = end(start, heading, cosTrack, sinTrack);
    }

    private static double[] normal(double[] start, double[] heading) {
        return new double[] { start[1] * heading[2] - start[2] * heading[1], start[2] * heading[0] - start[0] * heading[2],
                start[0] * heading[1] - start[1] * heading[0] };
    }

    private static double[] end(double[] start, double[] heading, double cosAngle, double sinAngle) {
        return new double[] { start[0] * cosAngle + heading[0] * sinAngle, start[1] * cosAngle + heading[1] * sinAngle,
                start[2] * cosAngle + heading[2] * sinAngle };
    }

    /**
     * This arc's shape (its range, apogee and flight, to the last bit) flown from another launch point toward another aim
     * at the same ground range: arcs of one range differ only by where they stand, and share their {@link #inPlaneAt}
     * (the rings of a footprint). The aim's range from the launch point is taken to be this arc's.
     */
    public BallisticTrajectory turnedTo(GeoPoint launch, GeoPoint aim) {
        return new BallisticTrajectory(this, launch, Sphere.initialBearingDeg(launch, aim));
    }

    /** The minimum-energy arc: gamma* = pi/4 - psi/4. */
    public static BallisticTrajectory minimumEnergy(GeoPoint launch, GeoPoint aim) {
        double psi = Sphere.groundRangeKm(launch, aim) / R;
        return new BallisticTrajectory(launch, aim, Math.PI / 4 - psi / 4);
    }

    /** The arc whose apogee altitude is {@code apogeeKm}; gamma solved by bisection (apogee grows with gamma). */
    public static BallisticTrajectory withApogee(GeoPoint launch, GeoPoint aim, double apogeeKm) {
        double psi = Sphere.groundRangeKm(launch, aim) / R;
        double lo = 1e-9;
        double hi = Math.PI / 2 - 1e-9;
        for (int i = 0; i < 200 && hi - lo > 1e-15; i++) {
            double mid = (lo + hi) / 2;
            if (apogeeAltitudeKm(psi, mid) < apogeeKm) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return new BallisticTrajectory(launch, aim, (lo + hi) / 2);
    }

    /** Minimum energy when {@code apogeeKm} is null, otherwise the arc with that apogee. */
    public static BallisticTrajectory of(GeoPoint launch, GeoPoint aim, Double apogeeKm) {
        return apogeeKm == null ? minimumEnergy(launch, aim) : withApogee(launch, aim, apogeeKm);
    }

    private static double nuFor(double psi, double gamma) {
        return Math.sin(psi / 2) / (Math.cos(gamma) * Math.sin(gamma + psi / 2));
    }

    private static double apogeeAltitudeKm(double psi, double gamma) {
        double nu = nuFor(psi, gamma);
        double cos2 = Math.cos(gamma) * Math.cos(gamma);
        double e = Math.sqrt(Math.max(0, 1 + nu * (nu - 2) * cos2));
        return R * nu * cos2 / (1 - e) - R;
    }

    private static double meanAnomaly(double f, double e) {
        double eccentric = 2 * Math.atan2(Math.sqrt(1 - e) * Math.sin(f / 2), Math.sqrt(1 + e) * Math.cos(f / 2));
        if (eccentric < 0) {
            eccentric += 2 * Math.PI;
        }
        return eccentric - e * Math.sin(eccentric);
    }

    /** Flight-path angle above the local horizontal at burnout, deg. */
    public double gammaDeg() {
        return Math.toDegrees(gamma);
    }

    /** Burnout speed, km/s. */
    public double burnoutSpeedKmS() {
        return Math.sqrt(nu * MU / R);
    }

    /** Apogee altitude, km. */
    public double apogeeKm() {
        return p / (1 - e) - R;
    }

    public double timeOfFlightS() {
        return timeOfFlightS;
    }

    /** Ground range launch to impact, km. */
    public double groundRangeKm() {
        return psi * R;
    }

    public GeoPoint launch() {
        return launch;
    }

    /** The great circle of the ground track, from the launch point along the initial bearing. */
    public Sphere.Course course() {
        return course;
    }

    /**
     * Angle (rad) from a site (its Earth-centred unit vector) to the nearest point of the ground track, the great-circle
     * segment under the arc: across the great circle when its nearest point lies on the segment, else to the nearer end
     * (the distance grows away from the nearest point).
     */
    public double groundTrackDistanceRad(double[] site) {
        // along the great circle, start cos d + heading sin d is nearest the site where d is this angle, in (-pi, pi]
        double along = Math.atan2(dot(site, heading), dot(site, start));
        if (along >= 0 && along <= trackAngleRad) {
            return Math.asin(Math.min(1, Math.abs(dot(site, trackNormal))));
        }
        return Math.min(Sphere.angleBetween(site, start), Sphere.angleBetween(site, trackEnd));
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    /**
     * The cosine of the angle from a site (its Earth-centred unit vector) to the ground point after a ground range flown
     * d (rad) is a cos d + b sin d: {a, b}.
     */
    public double[] siteAlongTrack(double[] site) {
        return new double[] { dot(site, start), dot(site, heading) };
    }

    /**
     * The ground range flown (rad) where the arc climbs through an altitude (km) above the surface and below its apogee;
     * it descends through it at the track's angle minus that (the arc is symmetric).
     */
    public double groundRangeClimbingThroughRad(double altKm) {
        return Math.acos((p / (R + altKm) - 1) / e) - f0;
    }

    /** The time (s after launch) at which the ground range flown is d (rad, within the track's angle). */
    public double timeAtGroundRangeRad(double d) {
        return (meanAnomaly(f0 + d, e) - m0) / n;
    }

    /** Position at {@code t} seconds after launch (0 <= t <= time of flight). */
    public Position positionAt(double t) {
        double eccentric = eccentricAnomaly(t);
        double f = 2 * Math.atan2(sqrtOnePlusE * Math.sin(eccentric / 2), sqrtOneMinusE * Math.cos(eccentric / 2));
        if (f < 0) {
            f += 2 * Math.PI;
        }
        double r = p / (1 + e * Math.cos(f));
        double downrange = Math.min(Math.max(f - f0, 0), psi);
        double[] latLon = course.latLonAt(downrange);
        return new Position(latLon[0], latLon[1], Math.max(0, r - R), downrange * R);
    }

    /**
     * The point at {@code t} as {@link #positionAt} gives it (to rounding), without its latitude and longitude: the
     * Earth-centred unit vector of its ground point and its altitude, from the eccentric anomaly by algebra alone
     * (no inverse trigonometry), for the many points of a search.
     */
    public Point pointAt(double t) {
        return place(inPlaneAt(t));
    }

    /**
     * The point at {@code t} in the arc's own plane, the same for every arc of its shape ({@link #turnedTo}): the cosine
     * and sine of the ground range flown (as an angle) and the altitude; {@link #place} stands it on this arc.
     */
    public InPlane inPlaneAt(double t) {
        // Kepler's equation as eccentricAnomaly solves it, carrying sin E and cos E along: the last Newton step turns E
        // by less than CONVERGED, whose cosine and sine are 1 - delta^2 / 2 and delta to rounding, so that the sine and
        // cosine of the result cost no third pair of calls
        double m = meanAnomalyAt(t);
        double eccentric = startOfNewton(m);
        double sinE = Math.sin(eccentric);
        double cosE = Math.cos(eccentric);
        for (int i = 0; i < 50; i++) {
            double delta = (eccentric - e * sinE - m) / (1 - e * cosE);
            eccentric -= delta;
            if (Math.abs(delta) < CONVERGED) {
                double cosDelta = 1 - delta * delta / 2;
                double turnedSin = sinE * cosDelta - cosE * delta;
                cosE = cosE * cosDelta + sinE * delta;
                sinE = turnedSin;
                break;
            }
            sinE = Math.sin(eccentric);
            cosE = Math.cos(eccentric);
        }
        double den = 1 - e * cosE;
        double cosF = (cosE - e) / den;
        double sinF = sqrtOneMinusE2 * sinE / den;
        double r = p / (1 + e * cosF);
        // the ground range flown: f - f0, within [0, psi] (psi < pi)
        double cosD = cosF * cosF0 + sinF * sinF0;
        double sinD = sinF * cosF0 - cosF * sinF0;
        if (sinD < 0 && cosD > 0) {
            cosD = 1;
            sinD = 0;
        } else if (cosD < cosPsi) {
            cosD = cosPsi;
            sinD = Math.sin(psi);
        }
        return new InPlane(cosD, sinD, Math.max(0, r - R));
    }

    /** A point in the arc's plane ({@link #inPlaneAt}) at its place on this arc. */
    public Point place(InPlane q) {
        return new Point(this, q);
    }

    /** The cosine and sine of the ground range flown (as an angle from the launch point) and the altitude (km). */
    public record InPlane(double cosD, double sinD, double altKm) {
    }

    /**
     * Kepler's equation M = E - e sin E solved by Newton's method at t (clamped to the flight). A free flight above
     * the surface is the part of its ellipse around the apogee (E = pi): with u = E - pi, sin E = -(u - u^3 / 6) to
     * fifth order, whose root (M - pi) / (1 + e), corrected once for the cube, is the start. Newton's method converges
     * quadratically, so a step below 1e-8 leaves an error of about 1e-16 and is the last (1-2 steps on the theatres).
     */
    private double eccentricAnomaly(double t) {
        double m = meanAnomalyAt(t);
        double eccentric = startOfNewton(m);
        for (int i = 0; i < 50; i++) {
            double delta = (eccentric - e * Math.sin(eccentric) - m) / (1 - e * Math.cos(eccentric));
            eccentric -= delta;
            if (Math.abs(delta) < CONVERGED) {
                break;
            }
        }
        return eccentric;
    }

    /** The mean anomaly at t (clamped to the flight). */
    private double meanAnomalyAt(double t) {
        return m0 + n * Math.min(Math.max(t, 0), timeOfFlightS);
    }

    private double startOfNewton(double m) {
        double u = (m - Math.PI) / (1 + e);
        return Math.PI + u + e * u * u * u / (6 * (1 + e));
    }

    /**
     * A point of the arc: the Earth-centred unit vector (x, y, z) of its ground point and its altitude (km). Not a record
     * so that the points of a search can carry their time without a second object.
     */
    public static class Point {

        private final double x;
        private final double y;
        private final double z;
        private final double altKm;

        public Point(double x, double y, double z, double altKm) {
            this.x = x;
            this.y = y;
            this.z = z;
            this.altKm = altKm;
        }

        /** A point in an arc's plane ({@link #inPlaneAt}) at its place on that arc. */
        protected Point(BallisticTrajectory arc, InPlane q) {
            double[] start = arc.start;
            double[] heading = arc.heading;
            this.x = start[0] * q.cosD + heading[0] * q.sinD;
            this.y = start[1] * q.cosD + heading[1] * q.sinD;
            this.z = start[2] * q.cosD + heading[2] * q.sinD;
            this.altKm = q.altKm;
        }

        public final double x() {
            return x;
        }

        public final double y() {
            return y;
        }

        public final double z() {
            return z;
        }

        public final double altKm() {
            return altKm;
        }

        /**
         * Straight-line distance between the ground points on the unit sphere: 2 sin(central angle / 2), which grows
         * with the angle and no faster (and is accurate at short range, unlike the angle's cosine).
         */
        public final double groundChord(double[] unit) {
            double dx = x - unit[0];
            double dy = y - unit[1];
            double dz = z - unit[2];
            return Math.sqrt(dx * dx + dy * dy + dz * dz);
        }

        /** Straight-line distance (km) to an Earth-centred point (km). */
        public final double chordKm(double[] cartesianKm) {
            double r = R + altKm;
            double dx = r * x - cartesianKm[0];
            double dy = r * y - cartesianKm[1];
            double dz = r * z - cartesianKm[2];
            return Math.sqrt(dx * dx + dy * dy + dz * dz);
        }
    }

    /** A point of the arc: ground point (deg), altitude (km), ground range flown (km). */
    public record Position(double latDeg, double lonDeg, double altKm, double downrangeKm) {
    }
}
