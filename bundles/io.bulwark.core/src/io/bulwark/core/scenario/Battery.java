package io.bulwark.core.scenario;

import java.util.List;

/**
 * A deployed battery. {@code cuedBy} empty means: any radar whose track reaches it. {@code fireControl}
 * is a radar name or null; with one, an intercept point counts only if that radar sees it.
 */
public record Battery(String name, InterceptorType type, String force, GeoPoint site, int interceptors, Doctrine doctrine,
        int salvoSize, double assessmentS, List<String> cuedBy, String fireControl) implements java.io.Serializable {

    public Battery {
        InvalidScenarioException.named(name, "battery");
        String e = "battery " + name;
        InvalidScenarioException.require(type != null, e + " has no interceptor type");
        InvalidScenarioException.require(force != null, e + " has no owner");
        InvalidScenarioException.require(site != null, e + " has no site");
        InvalidScenarioException.require(interceptors >= 0, e + ": interceptors " + interceptors + " is negative");
        InvalidScenarioException.require(doctrine != null, e + " has no doctrine");
        InvalidScenarioException.require(salvoSize >= 1, e + ": salvo " + salvoSize + " is below 1");
        InvalidScenarioException.nonNegative(assessmentS, e, "assessment time", "s");
        cuedBy = List.copyOf(cuedBy == null ? List.of() : cuedBy);
    }
}
