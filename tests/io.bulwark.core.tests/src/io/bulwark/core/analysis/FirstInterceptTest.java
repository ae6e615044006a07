package io.bulwark.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.bulwark.core.scenario.Battery;
import io.bulwark.core.scenario.Raid;
import io.bulwark.core.scenario.Scenario;

/**
 * The shortcuts of the engagements against their long way, on the pairs of seeded scenarios: a first intercept's sweep
 * stops after the first run that holds, yet gives the first window's start; a what-if's later earliest launch keeps
 * the first intercept when it is still feasible; an earliest launch halved only as far as the comparisons need
 * decides as the fully halved number does.
 */
class FirstInterceptTest {

    /** What two bisections of one crossing from different points may differ by: 24 halvings of a step of at most 0.5 s. */
    private static final double BISECTION_S = 1e-6;
    private static final double SCAN_S = 0.005;

    static Stream<Arguments> seeds() {
        return LongStream.range(1, 11).mapToObj(seed -> Arguments.of(Named.of("seed=" + seed, seed)));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theFirstInterceptIsTheFirstWindowsStartAndALaterLaunchKeepsItWhileItIsFeasible(long seed) {
        Scenario scenario = VariedScenarios.generate(seed, 12, 10, 6);
        SplittableRandom random = new SplittableRandom(seed);
        int kept = 0;
        int moved = 0;
        for (int r = 0; r < scenario.raids().size(); r++) {
            Raid raid = scenario.raids().get(r);
            ThreatPath path = new ThreatPath(raid, r, 1);
            ArcSamples arc = new ArcSamples(path);
            for (Battery battery : scenario.batteries()) {
                PairGeometry pair = new PairGeometry(battery, arc, null, raid.missile().rcsM2());
                if (!pair.anyEngageable) {
                    continue;
                }
                double earliest = random.nextDouble(-30, path.timeOfFlight());
                String label = raid.name() + " / " + battery.name() + ", earliest launch " + earliest + " (seed " + seed + ")";
                List<Boundary[]> windows = pair.windows(EarliestLaunch.at(earliest));
                Boundary first = pair.firstIntercept(EarliestLaunch.at(earliest));
                if (windows.isEmpty()) {
                    assertNull(first, label);
                    continue;
                }
                // the same points up to the first window's start: the same bisection, to the last bit
                assertEquals(windows.get(0)[0].value(), first.value(), 0, label);
                double t1 = first.value();
                for (double later : new double[] { earliest + random.nextDouble(0, 5), earliest + random.nextDouble(5, 60) }) {
                    EarliestLaunch laterLaunch = EarliestLaunch.at(later);
                    Boundary again = pair.firstIntercept(laterLaunch);
                    if (pair.feasibleAt(t1, laterLaunch)) {
                        kept++;
                        assertEquals(t1, again.value(), BISECTION_S, label + ", later " + later);
                    } else {
                        moved++;
                        assertTrue(again == null || again.value() > t1, label + ", later " + later + ": no intercept comes earlier");
                    }
                }
            }
        }
        assertTrue(kept > 0 && moved > 0, kept + " later launches keep the first intercept, " + moved + " move it");
    }

    /**
     * An earliest launch so late that only the last few tenths of a second of an engageable window can still be
     * reached: those lie between the window's last sample that holds and the next, where the engagement's sweep must
     * look too (a 0.31 s window of varied scenario 78 was lost there).
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void aWindowLeftOnlyAfterTheLastEngageableSampleIsFound(long seed) {
        Scenario scenario = VariedScenarios.generate(seed, 12, 10, 6);
        SplittableRandom random = new SplittableRandom(seed);
        int checked = 0;
        int withFireControl = 0;
        for (int r = 0; r < scenario.raids().size(); r++) {
            Raid raid = scenario.raids().get(r);
            ThreatPath path = new ThreatPath(raid, r, 1);
            ArcSamples arc = new ArcSamples(path);
            for (Battery battery : scenario.batteries()) {
                // with its fire-control radar, if it has one: then the engageable points are swept within the envelope's
                RadarGeometry fireControl = scenario.radars().stream().filter(radar -> radar.name().equals(battery.fireControl()))
                        .map(RadarGeometry::new).findFirst().orElse(null);
                PairGeometry pair = new PairGeometry(battery, arc, fireControl, raid.missile().rcsM2());
                for (Boundary[] window : pair.windows(EarliestLaunch.at(Double.NEGATIVE_INFINITY))) {
                    double end = window[1].value();
                    double t = end - random.nextDouble(0.15, 0.45);
                    if (t <= window[0].value() || end >= path.timeOfFlight() - 1) {
                        continue;
                    }
                    // the latest earliest launch that still reaches t: bisected on the feasibility test itself
                    double lo = t - 1000;
                    double hi = t;
                    for (int k = 0; k < 60; k++) {
                        double mid = (lo + hi) / 2;
                        if (pair.feasibleAt(t, EarliestLaunch.at(mid))) {
                            lo = mid;
                        } else {
                            hi = mid;
                        }
                    }
                    // the feasible interval around t, scanned every 5 ms: the contract asks for those of 0.1 s or longer
                    EarliestLaunch launch = EarliestLaunch.at(lo);
                    double from = t;
                    while (from > t - 60 && pair.feasibleAt(from - SCAN_S, launch)) {
                        from -= SCAN_S;
                    }
                    double to = t;
                    while (to < t + 60 && pair.feasibleAt(to + SCAN_S, launch)) {
                        to += SCAN_S;
                    }
                    if (to - from < Sweep.MAX_UNSETTLED_S + 2 * SCAN_S) {
                        continue;
                    }
                    checked++;
                    withFireControl += fireControl == null ? 0 : 1;
                    String label = raid.name() + " / " + battery.name() + ", earliest launch " + lo + ": feasible from " + from + " to " + to
                            + " (seed " + seed + ")";
                    boolean found = false;
                    for (Boundary[] late : pair.windows(launch)) {
                        found |= Math.abs(late[0].value() - from) <= Sweep.MAX_UNSETTLED_S && Math.abs(late[1].value() - to) <= Sweep.MAX_UNSETTLED_S;
                    }
                    assertTrue(found, label + ": windows " + pair.windows(launch).stream().map(w -> w[0].value() + "-" + w[1].value()).toList());
                    assertTrue(pair.firstIntercept(launch) != null, label + ": a first intercept");
                }
            }
        }
        // seeds 1-10 check 39 to 52 windows each, with a fire-control radar in 8 of them
        assertTrue(checked > 0, checked + " windows checked, " + withFireControl + " with a fire-control radar");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void anEarliestLaunchHalvedAsFarAsNeededDecidesAsTheFullyHalvedNumber(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int k = 0; k < 200; k++) {
            double a = random.nextDouble(0, 500);
            double b = a + random.nextDouble(0.01, 0.5);
            double root = random.nextDouble(a, b);
            double s1 = random.nextDouble(0, 20);
            double s2 = random.nextBoolean() ? 0 : random.nextDouble(0, 5);
            double s3 = random.nextDouble(0, 10);
            double full = new Boundary(a, b, t -> t >= root, true).value() + s1 + s2 + s3;
            EarliestLaunch number = EarliestLaunch.at(full);
            EarliestLaunch lazy = EarliestLaunch.after(new Boundary(a, b, t -> t >= root, true), s1, s2, s3);
            String label = "boundary in (" + a + ", " + b + "] at " + root + ", shifts " + s1 + " " + s2 + " " + s3 + " (seed " + seed + ")";
            for (int j = 0; j < 20; j++) {
                // launch times around the earliest launch, some within the first bracket, one exactly at it
                double launch = j == 0 ? full : full + random.nextDouble(-1, 1) * Math.pow(10, -random.nextInt(8));
                assertEquals(number.allows(launch), lazy.allows(launch), label + ", launch " + launch);
                assertTrue(lazy.marginS(launch) <= number.marginS(launch), label + ", margin at " + launch + " is a lower bound");
                assertTrue(lazy.lowerBoundS() <= full, label);
            }
            // the second salvo: after the first's and after the assessment of a first intercept
            double interceptAt = full + random.nextDouble(-20, 40);
            double assessmentS = random.nextDouble(0, 15);
            Boundary intercept = new Boundary(interceptAt - 0.5, interceptAt, t -> t >= interceptAt - 0.2, true);
            double second = Math.max(full, new Boundary(interceptAt - 0.5, interceptAt, t -> t >= interceptAt - 0.2, true).value() + assessmentS);
            EarliestLaunch lazySecond = lazy.thenAfter(intercept, assessmentS);
            for (double launch : new double[] { second, Math.nextDown(second), Math.nextUp(second), second - 0.3, second + 0.3 }) {
                assertEquals(launch >= second, lazySecond.allows(launch), label + ", second salvo at " + launch);
            }
        }
    }
}
