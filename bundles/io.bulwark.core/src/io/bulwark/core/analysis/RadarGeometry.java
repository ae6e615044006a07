package io.bulwark.core.analysis;

import io.bulwark.core.geo.Sphere;
import io.bulwark.core.scenario.Radar;
import io.bulwark.core.trajectory.BallisticTrajectory;

/** Whether a radar sees a point: slant range with 4/3-Earth refraction, elevation band, azimuth sector. */
final class RadarGeometry {

    /** Effective Earth-radius factor of the 4/3-Earth refraction model. */
    static final double K = 4.0 / 3.0;
    private static final double OVERHEAD_RAD = 1e-9;
    private static final double SECTOR_SLACK_DEG = 1e-9;
    /** The highest elevation {@link #elevationRad} can return. */
    private static final double ZENITH_RAD = Math.max(Math.PI / 2, Math.asin(1.0));
    /**
     * Margins a sample must clear before its neighbours inherit its answer: far above the rounding of the
     * computed slant range, elevation and bearing (the elevation's is worst near the zenith at short range).
     */
    private static final double SLANT_TOLERANCE_KM = 1e-3;
    private static final double ELEVATION_TOLERANCE_RAD = 1e-4;
    private static final double BEARING_TOLERANCE_DEG = 1e-6;
    /** The central angle from its cosine is worst near 0 (about 1.5e-8 rad there). */
    private static final double CENTRAL_ANGLE_TOLERANCE_RAD = 1e-7;
    /** Closer than this, the elevation and the bearing are too ill-conditioned to bound: every sample is computed. */
    private static final double MIN_SETTLED_SLANT_KM = 10;
    private static final double MIN_SETTLED_ANGLE_RAD = 1 / Sphere.RADIUS_KM;

    private final Radar radar;
    private final double minElevationRad;
    private final double maxElevationRad;
    private final boolean ceilingAtZenith;
    private final double halfSectorDeg;
    private final boolean allRound;
    private final double siteRadiusKm;
    private final Sphere.Point sitePoint;
    /** Earth-centred unit vectors: the site's ground point, north and east there. */
    private final double[] siteUnit;
    private final double[] siteNorth;
    private final double[] siteEast;

    RadarGeometry(Radar radar) {
        this.radar = radar;
        this.minElevationRad = Math.toRadians(radar.type().minElevationDeg());
        this.maxElevationRad = Math.toRadians(radar.type().maxElevationDeg());
        this.ceilingAtZenith = maxElevationRad >= ZENITH_RAD;
        this.halfSectorDeg = radar.type().sectorWidthDeg() / 2;
        this.allRound = radar.type().sectorWidthDeg() >= 360;
        this.siteRadiusKm = K * Sphere.RADIUS_KM + radar.site().altKm();
        this.sitePoint = Sphere.Point.of(radar.site().latDeg(), radar.site().lonDeg());
        this.siteUnit = Sphere.unitVector(radar.site().latDeg(), radar.site().lonDeg());
        this.siteNorth = Sphere.northVector(sitePoint.latRad(), Math.toRadians(radar.site().lonDeg()));
        this.siteEast = Sphere.eastVector(Math.toRadians(radar.site().lonDeg()));
    }

    Radar radar() {
        return radar;
    }

    /** Sees a target of cross-section {@code rcsM2} at the point, given its detection range for that RCS. */
    boolean sees(double latDeg, double lonDeg, double altKm, double detectionRangeKm) {
        Sphere.Point target = Sphere.Point.of(latDeg, lonDeg);
        double phi = Sphere.centralAngleRad(sitePoint, target);
        double cos = Math.cos(phi / K);
        double slant = slantKm(cos, altKm);
        if (slant > detectionRangeKm) {
            return false;
        }
        double elevation = elevationRad(cos, altKm, slant);
        if (elevation < minElevationRad || elevation > maxElevationRad) {
            return false;
        }
        return allRound || phi < OVERHEAD_RAD || offBoresightDeg(Sphere.initialBearingDeg(sitePoint, target)) <= halfSectorDeg + SECTOR_SLACK_DEG;
    }

    /** {@link #sees} a point of an arc, given by its ground point's unit vector and altitude. */
    boolean sees(BallisticTrajectory.Point target, double detectionRangeKm) {
        double phi = target.centralAngleRad(siteUnit);
        double cos = Math.cos(phi / K);
        double slant = slantKm(cos, target.altKm());
        if (slant > detectionRangeKm) {
            return false;
        }
        double elevation = elevationRad(cos, target.altKm(), slant);
        if (elevation < minElevationRad || elevation > maxElevationRad) {
            return false;
        }
        return allRound || phi < OVERHEAD_RAD || offBoresightDeg(bearingDeg(target)) <= halfSectorDeg + SECTOR_SLACK_DEG;
    }

    /**
     * Along an arc, at the samples [from, to) and the points a {@link Sweep} adds between them: whether the
     * central angle from the radar to the target has a cosine of at least {@code minCosCentralAngle}
     * (-infinity: any angle), and {@link #sees} it.
     */
    Sampling seesAlong(ArcSamples arc, int from, int to, double detectionRangeKm, double minCosCentralAngle) {
        return Sweep.run(arc, from, to, sight(arc, detectionRangeKm, minCosCentralAngle));
    }

