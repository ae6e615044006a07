package io.bulwark.core.scenario;

/** A defended asset and the probability of negation it requires against every threat aimed at it. */
public record Asset(String name, GeoPoint site, double requiredNegation) implements java.io.Serializable {

    public static final double DEFAULT_REQUIRED_NEGATION = 0.9;

    public Asset {
        InvalidScenarioException.named(name, "asset");
        InvalidScenarioException.require(site != null, "asset " + name + " has no site");
        InvalidScenarioException.finite(requiredNegation, "asset " + name, "required negation");
        InvalidScenarioException.require(requiredNegation >= 0 && requiredNegation <= 1,
                "asset " + name + ": required negation " + requiredNegation + " is outside [0, 1]");
    }
}
