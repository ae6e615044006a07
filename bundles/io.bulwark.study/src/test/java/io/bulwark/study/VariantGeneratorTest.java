package io.bulwark.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.core.geo.Sphere;
import io.bulwark.core.scenario.Battery;
import io.bulwark.core.scenario.Doctrine;
import io.bulwark.core.scenario.GeoPoint;
import io.bulwark.core.scenario.Raid;
import io.bulwark.core.scenario.Scenario;

/** The variant generator without Spark: counts, the order of the cross product, determinism, Monte Carlo seeds. */
class VariantGeneratorTest {

    @TempDir
    Path dir;

    private static final String SWEEP = """
            study s for Small {
                add battery PAC2 : PAC3_CRI { owner ROK at 37.3 N, 127.0 E interceptors 4 fire-control MPQ }
                remove ROK_US
                site PAC2 grid around 37.3 N, 127.0 E radius 30 km step 10 km
                vary PAC interceptors 4, 8, 16
                vary PAC doctrine shoot-shoot, shoot-look-shoot
                vary North4 apogee 40 .. 60 km step 10
                vary North1 launch-time 0 .. 1 min step 0.5
                objective worst-negation Seoul
                objective interceptors-spent
                objective findings 6
                constraint Seoul covered
            }
            """;

    @Test
    void theCountIsTheCrossProductAndTheLastAxisVariesFastest() throws IOException {
        StudyPlan plan = Studies.plan(dir, Studies.SMALL, SWEEP);
        Axis.Sites sites = (Axis.Sites) plan.axes().get(0);
        // a 10 km grid inside a 30 km disc: by hand, the cells (i, j) with i^2 + j^2 <= 9 number 29
        assertEquals(29, sites.size());
        GeoPoint center = new GeoPoint(37.3, 127.0, 0);
        assertTrue(sites.cells().stream().allMatch(c -> Sphere.groundRangeKm(center, c) <= 30.01), "every cell is in the disc (to the 1e-4 deg of the rounding)");
        assertEquals(29L * 3 * 2 * 3 * 3, plan.variantCount());
        assertEquals("study s for Small: 29 sites of PAC2 x 3 PAC.interceptors x 2 PAC.doctrine x 3 North4.apogee x 3 North1.launch-time"
                + " = 1,566 variants", StudyCommand.describe(plan, plan.variantCount()));
        assertEquals(List.of(), plan.base().agreements(), "the removed agreement is gone");
        assertEquals("PAC2", plan.base().batteries().get(1).name(), "the added battery is there");

        List<Object> values = new ArrayList<>();
        Scenario last = plan.variant(plan.variantCount() - 1, values);
        Battery pac = last.batteries().get(0);
        assertEquals(16, pac.interceptors());
        assertEquals(Doctrine.SHOOT_LOOK_SHOOT, pac.doctrine());
        Raid north1 = last.raids().get(0);
        assertEquals(60.0, north1.launchTimeS(), "1 min in the core's seconds");
        assertEquals(60.0, last.raids().get(1).apogeeKm());
        assertEquals(sites.cells().get(28), last.batteries().get(1).site());

        values.clear();
        Scenario second = plan.variant(1, values);
        assertEquals(30.0, second.raids().get(0).launchTimeS(), "variant 1 changes only the last axis");
        assertEquals(List.of(sites.cells().get(0).latDeg(), sites.cells().get(0).lonDeg(), 4.0, "shoot-shoot", 40.0, 30.0), values);
    }

    @Test
    void rowsAreAPureFunctionOfTheIndex() throws IOException {
        StudyPlan plan = Studies.plan(dir, Studies.SMALL, SWEEP);
        StudyPlan again = Studies.plan(dir.resolve("again"), Studies.SMALL, SWEEP);
        for (long i : new long[] { 0, 1, 777, plan.variantCount() - 1 }) {
            Object[] row = plan.row(i);
            assertArrayEquals(row, plan.row(i), "the same plan, twice");
            assertArrayEquals(row, again.row(i), "a plan compiled again from the same files");
            assertEquals(i, row[0]);
            assertEquals(plan.columns().size(), row.length);
        }
    }

    private static String monteCarlo(int seed) {
        return """
                study s for Small {
                    vary PAC interceptors 4, 8
                    monte-carlo 40 samples seed %d {
                        launch North1 within 5 km
                        draw PAC3_CRI pk uniform 0.5 .. 0.9
                        draw ROK_US latency normal 2 sd 0.5 s
                    }
                    objective worst-negation
                }
                """.formatted(seed);
    }

    @Test
    void monteCarloSeed42GivesTheSameSamplesForEveryCombinationAndEveryRun() throws IOException {
        StudyPlan plan = Studies.plan(dir, Studies.SMALL, monteCarlo(42));
        assertEquals(80, plan.variantCount());
        Set<List<Object>> distinct = new HashSet<>();
        GeoPoint declared = new GeoPoint(38.65, 125.79, 0);
        for (int k = 0; k < 40; k++) {
            List<Object> first = new ArrayList<>();
            List<Object> second = new ArrayList<>();
            Scenario a = plan.variant(k, first);
            plan.variant(40 + k, second);
            assertEquals(first.subList(1, first.size()), second.subList(1, second.size()), "sample " + k + " is the same in both combinations");
            distinct.add(first.subList(1, first.size()));
            double offsetKm = Sphere.groundRangeKm(declared, a.raids().get(0).launch());
            assertTrue(offsetKm <= 5.0 + 1e-9, "launch point within the disc, not " + offsetKm + " km");
            double pk = a.batteries().get(0).type().pk();
            assertTrue(pk >= 0.5 && pk <= 0.9, "uniform pk in [0.5, 0.9], not " + pk);
            assertTrue(a.agreements().get(0).latencyS() >= 0, "latency clamped at 0");
        }
        assertEquals(40, distinct.size(), "40 different samples");
        // the generator is a function of (seed, sample) only: a known value pins it across machines and versions
        assertEquals(new java.util.SplittableRandom(42 * 0x9E3779B97F4A7C15L + 3).nextDouble(), plan.monteCarlo().random(3).nextDouble());
    }

    @Test
    void monteCarloSeeds42And43DrawDifferentSamples() throws IOException {
        List<Object> a = new ArrayList<>();
        List<Object> b = new ArrayList<>();
        Studies.plan(dir.resolve("a"), Studies.SMALL, monteCarlo(42)).variant(5, a);
        Studies.plan(dir.resolve("b"), Studies.SMALL, monteCarlo(43)).variant(5, b);
        assertEquals(a.get(0), b.get(0));
        assertNotEquals(a.subList(1, a.size()), b.subList(1, b.size()));
    }

    @Test
    void aRangeOfDecimalsHasExactSteps() throws IOException {
        StudyPlan plan = Studies.plan(dir, Studies.SMALL, "study s for Small { vary PAC3_CRI pk 0.1 .. 0.3 step 0.1 objective assets-covered }\n");
        assertEquals(List.of(0.1, 0.2, 0.3), ((Axis.Values) plan.axes().get(0)).choices());
    }
}
