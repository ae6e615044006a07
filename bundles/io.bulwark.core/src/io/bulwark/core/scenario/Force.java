package io.bulwark.core.scenario;

/** A nation's force that owns radars and batteries. */
public record Force(String name, String nation) implements java.io.Serializable {

    public Force {
        InvalidScenarioException.named(name, "force");
    }
}
