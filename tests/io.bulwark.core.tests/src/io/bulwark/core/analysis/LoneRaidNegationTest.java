package io.bulwark.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.bulwark.core.geo.Sphere;
import io.bulwark.core.scenario.GeoPoint;
import io.bulwark.core.scenario.MissileType;
import io.bulwark.core.scenario.Raid;
import io.bulwark.core.scenario.Scenario;
import io.bulwark.core.trajectory.BallisticTrajectory;

/**
 * The cells of a footprint: a lone raid against the deployment prepared once meets the negation of the scenario with
 * that raid alone, as the negations give it and as the full report does (which computes every reason, window and
 * summary the shortcut leaves out: batteries below the apogee, windows after the first, points in range).
 */
class LoneRaidNegationTest {

    private static final AnalysisOptions ONE_THREAD = new AnalysisOptions(1, false);

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = { 11, 12, 13, 14, 15, 16, 17, 18, 19, 20 })
    void aLoneRaidMeetsTheNegationOfTheScenarioWithItAlone(long seed) {
        Scenario scenario = VariedScenarios.generate(seed, 12, 10, 6);
        CoverageAnalyzer analyzer = new CoverageAnalyzer();
        CoverageAnalyzer.LoneRaidNegation lone = analyzer.loneRaidNegation(scenario);
        int engaged = 0;
        int notEngaged = 0;
        for (Raid raid : scenario.raids()) {
            // the raid's own launch point and launch points nearer its target: short, low arcs under the batteries' floors
            for (double share : new double[] { 1, 0.3, 0.05 }) {
                GeoPoint launch = Sphere.destination(raid.aim(), Sphere.initialBearingDeg(raid.aim(), raid.launch()),
                        share * Sphere.groundRangeKm(raid.aim(), raid.launch()));
                Raid one = new Raid(raid.name(), raid.missile(), 1, launch,
                        raid.targetAsset(), raid.aim(), raid.apogeeKm() == null ? null : raid.apogeeKm() * share, raid.launchTimeS());
                Scenario alone = scenario.with(scenario.radars(), scenario.batteries(), scenario.agreements(), List.of(one));
                double expected = analyzer.negations(alone, ONE_THREAD)[0];
                double negation = lone.of(one, null);
                assertEquals(expected, negation, () -> one + " in " + scenario.name());
                assertEquals(analyzer.analyze(alone, ONE_THREAD).threats().get(0).negation(), Precision.probability(negation),
                        () -> one + " in " + scenario.name() + ", full report");
                if (negation > 0) {
                    engaged++;
                } else {
                    notEngaged++;
                }
            }
        }
        assertTrue(engaged > 0 && notEngaged > 0, engaged + " lone raids engaged, " + notEngaged + " not");
    }

    /** A footprint's ring: the raids fly the shape of the arc from its first launch point, turned to theirs. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = { 21, 22, 23, 24, 25 })
    void raidsOfOneRangeSharingTheirArcsShapeMeetTheNegationsOfTheirOwnArcs(long seed) {
        Scenario scenario = VariedScenarios.generate(seed, 3, 10, 6);
        CoverageAnalyzer.LoneRaidNegation lone = new CoverageAnalyzer().loneRaidNegation(scenario);
        GeoPoint aim = scenario.assets().get(0).site();
        int engaged = 0;
        for (double rangeKm : new double[] { 40, 150, 420 }) {
            BallisticTrajectory shape = BallisticTrajectory.minimumEnergy(Sphere.destination(aim, 2.5, rangeKm), aim);
            for (int sector = 0; sector < 72; sector++) {
                Raid raid = new Raid("ring", new MissileType("M", 600, 0.1), 1, Sphere.destination(aim, 2.5 + 5 * sector, rangeKm),
                        scenario.assets().get(0).name(), aim, null, 0);
                double own = lone.of(raid, null);
                assertEquals(Precision.probability(own), Precision.probability(lone.of(raid, shape)),
                        () -> raid.launch() + " in " + scenario.name());
                engaged += own > 0 ? 1 : 0;
            }
        }
        assertTrue(engaged > 0, "no raid engaged");
    }
}
