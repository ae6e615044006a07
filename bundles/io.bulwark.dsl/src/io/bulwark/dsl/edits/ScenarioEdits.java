package io.bulwark.dsl.edits;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScopeProvider;

import io.bulwark.dsl.fixes.QuickFixes.Edit;
import io.bulwark.model.bulwark.Agreement;
import io.bulwark.model.bulwark.Asset;
import io.bulwark.model.bulwark.Battery;
import io.bulwark.model.bulwark.BulwarkPackage;
import io.bulwark.model.bulwark.Coordinate;
import io.bulwark.model.bulwark.Deployment;
import io.bulwark.model.bulwark.Force;
import io.bulwark.model.bulwark.GeoPoint;
import io.bulwark.model.bulwark.Link;
import io.bulwark.model.bulwark.Located;
import io.bulwark.model.bulwark.Model;
import io.bulwark.model.bulwark.Named;
import io.bulwark.model.bulwark.Radar;
import io.bulwark.model.bulwark.Raid;
import io.bulwark.model.bulwark.Scenario;
import io.bulwark.model.bulwark.ScenarioElement;
import io.bulwark.model.mapping.ElementKind;

/**
 * The edits the map, the architecture diagram and the Sirius viewpoint make on a scenario, as text replacements
 * computed on the file's text now (the model must be the parse of exactly that text). Each edit touches only the
 * characters it changes: every comment and the layout elsewhere stay, so the IDE applies the list to the editor's
 * document as one undoable change, the same way as the quick fixes ({@link io.bulwark.dsl.fixes.QuickFixes}).
 *
 * <p>An edit that cannot be made (an unknown name, a name already taken, an asset a raid still attacks) throws an
 * {@link IllegalArgumentException} whose message is the one line to show the user.
 */
public final class ScenarioEdits {

    /** How a radar serves a battery. */
    public enum RadarRole {
        FIRE_CONTROL, CUEING
    }

    /** The kinds of element that can be added at a point. */
    public enum NewSite {
        RADAR(ElementKind.RADAR), BATTERY(ElementKind.BATTERY), ASSET(ElementKind.ASSET);

        final String keyword;

        NewSite(ElementKind kind) {
            this.keyword = kind.word();
        }

        /** The word that declares such an element: radar, battery, asset. */
        public String keyword() {
            return keyword;
        }
    }

    private static final BulwarkPackage B = BulwarkPackage.eINSTANCE;
    private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final String DEFAULT_CLAUSE_INDENT = "    ";

    /** The order in which a scenario declares its elements (docs/language.md): new ones go after their kind. */
    private static final List<EClass> DECLARATION_ORDER = List.of(B.getForce(), B.getAgreement(), B.getRadar(), B.getBattery(),
            B.getAsset(), B.getRegion(), B.getRaid());

    private ScenarioEdits() {
    }

    // ------------------------------------------------------------------------------------------- move

    /**
     * Moves a point (a site, a launch point, a region vertex) to {@code latitude, longitude} (degrees, north and
     * east positive): only its two coordinates change, written as the file writes them (N/S/E/W or signed, the same
     * number of decimals as before); an altitude stays.
     */
    public static List<Edit> move(String text, GeoPoint point, double latitude, double longitude) {
        if (point == null || point.getLatitude() == null || point.getLongitude() == null) {
            throw new IllegalArgumentException("The element has no position to move");
        }
        double lon = ((longitude + 180) % 360 + 360) % 360 - 180;
        double lat = Math.max(-90, Math.min(90, latitude));
        List<Edit> edits = new ArrayList<>();
        edits.add(replaceNode(text, point.getLatitude(), coordinate(point.getLatitude(), lat, "N", "S")));
        edits.add(replaceNode(text, point.getLongitude(), coordinate(point.getLongitude(), lon, "E", "W")));
        return edits;
    }

    /** The point a located element or a raid (its launch point) is moved by; null for other elements. */
    public static GeoPoint positionOf(EObject element) {
        if (element instanceof Located located) {
            return located.getSite();
        }
        return element instanceof Raid raid ? raid.getLaunch() : null;
    }

