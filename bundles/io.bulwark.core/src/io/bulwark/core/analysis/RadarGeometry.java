package io.bulwark.core.analysis;

import io.bulwark.core.geo.Sphere;
import io.bulwark.core.scenario.Radar;
import io.bulwark.core.trajectory.BallisticTrajectory;

/** Whether a radar sees a point: slant range with 4/3-Earth refraction, elevation band, azimuth sector. */
final class RadarGeometry {

    /** Effective Earth-radius factor of the 4/3-Earth refraction model ({@link #cosEffective} is written for it). */
    static final double K = 4.0 / 3.0;
    private static final double OVERHEAD_RAD = 1e-9;
    private static final double SECTOR_SLACK_DEG = 1e-9;
    private static final double SIN_QUARTER_PI = Math.sin(Math.PI / 4);
    /**
     * Margins a sample must clear before its neighbours inherit its answer: far above the rounding of the
     * computed slant range, elevation and bearing (the elevation's is worst near the zenith at short range).
     */
    private static final double SLANT_TOLERANCE_KM = 1e-3;
    private static final double ELEVATION_TOLERANCE_RAD = 1e-4;
    private static final double BEARING_TOLERANCE_RAD = Math.toRadians(1e-6);
    /** On the ground chord to the horizon's: far above the rounding of the chord and of the limit's sine. */
    private static final double CENTRAL_ANGLE_TOLERANCE_RAD = 1e-7;
    /** Closer than this, the elevation and the bearing are too ill-conditioned to bound: every sample is computed. */
    private static final double MIN_SETTLED_SLANT_KM = 10;
    private static final double MIN_SETTLED_ANGLE_RAD = 1 / Sphere.RADIUS_KM;
    /**
     * How far (as the sine of the angle) a ground track must stay outside the sector for {@link #sectorMayMeet} to rule it
     * out: far above the rounding of the track's points, which lie on its great circle to about 1e-15.
     */
    private static final double SECTOR_MARGIN = 1e-7;
    /** A ground track whose angle's sine is below this (nearly a point, or nearly half the globe) may meet any sector. */
    private static final double MIN_TRACK_SINE = 1e-6;

    private final Radar radar;
    /** The elevation band's limits as sines, which the tests compare (the sine grows with the elevation). */
    private final double sinMinElevation;
    private final double sinMaxElevation;
    private final boolean ceilingAtZenith;
    /** The boresight's direction (sine and cosine of its bearing) and the sector's half width with its slack (the same). */
    private final double sinBoresight;
    private final double cosBoresight;
    private final double sinHalfSector;
    private final double cosHalfSector;
    private final boolean allRound;
    private final double siteRadiusKm;
    /** Earth-centred unit vectors: the site's ground point, north and east there. */
    private final double[] siteUnit;
    private final double[] siteNorth;
    private final double[] siteEast;

    RadarGeometry(Radar radar) {
        this.radar = radar;
        double minElevationRad = Math.toRadians(radar.type().minElevationDeg());
        double maxElevationRad = Math.toRadians(radar.type().maxElevationDeg());
        this.sinMinElevation = Math.sin(minElevationRad);
        this.sinMaxElevation = Math.sin(maxElevationRad);
        this.ceilingAtZenith = maxElevationRad >= Math.PI / 2;
        double boresight = Math.toRadians(radar.boresightDeg());
        this.sinBoresight = Math.sin(boresight);
        this.cosBoresight = Math.cos(boresight);
        double halfSector = Math.toRadians(radar.type().sectorWidthDeg() / 2 + SECTOR_SLACK_DEG);
        this.sinHalfSector = Math.sin(halfSector);
        this.cosHalfSector = Math.cos(halfSector);
        this.allRound = radar.type().sectorWidthDeg() >= 360;
        this.siteRadiusKm = K * Sphere.RADIUS_KM + radar.site().altKm();
        this.siteUnit = Sphere.unitVector(radar.site().latDeg(), radar.site().lonDeg());
        this.siteNorth = Sphere.northVector(Math.toRadians(radar.site().latDeg()), Math.toRadians(radar.site().lonDeg()));
        this.siteEast = Sphere.eastVector(Math.toRadians(radar.site().lonDeg()));
    }

    Radar radar() {
        return radar;
    }

    /** Sees a target of cross-section {@code rcsM2} at the point, given its detection range for that RCS. */
    boolean sees(double latDeg, double lonDeg, double altKm, double detectionRangeKm) {
        double[] unit = Sphere.unitVector(latDeg, lonDeg);
        return sees(new BallisticTrajectory.Point(unit[0], unit[1], unit[2], altKm), detectionRangeKm);
    }

    /** {@link #sees} a point given by its ground point's unit vector and its altitude. */
    boolean sees(BallisticTrajectory.Point target, double detectionRangeKm) {
        double chord = target.groundChord(siteUnit);
        double cos = cosEffective(chord);
        double slant = slantKm(cos, target.altKm());
        if (slant > detectionRangeKm) {
            return false;
        }
        double sinElevation = sinElevation(cos, target.altKm(), slant);
        if (sinElevation < sinMinElevation || !ceilingAtZenith && sinElevation > sinMaxElevation) {
            return false;
        }
        return allRound || chord < OVERHEAD_RAD || offSector(target) <= 0;
    }

