package io.bulwark.core.scenario;

/**
 * A radar type: detection range (km) against a target of the reference cross-section (m2), total
 * azimuth sector width (deg, 360 = all round), elevation band (deg), track-formation time (s).
 */
public record RadarType(String name, double detectionRangeKm, double referenceRcsM2, double sectorWidthDeg,
        double minElevationDeg, double maxElevationDeg, double trackTimeS) implements java.io.Serializable {

    public RadarType {
        InvalidScenarioException.named(name, "radar type");
        String e = "radar " + name;
        InvalidScenarioException.positive(detectionRangeKm, e, "detection range", "km");
        InvalidScenarioException.positive(referenceRcsM2, e, "reference RCS", "m2");
        InvalidScenarioException.positive(sectorWidthDeg, e, "sector", "deg");
        InvalidScenarioException.require(sectorWidthDeg <= 360, e + ": sector " + sectorWidthDeg + " deg is wider than 360 deg");
        InvalidScenarioException.finite(minElevationDeg, e, "minimum elevation");
        InvalidScenarioException.require(minElevationDeg >= 0,
                e + ": minimum elevation " + minElevationDeg + " deg is below 0 deg");
        InvalidScenarioException.band(minElevationDeg, maxElevationDeg, e, "elevation", "deg");
        InvalidScenarioException.require(maxElevationDeg <= 90, e + ": maximum elevation " + maxElevationDeg + " deg is above 90 deg");
        InvalidScenarioException.nonNegative(trackTimeS, e, "track time", "s");
    }

    /** Detection range against a target of cross-section {@code rcsM2}: Rmax (sigma / sigma_ref)^(1/4). */
    public double detectionRangeKm(double rcsM2) {
        return detectionRangeKm * Math.pow(rcsM2 / referenceRcsM2, 0.25);
    }
}