    /** The text of a coordinate at {@code degrees}, in the style of {@code like}. */
    static String coordinate(Coordinate like, double degrees, String positive, String negative) {
        int scale = Math.max(0, like.getValue() == null ? 3 : like.getValue().scale());
        String hemisphere = like.getHemisphere();
        BigDecimal rounded = BigDecimal.valueOf(hemisphere == null ? degrees : Math.abs(degrees)).setScale(scale, RoundingMode.HALF_UP);
        if (rounded.signum() == 0) {
            rounded = rounded.abs();
        }
        if (hemisphere == null) {
            return rounded.toPlainString();
        }
        String letter = degrees < 0 && rounded.signum() != 0 ? negative : positive;
        boolean lower = hemisphere.equals(hemisphere.toLowerCase(Locale.ROOT));
        return rounded.toPlainString() + " " + (lower ? letter.toLowerCase(Locale.ROOT) : letter);
    }

    // ------------------------------------------------------------------------------------------- add

    /**
     * Declares a radar, battery or asset at {@code latitude, longitude}, after the last element of its kind (else
     * where its kind comes in the declaration order), in the layout of that element: its indentation, one clause a
     * line or one line, and the file's coordinate style.
     *
     * @param name the new element's name; null for a fresh one ("Radar", "Radar_2"...)
     * @param type the radar or interceptor type as written in the file's scope; ignored for an asset
     * @param owner the owning force's name; ignored for an asset
     * @param interceptors a battery's interceptors (at least 1); ignored otherwise
     */
    public static List<Edit> add(String text, Model model, NewSite kind, String name, String type, String owner, int interceptors,
            double latitude, double longitude) {
        Scenario scenario = scenarioOf(model);
        String newName = name == null ? freshName(scenario, capitalized(kind.keyword)) : checkedNewName(scenario, name);
        String site = site(model, latitude, longitude);
        EClass eClass = switch (kind) {
            case RADAR -> B.getRadar();
            case BATTERY -> B.getBattery();
            case ASSET -> B.getAsset();
        };
        if (kind != NewSite.ASSET) {
            if (type == null || type.isBlank()) {
                throw new IllegalArgumentException("Choose a " + (kind == NewSite.RADAR ? "radar" : "interceptor") + " type");
            }
            if (find(scenario, Force.class, owner) == null) {
                throw new IllegalArgumentException("No force " + owner + " in scenario " + scenario.getName());
            }
        }
        List<String> clauses = switch (kind) {
            case RADAR -> List.of("owner " + owner, "at " + site);
            case BATTERY -> List.of("owner " + owner, "at " + site, "interceptors " + Math.max(1, interceptors));
            case ASSET -> List.of();
        };
        ScenarioElement anchor = anchor(scenario, eClass);
        String indent = anchor == null ? "" : indentOf(text, node(anchor).getOffset());
        String declaration;
        if (kind == NewSite.ASSET) {
            declaration = indent + kind.keyword + " " + newName + " at " + site;
        } else {
            String head = indent + kind.keyword + " " + newName + " : " + type + " {";
            ScenarioElement like = last(scenario, eClass);
            if (like != null && !node(like).getText().strip().contains("\n")) {
                declaration = head + " " + String.join(" ", clauses) + " }";
            } else {
                String clauseIndent = indent + (like == null ? DEFAULT_CLAUSE_INDENT : clauseIndent(text, like, indent));
                StringBuilder block = new StringBuilder(head);
                clauses.forEach(clause -> block.append('\n').append(clauseIndent).append(clause));
                declaration = block.append('\n').append(indent).append('}').toString();
            }
        }
        boolean separated = declaration.contains("\n") && anchor != null && node(anchor).getText().strip().contains("\n");
        return List.of(insertAfter(text, scenario, anchor, separated ? lineBreak(text) + declaration : declaration));
    }

