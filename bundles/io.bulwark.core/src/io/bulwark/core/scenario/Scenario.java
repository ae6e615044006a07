package io.bulwark.core.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.bulwark.core.geo.Sphere;

/**
 * A whole scenario. The constructor checks what no single record can: unique names per kind,
 * references to declared forces and radars, and raids within their missile's reach.
 */
public record Scenario(String name, List<Force> forces, List<Agreement> agreements, List<Radar> radars, List<Battery> batteries,
        List<Asset> assets, List<Region> regions, List<Raid> raids) implements java.io.Serializable {

    public Scenario {
        forces = List.copyOf(forces);
        agreements = List.copyOf(agreements);
        radars = List.copyOf(radars);
        batteries = List.copyOf(batteries);
        assets = List.copyOf(assets);
        regions = List.copyOf(regions);
        raids = List.copyOf(raids);
        Set<String> forceNames = unique(forces.stream().map(Force::name).toList(), "force");
        Set<String> radarNames = unique(radars.stream().map(Radar::name).toList(), "radar");
        unique(batteries.stream().map(Battery::name).toList(), "battery");
        Set<String> assetNames = unique(assets.stream().map(Asset::name).toList(), "asset");
        unique(regions.stream().map(Region::name).toList(), "region");
        unique(raids.stream().map(Raid::name).toList(), "raid");
        for (Agreement a : agreements) {
            InvalidScenarioException.require(forceNames.contains(a.fromForce()),
                    "agreement " + a.name() + ": unknown force " + a.fromForce());
            InvalidScenarioException.require(forceNames.contains(a.toForce()), "agreement " + a.name() + ": unknown force " + a.toForce());
        }
        for (Radar r : radars) {
            InvalidScenarioException.require(forceNames.contains(r.force()), "radar " + r.name() + ": unknown force " + r.force());
        }
        for (Battery b : batteries) {
            InvalidScenarioException.require(forceNames.contains(b.force()), "battery " + b.name() + ": unknown force " + b.force());
            for (String cue : b.cuedBy()) {
                InvalidScenarioException.require(radarNames.contains(cue), "battery " + b.name() + ": unknown cueing radar " + cue);
            }
            InvalidScenarioException.require(b.fireControl() == null || radarNames.contains(b.fireControl()),
                    "battery " + b.name() + ": unknown fire-control radar " + b.fireControl());
        }
        for (Raid raid : raids) {
            InvalidScenarioException.require(raid.targetAsset() == null || assetNames.contains(raid.targetAsset()),
                    "raid " + raid.name() + ": unknown target asset " + raid.targetAsset());
            double rangeKm = Sphere.groundRangeKm(raid.launch(), raid.aim());
            if (rangeKm > raid.missile().reachKm()) {
                String[] km = io.bulwark.core.report.Decimals.distinct(rangeKm, raid.missile().reachKm(), 1);
                throw new InvalidScenarioException("raid " + raid.name() + " is aimed beyond its missile's reach: " + km[0] + " km > "
                        + raid.missile().name() + " reach " + km[1] + " km");
            }
            InvalidScenarioException.require(rangeKm > 0, "raid " + raid.name() + ": launch and aim points coincide");
        }
    }

    private static Set<String> unique(List<String> names, String kind) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            InvalidScenarioException.require(seen.add(name), "duplicate " + kind + " name " + name);
        }
        return seen;
    }

    /** The same scenario with other lists (for what-if analyses). */
    public Scenario with(List<Radar> newRadars, List<Battery> newBatteries, List<Agreement> newAgreements, List<Raid> newRaids) {
        return new Scenario(name, forces, newAgreements, newRadars, newBatteries, assets, regions, newRaids);
    }
}
