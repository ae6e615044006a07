package io.bulwark.core.footprint;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import io.bulwark.core.analysis.AnalysisOptions;
import io.bulwark.core.analysis.CoverageAnalyzer;
import io.bulwark.core.analysis.Parallel;
import io.bulwark.core.analysis.Precision;
import io.bulwark.core.geo.Sphere;
import io.bulwark.core.scenario.Asset;
import io.bulwark.core.scenario.GeoPoint;
import io.bulwark.core.scenario.InvalidScenarioException;
import io.bulwark.core.scenario.MissileType;
import io.bulwark.core.scenario.Raid;
import io.bulwark.core.scenario.Scenario;
import io.bulwark.core.trajectory.BallisticTrajectory;

/**
 * Defended footprint (coverage model rule 16): a polar grid around the asset, rings every
 * {@code ringStepKm} out to the missile's reach and bearings every {@code bearingStepDeg}; each cell is
 * tested as a lone minimum-energy threat launched at time 0 from its centre against full inventories.
 * Cells are analysed in parallel; the result lists them in grid order and sums their areas in that order.
 */
public final class FootprintAnalyzer {

    public static final double DEFAULT_RING_STEP_KM = 10;
    public static final double DEFAULT_BEARING_STEP_DEG = 5;
    /**
     * The most cells a footprint grid may have: each cell is one analysis and one shape of the map. The default grid out
     * to the antipode (20,015 km in 10 km rings, 5 deg bearings: 144,144 cells) and the fine grid of a medium-range
     * missile (1,000 km in 1 km rings, 1 deg bearings: 360,000 cells) fit.
     */
    public static final long MAX_CELLS = 400_000;

    private final CoverageAnalyzer analyzer = new CoverageAnalyzer();

    public Footprint footprint(Scenario scenario, String assetName, MissileType missile, AnalysisOptions options) {
        return footprint(scenario, assetName, missile, DEFAULT_RING_STEP_KM, DEFAULT_BEARING_STEP_DEG, options);
    }

    public Footprint footprint(Scenario scenario, String assetName, MissileType missile, double ringStepKm, double bearingStepDeg,
            AnalysisOptions options) {
        return footprint(scenario, assetName, missile, ringStepKm, bearingStepDeg, options, (done, total) -> {
        });
    }

    /** Receives the number of cells analysed so far and the grid's size, from any worker thread. */
    @FunctionalInterface
    public interface Progress {
        void cellsDone(int done, int total);
    }

    /**
     * The number of cells of the grid out to {@code reachKm}, counted before any is made (so that a tiny step is refused,
     * not run out of memory); {@link Long#MAX_VALUE} when it does not fit a long.
     */
    public static long cellCount(double reachKm, double ringStepKm, double bearingStepDeg) {
        double cells = Math.ceil(reachKm / ringStepKm - 1e-9) * Math.round(360 / bearingStepDeg);
        return cells >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) cells;
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** The outer edge (km) of a ring: the last ring ends at the missile's reach. */
    private static double outerKm(int ring, double ringStepKm, MissileType missile) {
        return Math.min((ring + 1) * ringStepKm, missile.reachKm());
    }

    public Footprint footprint(Scenario scenario, String assetName, MissileType missile, double ringStepKm, double bearingStepDeg,
            AnalysisOptions options, Progress progress) {
        Asset asset = scenario.assets().stream().filter(a -> a.name().equals(assetName)).findFirst()
                .orElseThrow(() -> new InvalidScenarioException("footprint: no asset named " + assetName));
        if (!(ringStepKm > 0) || !(bearingStepDeg > 0) || 360 % bearingStepDeg != 0) {
            throw new InvalidScenarioException("footprint: ring step must be positive and the bearing step must divide 360 deg");
        }
        long cellCount = cellCount(missile.reachKm(), ringStepKm, bearingStepDeg);
        long bearings = Math.round(360 / bearingStepDeg);
        if (cellCount > MAX_CELLS) {
            // the smallest ring step, in tenths of a km, whose rings (one more when the last is partial) fit
            double smallestStepKm = Math.ceil(missile.reachKm() * bearings / (MAX_CELLS - bearings) * 10) / 10;
            throw new InvalidScenarioException(String.format(Locale.ROOT,
                    "footprint: a %s km ring step and a %s deg bearing step make %d cells out to %s km; at most %d %s",
                    plain(ringStepKm), plain(bearingStepDeg), cellCount, plain(missile.reachKm()), MAX_CELLS,
                    bearings < MAX_CELLS ? "(a ring step of at least " + plain(smallestStepKm) + " km)" : "(a wider bearing step)"));
        }
        int rings = (int) Math.ceil(missile.reachKm() / ringStepKm - 1e-9);
        int sectors = (int) bearings;
        double[] ringAreas = new double[rings];
        // the cells of a ring fly one arc's shape, turned to their launch points: that of its first bearing
        BallisticTrajectory[] ringArcs = new BallisticTrajectory[rings];
        for (int ring = 0; ring < rings; ring++) {
            double innerKm = ring * ringStepKm;
            double outerKm = outerKm(ring, ringStepKm, missile);
            ringAreas[ring] = Sphere.RADIUS_KM * Sphere.RADIUS_KM * Math.toRadians(bearingStepDeg)
                    * (Math.cos(innerKm / Sphere.RADIUS_KM) - Math.cos(outerKm / Sphere.RADIUS_KM));
            ringArcs[ring] = BallisticTrajectory.minimumEnergy(Sphere.destination(asset.site(), bearingStepDeg / 2, (innerKm + outerKm) / 2),
                    asset.site());
        }
        CoverageAnalyzer.LoneRaidNegation negationOf = analyzer.loneRaidNegation(scenario);
        AtomicInteger done = new AtomicInteger();
        int total = rings * sectors;
        // cell i is ring i / sectors, bearing sector i % sectors: grid order
        List<FootprintCell> cells = Parallel.map(options.threads(), total, i -> {
            int ring = i / sectors;
            double innerKm = ring * ringStepKm;
            double outerKm = outerKm(ring, ringStepKm, missile);
            double fromDeg = (i % sectors) * bearingStepDeg;
            GeoPoint launch = Sphere.destination(asset.site(), fromDeg + bearingStepDeg / 2, (innerKm + outerKm) / 2);
            Raid raid = new Raid("footprint", missile, 1, launch, asset.name(), asset.site(), null, 0);
            double negation = Precision.probability(negationOf.of(raid, ringArcs[ring]));
            progress.cellsDone(done.incrementAndGet(), total);
            return new FootprintCell(innerKm, outerKm, fromDeg, launch, negation, negation >= asset.requiredNegation(), ringAreas[ring]);
        });
        double negatedArea = 0;
        double totalArea = 0;
        for (FootprintCell cell : cells) {
            totalArea += cell.areaKm2();
            if (cell.negated()) {
                negatedArea += cell.areaKm2();
            }
        }
        return new Footprint(asset.name(), missile.name(), ringStepKm, bearingStepDeg, missile.reachKm(), cells,
                Precision.round(negatedArea, 1), Precision.round(totalArea, 1), Precision.probability(negatedArea / totalArea));
    }
}
