package io.bulwark.dsl.validation;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import io.bulwark.core.geo.Sphere;
import io.bulwark.core.report.Decimals;
import io.bulwark.model.bulwark.Battery;
import io.bulwark.model.bulwark.BulwarkPackage;
import io.bulwark.model.bulwark.Coordinate;
import io.bulwark.model.bulwark.Deployment;
import io.bulwark.model.bulwark.GeoPoint;
import io.bulwark.model.bulwark.InterceptorType;
import io.bulwark.model.bulwark.Interval;
import io.bulwark.model.bulwark.Measure;
import io.bulwark.model.bulwark.MissileType;
import io.bulwark.model.bulwark.Quantity;
import io.bulwark.model.bulwark.RadarType;
import io.bulwark.model.bulwark.Raid;
import io.bulwark.model.bulwark.Region;
import io.bulwark.model.bulwark.Scenario;
import io.bulwark.model.bulwark.Force;
import io.bulwark.model.bulwark.Asset;
import io.bulwark.model.mapping.IncompleteModelException;
import io.bulwark.model.mapping.ScenarioMapper;
import io.bulwark.model.units.Dimension;
import io.bulwark.model.units.Units;

/**
 * Syntax-level meaning of values: every quantity has a unit of the right dimension, coordinates
 * are on the globe, bands are ordered, probabilities are probabilities, required clauses are there.
 */
public class ValueValidator extends AbstractDeclarativeValidator {

    private static final BulwarkPackage B = BulwarkPackage.eINSTANCE;

    /** The quantities the analysis divides by or needs above zero; zero makes the element useless. */
    private static final Set<EReference> POSITIVE = Set.of(B.getInterceptorType_Speed(), B.getRadarType_DetectionRange(),
            B.getRadarType_ReferenceRcs(), B.getMissileType_Reach(), B.getMissileType_Rcs(), B.getRaid_Apogee());

    @Override
    public void register(EValidatorRegistrar registrar) {
        // composed into BulwarkValidator (@ComposedChecks), not registered on its own
    }

    /** The dimension a quantity or interval must have where it stands, or null if it stands nowhere known. */
    public static Dimension expectedDimension(Measure measure) {
        return Units.dimensionOf(measure.eContainmentFeature()).orElse(null);
    }

    @Check
    public void checkUnit(Measure measure) {
        Dimension expected = expectedDimension(measure);
        if (expected == null) {
            return;
        }
        String[] validUnits = expected.units().toArray(String[]::new);
        String unit = measure.getUnit();
        if (unit == null) {
            error("Missing unit: " + describe(measure) + " is a " + expected.label() + " in " + String.join(", ", validUnits),
                    measure, null, IssueCodes.MISSING_UNIT, validUnits);
            return;
        }
        Dimension actual = Units.dimensionOf(unit).orElse(null);
        if (actual == null) {
            error("Unknown unit '" + unit + "': " + describe(measure) + " is a " + expected.label() + " in "
                    + String.join(", ", validUnits), measure, B.getMeasure_Unit(), IssueCodes.WRONG_UNIT, validUnits);
        } else if (actual != expected) {
            error("Wrong unit '" + unit + "': " + describe(measure) + " is a " + expected.label() + " (" + String.join(", ", validUnits)
                    + "), not a " + actual.label(), measure, B.getMeasure_Unit(), IssueCodes.WRONG_UNIT, validUnits);
        }
    }

