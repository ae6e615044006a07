package io.bulwark.core.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.bulwark.core.analysis.Inventory.Outcome;
import io.bulwark.core.finding.Finding;
import io.bulwark.core.finding.FindingKind;
import io.bulwark.core.report.Reason;
import io.bulwark.core.scenario.Asset;
import io.bulwark.core.scenario.Battery;
import io.bulwark.core.scenario.Raid;
import io.bulwark.core.scenario.Scenario;

/**
 * The inventory and the single-point-of-failure what-ifs against the straightforward recomputation: every loss's
 * engagements for every threat, all threats sorted anew, an allocation per threat and battery, every negation, and
 * the gaps compared as text. Seeded scenarios with scarce inventories and raids of several missiles, so that
 * batteries run dry inside a raid and losses move raids in the order.
 */
class WhatIfsTest {

    static Stream<Arguments> seeds() {
        return LongStream.rangeClosed(1, 24).mapToObj(seed -> Arguments.of(Named.of("seed=" + seed, seed)));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyLossGivesTheAllocationAndNegationsOfTheStraightforwardRecomputation(long seed) {
        Scenario scenario = VariedScenarios.generate(seed, 30, 12, 8);
        Analysis analysis = new Analysis(scenario, 1, true, true);
        Inventory inventory = new Inventory(analysis);
        Straightforward reference = new Straightforward(analysis);
        assertSame("baseline", reference.baseline(), inventory.baseline(), analysis);
        int changing = 0;
        for (int r = 0; r < scenario.radars().size(); r++) {
            Outcome fast = inventory.withoutRadar(r);
            Expected slow = reference.withoutRadar(r);
            if (slow == null) {
                assertNull(fast, "radar " + r);
            } else {
                assertSame("without radar " + r, slow, fast, analysis);
                changing++;
            }
        }
        for (int b = 0; b < scenario.batteries().size(); b++) {
            Outcome fast = inventory.withoutBattery(b);
            Expected slow = reference.withoutBattery(b);
            if (slow == null) {
                assertNull(fast, "battery " + b);
            } else {
                assertSame("without battery " + b, slow, fast, analysis);
                changing++;
            }
        }
        assertTrue(changing > 0, "some loss changes an engagement");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void singlePointsOfFailureAreTheGapsTheStraightforwardRecomputationCreates(long seed) {
        Scenario scenario = VariedScenarios.generate(seed, 30, 12, 8);
        Analysis analysis = new Analysis(scenario, 1, true, true);
        Straightforward reference = new Straightforward(analysis);
        Set<String> before = reference.gapKeys(reference.baseline());
        Map<String, String> expected = new LinkedHashMap<>();
        for (int r = 0; r < scenario.radars().size(); r++) {
            String name = scenario.radars().get(r).name();
            created(reference, before, reference.withoutRadar(r)).ifPresent(gaps -> expected.put(name, gaps));
        }
        for (int b = 0; b < scenario.batteries().size(); b++) {
            String name = scenario.batteries().get(b).name();
            created(reference, before, reference.withoutBattery(b)).ifPresent(gaps -> expected.put(name, gaps));
        }
        Map<String, String> actual = new LinkedHashMap<>();
        for (Finding finding : new CoverageAnalyzer().analyze(scenario, new AnalysisOptions(1, true)).findings()) {
            if (finding.kind() == FindingKind.SINGLE_POINT_OF_FAILURE) {
                actual.put(finding.subject(), finding.data().get("newGaps"));
            }
        }
        assertEquals(expected, actual);
    }

    private static Optional<String> created(Straightforward reference, Set<String> before, Expected without) {
        if (without == null) {
            return Optional.empty();
        }
        Set<String> created = new LinkedHashSet<>(reference.gapKeys(without));
        created.removeAll(before);
        return created.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", created));
    }

    private static void assertSame(String what, Expected expected, Outcome actual, Analysis analysis) {
        int batteries = analysis.scenario.batteries().size();
        for (int t = 0; t < analysis.paths.length; t++) {
            assertEquals(expected.negation[t], actual.negation[t], 0, what + ", negation of threat " + t);
            for (int b = 0; b < batteries; b++) {
                assertEquals(expected.allocated[t][b], actual.allocated(t, b), what + ", allocation " + t + "/" + b);
            }
        }
        assertArrayEquals(expected.shortfall, actual.shortfall, what + ", shortfalls");
        assertArrayEquals(expected.plannedTotal, actual.plannedTotal, what + ", planned");
    }

    private record Expected(Engagement[][] engagements, int[][] allocated, double[] negation, int[] shortfall, int[] plannedTotal) {
    }

    /** The inventory as the contract states it, threat by threat, with a full recomputation per loss. */
    private static final class Straightforward {

        private final Analysis analysis;
        private final Scenario scenario;

        Straightforward(Analysis analysis) {
            this.analysis = analysis;
            this.scenario = analysis.scenario;
        }

        Expected baseline() {
            return allocate(Arrays.stream(analysis.raids).map(Analysis.RaidGeometry::engagements).toArray(Engagement[][]::new));
        }

        Expected withoutRadar(int radar) {
            Engagement[][] rows = new Engagement[analysis.raids.length][];
            boolean changed = false;
            for (int q = 0; q < rows.length; q++) {
                rows[q] = analysis.raids[q].engagements().clone();
                for (int b = 0; b < rows[q].length; b++) {
                    if (rows[q][b].planned > 0 && analysis.fireControlOf[b] == radar) {
                        rows[q][b] = Engagement.none(Reason.FIRE_CONTROL_BLIND);
                        changed = true;
                    } else if (rows[q][b].planned > 0 && analysis.raids[q].firstCue()[b] == radar) {
                        rows[q][b] = analysis.raids[q].withoutFirstCue()[b];
                        changed = true;
                    }
                }
            }
            return changed ? allocate(rows) : null;
        }

        Expected withoutBattery(int battery) {
            Engagement[][] rows = new Engagement[analysis.raids.length][];
            boolean changed = false;
            for (int q = 0; q < rows.length; q++) {
                rows[q] = analysis.raids[q].engagements().clone();
                if (rows[q][battery].planned > 0) {
                    rows[q][battery] = Engagement.none(Reason.NO_INTERCEPTORS);
                    changed = true;
                }
            }
            return changed ? allocate(rows) : null;
        }

        private Expected allocate(Engagement[][] rowOfRaid) {
            int threats = analysis.paths.length;
            int batteries = scenario.batteries().size();
            Engagement[][] engagements = new Engagement[threats][];
            double[] earliest = new double[threats];
            for (int t = 0; t < threats; t++) {
                engagements[t] = rowOfRaid[analysis.paths[t].raidIndex];
                earliest[t] = Double.POSITIVE_INFINITY;
                for (Engagement e : engagements[t]) {
                    if (e.planned > 0) {
                        earliest[t] = Math.min(earliest[t], analysis.paths[t].scenarioTime(e.firstInterceptS));
                    }
                }
            }
            List<Integer> order = new ArrayList<>(IntStream.range(0, threats).boxed().toList());
            order.sort((x, y) -> {
                int c = Double.compare(earliest[x], earliest[y]);
                return c != 0 ? c : Integer.compare(x, y);
            });
            int[] remaining = scenario.batteries().stream().mapToInt(Battery::interceptors).toArray();
            int[][] allocated = new int[threats][batteries];
            int[] shortfall = new int[batteries];
            int[] plannedTotal = new int[batteries];
            for (int t : order) {
                for (int b = 0; b < batteries; b++) {
                    int planned = engagements[t][b].planned;
                    int given = Math.min(planned, remaining[b]);
                    remaining[b] -= given;
                    allocated[t][b] = given;
                    shortfall[b] += planned - given;
                    plannedTotal[b] += planned;
                }
            }
            double[] negation = new double[threats];
            for (int t = 0; t < threats; t++) {
                double survive = 1;
                for (int b = 0; b < batteries; b++) {
                    if (allocated[t][b] > 0) {
                        survive *= Math.pow(1 - scenario.batteries().get(b).type().pk(), allocated[t][b]);
                    }
                }
                negation[t] = 1 - survive;
            }
            return new Expected(engagements, allocated, negation, shortfall, plannedTotal);
        }

        /** The texts of the kind-1 and kind-2 gaps, raid by raid. */
        Set<String> gapKeys(Expected outcome) {
            Set<String> keys = new LinkedHashSet<>();
            for (int r = 0; r < scenario.raids().size(); r++) {
                Raid raid = scenario.raids().get(r);
                Asset asset = scenario.assets().stream().filter(a -> a.name().equals(raid.targetAsset())).findFirst().orElse(null);
                double worst = 1;
                boolean unengaged = false;
                for (int t = analysis.firstThreat[r]; t < analysis.firstThreat[r + 1]; t++) {
                    worst = Math.min(worst, outcome.negation[t]);
                    unengaged |= Arrays.stream(outcome.engagements[t]).noneMatch(e -> e.planned > 0);
                }
                if (asset != null && Precision.probability(worst) < asset.requiredNegation()) {
                    keys.add(asset.name() + " below required negation against " + raid.name());
                }
                if (unengaged) {
                    keys.add("raid " + raid.name() + " unengaged");
                }
            }
            return keys;
        }
    }
}