    /**
     * The names of the types a new radar ({@code B.getRadar_Type()}) or battery ({@code B.getBattery_Type()}) can
     * refer to in the scenario's scope, as the file would write them (the shortest name), sorted.
     */
    public static List<String> typesInScope(Model model, EReference typeReference) {
        Scenario scenario = scenarioOf(model);
        IScopeProvider scopes = ((XtextResource) model.eResource()).getResourceServiceProvider().get(IScopeProvider.class);
        Map<String, String> shortest = new LinkedHashMap<>();
        for (IEObjectDescription description : scopes.getScope(scenario, typeReference).getAllElements()) {
            String written = description.getName().toString();
            shortest.merge(description.getEObjectURI().toString(), written, (a, b) -> b.length() < a.length() ? b : a);
        }
        return shortest.values().stream().distinct().sorted().toList();
    }

    // ------------------------------------------------------------------------------------------- agreements and roles

    /**
     * Declares an agreement "FROM -> TO" (or "FROM <-> TO" when mutual) with a latency in seconds (none when null),
     * on a new line after the last agreement, else after the last force.
     */
    public static List<Edit> addAgreement(String text, Model model, String from, String to, boolean mutual, BigDecimal latencySeconds) {
        Scenario scenario = scenarioOf(model);
        for (String force : List.of(from, to)) {
            if (find(scenario, Force.class, force) == null) {
                throw new IllegalArgumentException("No force " + force + " in scenario " + scenario.getName());
            }
        }
        if (from.equals(to)) {
            throw new IllegalArgumentException("An agreement links two different forces");
        }
        String name = freshName(scenario, from + "_to_" + to);
        String latency = latencySeconds == null ? "" : " latency " + plain(latencySeconds) + " s";
        ScenarioElement anchor = anchor(scenario, B.getAgreement());
        String indent = anchor == null ? "" : indentOf(text, node(anchor).getOffset());
        String declaration = indent + "agreement " + name + " { " + from + (mutual ? " <-> " : " -> ") + to + latency + " }";
        return List.of(insertAfter(text, scenario, anchor, declaration));
    }

    /**
     * Makes {@code radar} the battery's fire-control radar (replacing the one it names) or adds it to the battery's
     * cueing radars ("cued by"); no edit when it already is.
     */
    public static List<Edit> connect(String text, Battery battery, Radar radar, RadarRole role) {
        if (role == RadarRole.FIRE_CONTROL) {
            if (battery.getFireControl() == radar) {
                return List.of();
            }
            List<INode> nodes = NodeModelUtils.findNodesForFeature(battery, B.getBattery_FireControl());
            return nodes.isEmpty() ? List.of(addClause(text, battery, "fire-control " + radar.getName()))
                    : List.of(new Edit(nodes.get(0).getOffset(), nodes.get(0).getLength(), radar.getName()));
        }
        if (battery.getCuedBy().contains(radar)) {
            return List.of();
        }
        List<INode> nodes = NodeModelUtils.findNodesForFeature(battery, B.getBattery_CuedBy());
        return nodes.isEmpty() ? List.of(addClause(text, battery, "cued by " + radar.getName()))
                : List.of(new Edit(nodes.get(nodes.size() - 1).getEndOffset(), 0, ", " + radar.getName()));
    }

    // ------------------------------------------------------------------------------------------- rename

    /** Renames a scenario element: its declaration and every reference to it in the file. */
    public static List<Edit> rename(Named element, String newName) {
        Scenario scenario = element instanceof ScenarioElement e ? (Scenario) e.eContainer() : null;
        if (scenario == null) {
            throw new IllegalArgumentException("Only scenario elements are renamed here");
        }
        if (newName.equals(element.getName())) {
            return List.of();
        }
        checkedNewName(scenario, newName);
        List<Edit> edits = new ArrayList<>();
        for (INode node : NodeModelUtils.findNodesForFeature(element, B.getNamed_Name())) {
            edits.add(new Edit(node.getOffset(), node.getLength(), newName));
        }
        for (Reference reference : references(element.eResource(), element)) {
            String written = reference.node().getText().strip();
            int dot = written.lastIndexOf('.');
            edits.add(new Edit(reference.node().getOffset(), reference.node().getLength(), written.substring(0, dot + 1) + newName));
        }
        edits.sort(Comparator.comparingInt(Edit::offset));
        return edits;
    }

