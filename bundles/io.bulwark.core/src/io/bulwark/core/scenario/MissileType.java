package io.bulwark.core.scenario;

/** A ballistic missile type: maximum ground range (km) and radar cross-section (m2). */
public record MissileType(String name, double reachKm, double rcsM2) implements java.io.Serializable {

    public MissileType {
        InvalidScenarioException.named(name, "missile type");
        InvalidScenarioException.positive(reachKm, "missile " + name, "reach", "km");
        InvalidScenarioException.positive(rcsM2, "missile " + name, "RCS", "m2");
    }
}
