package io.bulwark.core.analysis;

import io.bulwark.core.geo.Sphere;
import io.bulwark.core.scenario.Radar;

/** Whether a radar sees a point: slant range with 4/3-Earth refraction, elevation band, azimuth sector. */
final class RadarGeometry {

    /** Effective Earth-radius factor of the 4/3-Earth refraction model. */
    static final double K = 4.0 / 3.0;
    private static final double OVERHEAD_RAD = 1e-9;

    private final Radar radar;
    private final double minElevationRad;
    private final double maxElevationRad;
    private final double halfSectorDeg;
    private final boolean allRound;

    RadarGeometry(Radar radar) {
        this.radar = radar;
        this.minElevationRad = Math.toRadians(radar.type().minElevationDeg());
        this.maxElevationRad = Math.toRadians(radar.type().maxElevationDeg());
        this.halfSectorDeg = radar.type().sectorWidthDeg() / 2;
        this.allRound = radar.type().sectorWidthDeg() >= 360;
    }

    Radar radar() {
        return radar;
    }

    /** Sees a target of cross-section {@code rcsM2} at the point, given its detection range for that RCS. */
    boolean sees(double latDeg, double lonDeg, double altKm, double detectionRangeKm) {
        double phi = Sphere.centralAngleRad(radar.site().latDeg(), radar.site().lonDeg(), latDeg, lonDeg);
        double phiEff = phi / K;
        double kr = K * Sphere.RADIUS_KM;
        double r1 = kr + radar.site().altKm();
        double r2 = kr + altKm;
        double cos = Math.cos(phiEff);
        double slant = Math.sqrt(Math.max(0, r1 * r1 + r2 * r2 - 2 * r1 * r2 * cos));
        if (slant > detectionRangeKm) {
            return false;
        }
        double elevation = slant == 0 ? Math.PI / 2 : Math.asin(Math.max(-1, Math.min(1, (r2 * cos - r1) / slant)));
        if (elevation < minElevationRad || elevation > maxElevationRad) {
            return false;
        }
        if (allRound || phi < OVERHEAD_RAD) {
            return true;
        }
        double bearing = Sphere.initialBearingDeg(radar.site().latDeg(), radar.site().lonDeg(), latDeg, lonDeg);
        double offBoresight = Math.abs(((bearing - radar.boresightDeg()) % 360 + 540) % 360 - 180);
        return offBoresight <= halfSectorDeg + 1e-9;
    }
}