    /**
     * Whether a point of the ground track from unit vector {@code a} to {@code b} (a great-circle segment shorter than a
     * half circle) may be in the radar's sector; false only if none is, up to {@link #SECTOR_MARGIN}. A sector narrower than a
     * half circle is the inner side of its two edges (planes through the site's axis), and on the track p(s) = a cos s + h
     * sin s each side is where a cos s + b sin s of the edge's normal is not negative: where both hold, an interval of s
     * begins at an end of the track or where one of them changes sign, so those points are the only ones to try.
     */
    boolean sectorMayMeet(double[] a, double[] b) {
        if (allRound || cosHalfSector <= 0) {
            return true;
        }
        double cosTrack = Math.max(-1, Math.min(1, a[0] * b[0] + a[1] * b[1] + a[2] * b[2]));
        double[] h = { b[0] - a[0] * cosTrack, b[1] - a[1] * cosTrack, b[2] - a[2] * cosTrack };
        double sinTrack = Math.sqrt(h[0] * h[0] + h[1] * h[1] + h[2] * h[2]);
        if (sinTrack < MIN_TRACK_SINE) {
            return true;
        }
        for (int k = 0; k < 3; k++) {
            h[k] /= sinTrack;
        }
        double length = Math.atan2(sinTrack, cosTrack);
        // the edges' normals, in the site's tangent plane: along the boresight d and across it c (towards the east of it)
        double[] first = new double[3];
        double[] second = new double[3];
        for (int k = 0; k < 3; k++) {
            double d = siteNorth[k] * cosBoresight + siteEast[k] * sinBoresight;
            double c = siteEast[k] * cosBoresight - siteNorth[k] * sinBoresight;
            first[k] = d * sinHalfSector - c * cosHalfSector;
            second[k] = d * sinHalfSector + c * cosHalfSector;
        }
        double a1 = dot(a, first), b1 = dot(h, first), a2 = dot(a, second), b2 = dot(h, second);
        double[] tried = { 0, length, Math.atan2(b1, a1) + Math.PI / 2, Math.atan2(b1, a1) - Math.PI / 2, Math.atan2(b2, a2) + Math.PI / 2,
                Math.atan2(b2, a2) - Math.PI / 2 };
        for (double t : tried) {
            double at = t < 0 ? t + 2 * Math.PI : t;
            if (at <= length && a1 * Math.cos(at) + b1 * Math.sin(at) >= -SECTOR_MARGIN && a2 * Math.cos(at) + b2 * Math.sin(at) >= -SECTOR_MARGIN) {
                return true;
            }
        }
        return false;
    }

