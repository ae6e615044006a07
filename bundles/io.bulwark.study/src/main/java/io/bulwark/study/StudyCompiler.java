package io.bulwark.study;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import io.bulwark.core.geo.Sphere;
import io.bulwark.core.scenario.Doctrine;
import io.bulwark.core.scenario.GeoPoint;
import io.bulwark.core.scenario.InvalidScenarioException;
import io.bulwark.core.scenario.Region;
import io.bulwark.model.bulwark.AddElement;
import io.bulwark.model.bulwark.Constraint;
import io.bulwark.model.bulwark.LaunchDraw;
import io.bulwark.model.bulwark.Named;
import io.bulwark.model.bulwark.Quantity;
import io.bulwark.model.bulwark.RemoveElement;
import io.bulwark.model.bulwark.Scenario;
import io.bulwark.model.bulwark.ScenarioElement;
import io.bulwark.model.bulwark.SiteGrid;
import io.bulwark.model.bulwark.Study;
import io.bulwark.model.bulwark.StudyItem;
import io.bulwark.model.bulwark.ValueDraw;
import io.bulwark.model.bulwark.Variation;
import io.bulwark.model.mapping.ScenarioMapper;
import io.bulwark.model.units.Units;
import io.bulwark.report.geo.LandMask;

/**
 * Turns a validated study into a {@link StudyPlan}: the base scenario is a copy of the study's scenario with its
 * additions and removals, mapped to the core once; every variation becomes an axis of plain values in the core's units.
 */
public final class StudyCompiler {

    /** Degrees of latitude per km on the core's sphere. */
    private static final double DEG_PER_KM = 180 / (StrictMath.PI * Sphere.RADIUS_KM);

    private StudyCompiler() {
    }

    public static StudyPlan compile(Study study) {
        Scenario base = baseScenario(study);
        io.bulwark.core.scenario.Scenario mapped = ScenarioMapper.map(base).scenario();
        List<Axis> axes = new ArrayList<>();
        MonteCarlo monteCarlo = null;
        List<Objective> objectives = new ArrayList<>();
        List<String> required = new ArrayList<>();
        for (StudyItem item : study.getItems()) {
            switch (item) {
                case SiteGrid grid -> axes.add(new Axis.Sites(grid.getTarget().getName(), cells(grid, mapped)));
                case Variation variation -> axes.add(new Axis.Values(variation.getTarget().getName(),
                        Property.of(variation.getProperty().getLiteral()), choices(variation)));
                case io.bulwark.model.bulwark.MonteCarlo mc -> monteCarlo = new MonteCarlo(mc.getSamples(), mc.getSeed(), draws(mc));
                case io.bulwark.model.bulwark.Objective o -> objectives.add(new Objective(Objective.Kind.valueOf(o.getKind().getName()),
                        o.getAssets().stream().map(Named::getName).toList(), o.getFindingKind()));
                case Constraint c -> required.add(c.getAsset().getName());
                default -> {
                    // additions and removals are in the base scenario
                }
            }
        }
        return new StudyPlan(study.getName(), mapped, axes, monteCarlo, objectives, required);
    }

