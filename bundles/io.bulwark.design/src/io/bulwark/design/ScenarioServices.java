package io.bulwark.design;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.bulwark.core.analysis.Precision;
import io.bulwark.core.finding.Finding;
import io.bulwark.core.finding.FindingKind;
import io.bulwark.core.report.AssetRaidReport;
import io.bulwark.design.internal.CoverageState;
import io.bulwark.dsl.edits.ScenarioEdits;
import io.bulwark.model.bulwark.Agreement;
import io.bulwark.model.bulwark.Asset;
import io.bulwark.model.bulwark.Battery;
import io.bulwark.model.bulwark.BulwarkFactory;
import io.bulwark.model.bulwark.CatalogType;
import io.bulwark.model.bulwark.Coordinate;
import io.bulwark.model.bulwark.Deployment;
import io.bulwark.model.bulwark.Force;
import io.bulwark.model.bulwark.GeoPoint;
import io.bulwark.model.bulwark.InterceptorType;
import io.bulwark.model.bulwark.Link;
import io.bulwark.model.bulwark.Located;
import io.bulwark.model.bulwark.Model;
import io.bulwark.model.bulwark.Named;
import io.bulwark.model.bulwark.Quantity;
import io.bulwark.model.bulwark.Radar;
import io.bulwark.model.bulwark.RadarType;
import io.bulwark.model.bulwark.Raid;
import io.bulwark.model.bulwark.Scenario;
import io.bulwark.model.bulwark.ScenarioElement;

/**
 * Java services of the Bulwark viewpoint ({@code description/bulwark.odesign}), called from AQL expressions as
 * {@code aql:self.method(...)}.
 *
 * <p>Plain Java over the EMF model: no Sirius class is used, so every method is unit-tested without Sirius. Each
 * method takes the element it is called on first, keeps no state between calls and returns collections in
 * declaration order (the order of the text), so diagrams are laid out the same way every time. The coverage
 * methods read the analysis of the element's containing scenario that the markers read ({@link CoverageState}): kept
 * in the resource until it changes, so a refresh that changes nothing does not re-run it, and any edit does.
 *
 * <p>When the scenario cannot be analysed (a required value is missing, a reference is unresolved, the core
 * rejects a value) no finding is reported: predicates answer {@code false}, numbers {@code null}, and
 * {@link #analysisProblem(EObject)} says why.
 */
public class ScenarioServices {

    /** Public no-argument constructor, as Sirius instantiates service classes reflectively. */
    public ScenarioServices() {
        // stateless
    }

    // ------------------------------------------------------------------------------------------- structure

