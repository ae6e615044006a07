package io.bulwark.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.bulwark.core.geo.Sphere;
import io.bulwark.core.report.CoverageReport;
import io.bulwark.core.report.RadarTrack;
import io.bulwark.core.report.ThreatReport;
import io.bulwark.core.scenario.Agreement;
import io.bulwark.core.scenario.Asset;
import io.bulwark.core.scenario.Battery;
import io.bulwark.core.scenario.Doctrine;
import io.bulwark.core.scenario.Force;
import io.bulwark.core.scenario.GeoPoint;
import io.bulwark.core.scenario.InterceptorType;
import io.bulwark.core.scenario.MissileType;
import io.bulwark.core.scenario.Radar;
import io.bulwark.core.scenario.RadarType;
import io.bulwark.core.scenario.Raid;
import io.bulwark.core.scenario.Scenario;

/** Seeded randomized invariants: each case is a generated scenario, its seed in the test name. */
class PropertiesTest {

    private static final int CASES = 12;
    private static final InterceptorType[] TYPES = { new InterceptorType("Upper", 30, 200, 40, 150, 2.8, 10, 0.85),
            new InterceptorType("Lower", 3, 30, 0.5, 20, 1.7, 8, 0.8) };
    private static final RadarType[] RADARS = { new RadarType("Wide", 800, 1, 120, 0.5, 90, 5),
            new RadarType("AllRound", 300, 1, 360, 0, 90, 3) };
    private static final MissileType MISSILE = new MissileType("SRBM", 600, 0.5);

    static Stream<Arguments> scenarios() {
        return LongStream.range(1, CASES + 1).mapToObj(seed -> Arguments.of(Named.of("seed=" + seed, seed)));
    }

    /** A small theatre: 3 forces, 2 agreements, 4 radars, 4 batteries (unlimited inventory), 3 assets, 4 raids. */
    static Scenario generate(long seed, boolean unlimited) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Force> forces = List.of(new Force("A", "a"), new Force("B", "b"), new Force("C", "c"));
        List<Agreement> agreements = List.of(new Agreement("AB", "A", "B", random.nextBoolean(), random.nextInt(5)),
                new Agreement("BC", "B", "C", random.nextBoolean(), random.nextInt(5)));
        List<Radar> radars = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            radars.add(new Radar("R" + i, RADARS[i % 2], forces.get(random.nextInt(3)).name(), point(random), random.nextDouble(0, 360)));
        }
        List<Battery> batteries = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            batteries.add(battery(random, "B" + i, forces.get(random.nextInt(3)).name(), unlimited));
        }
        List<Asset> assets = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            assets.add(new Asset("S" + i, point(random), 0.9));
        }
        List<Raid> raids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Asset target = assets.get(random.nextInt(assets.size()));
            GeoPoint launch = Sphere.destination(target.site(), random.nextDouble(-60, 60), random.nextDouble(150, 550));
            raids.add(new Raid("T" + i, MISSILE, 1 + random.nextInt(2), launch, target.name(), target.site(),
                    random.nextInt(3) == 0 ? random.nextDouble(30, 300) : null, random.nextInt(60)));
        }
        return new Scenario("Random" + seed, forces, agreements, radars, batteries, assets, List.of(), raids);
    }

    private static Battery battery(SplittableRandom random, String name, String force, boolean unlimited) {
        boolean sls = random.nextBoolean();
        return new Battery(name, TYPES[random.nextInt(2)], force, point(random), unlimited ? 100_000 : 1 + random.nextInt(4),
                sls ? Doctrine.SHOOT_LOOK_SHOOT : Doctrine.SHOOT_SHOOT, sls ? 1 : 2, sls ? 5 : 0, List.of(), null);
    }

    private static GeoPoint point(SplittableRandom random) {
        return new GeoPoint(random.nextDouble(35, 37.5), random.nextDouble(126.5, 129.5), 0.05);
    }

    private static CoverageReport analyze(Scenario scenario, int threads) {
        return new CoverageAnalyzer().analyze(scenario, new AnalysisOptions(threads, true));
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void negationIsAProbability(long seed) {
        for (ThreatReport threat : analyze(generate(seed, false), 1).threats()) {
            assertTrue(threat.negation() >= 0 && threat.negation() <= 1, threat.raid() + ": " + threat.negation());
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void addingABatteryNeverLowersANegationBeforeInventoryLimits(long seed) {
        Scenario scenario = generate(seed, true);
        CoverageReport before = analyze(scenario, 1);
        List<Battery> more = new ArrayList<>(scenario.batteries());
        more.add(battery(new SplittableRandom(seed * 31), "Extra", "A", true));
        CoverageReport after = analyze(scenario.with(scenario.radars(), more, scenario.agreements(), scenario.raids()), 1);
        for (int t = 0; t < before.threats().size(); t++) {
            assertTrue(after.threats().get(t).negation() >= before.threats().get(t).negation(), "threat " + t);
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void removingASharingAgreementNeverGivesAnEarlierTrack(long seed) {
        Scenario scenario = generate(seed, true);
        CoverageReport before = analyze(scenario, 1);
        CoverageReport after = analyze(scenario.with(scenario.radars(), scenario.batteries(), scenario.agreements().subList(0, 1),
                scenario.raids()), 1);
        for (int t = 0; t < before.threats().size(); t++) {
            for (int b = 0; b < scenario.batteries().size(); b++) {
                Double was = before.threats().get(t).engagements().get(b).trackArrivalS();
                Double now = after.threats().get(t).engagements().get(b).trackArrivalS();
                assertTrue(now == null || (was != null && now >= was), "threat " + t + " battery " + b + ": " + was + " -> " + now);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void resultsAreIdenticalAcrossThreadCountsAndRuns(long seed) {
        Scenario scenario = generate(seed, false);
        CoverageReport sequential = analyze(scenario, 1);
        assertEquals(sequential, analyze(scenario, 2));
        assertEquals(sequential, analyze(scenario, 8));
        assertEquals(sequential, analyze(scenario, 1));
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void aTrackNeverFormsBeforeTheTrackTimeHasElapsed(long seed) {
        Scenario scenario = generate(seed, false);
        for (ThreatReport threat : analyze(scenario, 1).threats()) {
            for (RadarTrack track : threat.radarTracks()) {
                if (track.trackTimeS() != null) {
                    double tau = scenario.radars().stream().filter(r -> r.name().equals(track.radar())).findFirst().orElseThrow().type()
                            .trackTimeS();
                    assertTrue(track.trackTimeS() >= track.visibility().get(0).startS() + tau - 0.1001, track.toString());
                }
            }
        }
    }
}
