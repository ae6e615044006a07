package io.bulwark.core.scenario;

/** A data-sharing link: tracks of {@code fromForce} reach {@code toForce} (both ways when mutual) after a latency (s). */
public record Agreement(String name, String fromForce, String toForce, boolean mutual, double latencyS) implements java.io.Serializable {

    public Agreement {
        InvalidScenarioException.named(name, "agreement");
        InvalidScenarioException.nonNegative(latencyS, "agreement " + name, "latency", "s");
    }
}
