package io.bulwark.core.analysis;

import io.bulwark.core.geo.Sphere;
import io.bulwark.core.scenario.GeoPoint;
import io.bulwark.core.scenario.Raid;
import io.bulwark.core.trajectory.BallisticTrajectory;

/** One threat's arc (threat time, s); its samples for the interval searches are {@link ArcSamples}. */
final class ThreatPath {

    /** How far the quick closest-approach estimate must be from a rounding or limit it settles (km). */
    private static final double SETTLED_KM = 1e-6;

    final Raid raid;
    final int raidIndex;
    final int index;
    final BallisticTrajectory trajectory;
    /** The middle of the ground track: every point of the track is within half its length of it. */
    final GeoPoint middle;

    ThreatPath(Raid raid, int raidIndex, int index) {
        this.raid = raid;
        this.raidIndex = raidIndex;
        this.index = index;
        this.trajectory = BallisticTrajectory.of(raid.launch(), raid.aim(), raid.apogeeKm());
        this.middle = Sphere.destination(raid.launch(), Sphere.initialBearingDeg(raid.launch(), raid.aim()),
                trajectory.groundRangeKm() / 2);
    }

    private ThreatPath(ThreatPath arc, int index) {
        this.raid = arc.raid;
        this.raidIndex = arc.raidIndex;
        this.index = index;
        this.trajectory = arc.trajectory;
        this.middle = arc.middle;
    }

    /** The same arc for another missile of the raid (all missiles of a raid fly the same arc). */
    ThreatPath withIndex(int missileIndex) {
        return missileIndex == index ? this : new ThreatPath(this, missileIndex);
    }

    double timeOfFlight() {
        return trajectory.timeOfFlightS();
    }

    /** Scenario time of a threat time. */
    double scenarioTime(double threatTime) {
        return raid.launchTimeS() + threatTime;
    }

    /**
     * Closest ground range (km) from a site to the ground track, as precise as a message prints it (0.1 km)
     * and on the right side of {@code limitKm}: the contract's golden-section search along the track, unless
     * the nearest point of the track's great circle already settles both (the search finds the same minimum
     * to far better than {@value #SETTLED_KM} km, the distance along the great circle having one minimum there).
     */
    double closestApproachKm(GeoPoint site, double limitKm) {
        double total = trajectory.groundRangeKm();
        double bearing = Sphere.initialBearingDeg(raid.launch(), raid.aim());
        Sphere.Course course = new Sphere.Course(raid.launch().latDeg(), raid.launch().lonDeg(), bearing);
        double nearestAngle = nearestAngleOnGreatCircle(site, bearing);
        double trackAngle = total / Sphere.RADIUS_KM;
        // the farthest point of the great circle, half a turn from the nearest, must lie off the track
        if (nearestAngle + Math.PI > trackAngle + 1e-3) {
            double estimate = Math.min(Math.min(groundKm(site, course, 0), groundKm(site, course, total)),
                    groundKm(site, course, Math.max(0, Math.min(trackAngle, nearestAngle)) * Sphere.RADIUS_KM));
            double low = estimate - SETTLED_KM;
            double high = estimate + SETTLED_KM;
            if (Math.floor(low * 10 + 0.5) == Math.floor(high * 10 + 0.5) && (low > limitKm) == (high > limitKm)) {
                return estimate;
            }
        }
        return goldenSectionKm(site, course, total);
    }

    /** Angle (rad) along the launch's great circle of bearing {@code bearingDeg} to its point nearest the site, in (-pi, pi]. */
    private double nearestAngleOnGreatCircle(GeoPoint site, double bearingDeg) {
        double lat = Math.toRadians(raid.launch().latDeg());
        double lon = Math.toRadians(raid.launch().lonDeg());
        double bearing = Math.toRadians(bearingDeg);
        double[] start = { Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat) };
        double[] north = { -Math.sin(lat) * Math.cos(lon), -Math.sin(lat) * Math.sin(lon), Math.cos(lat) };
        double[] east = { -Math.sin(lon), Math.cos(lon), 0 };
        double siteLat = Math.toRadians(site.latDeg());
        double siteLon = Math.toRadians(site.lonDeg());
        double[] s = { Math.cos(siteLat) * Math.cos(siteLon), Math.cos(siteLat) * Math.sin(siteLon), Math.sin(siteLat) };
        // the point at angle d is start cos d + heading sin d: its dot product with the site peaks at atan2(site.heading, site.start)
        double alongStart = s[0] * start[0] + s[1] * start[1] + s[2] * start[2];
        double alongHeading = Math.cos(bearing) * (s[0] * north[0] + s[1] * north[1] + s[2] * north[2])
                + Math.sin(bearing) * (s[0] * east[0] + s[1] * east[1] + s[2] * east[2]);
        return Math.atan2(alongHeading, alongStart);
    }

    /** The distance along the track has one minimum: golden-section search. */
    private static double goldenSectionKm(GeoPoint site, Sphere.Course course, double total) {
        double lo = 0;
        double hi = total;
        double best = Math.min(groundKm(site, course, 0), groundKm(site, course, total));
        double g = (Math.sqrt(5) - 1) / 2;
        for (int k = 0; k < 60; k++) {
            double a = hi - g * (hi - lo);
            double b = lo + g * (hi - lo);
            if (groundKm(site, course, a) < groundKm(site, course, b)) {
                hi = b;
            } else {
                lo = a;
            }
        }
        return Math.min(best, groundKm(site, course, (lo + hi) / 2));
    }

    private static double groundKm(GeoPoint site, Sphere.Course course, double downrangeKm) {
        double[] p = course.latLonAt(downrangeKm / Sphere.RADIUS_KM);
        return Sphere.RADIUS_KM * Sphere.centralAngleRad(site.latDeg(), site.lonDeg(), p[0], p[1]);
    }
}
