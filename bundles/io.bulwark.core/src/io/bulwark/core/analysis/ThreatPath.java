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
    /** The points of the arc's shape shared with other arcs of it, or null: each computed by {@link BallisticTrajectory#pointAt}. */
    final ArcPlane plane;

    ThreatPath(Raid raid, int raidIndex, int index) {
        this(raid, raidIndex, index, null);
    }

    /** @param plane  the points of the raid's arc's shape (an arc of its range and apogee), or null */
    ThreatPath(Raid raid, int raidIndex, int index, ArcPlane plane) {
        this.raid = raid;
        this.raidIndex = raidIndex;
        this.index = index;
        this.plane = plane;
        this.trajectory = plane == null ? BallisticTrajectory.of(raid.launch(), raid.aim(), raid.apogeeKm())
                : plane.shape.turnedTo(raid.launch(), raid.aim());
    }

    private ThreatPath(ThreatPath arc, int raidIndex, int index) {
        this.raid = arc.raid;
        this.raidIndex = raidIndex;
        this.index = index;
        this.trajectory = arc.trajectory;
        this.plane = arc.plane;
    }

    /**
     * The arc's point at sample {@code index} of its {@link ArcSamples} (time t), or at a time t between them (index -1), in
     * the arc's plane ({@link BallisticTrajectory#inPlaneAt}), to be placed on the arc.
     */
    BallisticTrajectory.InPlane inPlaneAt(int index, double t) {
        return plane == null ? trajectory.inPlaneAt(t) : plane.at(index, t);
    }

    /**
     * The same arc for another missile of the raid (all missiles of a raid fly the same arc), the raid standing at
     * {@code raidIndex} (an equal raid's arc kept from an edited scenario may have stood at another place).
     */
    ThreatPath at(int raidIndex, int missileIndex) {
        return raidIndex == this.raidIndex && missileIndex == index ? this : new ThreatPath(this, raidIndex, missileIndex);
    }

    double timeOfFlight() {
        return trajectory.timeOfFlightS();
    }

    /** Scenario time of a threat time. */
    double scenarioTime(double threatTime) {
        return raid.launchTimeS() + threatTime;
    }

    /** Ground distance (km) from a site (Earth-centred unit vector) to the nearest point of the ground track, to about 1e-9 km. */
    double groundDistanceKm(double[] site) {
        return trajectory.groundTrackDistanceRad(site) * Sphere.RADIUS_KM;
    }

    /**
     * Closest ground range (km) from a site (and its unit vector) to the ground track, as precise as a message prints it (0.1 km)
     * and on the right side of {@code limitKm}: the contract's golden-section search along the track, unless
     * the exact distance to the track's segment settles both (the search finds the same minimum to far better
     * than {@value #SETTLED_KM} km).
     */
    double closestApproachKm(GeoPoint site, double[] siteUnit, double limitKm) {
        double estimate = groundDistanceKm(siteUnit);
        double low = estimate - SETTLED_KM;
        double high = estimate + SETTLED_KM;
        if (Math.floor(low * 10 + 0.5) == Math.floor(high * 10 + 0.5) && (low > limitKm) == (high > limitKm)) {
            return estimate;
        }
        return closestApproachBySearchKm(site);
    }

    /** The golden-section search of the contract. */
    double closestApproachBySearchKm(GeoPoint site) {
        double total = trajectory.groundRangeKm();
        double lo = 0;
        double hi = total;
        double best = Math.min(groundKm(site, 0), groundKm(site, total));
        double g = (Math.sqrt(5) - 1) / 2;
        for (int k = 0; k < 60; k++) {
            double a = hi - g * (hi - lo);
            double b = lo + g * (hi - lo);
            if (groundKm(site, a) < groundKm(site, b)) {
                hi = b;
            } else {
                lo = a;
            }
        }
        return Math.min(best, groundKm(site, (lo + hi) / 2));
    }

    private double groundKm(GeoPoint site, double downrangeKm) {
        double[] p = trajectory.course().latLonAt(downrangeKm / Sphere.RADIUS_KM);
        return Sphere.RADIUS_KM * Sphere.centralAngleRad(site.latDeg(), site.lonDeg(), p[0], p[1]);
    }

    /** Earth-centred unit vector of a site's ground point. */
    static double[] unitVector(GeoPoint site) {
        return Sphere.unitVector(site.latDeg(), site.lonDeg());
    }
}
