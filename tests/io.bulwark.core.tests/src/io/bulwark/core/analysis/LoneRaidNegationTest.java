package io.bulwark.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.bulwark.core.geo.Sphere;
import io.bulwark.core.scenario.GeoPoint;
import io.bulwark.core.scenario.Raid;
import io.bulwark.core.scenario.Scenario;

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
        ToDoubleFunction<Raid> lone = analyzer.loneRaidNegation(scenario);
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
                double negation = lone.applyAsDouble(one);
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
}