    // ------------------------------------------------------------------------------------------- delete

    /**
     * Deletes an element with the cascade of the Sirius viewpoint's Delete tool ({@code ScenarioServices
     * .deletionClosure}): a force takes along the agreement links it is part of (the whole agreement when no other
     * link remains) and the radars and batteries it owns; a link takes its agreement when it is the last one; the
     * references to a deleted radar ("cued by", "fire-control") are removed. An asset that a raid attacks is not
     * deleted. Whole lines go when the element fills them; comments stay.
     */
    public static List<Edit> delete(String text, EObject element) {
        if (element instanceof Asset asset) {
            Scenario scenario = (Scenario) asset.eContainer();
            for (ScenarioElement e : scenario.getElements()) {
                if (e instanceof Raid raid && raid.getTarget() == asset) {
                    throw new IllegalArgumentException("Asset " + asset.getName() + " is the target of raid " + raid.getName()
                            + ": retarget or delete the raid first");
                }
            }
        }
        List<EObject> doomed = deletionClosure(element);
        List<int[]> ranges = new ArrayList<>();
        for (EObject e : doomed) {
            ranges.add(e instanceof Link link ? linkRange(link, doomed) : lineRange(text, node(e).getOffset(), node(e).getEndOffset()));
        }
        for (EObject e : doomed) {
            if (e instanceof Radar radar) {
                for (ScenarioElement other : ((Scenario) radar.eContainer()).getElements()) {
                    if (other instanceof Battery battery && !doomed.contains(battery)) {
                        ranges.addAll(referenceRanges(text, battery, radar, doomed));
                    }
                }
            }
        }
        return edits(text, ranges);
    }

    /** What deleting {@code element} removes, in removal order (see {@link #delete}). */
    public static List<EObject> deletionClosure(EObject element) {
        List<EObject> doomed = new ArrayList<>();
        if (element instanceof Force force) {
            Scenario scenario = (Scenario) force.eContainer();
            for (ScenarioElement e : scenario.getElements()) {
                if (e instanceof Agreement agreement) {
                    List<Link> links = agreement.getLinks().stream().filter(l -> l.getFrom() == force || l.getTo() == force).toList();
                    if (!links.isEmpty() && links.size() == agreement.getLinks().size()) {
                        doomed.add(agreement);
                    } else {
                        doomed.addAll(links);
                    }
                }
            }
            scenario.getElements().stream().filter(e -> e instanceof Deployment d && d.getOwner() == force).forEach(doomed::add);
        } else if (element instanceof Link link && link.eContainer() instanceof Agreement agreement && agreement.getLinks().size() == 1) {
            doomed.add(agreement);
            return doomed;
        }
        doomed.add(element);
        return doomed;
    }

    // ------------------------------------------------------------------------------------------- names

    /** {@code base} when no scenario element has it, else base_2, base_3... */
    public static String freshName(Scenario scenario, String base) {
        Set<String> taken = names(scenario);
        if (!taken.contains(base)) {
            return base;
        }
        for (int i = 2;; i++) {
            if (!taken.contains(base + "_" + i)) {
                return base + "_" + i;
            }
        }
    }

    /** The scenario element named {@code name} of the given class, or null. */
    public static <T extends ScenarioElement> T find(Scenario scenario, Class<T> type, String name) {
        for (ScenarioElement e : scenario.getElements()) {
            if (type.isInstance(e) && e.getName() != null && e.getName().equals(name)) {
                return type.cast(e);
            }
        }
        return null;
    }

