package io.bulwark.core.scenario;

/**
 * An interceptor: ground-range band [minRangeKm, maxRangeKm] from the battery, altitude band
 * [minAltitudeKm, maxAltitudeKm], average fly-out speed (km/s), reaction time from track to launch (s),
 * single-shot kill probability.
 */
public record InterceptorType(String name, double minRangeKm, double maxRangeKm, double minAltitudeKm, double maxAltitudeKm,
        double speedKmS, double reactionS, double pk) implements java.io.Serializable {

    public InterceptorType {
        InvalidScenarioException.named(name, "interceptor type");
        String e = "interceptor " + name;
        InvalidScenarioException.nonNegative(minRangeKm, e, "minimum range", "km");
        InvalidScenarioException.band(minRangeKm, maxRangeKm, e, "range", "km");
        InvalidScenarioException.nonNegative(minAltitudeKm, e, "minimum altitude", "km");
        InvalidScenarioException.band(minAltitudeKm, maxAltitudeKm, e, "altitude", "km");
        InvalidScenarioException.positive(speedKmS, e, "speed", "km/s");
        InvalidScenarioException.nonNegative(reactionS, e, "reaction time", "s");
        InvalidScenarioException.finite(pk, e, "pk");
        InvalidScenarioException.require(pk >= 0 && pk <= 1, e + ": pk " + pk + " is outside [0, 1]");
    }
}
