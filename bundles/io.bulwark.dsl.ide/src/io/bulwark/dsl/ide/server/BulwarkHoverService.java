package io.bulwark.dsl.ide.server;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import io.bulwark.core.scenario.InvalidScenarioException;
import io.bulwark.model.bulwark.Asset;
import io.bulwark.model.bulwark.Battery;
import io.bulwark.model.bulwark.InterceptorType;
import io.bulwark.model.bulwark.MissileType;
import io.bulwark.model.bulwark.Radar;
import io.bulwark.model.bulwark.RadarType;
import io.bulwark.model.bulwark.Raid;
import io.bulwark.model.bulwark.Scenario;
import io.bulwark.model.mapping.ElementKind;
import io.bulwark.model.mapping.IncompleteModelException;
import io.bulwark.model.mapping.ScenarioMapper;
import io.bulwark.model.units.Unit;

/**
 * Hovers with an element's key figures (Markdown). A radar's hover answers the question a reviewer asks of it:
 * how far does it see each missile type of the scenario (range scaled by (RCS / reference RCS)^(1/4)).
 */
public class BulwarkHoverService extends HoverService {

    @Override
    public String getContents(EObject element) {
        try {
            String contents = switch (element) {
                case Radar radar -> radar(radar);
                case Battery battery -> battery(battery);
                case RadarType type -> radarType(type);
                case InterceptorType type -> interceptorType(type);
                case MissileType type -> missileType(type);
                case Asset asset -> String.format(Locale.ROOT, "%s at %s, requires negation %s", title(asset, asset.getName()),
                        text(asset.getSite()), asset.getRequiredNegation() == null ? io.bulwark.core.scenario.Asset.DEFAULT_REQUIRED_NEGATION + " (default)"
                                : asset.getRequiredNegation().toPlainString());
                case Raid raid -> String.format(Locale.ROOT, "%s: %d x %s from %s at %s%s", title(raid, raid.getName()), Math.max(1, raid.getCount()),
                        raid.getMissile() == null ? "?" : raid.getMissile().getName(), text(raid.getLaunch()),
                        raid.getTarget() != null ? raid.getTarget().getName() : text(raid.getAim()),
                        raid.getMissile() == null || raid.getMissile().eIsProxy() ? "" : "\n\n" + missileType(raid.getMissile()));
                default -> null;
            };
            return contents != null ? contents : super.getContents(element);
        } catch (IncompleteModelException | InvalidScenarioException e) {
            return "Incomplete: " + e.getMessage();
        }
    }

    private static String radar(Radar radar) {
        if (radar.getType() == null || radar.getType().eIsProxy()) {
            return title(radar, radar.getName()) + ": unknown radar type";
        }
        io.bulwark.core.scenario.RadarType type = ScenarioMapper.radarType(radar.getType());
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s : %s, owner %s, at %s, facing %s%n%n",
                title(radar, radar.getName()), type.name(), radar.getOwner() == null ? "(none)" : radar.getOwner().getName(), text(radar.getSite()),
                text(radar.getBoresight())));
        text.append(String.format(Locale.ROOT, "Detection range (reference %s at %s, sector %s, elevation %s .. %s):%n%n",
                quantity(type.detectionRangeKm(), Unit.KM), quantity(type.referenceRcsM2(), Unit.M2), quantity(type.sectorWidthDeg(), Unit.DEG),
                number(type.minElevationDeg()), quantity(type.maxElevationDeg(), Unit.DEG)));
        Map<String, MissileType> missiles = new LinkedHashMap<>();
        Scenario scenario = EcoreUtil2.getContainerOfType(radar, Scenario.class);
        if (scenario != null) {
            for (Raid raid : EcoreUtil2.getAllContentsOfType(scenario, Raid.class)) {
                if (raid.getMissile() != null && !raid.getMissile().eIsProxy()) {
                    missiles.putIfAbsent(raid.getMissile().getName(), raid.getMissile());
                }
            }
        }
        if (missiles.isEmpty()) {
            text.append("No raid in the scenario names a missile type.");
        } else {
            text.append("| missile | RCS | detection range |\n|---|---|---|\n");
            for (MissileType missile : missiles.values()) {
                io.bulwark.core.scenario.MissileType m = ScenarioMapper.missileType(missile);
                text.append(String.format(Locale.ROOT, "| %s | %s | %.1f %s |%n", m.name(), quantity(m.rcsM2(), Unit.M2), type.detectionRangeKm(m.rcsM2()),
                        Unit.KM.symbol()));
            }
        }
        return text.toString();
    }

    private static String battery(Battery battery) {
        if (battery.getType() == null || battery.getType().eIsProxy()) {
            return title(battery, battery.getName()) + ": unknown interceptor type";
        }
        io.bulwark.core.scenario.InterceptorType type = ScenarioMapper.interceptorType(battery.getType());
        return String.format(Locale.ROOT, "%s : %s, owner %s, at %s%n%n%d interceptors, %s%n%n%s", title(battery, battery.getName()), type.name(),
                battery.getOwner() == null ? "(none)" : battery.getOwner().getName(), text(battery.getSite()), battery.getInterceptors(),
                battery.getDoctrine() == null ? "shoot-shoot" : battery.getDoctrine().getLiteral(), envelope(type));
    }

    private static String radarType(RadarType radarType) {
        io.bulwark.core.scenario.RadarType type = ScenarioMapper.radarType(radarType);
        return String.format(Locale.ROOT, "**radar type %s**: detects %s at %s, sector %s, elevation %s .. %s, track %s",
                type.name(), quantity(type.detectionRangeKm(), Unit.KM), quantity(type.referenceRcsM2(), Unit.M2),
                quantity(type.sectorWidthDeg(), Unit.DEG), number(type.minElevationDeg()), quantity(type.maxElevationDeg(), Unit.DEG),
                quantity(type.trackTimeS(), Unit.S));
    }

    private static String interceptorType(InterceptorType interceptorType) {
        return "**interceptor " + interceptorType.getName() + "**: " + envelope(ScenarioMapper.interceptorType(interceptorType));
    }

    private static String envelope(io.bulwark.core.scenario.InterceptorType type) {
        return String.format(Locale.ROOT, "range %s .. %s, altitude %s .. %s, fly-out %s, reaction %s, pk %s",
                number(type.minRangeKm()), quantity(type.maxRangeKm(), Unit.KM), number(type.minAltitudeKm()),
                quantity(type.maxAltitudeKm(), Unit.KM), quantity(type.speedKmS(), Unit.KM_S), quantity(type.reactionS(), Unit.S),
                number(type.pk()));
    }

    private static String missileType(MissileType missileType) {
        io.bulwark.core.scenario.MissileType type = ScenarioMapper.missileType(missileType);
        return String.format(Locale.ROOT, "**missile %s**: reach %s, RCS %s", type.name(), quantity(type.reachKm(), Unit.KM),
                quantity(type.rcsM2(), Unit.M2));
    }

    /** The hover's bold head: the element's keyword (from {@link ElementKind}) and its name. */
    private static String title(EObject element, String name) {
        return "**" + ElementKind.of(element).orElseThrow().word() + " " + name + "**";
    }

    /** The element's text as written (coordinates keep their hemispheres). */
    private static String text(EObject element) {
        ICompositeNode node = element == null ? null : NodeModelUtils.findActualNodeFor(element);
        return node == null ? "(none)" : NodeModelUtils.getTokenText(node);
    }

    /** A figure in the core's base unit, written with that unit's symbol from the language's unit table. */
    private static String quantity(double value, Unit baseUnit) {
        return number(value) + " " + baseUnit.symbol();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
