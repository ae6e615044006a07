package io.bulwark.model.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.bulwark.core.scenario.Doctrine;
import io.bulwark.core.scenario.InvalidScenarioException;
import io.bulwark.model.bulwark.Agreement;
import io.bulwark.model.bulwark.Asset;
import io.bulwark.model.bulwark.Battery;
import io.bulwark.model.bulwark.Coordinate;
import io.bulwark.model.bulwark.Force;
import io.bulwark.model.bulwark.GeoPoint;
import io.bulwark.model.bulwark.InterceptorType;
import io.bulwark.model.bulwark.Interval;
import io.bulwark.model.bulwark.Link;
import io.bulwark.model.bulwark.MissileType;
import io.bulwark.model.bulwark.Quantity;
import io.bulwark.model.bulwark.Radar;
import io.bulwark.model.bulwark.RadarType;
import io.bulwark.model.bulwark.Raid;
import io.bulwark.model.bulwark.Region;
import io.bulwark.model.bulwark.Scenario;
import io.bulwark.model.bulwark.ScenarioElement;
import io.bulwark.model.units.Units;

/**
 * Turns a resolved EMF scenario into the immutable records of the analysis core, converting every
 * quantity to the core's units (km, s, km/s, m2, deg) and applying the language's defaults.
 * Records keep the declaration order of the text, so the analysis sees the same order every time.
 */
public final class ScenarioMapper {

    /** Salvo size when a shoot-shoot battery does not say (two rounds at the first opportunity). */
    public static final int DEFAULT_SHOOT_SHOOT_SALVO = 2;
    /** Salvo size when a shoot-look-shoot battery does not say (coverage-model rule 7). */
    public static final int DEFAULT_SHOOT_LOOK_SHOOT_SALVO = 1;
    /** Surveillance altitude of a region when it does not say. */
    public static final double DEFAULT_SURVEILLANCE_ALTITUDE_KM = 10.0;

    private final Map<ElementKind, Map<String, EObject>> elements = new LinkedHashMap<>();
    private final double defaultRequiredNegation;

    private ScenarioMapper(double defaultRequiredNegation) {
        this.defaultRequiredNegation = defaultRequiredNegation;
        for (ElementKind kind : ElementKind.values()) {
            elements.put(kind, new LinkedHashMap<>());
        }
    }

    /**
     * Maps a scenario whose references are resolved.
     *
     * @throws IncompleteModelException naming the element when a required value is missing, a reference leaves the
     *         scenario, or the core refuses one of the element's values
     */
    public static MappedScenario map(Scenario scenario) {
        return map(scenario, io.bulwark.core.scenario.Asset.DEFAULT_REQUIRED_NEGATION);
    }

    /**
     * Maps a scenario whose references are resolved, giving assets that state no requirement {@code defaultRequiredNegation}.
     *
     * @throws IncompleteModelException as {@link #map(Scenario)}
     */
    public static MappedScenario map(Scenario scenario, double defaultRequiredNegation) {
        return new ScenarioMapper(defaultRequiredNegation).mapScenario(scenario);
    }

