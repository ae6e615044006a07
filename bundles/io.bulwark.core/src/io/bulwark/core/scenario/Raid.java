package io.bulwark.core.scenario;

/**
 * {@code count} threats of one missile type from a launch point at an aim point (the target asset's
 * site, or an explicit point), minimum-energy when {@code apogeeKm} is null, launched at scenario
 * time {@code launchTimeS}.
 */
public record Raid(String name, MissileType missile, int count, GeoPoint launch, String targetAsset, GeoPoint aim, Double apogeeKm,
        double launchTimeS) implements java.io.Serializable {

    public Raid {
        InvalidScenarioException.named(name, "raid");
        String e = "raid " + name;
        InvalidScenarioException.require(missile != null, e + " has no missile type");
        InvalidScenarioException.require(count >= 1, e + ": count " + count + " is below 1");
        InvalidScenarioException.require(launch != null, e + " has no launch point");
        InvalidScenarioException.require(aim != null, e + " has no aim point");
        if (apogeeKm != null) {
            InvalidScenarioException.positive(apogeeKm, e, "apogee", "km");
        }
        InvalidScenarioException.nonNegative(launchTimeS, e, "launch time", "s");
    }
}
