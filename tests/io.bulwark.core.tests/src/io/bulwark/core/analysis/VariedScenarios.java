package io.bulwark.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import io.bulwark.core.geo.Sphere;
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
import io.bulwark.core.scenario.Region;
import io.bulwark.core.scenario.Scenario;

/**
 * Seeded scenarios that use every feature the analysis has: one-way and missing agreements, named cueing
 * radars, fire-control radars, sectors and elevation bands, lofted and depressed raids of several
 * missiles, scarce inventories, both doctrines and regions of other nations. The same seed and sizes
 * always give the same scenario.
 */
final class VariedScenarios {

    private static final InterceptorType[] INTERCEPTORS = { new InterceptorType("Upper", 30, 200, 40, 150, 2.8, 10, 0.85),
            new InterceptorType("Lower", 3, 30, 0.5, 20, 1.7, 8, 0.8), new InterceptorType("Middle", 10, 120, 15, 60, 2.2, 12, 0.7),
            new InterceptorType("Exo", 100, 1200, 100, 1500, 4.5, 30, 0.6) };
    private static final RadarType[] RADAR_TYPES = { new RadarType("Wide", 800, 1, 120, 0.5, 90, 5),
            new RadarType("AllRound", 300, 1, 360, 0, 90, 3), new RadarType("FireControl", 170, 1, 120, 0.5, 85, 3),
            new RadarType("LongRange", 2000, 10, 90, 1, 70, 10), new RadarType("Narrow", 600, 1, 30, 5, 60, 2) };
    private static final MissileType[] MISSILES = { new MissileType("SRBM", 600, 0.1), new MissileType("MRBM", 1300, 0.5),
            new MissileType("IRBM", 3700, 1.0) };

    private VariedScenarios() {
    }

    static Scenario generate(long seed, int raids, int batteries, int radars) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Force> forces = List.of(new Force("A", "Alpha"), new Force("B", "Alpha"), new Force("C", "Gamma"), new Force("D", null));
        List<Agreement> agreements = new ArrayList<>();
        agreements.add(new Agreement("AB", "A", "B", true, random.nextInt(4)));
        agreements.add(new Agreement("BC", "B", "C", random.nextBoolean(), 1 + random.nextInt(3)));
        if (random.nextBoolean()) {
            agreements.add(new Agreement("AC", "A", "C", false, random.nextDouble(0, 8)));
        }
        List<Radar> radarList = new ArrayList<>();
        for (int r = 0; r < radars; r++) {
            radarList.add(new Radar("R" + r, RADAR_TYPES[random.nextInt(RADAR_TYPES.length)], forces.get(random.nextInt(4)).name(),
                    point(random, random.nextDouble(0, 1.5)), random.nextDouble(-180, 360)));
        }
        List<Battery> batteryList = new ArrayList<>();
        for (int b = 0; b < batteries; b++) {
            boolean sls = random.nextBoolean();
            List<String> cues = new ArrayList<>();
            if (radars > 0 && random.nextInt(3) == 0) {
                for (int k = 1 + random.nextInt(3); k > 0; k--) {
                    String name = "R" + random.nextInt(radars);
                    if (!cues.contains(name)) {
                        cues.add(name);
                    }
                }
            }
            String fireControl = radars > 0 && random.nextInt(3) == 0 ? "R" + random.nextInt(radars) : null;
            batteryList.add(new Battery("B" + b, INTERCEPTORS[random.nextInt(INTERCEPTORS.length)], forces.get(random.nextInt(4)).name(),
                    point(random, random.nextDouble(0, 0.8)), random.nextInt(4) == 0 ? 100_000 : random.nextInt(8),
                    sls ? Doctrine.SHOOT_LOOK_SHOOT : Doctrine.SHOOT_SHOOT, 1 + random.nextInt(2), sls ? random.nextDouble(0, 40) : 0,
                    cues, fireControl));
        }
        List<Asset> assets = new ArrayList<>();
        for (int a = 0; a < Math.max(2, raids / 3); a++) {
            assets.add(new Asset("S" + a, point(random, 0), random.nextDouble(0.5, 0.99)));
        }
        List<Raid> raidList = new ArrayList<>();
        for (int t = 0; t < raids; t++) {
            Asset target = assets.get(random.nextInt(assets.size()));
            MissileType missile = MISSILES[random.nextInt(MISSILES.length)];
            double rangeKm = random.nextDouble(0.1, 0.98) * missile.reachKm();
            GeoPoint launch = Sphere.destination(target.site(), random.nextDouble(-70, 70), rangeKm);
            int shape = random.nextInt(4);
            Double apogee = shape == 0 ? Double.valueOf(random.nextDouble(0.05, 0.2) * rangeKm)
                    : shape == 1 ? Double.valueOf(random.nextDouble(0.5, 2.5) * rangeKm) : null;
            raidList.add(new Raid("T" + t, missile, 1 + random.nextInt(3), launch, target.name(), target.site(), apogee,
                    random.nextInt(300)));
        }
        List<Region> regions = List.of(
                new Region("North", "Gamma", List.of(new GeoPoint(38.5, 124.5, 0), new GeoPoint(41.0, 126.0, 0),
                        new GeoPoint(40.5, 129.5, 0), new GeoPoint(38.3, 128.5, 0)), random.nextDouble(0, 30)),
                new Region("West", "Delta", List.of(new GeoPoint(37.5, 118.0, 0), new GeoPoint(38.0, 122.7, 0),
                        new GeoPoint(35.0, 120.0, 0)), 10.0));
        return new Scenario("Varied" + seed, forces, agreements, radarList, batteryList, assets, regions, raidList);
    }

    private static GeoPoint point(SplittableRandom random, double altKm) {
        return new GeoPoint(random.nextDouble(34, 38), random.nextDouble(125.5, 130), altKm);
    }
}
