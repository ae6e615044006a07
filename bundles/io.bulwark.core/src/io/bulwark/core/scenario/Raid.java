package io.bulwark.core.scenario;

/**
 * {@code count} threats of one missile type from a launch point at an aim point (the target asset's
 * site, or an explicit point), minimum-energy when {@code apogeeKm} is null, launched at scenario
 * time {@code launchTimeS}.
 */
public record Raid(String name, MissileType missile, int count, GeoPoint launch, String targetAsset, GeoPoint aim, Double apogeeKm,
        double launchTimeS) implements java.io.Serializable {

    /**
     * The highest apogee a raid may ask for: Keplerian arcs to a point on the ground stay numerically sound below
     * it, and it is above the highest lofted flight reported (about 6,500 km).
     */
    public static final double MAX_APOGEE_KM = 10_000;

    public Raid {
        InvalidScenarioException.named(name, "raid");
        String e = "raid " + name;
        InvalidScenarioException.require(missile != null, e + " has no missile type");
        InvalidScenarioException.require(count >= 1, e + ": count " + count + " is below 1");
        InvalidScenarioException.require(launch != null, e + " has no launch point");
        InvalidScenarioException.require(aim != null, e + " has no aim point");
        if (apogeeKm != null) {
            InvalidScenarioException.positive(apogeeKm, e, "apogee", "km");
            InvalidScenarioException.require(apogeeKm <= MAX_APOGEE_KM, e + ": apogee " + apogeeKm + " km is above "
                    + MAX_APOGEE_KM + " km, beyond the arcs the model covers");
        }
        InvalidScenarioException.nonNegative(launchTimeS, e, "launch time", "s");
    }
}
