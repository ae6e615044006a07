package io.bulwark.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.bulwark.core.geo.Sphere;
import io.bulwark.core.scenario.Asset;
import io.bulwark.core.scenario.Battery;
import io.bulwark.core.scenario.GeoPoint;
import io.bulwark.core.scenario.InvalidScenarioException;
import io.bulwark.core.scenario.Radar;
import io.bulwark.core.scenario.Raid;
import io.bulwark.core.scenario.Scenario;

/**
 * An analysis that takes the geometry of an earlier one (the editor's re-analysis after an edit) reports exactly what a
 * fresh analysis reports, over seeded series of edits: a requirement, a raid moved, added, removed or reordered, a
 * battery or a radar moved. Raids an edit left as they were keep their geometry, those it changed get new geometry.
 */
class GeometryCacheTest {

    private static final AnalysisOptions OPTIONS = new AnalysisOptions(2, true);
    private static final int EDITS = 8;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 12);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void editsAnalysedWithTheKeptGeometryReportWhatAFreshAnalysisReports(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Scenario scenario = VariedScenarios.generate(seed, 7, 7, 5);
        CoverageAnalyzer analyzer = new CoverageAnalyzer();
        GeometryCache cache = new GeometryCache();
        assertEquals(analyzer.analyze(scenario, OPTIONS).toString(), analyzer.analyze(scenario, OPTIONS, cache).toString());
        for (int edit = 0; edit < EDITS; edit++) {
            Analysis before = cache.take();
            cache.keep(before);
            Scenario edited = edit(scenario, random);
            String what = "seed " + seed + ", edit " + edit + ": " + edited;
            assertEquals(analyzer.analyze(edited, OPTIONS).toString(), analyzer.analyze(edited, OPTIONS, cache).toString(), what);
            Analysis after = cache.take();
            cache.keep(after);
            boolean sameDeployment = before.deployment.deploys(edited);
            for (int r = 0; r < edited.raids().size(); r++) {
                int was = scenario.raids().indexOf(edited.raids().get(r));
                if (sameDeployment && was >= 0) {
                    assertSame(before.raids[was], after.raids[r], what + ": raid " + r + " kept");
                } else if (was >= 0) {
                    assertNotSame(before.raids[was], after.raids[r], what + ": raid " + r + " analysed anew");
                }
            }
            scenario = edited;
        }
    }

    /** One edit, as an analyst makes it in the editor, that leaves the scenario valid. */
    private static Scenario edit(Scenario s, SplittableRandom random) {
        while (true) {
            try {
                return tryEdit(s, random);
            } catch (InvalidScenarioException e) {
                // a raid moved beyond its missile's reach, say: the analyst edits again
            }
        }
    }

    private static Scenario tryEdit(Scenario s, SplittableRandom random) {
        List<Asset> assets = new ArrayList<>(s.assets());
        List<Raid> raids = new ArrayList<>(s.raids());
        List<Battery> batteries = new ArrayList<>(s.batteries());
        List<Radar> radars = new ArrayList<>(s.radars());
        switch (random.nextInt(6)) {
            case 0 -> {
                int a = random.nextInt(assets.size());
                Asset asset = assets.get(a);
                assets.set(a, new Asset(asset.name(), asset.site(), Math.round(random.nextDouble(0.5, 0.99) * 100) / 100.0));
            }
            case 1 -> {
                int r = random.nextInt(raids.size());
                Raid raid = raids.get(r);
                raids.set(r, new Raid(raid.name(), raid.missile(), raid.count(), moved(raid.launch(), random, 20), raid.targetAsset(),
                        raid.aim(), raid.apogeeKm(), raid.launchTimeS()));
            }
            case 2 -> {
                Raid raid = raids.get(random.nextInt(raids.size()));
                raids.add(random.nextInt(raids.size() + 1), new Raid(raid.name() + "x" + raids.size(), raid.missile(), 1,
                        moved(raid.launch(), random, 50), raid.targetAsset(), raid.aim(), null, random.nextInt(200)));
            }
            case 3 -> {
                if (raids.size() > 1) {
                    raids.remove(random.nextInt(raids.size()));
                } else {
                    Collections.reverse(raids);
                }
            }
            case 4 -> {
                int b = random.nextInt(batteries.size());
                Battery battery = batteries.get(b);
                batteries.set(b, new Battery(battery.name(), battery.type(), battery.force(), moved(battery.site(), random, 30),
                        battery.interceptors(), battery.doctrine(), battery.salvoSize(), battery.assessmentS(), battery.cuedBy(),
                        battery.fireControl()));
            }
            default -> {
                int r = random.nextInt(radars.size());
                Radar radar = radars.get(r);
                radars.set(r, new Radar(radar.name(), radar.type(), radar.force(), moved(radar.site(), random, 30), radar.boresightDeg()));
            }
        }
        return new Scenario(s.name(), s.forces(), s.agreements(), radars, batteries, assets, s.regions(), raids);
    }

    private static GeoPoint moved(GeoPoint point, SplittableRandom random, double maxKm) {
        GeoPoint ground = Sphere.destination(point, random.nextDouble(0, 360), random.nextDouble(1, maxKm));
        return new GeoPoint(ground.latDeg(), ground.lonDeg(), point.altKm());
    }
}
