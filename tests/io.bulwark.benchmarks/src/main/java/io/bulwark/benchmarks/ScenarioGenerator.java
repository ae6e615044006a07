package io.bulwark.benchmarks;

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
 * Seeded, deterministic theatre-wide scenarios: N threats over M batteries and K radars, several
 * forces chained by agreements, assets spread over the defended area and launch points north of them.
 * The same (seed, sizes) always gives the same scenario.
 */
public final class ScenarioGenerator {

    /** Defended area: a box of about 550 x 500 km. */
    private static final double DEFENDED_LAT_MIN = 33.0;
    private static final double DEFENDED_LAT_MAX = 37.5;
    private static final double LON_MIN = 125.0;
    private static final double LON_MAX = 131.0;

    private static final InterceptorType UPPER_TIER = new InterceptorType("UpperTier", 30, 200, 40, 150, 2.8, 10, 0.85);
    private static final InterceptorType LOWER_TIER = new InterceptorType("LowerTier", 3, 30, 0.5, 20, 1.7, 8, 0.8);
    private static final RadarType SURVEILLANCE = new RadarType("Surveillance", 800, 1, 120, 0.5, 90, 5);
    private static final RadarType FIRE_CONTROL = new RadarType("FireControl", 170, 1, 120, 0.5, 85, 3);
    private static final MissileType SRBM = new MissileType("SRBM", 600, 0.1);
    private static final MissileType MRBM = new MissileType("MRBM", 1300, 0.1);

    private ScenarioGenerator() {
    }

    /**
     * @param seed      random seed
     * @param threats   number of threats (raids of one missile each)
     * @param batteries number of batteries
     * @param radars    number of radars (half surveillance, half fire control)
     * @param forces    number of forces, chained by mutual agreements with 1-3 s latency
     */
    public static Scenario generate(long seed, int threats, int batteries, int radars, int forces) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Force> forceList = new ArrayList<>();
        List<Agreement> agreements = new ArrayList<>();
        for (int f = 0; f < forces; f++) {
            forceList.add(new Force("F" + f, "Nation " + f));
            if (f > 0) {
                agreements.add(new Agreement("A" + f, "F" + (f - 1), "F" + f, true, 1 + random.nextInt(3)));
            }
        }
        List<Radar> radarList = new ArrayList<>();
        for (int r = 0; r < radars; r++) {
            RadarType type = r % 2 == 0 ? SURVEILLANCE : FIRE_CONTROL;
            radarList.add(new Radar("R" + r, type, "F" + (r % forces), defendedPoint(random), 330 + random.nextDouble(-30, 30)));
        }
        List<Battery> batteryList = new ArrayList<>();
        for (int b = 0; b < batteries; b++) {
            boolean upper = b % 3 == 0;
            batteryList.add(new Battery("B" + b, upper ? UPPER_TIER : LOWER_TIER, "F" + (b % forces), defendedPoint(random),
                    upper ? 48 : 32, upper ? Doctrine.SHOOT_LOOK_SHOOT : Doctrine.SHOOT_SHOOT, upper ? 1 : 2, upper ? 10 : 0,
                    List.of(), null));
        }
        List<Asset> assets = new ArrayList<>();
        int assetCount = Math.max(1, Math.min(50, threats / 10));
        for (int a = 0; a < assetCount; a++) {
            assets.add(new Asset("S" + a, defendedPoint(random), 0.9));
        }
        List<Raid> raids = new ArrayList<>();
        for (int t = 0; t < threats; t++) {
            Asset target = assets.get(random.nextInt(assets.size()));
            MissileType missile = t % 4 == 0 ? MRBM : SRBM;
            // launched from the north, always within the missile's reach
            double bearingDeg = random.nextDouble(-50, 50);
            double rangeKm = random.nextDouble(0.35, 0.95) * missile.reachKm();
            GeoPoint launch = Sphere.destination(target.site(), bearingDeg, rangeKm);
            raids.add(new Raid("T" + t, missile, 1, launch, target.name(), target.site(), null, random.nextInt(600)));
        }
        List<Region> regions = List.of(new Region("Neighbour", "Neighbour",
                List.of(new GeoPoint(37.5, 118.0, 0), new GeoPoint(38.0, 122.7, 0), new GeoPoint(35.0, 120.0, 0)), 10.0));
        return new Scenario("Generated" + seed, forceList, agreements, radarList, batteryList, assets, regions, raids);
    }

    /** The Korea 2016 fixture of the core tests (Korea2016Test), as records. */
    public static Scenario korea2016() {
        InterceptorType thaad = new InterceptorType("THAAD", 30, 200, 40, 150, 2.8, 10, 0.85);
        RadarType tpy2 = new RadarType("AN_TPY_2", 1000, 1, 120, 0.5, 90, 5);
        MissileType scudC = new MissileType("Scud_C", 550, 0.1);
        GeoPoint seongju = new GeoPoint(36.006, 128.169, 0.68);
        GeoPoint seoul = new GeoPoint(37.566, 126.978, 0);
        GeoPoint busan = new GeoPoint(35.180, 129.076, 0);
        return new Scenario("Korea2016",
                List.of(new Force("USFK", "United States"), new Force("ROK", "Republic of Korea"), new Force("JSDF", "Japan")),
                List.of(new Agreement("ROK_US", "USFK", "ROK", true, 2), new Agreement("US_JAPAN", "USFK", "JSDF", true, 3)),
                List.of(new Radar("TPY2_Seongju", tpy2, "USFK", seongju, 320)),
                List.of(new Battery("THAAD_Seongju", thaad, "USFK", seongju, 48, Doctrine.SHOOT_LOOK_SHOOT, 1, 10, List.of(),
                        "TPY2_Seongju")),
                List.of(new Asset("Seoul", seoul, 0.9), new Asset("Busan", busan, 0.9)), List.of(),
                List.of(new Raid("North1", scudC, 4, new GeoPoint(38.9, 125.6, 0), "Busan", busan, null, 0),
                        new Raid("North2", scudC, 1, new GeoPoint(38.65, 125.79, 0), "Seoul", seoul, null, 0),
                        new Raid("North3", scudC, 1, new GeoPoint(39.0, 125.8, 0), "Busan", busan, 150.0, 30)));
    }

    private static GeoPoint defendedPoint(SplittableRandom random) {
        return new GeoPoint(random.nextDouble(DEFENDED_LAT_MIN, DEFENDED_LAT_MAX), random.nextDouble(LON_MIN, LON_MAX), 0.05);
    }
}
