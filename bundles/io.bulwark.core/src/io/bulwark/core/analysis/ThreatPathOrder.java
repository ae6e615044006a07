package io.bulwark.core.analysis;

import java.util.Comparator;
import java.util.List;

import io.bulwark.core.geo.Sphere;
import io.bulwark.core.scenario.Scenario;

/** Orders batteries by their distance to a threat's aim point, nearest first (then declaration order). */
final class ThreatPathOrder {

    private ThreatPathOrder() {
    }

    static void byDistance(List<Integer> batteries, Scenario scenario, ThreatPath path) {
        batteries.sort(Comparator.comparingDouble((Integer b) -> Sphere.groundRangeKm(scenario.batteries().get(b).site(), path.raid.aim()))
                .thenComparingInt(b -> b));
    }
}