    /** The scenario that contains {@code element} (the element itself when it is one), or null. */
    public Scenario scenario(EObject element) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (e instanceof Scenario scenario) {
                return scenario;
            }
            if (e instanceof Model model) {
                return model.getScenario();
            }
        }
        return null;
    }

    /** The forces of the scenario containing {@code element}, in declaration order. */
    public List<Force> forces(EObject element) {
        return elements(element, Force.class);
    }

    /** The defended assets of the scenario containing {@code element}, in declaration order. */
    public List<Asset> assets(EObject element) {
        return elements(element, Asset.class);
    }

    /** The raids of the scenario containing {@code element}, in declaration order. */
    public List<Raid> raids(EObject element) {
        return elements(element, Raid.class);
    }

    /** Every link of every data-sharing agreement of the scenario, in declaration order. */
    public List<Link> agreementLinks(EObject element) {
        List<Link> links = new ArrayList<>();
        for (Agreement agreement : elements(element, Agreement.class)) {
            links.addAll(agreement.getLinks());
        }
        return links;
    }

    /** The radars owned by {@code force}, in declaration order. */
    public List<Radar> radars(Force force) {
        return owned(force, Radar.class);
    }

    /** The batteries owned by {@code force}, in declaration order. */
    public List<Battery> batteries(Force force) {
        return owned(force, Battery.class);
    }

    /**
     * The batteries that name {@code radar} in their {@code cued by} list, in declaration order. A battery with an
     * empty list is cued by every radar whose track reaches it; that implicit cueing is not a drawn relation.
     */
    public List<Battery> cuedBatteries(Radar radar) {
        return elements(radar, Battery.class).stream().filter(b -> b.getCuedBy().contains(radar)).toList();
    }

    /** The batteries whose fire-control radar is {@code radar}, in declaration order. */
    public List<Battery> fireControlledBatteries(Radar radar) {
        return elements(radar, Battery.class).stream().filter(b -> b.getFireControl() == radar).toList();
    }

    /** The raids aimed at {@code asset}, in declaration order. */
    public List<Raid> raidsAgainst(Asset asset) {
        return elements(asset, Raid.class).stream().filter(r -> r.getTarget() == asset).toList();
    }

    // ------------------------------------------------------------------------------------------- tools

    /**
     * A name for a new element of the scenario containing {@code element}: {@code base} when no scenario element
     * has it, else {@code base_2}, {@code base_3}... (names are unique per kind in the language; this keeps them
     * unique across kinds, which is stricter and simpler).
     */
    public String freshName(EObject element, String base) {
        Set<String> taken = new LinkedHashSet<>();
        Scenario scenario = scenario(element);
        if (scenario != null) {
            for (ScenarioElement e : scenario.getElements()) {
                if (e.getName() != null) {
                    taken.add(e.getName());
                }
            }
        }
        String stem = base == null || base.isBlank() ? "Element" : base;
        if (!taken.contains(stem)) {
            return stem;
        }
        for (int i = 2;; i++) {
            String candidate = stem + "_" + i;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    /**
     * The radar type a radar created from the diagram gets (the grammar requires one): the type of the first radar
     * of the scenario, else the first radar type declared in the same file; null when there is none, which
     * disables the creation tool. Only types the file already uses or declares are offered, so the serializer can
     * always write the reference.
     */
    public RadarType defaultRadarType(EObject element) {
        for (Radar radar : elements(element, Radar.class)) {
            if (radar.getType() != null && !radar.getType().eIsProxy()) {
                return radar.getType();
            }
        }
        return declaredType(element, RadarType.class);
    }

    /** The interceptor type a battery created from the diagram gets, chosen like {@link #defaultRadarType}. */
    public InterceptorType defaultInterceptorType(EObject element) {
        for (Battery battery : elements(element, Battery.class)) {
            if (battery.getType() != null && !battery.getType().eIsProxy()) {
                return battery.getType();
            }
        }
        return declaredType(element, InterceptorType.class);
    }

    /**
     * The site of an asset created from the diagram (the grammar requires one): a copy of the site of the last
     * declared asset, else of the last located element with a site, else 0 N, 0 E. The user moves it in the text.
     */
    public GeoPoint initialSite(EObject element) {
        GeoPoint source = null;
        for (Asset asset : assets(element)) {
            source = asset.getSite() != null ? asset.getSite() : source;
        }
        if (source == null) {
            for (Located located : elements(element, Located.class)) {
                source = located.getSite() != null ? located.getSite() : source;
            }
        }
        if (source != null) {
            return EcoreUtil.copy(source);
        }
        GeoPoint site = BulwarkFactory.eINSTANCE.createGeoPoint();
        site.setLatitude(coordinate("N"));
        site.setLongitude(coordinate("E"));
        return site;
    }

    /**
     * Whether the diagram may delete {@code element}: not an asset that a raid still attacks (a raid needs its
     * target or an aim point, and deleting threats as a side effect would hide them).
     */
    public boolean isDeletable(EObject element) {
        return !(element instanceof Asset asset) || raidsAgainst(asset).isEmpty();
    }

    /**
     * What deleting {@code element} from a diagram removes, in removal order: the cascade the map and the
     * architecture tab delete with ({@link ScenarioEdits#deletionClosure}); nothing for no element.
     */
    public List<EObject> deletionClosure(EObject element) {
        return element == null ? List.of() : ScenarioEdits.deletionClosure(element);
    }

    // ------------------------------------------------------------------------------------------- labels

    /** "USFK (United States)", or the name alone when the force declares no nation. */
    public String forceLabel(Force force) {
        String name = nameOf(force);
        return force.getNation() == null || force.getNation().isBlank() ? name : name + " (" + force.getNation() + ")";
    }

    /** "Seoul (requires 0.9)"; the language's default requirement when the asset states none. */
    public String assetLabel(Asset asset) {
        return nameOf(asset) + " (requires " + probability(requiredNegation(asset)) + ")";
    }

    /** "North1: Scud_C x 4", the count only when above one. */
    public String raidLabel(Raid raid) {
        String missile = raid.getMissile() == null || raid.getMissile().eIsProxy() ? "?" : nameOf(raid.getMissile());
        int count = raid.getCount();
        return nameOf(raid) + ": " + missile + (count > 1 ? " x " + count : "");
    }

    /** The link's latency as written, "2 s"; "0 s" when the link states none (the language's default). */
    public String latencyLabel(Link link) {
        return quantityLabel(link.getLatency(), "0 s");
    }

    /**
     * The required probability of negation of {@code asset}: its own, else the default of the analysis the markers
     * read (the language's 0.9, or the IDE's preference).
     */
    public double requiredNegation(Asset asset) {
        return asset.getRequiredNegation() != null ? asset.getRequiredNegation().doubleValue() : state(asset).defaultRequiredNegation();
    }

    // ------------------------------------------------------------------------------------------- coverage findings

    /** Whether the coverage analysis ran on the scenario containing {@code element}. */
    public boolean isAnalysed(EObject element) {
        return state(element).analysed();
    }

    /** Why the scenario could not be analysed ("Coverage not analysed: ..."), or "" when it was. */
    public String analysisProblem(EObject element) {
        CoverageState state = state(element);
        return state.analysed() ? "" : state.problem();
    }

    /** The messages of every finding about {@code element} (those of its markers), one per line, in report order; "" when none. */
    public String findingMessages(EObject element) {
        CoverageState state = state(element);
        if (!state.analysed()) {
            return state.problem();
        }
        return String.join("\n", state.findings(element).stream().map(Finding::message).toList());
    }

    /** Whether some raid against {@code asset} is negated below the asset's requirement (finding kind 1). */
    public boolean isBelowRequiredNegation(Asset asset) {
        return state(asset).has(FindingKind.ASSET_BELOW_REQUIRED_NEGATION, asset);
    }

    /** Whether raid {@code raid} is negated below the requirement of {@code asset} (kind 1 for this pair). */
    public boolean isBelowRequiredNegation(Asset asset, Raid raid) {
        AssetRaidReport pair = pair(asset, raid);
        return pair != null && !pair.covered();
    }

    /**
     * The probability of negation that {@code raid} meets at {@code asset}: that of its worst threat, after
     * inventory allocation; null when the raid does not attack the asset or the scenario was not analysed.
     */
    public Double negation(Asset asset, Raid raid) {
        AssetRaidReport pair = pair(asset, raid);
        return pair == null ? null : pair.negation();
    }

    /** The cell text of the negation table: "0.80 < 0.90", "0.95 ≥ 0.90", or "" when there is no number. */
    public String negationLabel(Asset asset, Raid raid) {
        AssetRaidReport pair = pair(asset, raid);
        return pair == null ? "" : comparison(pair);
    }

    /** The worst (lowest) negation over the raids against {@code asset}; null when none or not analysed. */
    public Double worstNegation(Asset asset) {
        Double worst = null;
        for (Raid raid : raidsAgainst(asset)) {
            Double negation = negation(asset, raid);
            if (negation != null && (worst == null || negation < worst)) {
                worst = negation;
            }
        }
        return worst;
    }

    /**
     * The coverage label of an asset: "Seoul: 0.80 < 0.90 (North2)" naming the worst raid, "Seoul: 0.95 ≥ 0.90",
     * "Seoul: no raid" or "Seoul: not analysed".
     */
    public String worstNegationLabel(Asset asset) {
        String name = nameOf(asset);
        if (!isAnalysed(asset)) {
            return name + ": not analysed";
        }
        AssetRaidReport worst = null;
        for (Raid raid : raidsAgainst(asset)) {
            AssetRaidReport pair = pair(asset, raid);
            if (pair != null && (worst == null || pair.negation() < worst.negation())) {
                worst = pair;
            }
        }
        if (worst == null) {
            return name + ": no raid";
        }
        String text = name + ": " + comparison(worst);
        return worst.covered() ? text : text + " (" + worst.raid() + ")";
    }

    /** The negation {@code raid} meets at its target asset, as in {@link #negationLabel}; "" without a target. */
    public String targetNegationLabel(Raid raid) {
        return raid.getTarget() == null ? "" : negationLabel(raid.getTarget(), raid);
    }

    /** Whether {@code raid} is negated below the requirement of its target asset. */
    public boolean isTargetBelowRequiredNegation(Raid raid) {
        return raid.getTarget() != null && isBelowRequiredNegation(raid.getTarget(), raid);
    }

    /** Whether {@code raid} has no engagement opportunity at all (finding kind 2). */
    public boolean hasNoEngagement(Raid raid) {
        return state(raid).has(FindingKind.THREAT_NOT_ENGAGED, raid);
    }

    /** Whether no radar's track can reach {@code battery} (finding kind 3). */
    public boolean reachedByNoRadar(Battery battery) {
        return state(battery).has(FindingKind.BATTERY_WITHOUT_TRACKS, battery);
    }

    /** Whether the tracks of {@code radar} reach no battery and it is no battery's fire-control radar (kind 4). */
    public boolean reachesNoBattery(Radar radar) {
        return state(radar).has(FindingKind.RADAR_REACHING_NO_BATTERY, radar);
    }

    /** Whether {@code battery} runs out of interceptors against the scenario's raids (kind 6). */
    public boolean hasInventoryShortfall(Battery battery) {
        return state(battery).has(FindingKind.INVENTORY_SHORTFALL, battery);
    }

    /**
     * Whether the loss of {@code element} (a radar or a battery) creates a new uncovered asset or an unengaged raid
     * (finding kind 7). False for any other element.
     */
    public boolean isSinglePointOfFailure(EObject element) {
        return (element instanceof Radar || element instanceof Battery) && state(element).has(FindingKind.SINGLE_POINT_OF_FAILURE, element);
    }

    /**
     * The coverage-diagram label of a radar or battery: its name, followed by its worst state in parentheses
     * ("single point of failure", "reaches no battery", "no track reaches it", "inventory short").
     */
    public String coverageLabel(EObject element) {
        String name = nameOf(element);
        String state = null;
        if (isSinglePointOfFailure(element)) {
            state = "single point of failure";
        } else if (element instanceof Radar radar && reachesNoBattery(radar)) {
            state = "reaches no battery";
        } else if (element instanceof Battery battery && reachedByNoRadar(battery)) {
            state = "no track reaches it";
        } else if (element instanceof Battery battery && hasInventoryShortfall(battery)) {
            state = "inventory short";
        }
        return state == null ? name : name + " (" + state + ")";
    }

    // ------------------------------------------------------------------------------------------- helpers

    private CoverageState state(EObject element) {
        return CoverageState.of(scenario(element));
    }

    /** The report of {@code raid} against {@code asset}; null when the raid does not attack it or there is no analysis. */
    private AssetRaidReport pair(Asset asset, Raid raid) {
        if (asset == null || raid == null || raid.getTarget() != asset) {
            return null;
        }
        return state(asset).pair(nameOf(asset), nameOf(raid));
    }

    private <T extends EObject> List<T> elements(EObject element, Class<T> type) {
        Scenario scenario = scenario(element);
        if (scenario == null) {
            return List.of();
        }
        return scenario.getElements().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private <T extends Deployment> List<T> owned(Force force, Class<T> type) {
        return elements(force, type).stream().filter(d -> d.getOwner() == force).toList();
    }

    private static <T extends CatalogType> T declaredType(EObject element, Class<T> type) {
        EObject root = element == null ? null : EcoreUtil.getRootContainer(element);
        if (root instanceof Model model) {
            for (CatalogType t : model.getTypes()) {
                if (type.isInstance(t)) {
                    return type.cast(t);
                }
            }
        }
        return null;
    }

    private static Coordinate coordinate(String hemisphere) {
        Coordinate c = BulwarkFactory.eINSTANCE.createCoordinate();
        c.setValue(BigDecimal.ZERO);
        c.setHemisphere(hemisphere);
        return c;
    }

    private static String quantityLabel(Quantity quantity, String absent) {
        if (quantity == null || quantity.getValue() == null) {
            return absent;
        }
        String value = plain(quantity.getValue());
        return quantity.getUnit() == null ? value : value + " " + quantity.getUnit();
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** "0.8 < 0.9" or "0.95 ≥ 0.9" (the analysis' verdict), with enough decimals (2 to 6) to show why it goes that way. */
    static String comparison(AssetRaidReport pair) {
        boolean below = !pair.covered();
        int decimals = 2;
        while (decimals < 6 && below != shownBelow(pair, decimals)) {
            decimals++;
        }
        return probability(pair.negation(), decimals) + (below ? " < " : " ≥ ") + probability(pair.required(), decimals);
    }

    /** Whether the negation as written with these decimals is below the requirement as written. */
    private static boolean shownBelow(AssetRaidReport pair, int decimals) {
        return Double.parseDouble(probability(pair.negation(), decimals)) < Double.parseDouble(probability(pair.required(), decimals));
    }

    static String probability(double p) {
        return probability(p, 2);
    }

    /** As reports and finding texts write probabilities: at most {@code decimals} decimals, trailing zeros dropped. */
    private static String probability(double p, int decimals) {
        return Precision.decimal(p, decimals);
    }

    private static String nameOf(EObject element) {
        if (element instanceof Named named) {
            return named.getName() == null ? "" : named.getName();
        }
        return "";
    }
}