    private MappedScenario mapScenario(Scenario scenario) {
        for (ScenarioElement element : scenario.getElements()) {
            remember(element);
        }
        List<io.bulwark.core.scenario.Force> forces = new ArrayList<>();
        List<io.bulwark.core.scenario.Agreement> agreements = new ArrayList<>();
        List<io.bulwark.core.scenario.Radar> radars = new ArrayList<>();
        List<io.bulwark.core.scenario.Battery> batteries = new ArrayList<>();
        List<io.bulwark.core.scenario.Asset> assets = new ArrayList<>();
        List<io.bulwark.core.scenario.Region> regions = new ArrayList<>();
        List<io.bulwark.core.scenario.Raid> raids = new ArrayList<>();
        for (ScenarioElement element : scenario.getElements()) {
            try {
                switch (element) {
                    case Force force -> forces.add(force(force));
                    case Agreement agreement -> agreements.addAll(agreement(agreement));
                    case Radar radar -> radars.add(radar(radar));
                    case Battery battery -> batteries.add(battery(battery));
                    case Asset asset -> assets.add(asset(asset));
                    case Region region -> regions.add(region(region));
                    case Raid raid -> raids.add(raid(raid));
                    default -> throw new IncompleteModelException(element, "unsupported element " + element.eClass().getName());
                }
            } catch (InvalidScenarioException e) {
                // a value the core refuses, perhaps of a catalog type in another file: said at the element that uses it
                throw new IncompleteModelException(element, describe(element) + ": " + e.getMessage());
            } catch (IncompleteModelException e) {
                if (e.element() == null || !EcoreUtil.isAncestor(element, e.element())) {
                    // a catalog type's missing value: said at the element of this scenario that uses the type
                    String where = e.element() == null ? "" : describe(e.element());
                    throw new IncompleteModelException(element, describe(element) + ": "
                            + (e.getMessage().startsWith(where) ? "" : where + ": ") + e.getMessage());
                }
                throw e;
            }
        }
        io.bulwark.core.scenario.Scenario records = new io.bulwark.core.scenario.Scenario(
                name(scenario), forces, agreements, radars, batteries, assets, regions, raids);
        return new MappedScenario(records, elements);
    }

    private io.bulwark.core.scenario.Force force(Force force) {
        return new io.bulwark.core.scenario.Force(name(force), force.getNation() == null ? name(force) : force.getNation());
    }

    /** One record per link: an agreement may declare several, one-way or mutual, each with its latency. */
    private List<io.bulwark.core.scenario.Agreement> agreement(Agreement agreement) {
        List<io.bulwark.core.scenario.Agreement> links = new ArrayList<>();
        for (Link link : agreement.getLinks()) {
            Force from = local(link, link.getFrom(), "the agreement's sharing force");
            Force to = local(link, link.getTo(), "the agreement's receiving force");
            double latencyS = link.getLatency() == null ? 0.0 : quantity(link.getLatency());
            links.add(new io.bulwark.core.scenario.Agreement(name(agreement), name(from), name(to), link.isMutual(), latencyS));
        }
        return links;
    }

    private io.bulwark.core.scenario.Radar radar(Radar radar) {
        RadarType type = resolved(radar, radar.getType(), "radar type");
        Force owner = local(radar, radar.getOwner(), "owner");
        double boresightDeg = radar.getBoresight() == null ? 0.0 : quantity(radar.getBoresight());
        return new io.bulwark.core.scenario.Radar(name(radar), radarType(type), name(owner), site(radar, radar.getSite()), boresightDeg);
    }

    private io.bulwark.core.scenario.Battery battery(Battery battery) {
        InterceptorType type = resolved(battery, battery.getType(), "interceptor type");
        Force owner = local(battery, battery.getOwner(), "owner");
        Doctrine doctrine = battery.getDoctrine() == io.bulwark.model.bulwark.Doctrine.SHOOT_LOOK_SHOOT
                ? Doctrine.SHOOT_LOOK_SHOOT : Doctrine.SHOOT_SHOOT;
        int salvo = battery.getSalvoSize() > 0 ? battery.getSalvoSize()
                : doctrine == Doctrine.SHOOT_LOOK_SHOOT ? DEFAULT_SHOOT_LOOK_SHOOT_SALVO : DEFAULT_SHOOT_SHOOT_SALVO;
        double assessmentS = battery.getAssessmentTime() == null ? 0.0 : quantity(battery.getAssessmentTime());
        List<String> cuedBy = battery.getCuedBy().stream().map(radar -> name(local(battery, radar, "cueing radar"))).toList();
        String fireControl = battery.getFireControl() == null ? null
                : name(local(battery, battery.getFireControl(), "fire-control radar"));
        return new io.bulwark.core.scenario.Battery(name(battery), interceptorType(type), name(owner),
                site(battery, battery.getSite()), battery.getInterceptors(), doctrine, salvo, assessmentS, cuedBy, fireControl);
    }

