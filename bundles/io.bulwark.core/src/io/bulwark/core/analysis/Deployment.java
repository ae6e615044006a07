package io.bulwark.core.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import io.bulwark.core.report.RadarTrack;
import io.bulwark.core.scenario.Agreement;
import io.bulwark.core.scenario.Battery;
import io.bulwark.core.scenario.Force;
import io.bulwark.core.scenario.Radar;
import io.bulwark.core.scenario.Scenario;

/**
 * What an analysis knows of a scenario before any raid: its forces, agreements, radars and batteries, the radars'
 * geometry, the network's latencies, each battery's cueing radars and groups. Made once and shared by every raid
 * analysed against it (each cell of a footprint, an edited scenario whose deployment did not change). Immutable.
 */
final class Deployment {

    private final List<Force> forces;
    private final List<Agreement> agreements;
    final List<Radar> radarList;
    final List<Battery> batteries;
    final RadarGeometry[] radars;
    final Network network;
    final int[] forceOfRadar;
    final int[] forceOfBattery;
    final int[] fireControlOf;
    final int[][] namedCues;
    final int[] allRadars;
    /** Earth-centred unit vectors of the radars' and batteries' ground points. */
    final double[][] radarSites;
    final double[][] batterySites;
    /** Each radar's track where it never sees the threat. */
    final RadarTrack[] noTracks;
    /** Radars whose tracks cue each battery: named ones (or any) with a sharing path, plus its fire-control radar. */
    final int[][] cues;
    /**
     * Batteries of one group have the same cueing radars with the same latencies (same force, cues and fire control):
     * the same radar's track reaches them first, found once per raid and group.
     */
    final int[] cueGroup;
    final int cueGroups;

    Deployment(Scenario scenario) {
        this.forces = scenario.forces();
        this.agreements = scenario.agreements();
        this.radarList = scenario.radars();
        this.batteries = scenario.batteries();
        this.radars = radarList.stream().map(RadarGeometry::new).toArray(RadarGeometry[]::new);
        this.network = new Network(scenario);
        List<String> radarNames = radarList.stream().map(Radar::name).toList();
        this.forceOfRadar = radarList.stream().mapToInt(r -> network.indexOf(r.force())).toArray();
        this.forceOfBattery = batteries.stream().mapToInt(b -> network.indexOf(b.force())).toArray();
        this.fireControlOf = batteries.stream()
                .mapToInt(b -> b.fireControl() == null ? -1 : radarNames.indexOf(b.fireControl())).toArray();
        this.namedCues = batteries.stream()
                .map(b -> b.cuedBy().stream().mapToInt(radarNames::indexOf).toArray()).toArray(int[][]::new);
        this.allRadars = IntStream.range(0, radars.length).toArray();
        this.radarSites = radarList.stream().map(r -> ThreatPath.unitVector(r.site())).toArray(double[][]::new);
        this.batterySites = batteries.stream().map(b -> ThreatPath.unitVector(b.site())).toArray(double[][]::new);
        this.noTracks = radarList.stream().map(r -> new RadarTrack(r.name(), List.of(), null)).toArray(RadarTrack[]::new);
        this.cues = cueingSets();
        this.cueGroup = new int[cues.length];
        Map<List<Integer>, Integer> groups = new HashMap<>();
        for (int b = 0; b < cues.length; b++) {
            List<Integer> key = new ArrayList<>(List.of(forceOfBattery[b], fireControlOf[b]));
            Arrays.stream(cues[b]).forEach(key::add);
            cueGroup[b] = groups.computeIfAbsent(key, k -> groups.size());
        }
        this.cueGroups = groups.size();
    }

    /** Whether the scenario deploys exactly this: then every raid meets the same geometry here. */
    boolean deploys(Scenario scenario) {
        return forces.equals(scenario.forces()) && agreements.equals(scenario.agreements()) && radarList.equals(scenario.radars())
                && batteries.equals(scenario.batteries());
    }

    private int[][] cueingSets() {
        int[][] sets = new int[batteries.size()][];
        for (int b = 0; b < sets.length; b++) {
            Set<Integer> set = new LinkedHashSet<>();
            for (int r : candidateCues(b)) {
                if (network.latency(forceOfRadar[r], forceOfBattery[b]) < Double.POSITIVE_INFINITY) {
                    set.add(r);
                }
            }
            if (fireControlOf[b] >= 0) {
                set.add(fireControlOf[b]);
            }
            sets[b] = set.stream().mapToInt(Integer::intValue).toArray();
        }
        return sets;
    }

    /** The radars that may cue battery b: those it names, or all. */
    int[] candidateCues(int b) {
        return namedCues[b].length > 0 ? namedCues[b] : allRadars;
    }
}