    private static double dot(double[] u, double[] v) {
        return u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
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
     * {@link #seesAlong} up to the end of the first stretch in which the radar sees the target for {@code holdingS}
     * seconds ({@link Sweep#runUntilHolding}): where only its first track counts.
     */
    Sampling seesAlongUntilHolding(ArcSamples arc, double detectionRangeKm, double minCosCentralAngle, double holdingS) {
        return Sweep.runUntilHolding(arc, 0, arc.size(), sight(arc, detectionRangeKm, minCosCentralAngle), holdingS);
    }

    /**
     * The test of {@link #seesAlong}: the threat moves no faster than its burnout speed (in the 4/3-Earth frame as
     * well, whose distances across are shorter), its ground point no faster than its ground speed, so an answer
     * stays until the central angle, the slant range, the elevation or the bearing could have reached the limit
     * nearest to it. The central angle is compared as its ground chord, the elevation as its sine.
     */
    Sweep.Test sight(ArcSamples arc, double detectionRangeKm, double minCosCentralAngle) {
        double speed = arc.maxSpeedKmS;
        double groundSpeed = arc.maxGroundSpeedKmS;
        boolean horizon = minCosCentralAngle > Double.NEGATIVE_INFINITY;
        double maxChord = 2 * Math.sin(Math.acos(Math.max(-1, Math.min(1, minCosCentralAngle))) / 2);
        return (sample, verdict) -> {
            BallisticTrajectory.Point target = sample.point();
            double chord = target.groundChord(siteUnit);
            if (horizon && chord > maxChord) {
                verdict.settle(false, centralAngleSettledS(chord, maxChord, groundSpeed));
                return;
            }
            double cos = cosEffective(chord);
            double slant = slantKm(cos, sample.alt());
            if (slant > detectionRangeKm) {
                verdict.settle(false, (slant - detectionRangeKm - SLANT_TOLERANCE_KM) / speed);
                return;
            }
            double sinElevation = sinElevation(cos, sample.alt(), slant);
            boolean below = sinElevation < sinMinElevation;
            if (below || !ceilingAtZenith && sinElevation > sinMaxElevation) {
                verdict.settle(false,
                        lineOfSightSettledS(angleBetweenSines(sinElevation, below ? sinMinElevation : sinMaxElevation), slant, speed));
                return;
            }
            double settledS = Math.min((detectionRangeKm - slant - SLANT_TOLERANCE_KM) / speed,
                    lineOfSightSettledS(angleBetweenSines(sinElevation, sinMinElevation), slant, speed));
            if (!ceilingAtZenith) {
                settledS = Math.min(settledS, lineOfSightSettledS(angleBetweenSines(sinMaxElevation, sinElevation), slant, speed));
            }
            if (horizon) {
                settledS = Math.min(settledS, centralAngleSettledS(chord, maxChord, groundSpeed));
            }
            if (allRound) {
                verdict.settle(true, settledS);
            } else if (chord < OVERHEAD_RAD) {
                verdict.settle(true, 0);
            } else {
                double off = offSector(target);
                double sectorS = bearingSettledS(Math.abs(off), chord, groundSpeed);
                verdict.settle(off <= 0, off <= 0 ? Math.min(settledS, sectorS) : sectorS);
            }
        };
    }

    /**
     * How long (s) the ground point cannot bring the central angle of this ground chord to the limit's chord: it
     * turns at most groundSpeed / R, and the chord changes no faster than the angle.
     */
    private static double centralAngleSettledS(double chord, double maxChord, double groundSpeedKmS) {
        double margin = Math.abs(chord - maxChord) - CENTRAL_ANGLE_TOLERANCE_RAD;
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
     * A lower bound of the angle (rad) between two elevations given by their sines: asin grows at least as fast as
     * 1 / sqrt(1 - x^2) at the x between them nearest 0.
     */
    private static double angleBetweenSines(double a, double b) {
        if (a == b) {
            return 0;
        }
        double nearest = a * b <= 0 ? 0 : Math.min(Math.abs(a), Math.abs(b));
        return Math.abs(a - b) / Math.sqrt(1 - nearest * nearest);
    }

    /**
     * How long (s) the bearing to a ground point at a central angle phi (given by its ground chord 2 sin(phi / 2))
     * cannot turn by the margin (rad): while the point moves by an angle delta <= phi / 2 it stays at least phi / 2
     * away, so the bearing turns by at most delta / sin(phi / 2); sin(phi / 2) <= phi / 2 stands for both.
     */
    private static double bearingSettledS(double marginRad, double chord, double groundSpeedKmS) {
        double margin = marginRad - BEARING_TOLERANCE_RAD;
        double sinHalf = chord / 2;
        if (margin <= 0 || chord < MIN_SETTLED_ANGLE_RAD || sinHalf > SIN_QUARTER_PI) {
            return 0;
        }
        return Sphere.RADIUS_KM * sinHalf * Math.min(1, margin) / groundSpeedKmS;
    }

    /**
     * cos(phi / K) for the central angle phi of a ground chord 2 sin(phi / 2), by square roots alone: with K = 4/3
     * and a = phi / 2 it is cos(3a / 2) = cos a cos(a / 2) - sin a sin(a / 2), and sin(a / 2) = sin a / (2 cos(a / 2)).
     */
    private static double cosEffective(double chord) {
        double sinA = Math.min(1, chord / 2);
        double cosA = Math.sqrt(1 - sinA * sinA);
        double cosHalfA = Math.sqrt((1 + cosA) / 2);
        return cosA * cosHalfA - sinA * sinA / (2 * cosHalfA);
    }

    /** Slant range (km) in the 4/3-Earth frame, given the cosine of the effective central angle. */
    private double slantKm(double cosEffective, double altKm) {
        double r1 = siteRadiusKm;
        double r2 = K * Sphere.RADIUS_KM + altKm;
        return Math.sqrt(Math.max(0, r1 * r1 + r2 * r2 - 2 * r1 * r2 * cosEffective));
    }

    /** Sine of the elevation, in [-1, 1]; 1 at the site. */
    private double sinElevation(double cosEffective, double altKm, double slantKm) {
        double r2 = K * Sphere.RADIUS_KM + altKm;
        return slantKm == 0 ? 1 : Math.max(-1, Math.min(1, (r2 * cosEffective - siteRadiusKm) / slantKm));
    }

    /**
     * The angle (rad) of a point's bearing off the boresight minus the sector's half width, or a number between 0 and it
     * of the same sign (its sine; +-pi/2 beyond a right angle): at most 0 inside the sector, and its size a lower bound
     * of the margin. The bearing is the point's direction in the site's tangent plane.
     */
    private double offSector(BallisticTrajectory.Point point) {
        double north = point.x() * siteNorth[0] + point.y() * siteNorth[1] + point.z() * siteNorth[2];
        double east = point.x() * siteEast[0] + point.y() * siteEast[1] + point.z() * siteEast[2];
        double length = Math.sqrt(north * north + east * east);
        double cosOff = (north * cosBoresight + east * sinBoresight) / length;
        double sinOff = Math.abs(east * cosBoresight - north * sinBoresight) / length;
        double sinBeyond = sinOff * cosHalfSector - cosOff * sinHalfSector;
        double cosBeyond = cosOff * cosHalfSector + sinOff * sinHalfSector;
        return cosBeyond >= 0 ? sinBeyond : Math.copySign(Math.PI / 2, sinBeyond);
    }
}