    /**
     * Every value of every quantity and interval, converted to its base unit, is one the analysis can compute with: it
     * does not overflow, does not underflow to zero, stays within {@link Units#MIN_MAGNITUDE} ..
     * {@link Units#MAX_MAGNITUDE}, and is positive where the analysis needs it to be.
     */
    @Check
    public void checkComputable(Measure measure) {
        Dimension expected = expectedDimension(measure);
        String unit = measure.getUnit();
        if (expected == null || unit == null || Units.dimensionOf(unit).orElse(null) != expected) {
            return; // the unit is reported by checkUnit
        }
        if (measure instanceof Quantity quantity) {
            if (checkComputable(measure, quantity.getValue(), B.getQuantity_Value(), expected)
                    && POSITIVE.contains(measure.eContainmentFeature())
                    && Units.toBase(quantity.getValue().doubleValue(), unit) == 0) {
                error("A " + describe(quantity) + " of zero makes the element useless; give a positive value", quantity,
                        B.getQuantity_Value(), IssueCodes.ZERO_VALUE);
            }
        } else if (measure instanceof Interval interval) {
            checkComputable(measure, interval.getMin(), B.getInterval_Min(), expected);
            checkComputable(measure, interval.getMax(), B.getInterval_Max(), expected);
        }
    }

    /** Reports a value the analysis cannot use at its token; true when it can be used (or is absent). */
    private boolean checkComputable(Measure measure, BigDecimal value, EStructuralFeature feature, Dimension dimension) {
        if (value == null) {
            return true;
        }
        double base = Units.toBase(value.doubleValue(), measure.getUnit());
        boolean underflow = base == 0 && (value.signum() != 0 || Units.isLogarithmic(measure.getUnit()));
        if (Units.isComputable(base) && !underflow) {
            return true;
        }
        String written = abbreviated(value) + " " + measure.getUnit();
        String limits = plain(Units.MIN_MAGNITUDE) + " .. " + plain(Units.MAX_MAGNITUDE) + " " + dimension.baseUnit();
        boolean tooLarge = !Double.isFinite(base) || Math.abs(base) > Units.MAX_MAGNITUDE;
        error((tooLarge ? "Too large: " : "Too small: ") + describe(measure) + " " + written + " is outside what the analysis computes"
                + " with (zero or a magnitude in " + limits + ")", measure, feature, IssueCodes.VALUE_OUT_OF_RANGE,
                dimension.baseUnit());
        return false;
    }