    private io.bulwark.core.scenario.Asset asset(Asset asset) {
        double required = asset.getRequiredNegation() == null ? defaultRequiredNegation : asset.getRequiredNegation().doubleValue();
        return new io.bulwark.core.scenario.Asset(name(asset), site(asset, asset.getSite()), required);
    }

    private io.bulwark.core.scenario.Region region(Region region) {
        List<io.bulwark.core.scenario.GeoPoint> boundary = region.getPoints().stream().map(p -> site(region, p)).toList();
        double altitudeKm = region.getSurveillanceAltitude() == null ? DEFAULT_SURVEILLANCE_ALTITUDE_KM
                : quantity(region.getSurveillanceAltitude());
        return new io.bulwark.core.scenario.Region(name(region), region.getOwner() == null ? name(region) : region.getOwner(),
                boundary, altitudeKm);
    }

    private io.bulwark.core.scenario.Raid raid(Raid raid) {
        MissileType missile = resolved(raid, raid.getMissile(), "missile type");
        Asset target = raid.getTarget() == null ? null : local(raid, raid.getTarget(), "target asset");
        GeoPoint aim = raid.getAim() != null ? raid.getAim() : target == null ? null : target.getSite();
        if (aim == null) {
            throw new IncompleteModelException(raid, "raid " + name(raid) + " has no aim point: name a target asset");
        }
        Double apogeeKm = raid.getApogee() == null ? null : quantity(raid.getApogee());
        double launchTimeS = raid.getLaunchTime() == null ? 0.0 : quantity(raid.getLaunchTime());
        return new io.bulwark.core.scenario.Raid(name(raid), missileType(missile), raid.getCount(), site(raid, raid.getLaunch()),
                target == null ? null : name(target), site(raid, aim), apogeeKm, launchTimeS);
    }

    /**
     * The core's record of a catalog interceptor type.
     *
     * @throws IncompleteModelException naming the element when a required value is missing
     */
    public static io.bulwark.core.scenario.InterceptorType interceptorType(InterceptorType type) {
        Interval range = required(type, type.getRange(), "range");
        Interval altitude = required(type, type.getAltitude(), "altitude");
        return new io.bulwark.core.scenario.InterceptorType(name(type), lower(range), upper(range), lower(altitude), upper(altitude),
                quantity(required(type, type.getSpeed(), "speed")), quantity(required(type, type.getReaction(), "reaction")),
                number(required(type, type.getPk(), "pk")));
    }

    /**
     * The core's record of a catalog radar type.
     *
     * @throws IncompleteModelException naming the element when a required value is missing
     */
    public static io.bulwark.core.scenario.RadarType radarType(RadarType type) {
        Interval elevation = required(type, type.getElevation(), "elevation");
        double sectorDeg = type.getSector() == null ? 360.0 : quantity(type.getSector());
        double trackTimeS = type.getTrackTime() == null ? 0.0 : quantity(type.getTrackTime());
        return new io.bulwark.core.scenario.RadarType(name(type), quantity(required(type, type.getDetectionRange(), "detection range")),
                quantity(required(type, type.getReferenceRcs(), "reference RCS")), sectorDeg, lower(elevation), upper(elevation), trackTimeS);
    }

    /**
     * The core's record of a catalog missile type.
     *
     * @throws IncompleteModelException naming the element when a required value is missing
     */
    public static io.bulwark.core.scenario.MissileType missileType(MissileType type) {
        return new io.bulwark.core.scenario.MissileType(name(type), quantity(required(type, type.getReach(), "reach")),
                quantity(required(type, type.getRcs(), "rcs")));
    }

