package io.bulwark.core.scenario;

import java.util.List;

/** Another party's territory (a polygon), and the altitude (km) at which surveillance of it is measured. */
public record Region(String name, String owner, List<GeoPoint> boundary, double surveillanceAltitudeKm) implements java.io.Serializable {

    public static final double DEFAULT_SURVEILLANCE_ALTITUDE_KM = 10.0;

    public Region {
        InvalidScenarioException.named(name, "region");
        boundary = List.copyOf(boundary);
        InvalidScenarioException.require(boundary.size() >= 3, "region " + name + " needs at least 3 points, has " + boundary.size());
        InvalidScenarioException.nonNegative(surveillanceAltitudeKm, "region " + name, "altitude", "km");
    }
}
