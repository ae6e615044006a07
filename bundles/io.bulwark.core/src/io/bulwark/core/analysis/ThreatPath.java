package io.bulwark.core.analysis;

import io.bulwark.core.geo.Sphere;
import io.bulwark.core.scenario.GeoPoint;
import io.bulwark.core.scenario.Raid;
import io.bulwark.core.trajectory.BallisticTrajectory;

/** One threat's arc, sampled on a fixed time grid (threat time, s) for the interval searches. */
final class ThreatPath {

    /** Sampling step of the searches; every boundary found is then refined by bisection. */
    static final double STEP_S = 0.5;
    /** Intercepts happen strictly before impact: the last sample stands this far before it. */
    static final double BEFORE_IMPACT_S = 1e-6;

    final Raid raid;
    final int raidIndex;
    final int index;
    final BallisticTrajectory trajectory;
    final double[] times;
    final double[] lat;
    final double[] lon;
    final double[] alt;
    final double[][] cartesian;
    /** The middle of the ground track: every point of the track is within half its length of it. */
    final GeoPoint middle;

    ThreatPath(Raid raid, int raidIndex, int index) {
        this.raid = raid;
        this.raidIndex = raidIndex;
        this.index = index;
        this.trajectory = BallisticTrajectory.of(raid.launch(), raid.aim(), raid.apogeeKm());
        double tof = trajectory.timeOfFlightS();
        this.middle = Sphere.destination(raid.launch(), Sphere.initialBearingDeg(raid.launch(), raid.aim()),
                trajectory.groundRangeKm() / 2);
        int count = (int) Math.ceil(tof / STEP_S) + 1;
        times = new double[count];
        lat = new double[count];
        lon = new double[count];
        alt = new double[count];
        cartesian = new double[count][];
        for (int i = 0; i < count; i++) {
            times[i] = Math.min(i * STEP_S, tof - BEFORE_IMPACT_S);
            BallisticTrajectory.Position p = trajectory.positionAt(times[i]);
            lat[i] = p.latDeg();
            lon[i] = p.lonDeg();
            alt[i] = p.altKm();
            cartesian[i] = Sphere.cartesianKm(p.latDeg(), p.lonDeg(), p.altKm());
        }
    }

    private ThreatPath(ThreatPath arc, int index) {
        this.raid = arc.raid;
        this.raidIndex = arc.raidIndex;
        this.index = index;
        this.trajectory = arc.trajectory;
        this.times = arc.times;
        this.lat = arc.lat;
        this.lon = arc.lon;
        this.alt = arc.alt;
        this.cartesian = arc.cartesian;
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
}