    /**
     * The core's record of a point written in a file (decimal degrees, altitude in km).
     *
     * @throws IncompleteModelException naming {@code owner} when a value is missing or malformed
     */
    public static io.bulwark.core.scenario.GeoPoint site(EObject owner, GeoPoint point) {
        required(owner, point, "site");
        double lat = coordinate(owner, point.getLatitude(), "S");
        double lon = coordinate(owner, point.getLongitude(), "W");
        double altKm = point.getAltitude() == null ? 0.0 : quantity(point.getAltitude());
        return new io.bulwark.core.scenario.GeoPoint(lat, lon, altKm);
    }

    /** Decimal degrees; the southern or western hemisphere letter makes the value negative. */
    private static double coordinate(EObject owner, Coordinate coordinate, String negativeHemisphere) {
        required(owner, coordinate, "coordinate");
        double value = number(required(owner, coordinate.getValue(), "coordinate value"));
        return negativeHemisphere.equals(coordinate.getHemisphere()) ? -value : value;
    }

    private static double quantity(Quantity quantity) {
        return Units.toBase(number(required(quantity, quantity.getValue(), "value")), unit(quantity, quantity.getUnit()));
    }

    private static double lower(Interval interval) {
        return Units.toBase(number(required(interval, interval.getMin(), "lower bound")), unit(interval, interval.getUnit()));
    }

    private static double upper(Interval interval) {
        return Units.toBase(number(required(interval, interval.getMax(), "upper bound")), unit(interval, interval.getUnit()));
    }

    private static String unit(EObject owner, String unit) {
        if (unit == null || Units.dimensionOf(unit).isEmpty()) {
            throw new IncompleteModelException(owner, unit == null ? "missing unit" : "unknown unit '" + unit + "'");
        }
        return unit;
    }

    private static double number(BigDecimal value) {
        return value.doubleValue();
    }

    private static <T> T required(EObject owner, T value, String what) {
        if (value == null) {
            throw new IncompleteModelException(owner, describe(owner) + " has no " + what);
        }
        return value;
    }

    private static <T extends EObject> T resolved(EObject owner, T reference, String what) {
        if (reference == null || reference.eIsProxy()) {
            throw new IncompleteModelException(owner, describe(owner) + ": " + what + " is missing or not resolved");
        }
        return reference;
    }

    /**
     * The core's records refer to forces, radars and assets by name; the name stands for exactly one element of this
     * scenario, so a duplicate is refused here rather than letting one element stand for the other.
     */
    private void remember(ScenarioElement element) {
        ElementKind kind = ElementKind.of(element).orElse(null);
        if (kind == null) {
            return; // agreements are not referred to
        }
        if (elements.get(kind).putIfAbsent(name(element), element) != null) {
            throw new IncompleteModelException(element, describe(element) + " is declared twice in scenario " + name(element.eContainer()));
        }
    }

    /**
     * A referenced force, radar or asset, resolved by the element itself: it must be the element of this scenario that
     * carries its name. One declared in another scenario (reached by a qualified name) is refused, never replaced by
     * the local element of the same simple name.
     */
    private <T extends ScenarioElement> T local(EObject owner, T reference, String what) {
        T element = resolved(owner, reference, what);
        if (elements.get(ElementKind.of(element).orElseThrow()).get(name(element)) != element) {
            EObject home = element.eContainer();
            throw new IncompleteModelException(owner, describe(owner) + ": " + what + " " + name(element) + " is declared in "
                    + (home instanceof Scenario other ? "scenario " + name(other) : "no scenario") + ", not in this one");
        }
        return element;
    }

    private static String name(EObject element) {
        Object name = element.eGet(element.eClass().getEStructuralFeature("name"));
        return name == null ? "" : name.toString();
    }

    private static String describe(EObject element) {
        EObject named = element;
        while (named != null && named.eClass().getEStructuralFeature("name") == null) {
            named = named.eContainer();
        }
        String kind = named == null ? element.eClass().getName() : switch (named.eClass().getName()) {
            case "InterceptorType" -> "interceptor";
            case "RadarType" -> "radar type";
            case "MissileType" -> "missile";
            default -> named.eClass().getName().toLowerCase();
        };
        return named == null ? kind : kind + " " + name(named);
    }
}