    /** A number as written, shortened when it is too long to quote in a one-line message. */
    private static String abbreviated(BigDecimal value) {
        String text = value.toPlainString();
        return text.length() <= 24 ? text : text.substring(0, 12) + "..." + text.substring(text.length() - 6) + " (" + text.length()
                + " characters)";
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A region is a polygon: at least three points. */
    @Check
    public void checkRegion(Region region) {
        if (region.getPoints().size() < 3) {
            error("Region " + region.getName() + " has " + region.getPoints().size() + " point" + (region.getPoints().size() == 1 ? "" : "s")
                    + "; a region is a polygon of at least 3", region, B.getNamed_Name(), IssueCodes.REGION_TOO_FEW_POINTS,
                    String.valueOf(region.getPoints().size()));
        }
    }

    @Check
    public void checkNonNegative(Quantity quantity) {
        if (quantity.getValue() != null && quantity.getValue().signum() < 0
                && quantity.eContainmentFeature() != B.getRadar_Boresight() && !Units.isLogarithmic(quantity.getUnit())) {
            String hint = quantity.eContainmentFeature() == B.getRaid_LaunchTime()
                    ? " (the clock starts at the first launch: shift the other raids later instead)" : "";
            error("Negative " + describe(quantity) + ": " + quantity.getValue().toPlainString() + hint, quantity,
                    B.getQuantity_Value(), IssueCodes.NEGATIVE_VALUE);
        }
    }

    @Check
    public void checkInterval(Interval interval) {
        if (interval.getMin() == null || interval.getMax() == null) {
            return;
        }
        if (interval.getMin().compareTo(interval.getMax()) > 0) {
            error("Inverted " + describe(interval) + ": " + interval.getMin().toPlainString() + " > " + interval.getMax().toPlainString(),
                    interval, B.getInterval_Min(), IssueCodes.INVERTED_INTERVAL);
        }
        if (interval.eContainmentFeature() == B.getRadarType_Elevation()) {
            if (interval.getMin().signum() < 0) {
                error("Minimum elevation " + interval.getMin().toPlainString()
                        + " deg is below 0 deg: the elevation band is also the horizon test", interval, B.getInterval_Min(),
                        IssueCodes.NEGATIVE_ELEVATION);
            }
            if (interval.getMax().compareTo(BigDecimal.valueOf(90)) > 0) {
                error("Maximum elevation " + interval.getMax().toPlainString() + " deg is above 90 deg", interval, B.getInterval_Max(),
                        IssueCodes.ANGLE_OUT_OF_RANGE);
            }
        } else if (interval.getMin().signum() < 0) {
            error("Negative " + describe(interval) + ": " + interval.getMin().toPlainString(), interval, B.getInterval_Min(),
                    IssueCodes.NEGATIVE_VALUE);
        }
    }

    @Check
    public void checkCoordinates(GeoPoint point) {
        checkCoordinate(point.getLatitude(), 90, "N", "S", "latitude");
        checkCoordinate(point.getLongitude(), 180, "E", "W", "longitude");
    }

    private void checkCoordinate(Coordinate coordinate, int limit, String positive, String negative, String what) {
        if (coordinate == null || coordinate.getValue() == null) {
            return;
        }
        String hemisphere = coordinate.getHemisphere();
        if (hemisphere != null && !hemisphere.equals(positive) && !hemisphere.equals(negative)) {
            error("A " + what + " takes " + positive + " or " + negative + ", not '" + hemisphere + "'", coordinate,
                    B.getCoordinate_Hemisphere(), IssueCodes.INVALID_HEMISPHERE, positive, negative);
        } else if (hemisphere != null && coordinate.getValue().signum() < 0) {
            error("A " + what + " is either signed or has a hemisphere letter, not both", coordinate, B.getCoordinate_Value(),
                    IssueCodes.INVALID_HEMISPHERE, positive, negative);
        }
        if (coordinate.getValue().abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
            error("A " + what + " lies within " + limit + " deg of the equator or meridian: "
                    + coordinate.getValue().toPlainString() + (hemisphere == null ? "" : " " + hemisphere) + " is off the globe",
                    coordinate, B.getCoordinate_Value(), IssueCodes.COORDINATE_OUT_OF_RANGE);
        }
    }

    @Check
    public void checkInterceptorType(InterceptorType type) {
        requireClause(type, type.getRange(), "range", B.getNamed_Name());
        requireClause(type, type.getAltitude(), "altitude", B.getNamed_Name());
        requireClause(type, type.getSpeed(), "speed", B.getNamed_Name());
        requireClause(type, type.getReaction(), "reaction", B.getNamed_Name());
        requireClause(type, type.getPk(), "pk", B.getNamed_Name());
        checkProbability(type, type.getPk(), B.getInterceptorType_Pk(), "pk");
    }

    @Check
    public void checkRadarType(RadarType type) {
        requireClause(type, type.getDetectionRange(), "detects", B.getNamed_Name());
        requireClause(type, type.getElevation(), "elevation", B.getNamed_Name());
        if (type.getSector() != null && type.getSector().getValue() != null
                && (type.getSector().getValue().signum() <= 0 || type.getSector().getValue().compareTo(BigDecimal.valueOf(360)) > 0)) {
            error("A sector is wider than 0 deg and at most 360 deg", type.getSector(), B.getQuantity_Value(), IssueCodes.ANGLE_OUT_OF_RANGE);
        }
    }

    @Check
    public void checkMissileType(MissileType type) {
        requireClause(type, type.getReach(), "reach", B.getNamed_Name());
        requireClause(type, type.getRcs(), "rcs", B.getNamed_Name());
    }

    @Check
    public void checkFacing(io.bulwark.model.bulwark.Radar radar) {
        Quantity facing = radar.getBoresight();
        if (facing != null && facing.getValue() != null
                && facing.getValue().abs().compareTo(BigDecimal.valueOf(360)) > 0) {
            error("A facing is a bearing within a full turn (-360 .. 360 deg), not " + facing.getValue().toPlainString(), facing,
                    B.getQuantity_Value(),
                    IssueCodes.ANGLE_OUT_OF_RANGE);
        }
    }

    @Check
    public void checkDeployment(Deployment deployment) {
        requireClause(deployment, deployment.getSite(), "at", B.getNamed_Name());
        if (deployment.getOwner() == null) {
            Scenario scenario = (Scenario) deployment.eContainer();
            String[] forces = scenario.getElements().stream().filter(Force.class::isInstance).map(e -> e.getName())
                    .toArray(String[]::new);
            error(kind(deployment) + " " + deployment.getName() + " has no owner: every radar and battery belongs to a force"
                    + (forces.length == 0 ? " (declare one with 'force NAME')" : " (" + someOf(forces) + ")"),
                    deployment, B.getNamed_Name(), IssueCodes.MISSING_OWNER, forces);
        }
    }

    @Check
    public void checkBattery(Battery battery) {
        // 0 is a battery that has fired everything; the attribute's default is 0 too, so "written" comes from the text.
        if (NodeModelUtils.findNodesForFeature(battery, B.getBattery_Interceptors()).isEmpty()) {
            error("Battery " + battery.getName() + " needs 'interceptors N' (its inventory, 0 or more)", battery,
                    B.getNamed_Name(), IssueCodes.INVALID_COUNT, "interceptors");
        }
        if (battery.eIsSet(B.getBattery_SalvoSize()) && battery.getSalvoSize() < 1) {
            error("A salvo is at least one interceptor", battery, B.getBattery_SalvoSize(), IssueCodes.INVALID_COUNT, "salvo");
        }
    }

    @Check
    public void checkAsset(Asset asset) {
        checkProbability(asset, asset.getRequiredNegation(), B.getAsset_RequiredNegation(), "required negation");
    }

    @Check
    public void checkRaid(Raid raid) {
        if (raid.getCount() < 1) {
            error("A raid has at least one missile", raid, B.getRaid_Count(), IssueCodes.INVALID_COUNT, "count");
        } else if (raid.getCount() > CoverageOptions.MAX_THREATS) {
            error("A raid has at most " + CoverageOptions.MAX_THREATS + " missiles, not " + raid.getCount(), raid, B.getRaid_Count(),
                    IssueCodes.INVALID_COUNT, "count");
        }
        checkRaidWithinReach(raid);
        checkApogee(raid);
    }

    private void checkApogee(Raid raid) {
        if (raid.getApogee() == null || raid.getApogee().getValue() == null || raid.getApogee().getUnit() == null
                || Units.dimensionOf(raid.getApogee().getUnit()).orElse(null) != Dimension.LENGTH) {
            return;
        }
        double apogeeKm = Units.toBase(raid.getApogee().getValue().doubleValue(), raid.getApogee().getUnit());
        double maxKm = io.bulwark.core.scenario.Raid.MAX_APOGEE_KM; // the core refuses the raid above it
        if (apogeeKm > maxKm) {
            error(String.format(Locale.ROOT, "An apogee of %s km is beyond the ballistic arcs the model covers (at most %s km)",
                    (Object[]) Decimals.distinct(apogeeKm, maxKm, 0)), raid.getApogee(), B.getQuantity_Value(), IssueCodes.APOGEE_OUT_OF_RANGE,
                    "maxKm=" + (long) maxKm);
        }
    }

    /**
     * The analysis holds every threat and its pairs with batteries and radars in memory: at most
     * {@link CoverageOptions#MAX_THREATS} threats and {@link CoverageOptions#MAX_THREAT_PAIRS} pairs.
     */
    @Check
    public void checkThreatCount(Scenario scenario) {
        long threats = CoverageService.threats(scenario);
        if (threats > CoverageOptions.MAX_THREATS && scenario.getElements().stream()
                .noneMatch(e -> e instanceof Raid raid && raid.getCount() > CoverageOptions.MAX_THREATS)) {
            error("The raids of scenario " + scenario.getName() + " add up to " + threats + " threats; the analysis takes at most "
                    + CoverageOptions.MAX_THREATS, scenario, B.getNamed_Name(), IssueCodes.INVALID_COUNT, "count");
        } else if (threats <= CoverageOptions.MAX_THREATS && CoverageService.threatPairs(scenario) > CoverageOptions.MAX_THREAT_PAIRS) {
            error("The " + threats + " threats of scenario " + scenario.getName() + " against its batteries and radars make "
                    + CoverageService.threatPairs(scenario) + " threat pairs; the analysis takes at most " + CoverageOptions.MAX_THREAT_PAIRS
                    + " (threats x (batteries + radars))", scenario, B.getNamed_Name(), IssueCodes.INVALID_COUNT, "count");
        }
    }

    /** Coverage model rule 14: a raid aimed beyond its missile's reach is an input error at the raid. */
    private void checkRaidWithinReach(Raid raid) {
        MissileType missile = raid.getMissile();
        GeoPoint aim = raid.getTarget() != null && !raid.getTarget().eIsProxy() ? raid.getTarget().getSite() : raid.getAim();
        if (missile == null || missile.eIsProxy() || raid.getLaunch() == null || aim == null) {
            return;
        }
        double distanceKm;
        double reachKm;
        try {
            distanceKm = Sphere.groundRangeKm(ScenarioMapper.site(raid, raid.getLaunch()), ScenarioMapper.site(raid, aim));
            reachKm = ScenarioMapper.missileType(missile).reachKm();
        } catch (IncompleteModelException | IllegalArgumentException e) {
            return; // a missing or malformed value is reported where it is
        }
        if (distanceKm == 0) {
            error("Raid " + raid.getName() + " is launched at its own aim point: a missile needs a flight", raid, B.getRaid_Launch(),
                    IssueCodes.RAID_WITHOUT_FLIGHT);
        } else if (distanceKm > reachKm) {
            String[] km = Decimals.distinct(distanceKm, reachKm, 1);
            String distance = km[0];
            String reach = km[1];
            error("Raid " + raid.getName() + " is aimed beyond its missile's reach: " + distance + " km > " + missile.getName() + " reach "
                    + reach + " km", raid, B.getNamed_Name(), IssueCodes.RAID_BEYOND_REACH, "distanceKm=" + distance, "reachKm=" + reach);
        }
    }

    /** The names a message lists: the first {@value #LISTED_NAMES}, then how many more, so that a message stays one readable line. */
    private static String someOf(String[] names) {
        if (names.length <= LISTED_NAMES) {
            return String.join(", ", names);
        }
        return String.join(", ", java.util.Arrays.copyOf(names, LISTED_NAMES)) + " and " + (names.length - LISTED_NAMES) + " more";
    }

    private static final int LISTED_NAMES = 10;

    private void checkProbability(EObject owner, BigDecimal value, EStructuralFeature feature, String what) {
        if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0)) {
            error("A " + what + " is a probability in [0, 1], not " + value.toPlainString(), owner, feature,
                    IssueCodes.PROBABILITY_OUT_OF_RANGE);
        }
    }

    private void requireClause(EObject owner, Object value, String keyword, EStructuralFeature feature) {
        if (value == null) {
            error(kind(owner) + " " + owner.eGet(B.getNamed_Name()) + " needs a '" + keyword + "' clause", owner, feature,
                    IssueCodes.MISSING_PROPERTY, keyword);
        }
    }

    private static String kind(EObject element) {
        return switch (element.eClass().getName()) {
            case "InterceptorType" -> "Interceptor";
            case "RadarType", "Radar" -> "Radar";
            case "MissileType" -> "Missile";
            default -> element.eClass().getName();
        };
    }

    /** What a quantity is, in the user's words: "the detection range", "the latency". */
    private static String describe(Measure measure) {
        EStructuralFeature feature = measure.eContainmentFeature();
        String name = feature == null ? "value" : feature.getName();
        return switch (name) {
            case "detectionRange" -> "the detection range";
            case "referenceRcs" -> "the reference RCS";
            case "trackTime" -> "the track time";
            case "assessmentTime" -> "the assessment time";
            case "surveillanceAltitude" -> "the surveillance altitude";
            case "launchTime" -> "the launch offset";
            case "boresight" -> "the facing";
            default -> "the " + name;
        };
    }
}
