package io.bulwark.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.bulwark.core.finding.Finding;
import io.bulwark.core.finding.FindingKind;
import io.bulwark.core.geo.Sphere;
import io.bulwark.core.report.CoverageReport;
import io.bulwark.core.scenario.Asset;
import io.bulwark.core.scenario.Battery;
import io.bulwark.core.scenario.Doctrine;
import io.bulwark.core.scenario.Force;
import io.bulwark.core.scenario.GeoPoint;
import io.bulwark.core.scenario.InterceptorType;
import io.bulwark.core.scenario.MissileType;
import io.bulwark.core.scenario.Raid;
import io.bulwark.core.scenario.Scenario;

/**
 * The findings worked out on several threads (each raid's, each loss's what-if) against one thread, and the batteries a
 * finding names as the nearest that cannot engage against a plain sort by ground range.
 */
class ParallelFindingsTest {

    private static final InterceptorType SHORT_RANGE = new InterceptorType("Short", 3, 100, 0.5, 30, 1.7, 8, 0.8);
    private static final MissileType SRBM = new MissileType("SRBM", 600, 0.5);

    static Stream<Arguments> seeds() {
        return LongStream.rangeClosed(1, 8).mapToObj(seed -> Arguments.of(Named.of("seed=" + seed, seed)));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void findingsAreTheSameOnAnyNumberOfThreads(long seed) {
        Scenario scenario = VariedScenarios.generate(seed, 60, 16, 10);
        CoverageReport one = new CoverageAnalyzer().analyze(scenario, new AnalysisOptions(1, true));
        Set<FindingKind> kinds = one.findings().stream().map(Finding::kind).collect(Collectors.toSet());
        assertTrue(kinds.containsAll(Set.of(FindingKind.ASSET_BELOW_REQUIRED_NEGATION, FindingKind.SINGLE_POINT_OF_FAILURE)),
                "kinds found: " + kinds);
        for (int threads : new int[] { 2, 3, 8 }) {
            CoverageReport many = new CoverageAnalyzer().analyze(scenario, new AnalysisOptions(threads, true));
            assertEquals(one.findings(), many.findings(), threads + " threads");
            assertEquals(one.assetRaids(), many.assetRaids(), threads + " threads");
            assertEquals(one.assets(), many.assets(), threads + " threads");
        }
    }

    static Stream<Arguments> nearTies() {
        return LongStream.rangeClosed(1, 24).mapToObj(seed -> Arguments.of(Named.of("seed=" + seed, seed)));
    }

    /**
     * Batteries out of range of an unengaged raid, around its aim point at ground ranges a few metres apart (below
     * the precision of a cheaper ranking) and some on one site (a tie, the first declared first): the finding names
     * the three nearest by ground range, then declaration order.
     */
    @ParameterizedTest
    @MethodSource("nearTies")
    void theBatteriesNamedAsNearestAreTheNearestByGroundRange(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        GeoPoint aim = new GeoPoint(36, 127, 0);
        double baseKm = random.nextDouble(300, 3000);
        List<Battery> batteries = new ArrayList<>();
        for (int b = 0; b < 9; b++) {
            GeoPoint site = b > 0 && random.nextInt(3) == 0 ? batteries.get(random.nextInt(b)).site()
                    : Sphere.destination(aim, random.nextDouble(0, 360), baseKm + random.nextDouble(-0.006, 0.006));
            batteries.add(new Battery("B" + b, SHORT_RANGE, "A", site, 10, Doctrine.SHOOT_SHOOT, 1, 0, List.of(), null));
        }
        Asset asset = new Asset("S", aim, 0.9);
        Raid raid = new Raid("T", SRBM, 1, Sphere.destination(aim, random.nextDouble(0, 360), 300), "S", aim, null, 0);
        Scenario scenario = new Scenario("NearTies" + seed, List.of(new Force("A", "a")), List.of(), List.of(), batteries, List.of(asset),
                List.of(), List.of(raid));
        List<String> expected = batteries.stream()
                .sorted(Comparator.comparingDouble((Battery b) -> Sphere.groundRangeKm(b.site(), aim))
                        .thenComparingInt(b -> Integer.parseInt(b.name().substring(1))))
                .limit(3).map(Battery::name).toList();
        Finding notEngaged = new CoverageAnalyzer().analyze(scenario, new AnalysisOptions(1, true)).findings().stream()
                .filter(f -> f.kind() == FindingKind.THREAT_NOT_ENGAGED).findFirst().orElseThrow();
        List<String> named = new ArrayList<>();
        Matcher matcher = Pattern.compile("(B\\d+) cannot engage").matcher(notEngaged.message());
        while (matcher.find()) {
            named.add(matcher.group(1));
        }
        assertEquals(expected, named, notEngaged.message());
        assertTrue(notEngaged.message().endsWith("; 6 more batteries cannot engage"), notEngaged.message());
    }
}