    private static String checkedNewName(Scenario scenario, String name) {
        if (!ID.matcher(name).matches() || keywords(scenario).contains(name)) {
            throw new IllegalArgumentException("'" + name + "' is not a name: letters, digits and '_', not starting with a digit,"
                    + " not a keyword");
        }
        if (names(scenario).contains(name)) {
            throw new IllegalArgumentException("Scenario " + scenario.getName() + " already has an element named " + name);
        }
        return name;
    }

    private static Set<String> names(Scenario scenario) {
        Set<String> taken = new LinkedHashSet<>();
        scenario.getElements().forEach(e -> taken.add(e.getName()));
        return taken;
    }

    private static Set<String> keywords(EObject context) {
        IGrammarAccess grammar = ((XtextResource) context.eResource()).getResourceServiceProvider().get(IGrammarAccess.class);
        return GrammarUtil.getAllKeywords(grammar.getGrammar());
    }

    // ------------------------------------------------------------------------------------------- helpers

    private record Reference(EObject owner, EReference feature, INode node) {
    }

    /** Every cross-reference of the resource that resolves to {@code target}, with the node that writes it. */
    private static List<Reference> references(Resource resource, EObject target) {
        List<Reference> references = new ArrayList<>();
        resource.getAllContents().forEachRemaining(owner -> {
            for (EReference feature : owner.eClass().getEAllReferences()) {
                if (feature.isContainment() || feature.isContainer() || feature.isDerived()) {
                    continue;
                }
                List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, feature);
                List<?> values = feature.isMany() ? (List<?>) owner.eGet(feature) : java.util.Collections.singletonList(owner.eGet(feature));
                for (int i = 0; i < values.size() && i < nodes.size(); i++) {
                    if (values.get(i) == target) {
                        references.add(new Reference(owner, feature, nodes.get(i)));
                    }
                }
            }
        });
        return references;
    }

    /** The ranges that remove {@code radar} from the battery's "cued by" list and "fire-control" clause. */
    private static List<int[]> referenceRanges(String text, Battery battery, Radar radar, List<EObject> doomed) {
        List<int[]> ranges = new ArrayList<>();
        if (battery.getFireControl() == radar) {
            INode reference = NodeModelUtils.findNodesForFeature(battery, B.getBattery_FireControl()).get(0);
            ranges.add(lineRange(text, keywordBefore(battery, reference, "fire-control").getOffset(), reference.getEndOffset()));
        }
        List<INode> cues = NodeModelUtils.findNodesForFeature(battery, B.getBattery_CuedBy());
        List<Radar> cuedBy = battery.getCuedBy();
        int i = cuedBy.indexOf(radar);
        if (i < 0) {
            return ranges;
        }
        List<Boolean> removed = cuedBy.stream().map(r -> r == radar || doomed.contains(r)).toList();
        if (!removed.contains(false)) {
            if (removed.indexOf(true) == i) { // the whole clause, once
                ranges.add(lineRange(text, keywordBefore(battery, cues.get(0), "cued").getOffset(), cues.get(cues.size() - 1).getEndOffset()));
            }
            return ranges;
        }
        ranges.add(listItemRange(cues, removed, i));
        return ranges;
    }

    /**
     * The range that removes item {@code i} of a comma-separated list and a separating comma: up to the next item
     * when one is kept after it, else from the end of the last item kept before it.
     */
    private static int[] listItemRange(List<INode> items, List<Boolean> removed, int i) {
        if (removed.subList(i + 1, removed.size()).contains(false)) {
            return new int[] {items.get(i).getOffset(), items.get(i + 1).getOffset()};
        }
        int kept = removed.subList(0, i).lastIndexOf(false);
        return new int[] {items.get(kept).getEndOffset(), items.get(i).getEndOffset()};
    }

    /** A link and a separating comma, when other links of its agreement stay. */
    private static int[] linkRange(Link link, List<EObject> doomed) {
        Agreement agreement = (Agreement) link.eContainer();
        List<INode> nodes = agreement.getLinks().stream().map(ScenarioEdits::node).toList();
        List<Boolean> removed = agreement.getLinks().stream().map(doomed::contains).toList();
        return listItemRange(nodes, removed, agreement.getLinks().indexOf(link));
    }

    /**
     * The range that removes [start, end): with its whole line(s) when nothing but blanks shares them (and the blank
     * line before them when a blank line follows too), else with the blanks that follow it on its line (a trailing
     * comment stays).
     */
    private static int[] lineRange(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        int afterLine = lineEnd < 0 ? text.length() : lineEnd + 1;
        if (text.substring(lineStart, start).isBlank() && text.substring(end, lineEnd < 0 ? text.length() : lineEnd).isBlank()) {
            // between two blank lines (a block among blocks) one of them goes too, so adding and deleting leave the text as it was
            int previousLine = text.lastIndexOf('\n', lineStart - 2) + 1;
            int nextLineEnd = text.indexOf('\n', afterLine);
            boolean blankBefore = lineStart > 0 && text.substring(previousLine, lineStart).isBlank();
            boolean blankAfter = afterLine >= text.length() || text.substring(afterLine, nextLineEnd < 0 ? text.length() : nextLineEnd).isBlank();
            return new int[] {blankBefore && blankAfter ? previousLine : lineStart, afterLine};
        }
        int to = end;
        while (to < text.length() && (text.charAt(to) == ' ' || text.charAt(to) == '\t')) {
            to++;
        }
        return new int[] {start, to};
    }

    /** Edits for the ranges, nested and repeated ones merged. */
    private static List<Edit> edits(String text, List<int[]> ranges) {
        List<int[]> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingInt((int[] r) -> r[0]).thenComparingInt(r -> -r[1]));
        List<Edit> edits = new ArrayList<>();
        int coveredTo = -1;
        for (int[] range : sorted) {
            if (range[0] < coveredTo) {
                if (range[1] > coveredTo) {
                    Edit last = edits.remove(edits.size() - 1);
                    edits.add(new Edit(last.offset(), range[1] - last.offset(), ""));
                    coveredTo = range[1];
                }
                continue;
            }
            edits.add(new Edit(range[0], range[1] - range[0], ""));
            coveredTo = range[1];
        }
        return edits;
    }

    /** The last keyword leaf {@code keyword} of the element before {@code node}. */
    private static ILeafNode keywordBefore(EObject element, INode node, String keyword) {
        ILeafNode found = null;
        for (ILeafNode leaf : node(element).getLeafNodes()) {
            if (leaf.getOffset() >= node.getOffset()) {
                break;
            }
            if (leaf.getGrammarElement() instanceof Keyword k && k.getValue().equals(keyword)) {
                found = leaf;
            }
        }
        if (found == null) {
            throw new IllegalStateException("no '" + keyword + "' before " + node.getText());
        }
        return found;
    }

    /** A clause on its own line before the block's closing line, or before the '}' of a one-line block. */
    private static Edit addClause(String text, Battery battery, String clause) {
        INode node = node(battery);
        int close = node.getEndOffset() - 1;
        String indent = indentOf(text, node.getOffset());
        if (!node.getText().strip().contains("\n")) {
            return new Edit(close, 0, clause + " ");
        }
        int closeLineStart = text.lastIndexOf('\n', close - 1) + 1;
        if (!text.substring(closeLineStart, close).isBlank()) {
            return new Edit(close, 0, clause + " ");
        }
        return new Edit(closeLineStart, 0, indent + clauseIndent(text, battery, indent) + clause + "\n");
    }

    /** The indentation of the block's clauses beyond the element's own. */
    private static String clauseIndent(String text, ScenarioElement block, String indent) {
        INode node = node(block);
        int secondLine = text.indexOf('\n', node.getOffset()) + 1;
        if (secondLine <= 0 || secondLine >= node.getEndOffset()) {
            return DEFAULT_CLAUSE_INDENT;
        }
        String lineIndent = indentOf(text, secondLine);
        return lineIndent.startsWith(indent) && lineIndent.length() > indent.length() ? lineIndent.substring(indent.length())
                : DEFAULT_CLAUSE_INDENT;
    }

    /** A new declaration on the line after {@code anchor}'s last line, or after the scenario's header. */
    private static Edit insertAfter(String text, Scenario scenario, EObject anchor, String declaration) {
        INode after;
        if (anchor != null) {
            after = node(anchor);
        } else {
            List<INode> header = NodeModelUtils.findNodesForFeature(scenario, B.getScenario_Imports());
            after = header.isEmpty() ? NodeModelUtils.findNodesForFeature(scenario, B.getNamed_Name()).get(0) : header.get(header.size() - 1);
        }
        int end = text.indexOf('\n', after.getEndOffset());
        int at = end < 0 ? text.length() : end > 0 && text.charAt(end - 1) == '\r' ? end - 1 : end;
        return new Edit(at, 0, lineBreak(text) + declaration);
    }

    private static String lineBreak(String text) {
        return text.contains("\r\n") ? "\r\n" : "\n";
    }

    /** The last element of the class, else of the closest class declared before it, else null (the header). */
    private static ScenarioElement anchor(Scenario scenario, EClass eClass) {
        for (int k = DECLARATION_ORDER.indexOf(eClass); k >= 0; k--) {
            ScenarioElement last = last(scenario, DECLARATION_ORDER.get(k));
            if (last != null) {
                return last;
            }
        }
        return null;
    }

    private static ScenarioElement last(Scenario scenario, EClass eClass) {
        ScenarioElement last = null;
        for (ScenarioElement e : scenario.getElements()) {
            last = eClass.isInstance(e) ? e : last;
        }
        return last;
    }

    /**
     * "37.566 N, 126.978 E" in the style of the file: hemisphere letters or signs as its first point, as many decimals
     * as its most precise coordinate (3 in a file without points).
     */
    private static String site(Model model, double latitude, double longitude) {
        GeoPoint first = null;
        int decimals = -1;
        for (var it = model.eAllContents(); it.hasNext();) {
            if (it.next() instanceof GeoPoint point && point.getLatitude() != null && point.getLatitude().getValue() != null
                    && point.getLongitude() != null && point.getLongitude().getValue() != null) {
                first = first == null ? point : first;
                decimals = Math.max(decimals, Math.max(point.getLatitude().getValue().scale(), point.getLongitude().getValue().scale()));
            }
        }
        Coordinate lat = first == null ? styled("N", 3) : styled(first.getLatitude().getHemisphere(), decimals);
        Coordinate lon = first == null ? styled("E", 3) : styled(first.getLongitude().getHemisphere(), decimals);
        return coordinate(lat, latitude, "N", "S") + ", " + coordinate(lon, ((longitude + 180) % 360 + 360) % 360 - 180, "E", "W");
    }

    private static Coordinate styled(String hemisphere, int scale) {
        Coordinate c = io.bulwark.model.bulwark.BulwarkFactory.eINSTANCE.createCoordinate();
        c.setValue(BigDecimal.ZERO.setScale(scale));
        c.setHemisphere(hemisphere);
        return c;
    }

    private static Edit replaceNode(String text, EObject element, String replacement) {
        INode node = node(element);
        return new Edit(node.getOffset(), node.getLength(), replacement);
    }

    private static INode node(EObject element) {
        INode node = NodeModelUtils.findActualNodeFor(element);
        if (node == null) {
            throw new IllegalArgumentException("The element is not in the parsed text");
        }
        return node;
    }

    private static String indentOf(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        int i = lineStart;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(lineStart, i);
    }

    private static Scenario scenarioOf(Model model) {
        if (model == null || model.getScenario() == null) {
            throw new IllegalArgumentException("The file declares no scenario");
        }
        return model.getScenario();
    }

    private static String capitalized(String keyword) {
        return Character.toUpperCase(keyword.charAt(0)) + keyword.substring(1);
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