    /** A copy of the study's scenario with the added elements and without the removed ones (the files stay as they are). */
    static Scenario baseScenario(Study study) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        Scenario copy = (Scenario) copier.copy(study.getScenario());
        List<EObject> added = new ArrayList<>();
        for (StudyItem item : study.getItems()) {
            if (item instanceof AddElement add) {
                added.add(copier.copy(add.getElement()));
            }
        }
        copier.copyReferences();
        for (StudyItem item : study.getItems()) {
            if (item instanceof RemoveElement remove) {
                copy.getElements().remove(copier.get(remove.getTarget()));
            }
        }
        for (EObject element : added) {
            copy.getElements().add((ScenarioElement) element);
        }
        return copy;
    }

    private static List<Object> choices(Variation variation) {
        if (!variation.getDoctrines().isEmpty()) {
            return variation.getDoctrines().stream().map(d -> (Object) Doctrine.valueOf(d.getName())).toList();
        }
        String unit = variation.getUnit();
        List<BigDecimal> values = new ArrayList<>();
        if (variation.getMax() == null) {
            values.addAll(variation.getValues());
        } else {
            BigDecimal step = variation.getStep() == null ? BigDecimal.ONE : variation.getStep();
            for (BigDecimal v = variation.getValues().get(0); v.compareTo(variation.getMax()) <= 0; v = v.add(step)) {
                values.add(v); // exact decimal steps: 0.1 .. 0.3 step 0.1 has three values
            }
        }
        return values.stream().map(v -> (Object) (unit == null ? v.doubleValue() : Units.toBase(v.doubleValue(), unit))).toList();
    }

    private static List<MonteCarlo.Draw> draws(io.bulwark.model.bulwark.MonteCarlo mc) {
        List<MonteCarlo.Draw> draws = new ArrayList<>();
        for (var draw : mc.getDraws()) {
            switch (draw) {
                case LaunchDraw launch -> draws.add(new MonteCarlo.LaunchDisc(launch.getRaid().getName(), km(launch.getRadius())));
                case ValueDraw value -> {
                    String unit = value.getUnit();
                    double a = value.isUniform() ? value.getLow().doubleValue() : value.getMean().doubleValue();
                    double b = value.isUniform() ? value.getHigh().doubleValue() : value.getSd().doubleValue();
                    draws.add(new MonteCarlo.Distribution(value.getTarget().getName(), Property.of(value.getProperty().getLiteral()),
                            value.isUniform(), unit == null ? a : Units.toBase(a, unit), unit == null ? b : Units.toBase(b, unit)));
                }
                default -> throw new IllegalStateException("unknown draw " + draw.eClass().getName());
            }
        }
        return draws;
    }

    /** The grid's cells, south to north then west to east, rounded to 1e-4 deg (about 10 m). */
    static List<GeoPoint> cells(SiteGrid grid, io.bulwark.core.scenario.Scenario mapped) {
        double stepKm = km(grid.getStep());
        double south, north, west, east;
        GeoPoint center = null;
        double radiusKm = 0;
        if (grid.getCenter() != null) {
            center = ScenarioMapper.site(grid, grid.getCenter());
            radiusKm = km(grid.getRadius());
            double dLat = radiusKm * DEG_PER_KM;
            double dLon = dLat / StrictMath.cos(StrictMath.toRadians(center.latDeg()));
            south = center.latDeg() - dLat;
            north = center.latDeg() + dLat;
            west = center.lonDeg() - dLon;
            east = center.lonDeg() + dLon;
        } else {
            GeoPoint a = ScenarioMapper.site(grid, grid.getCorner());
            GeoPoint b = ScenarioMapper.site(grid, grid.getOpposite());
            south = StrictMath.min(a.latDeg(), b.latDeg());
            north = StrictMath.max(a.latDeg(), b.latDeg());
            west = StrictMath.min(a.lonDeg(), b.lonDeg());
            east = StrictMath.max(a.lonDeg(), b.lonDeg());
        }
        Region land = grid.getWithin() == null ? null
                : mapped.regions().stream().filter(r -> r.name().equals(grid.getWithin().getName())).findFirst().orElse(null);
        double latStep = stepKm * DEG_PER_KM;
        double midLat = StrictMath.toRadians((south + north) / 2);
        double lonStep = latStep / StrictMath.cos(midLat);
        List<GeoPoint> cells = new ArrayList<>();
        int rows = (int) StrictMath.floor((north - south) / latStep + 1e-9);
        int columns = (int) StrictMath.floor((east - west) / lonStep + 1e-9);
        for (int i = 0; i <= rows; i++) {
            for (int j = 0; j <= columns; j++) {
                GeoPoint exact = new GeoPoint(south + i * latStep, west + j * lonStep, 0);
                if (center != null && Sphere.groundRangeKm(center, exact) > radiusKm + 1e-6) {
                    continue; // tested before rounding: cells on the circle stay in
                }
                GeoPoint cell = new GeoPoint(round(exact.latDeg()), round(exact.lonDeg()), 0);
                if (land != null && !inside(land.boundary(), cell) || grid.isLandOnly() && !LandMask.onLand(cell.latDeg(), cell.lonDeg())) {
                    continue;
                }
                cells.add(cell);
            }
        }
        if (cells.isEmpty()) {
            throw new InvalidScenarioException("the site grid of " + grid.getTarget().getName() + " (line "
                    + NodeModelUtils.getNode(grid).getStartLine() + ") has no cell" + (grid.isLandOnly() ? " on land"
                            : land != null ? " inside " + land.name() : ""));
        }
        return cells;
    }

    /** Ray casting in the latitude-longitude plane (regions are small and away from the poles and the date line). */
    static boolean inside(List<GeoPoint> polygon, GeoPoint p) {
        boolean in = false;
        for (int i = 0, j = polygon.size() - 1; i < polygon.size(); j = i++) {
            GeoPoint a = polygon.get(i);
            GeoPoint b = polygon.get(j);
            if ((a.latDeg() > p.latDeg()) != (b.latDeg() > p.latDeg())
                    && p.lonDeg() < (b.lonDeg() - a.lonDeg()) * (p.latDeg() - a.latDeg()) / (b.latDeg() - a.latDeg()) + a.lonDeg()) {
                in = !in;
            }
        }
        return in;
    }

    private static double round(double deg) {
        return StrictMath.rint(deg * 1e4) / 1e4;
    }

    private static double km(Quantity quantity) {
        return Units.toBase(quantity.getValue().doubleValue(), quantity.getUnit());
    }
}