    /**
     * The test of {@link #seesAlong}: the threat moves no faster than its burnout speed (in the 4/3-Earth frame as
     * well, whose distances across are shorter), its ground point no faster than its ground speed, so an answer
     * stays until the central angle, the slant range, the elevation or the bearing could have reached the limit
     * nearest to it.
     */
    Sweep.Test sight(ArcSamples arc, double detectionRangeKm, double minCosCentralAngle) {
        double speed = arc.maxSpeedKmS;
        double groundSpeed = arc.maxGroundSpeedKmS;
        boolean horizon = minCosCentralAngle > Double.NEGATIVE_INFINITY;
        double maxCentralAngle = Math.acos(Math.max(-1, Math.min(1, minCosCentralAngle)));
        return (sample, verdict) -> {
            BallisticTrajectory.Point target = sample.point();
            double cosCentral = Double.NaN;
            if (horizon) {
                cosCentral = target.cosCentralAngle(siteUnit);
                if (cosCentral < minCosCentralAngle) {
                    verdict.settle(false, centralAngleSettledS(cosCentral, maxCentralAngle, groundSpeed));
                    return;
                }
            }
            double phi = target.centralAngleRad(siteUnit);
            double cos = Math.cos(phi / K);
            double slant = slantKm(cos, sample.alt());
            if (slant > detectionRangeKm) {
                verdict.settle(false, (slant - detectionRangeKm - SLANT_TOLERANCE_KM) / speed);
                return;
            }
            double elevation = elevationRad(cos, sample.alt(), slant);
            if (elevation < minElevationRad || elevation > maxElevationRad) {
                verdict.settle(false,
                        lineOfSightSettledS(Math.max(minElevationRad - elevation, elevation - maxElevationRad), slant, speed));
                return;
            }
            double settledS = Math.min((detectionRangeKm - slant - SLANT_TOLERANCE_KM) / speed,
                    lineOfSightSettledS(elevation - minElevationRad, slant, speed));
            if (!ceilingAtZenith) {
                settledS = Math.min(settledS, lineOfSightSettledS(maxElevationRad - elevation, slant, speed));
            }
            if (horizon) {
                settledS = Math.min(settledS, centralAngleSettledS(cosCentral, maxCentralAngle, groundSpeed));
            }
            if (allRound) {
                verdict.settle(true, settledS);
            } else if (phi < OVERHEAD_RAD) {
                verdict.settle(true, 0);
            } else {
                double off = offBoresightDeg(bearingDeg(target));
                double limit = halfSectorDeg + SECTOR_SLACK_DEG;
                double sectorS = bearingSettledS(Math.abs(limit - off), phi, groundSpeed);
                verdict.settle(off <= limit, off <= limit ? Math.min(settledS, sectorS) : sectorS);
            }
        };
    }

    /** How long (s) the ground point cannot bring the central angle of this cosine to the limit: it turns at most groundSpeed / R. */
    private static double centralAngleSettledS(double cosCentral, double maxCentralAngle, double groundSpeedKmS) {
        double margin = Math.abs(Math.acos(Math.max(-1, Math.min(1, cosCentral))) - maxCentralAngle) - CENTRAL_ANGLE_TOLERANCE_RAD;
        return margin * Sphere.RADIUS_KM / groundSpeedKmS;
    }

    /** How long (s) the line of sight at a slant range cannot turn by the margin: a move d turns it by at most asin(d / slant). */
    private static double lineOfSightSettledS(double marginRad, double slantKm, double speedKmS) {
        double margin = marginRad - ELEVATION_TOLERANCE_RAD;
        if (margin <= 0 || slantKm < MIN_SETTLED_SLANT_KM) {
            return 0;
        }
        return slantKm * Math.sin(Math.min(margin, Math.PI / 4)) / speedKmS;
    }

    /**
     * How long (s) the bearing to a ground point at a central angle cannot turn by the margin (deg): while the
     * point moves by an angle delta <= phi / 2 it stays at least phi / 2 away, so the bearing turns by at most
     * delta / sin(phi / 2).
     */
    private static double bearingSettledS(double marginDeg, double phi, double groundSpeedKmS) {
        double margin = Math.toRadians(marginDeg - BEARING_TOLERANCE_DEG);
        if (margin <= 0 || phi < MIN_SETTLED_ANGLE_RAD || phi > Math.PI / 2) {
            return 0;
        }
        return Sphere.RADIUS_KM * Math.min(phi / 2, margin * Math.sin(phi / 2)) / groundSpeedKmS;
    }

    /** Slant range (km) in the 4/3-Earth frame, given the cosine of the effective central angle. */
    private double slantKm(double cosEffective, double altKm) {
        double r1 = siteRadiusKm;
        double r2 = K * Sphere.RADIUS_KM + altKm;
        return Math.sqrt(Math.max(0, r1 * r1 + r2 * r2 - 2 * r1 * r2 * cosEffective));
    }

    private double elevationRad(double cosEffective, double altKm, double slantKm) {
        double r2 = K * Sphere.RADIUS_KM + altKm;
        return slantKm == 0 ? Math.PI / 2 : Math.asin(Math.max(-1, Math.min(1, (r2 * cosEffective - siteRadiusKm) / slantKm)));
    }

    private double offBoresightDeg(double bearingDeg) {
        return Math.abs(((bearingDeg - radar.boresightDeg()) % 360 + 540) % 360 - 180);
    }

    /** The initial great-circle bearing (deg in [0, 360)) from the site to a point: its direction in the site's tangent plane. */
    private double bearingDeg(BallisticTrajectory.Point point) {
        double east = point.x() * siteEast[0] + point.y() * siteEast[1] + point.z() * siteEast[2];
        double north = point.x() * siteNorth[0] + point.y() * siteNorth[1] + point.z() * siteNorth[2];
        double deg = Math.toDegrees(Math.atan2(east, north));
        return deg < 0 ? deg + 360 : deg;
    }
}
