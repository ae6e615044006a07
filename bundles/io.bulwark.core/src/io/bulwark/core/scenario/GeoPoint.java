package io.bulwark.core.scenario;

/** A site: latitude and longitude in decimal degrees (north and east positive), altitude in km. */
public record GeoPoint(double latDeg, double lonDeg, double altKm) implements java.io.Serializable {

    public GeoPoint {
        InvalidScenarioException.finite(latDeg, "point", "latitude");
        InvalidScenarioException.finite(lonDeg, "point", "longitude");
        InvalidScenarioException.finite(altKm, "point", "altitude");
        if (Math.abs(latDeg) > 90) {
            throw new InvalidScenarioException("latitude " + latDeg + " deg is outside [-90, 90]");
        }
        if (Math.abs(lonDeg) > 180) {
            throw new InvalidScenarioException("longitude " + lonDeg + " deg is outside [-180, 180]");
        }
    }

    /** The same point at altitude 0. */
    public GeoPoint onSurface() {
        return altKm == 0 ? this : new GeoPoint(latDeg, lonDeg, 0);
    }
}
