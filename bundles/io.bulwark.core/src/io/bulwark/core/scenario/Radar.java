package io.bulwark.core.scenario;

/** A deployed radar, owned by a force, facing {@code boresightDeg} (0 = north, clockwise). */
public record Radar(String name, RadarType type, String force, GeoPoint site, double boresightDeg) implements java.io.Serializable {

    public Radar {
        InvalidScenarioException.named(name, "radar");
        InvalidScenarioException.require(type != null, "radar " + name + " has no type");
        InvalidScenarioException.require(force != null, "radar " + name + " has no owner");
        InvalidScenarioException.require(site != null, "radar " + name + " has no site");
        InvalidScenarioException.finite(boresightDeg, "radar " + name, "facing");
    }
}
