package io.bulwark.report.svg;

import static io.bulwark.report.svg.Markup.escape;
import static io.bulwark.report.svg.Markup.f;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import io.bulwark.core.scenario.Agreement;
import io.bulwark.core.scenario.Asset;
import io.bulwark.core.scenario.Battery;
import io.bulwark.core.scenario.Force;
import io.bulwark.core.scenario.Radar;
import io.bulwark.core.scenario.Scenario;

/**
 * The architecture of a scenario as a standalone SVG, laid out by ELK (layered): forces as boxes
 * holding their radars and batteries, assets, data-sharing links between forces labelled with their
 * latency (one-way dashed), cueing (grey, dotted) and fire-control (dark red) links from radars to batteries.
 */
public final class ArchitectureDiagramSvg {

    private static final double CHAR_WIDTH = 7.2;
    private static final double NODE_HEIGHT = 34;
    private static final double TITLE_HEIGHT = 26;

    private enum Kind { RADAR, BATTERY, ASSET, AGREEMENT, CUEING, FIRE_CONTROL }

    static {
        // elk.alg.layered registers itself only through java.util.ServiceLoader, which OSGi class loaders do not see
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    /**
     * The most links (agreement links, cueing and fire-control lines) a diagram draws: the layered layout's time grows
     * faster than the number of links (measured through {@code bulwark diagram}: 1,000 links cost about as much as 100,
     * 2,000 added some 40 s), and a drawing of more is no longer readable.
     */
    public static final int MAX_LINKS = 1_000;

    private ArchitectureDiagramSvg() {
    }

    /** The number of links the diagram of the scenario draws. */
    public static long links(Scenario scenario) {
        return scenario.agreements().size() + scenario.batteries().stream()
                .mapToLong(b -> b.cuedBy().size() + (b.fireControl() == null ? 0 : 1)).sum();
    }

    /**
     * @throws IllegalArgumentException when the diagram would have more than {@link #MAX_LINKS} links, before any layout
     */
    public static String render(Scenario scenario) {
        long links = links(scenario);
        if (links > MAX_LINKS) {
            throw new IllegalArgumentException("the diagram would draw " + links + " links (agreements, cueing and fire-control);"
                    + " it draws at most " + MAX_LINKS);
        }
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 24.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 48.0);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(20));

        Map<ElkNode, String> labels = new LinkedHashMap<>();
        Map<ElkNode, Kind> kinds = new LinkedHashMap<>();
        Map<String, ElkNode> forces = new LinkedHashMap<>();
        for (Force force : scenario.forces()) {
            ElkNode box = ElkGraphUtil.createNode(root);
            box.setProperty(CoreOptions.PADDING, new ElkPadding(TITLE_HEIGHT + 8, 12, 12, 12));
            box.setIdentifier("force:" + force.name());
            String label = force.nation() == null || force.nation().equals(force.name()) ? force.name()
                    : force.name() + " (" + force.nation() + ")";
            box.setDimensions(width(label) + 24, TITLE_HEIGHT + 20);
            labels.put(box, label);
            forces.put(force.name(), box);
        }
        Map<String, ElkNode> radars = new LinkedHashMap<>();
        for (Radar radar : scenario.radars()) {
            radars.put(radar.name(), leaf(forces.get(radar.force()), radar.name() + " : " + radar.type().name(), Kind.RADAR, labels, kinds));
        }
        Map<String, ElkNode> batteries = new LinkedHashMap<>();
        for (Battery battery : scenario.batteries()) {
            batteries.put(battery.name(), leaf(forces.get(battery.force()), battery.name() + " : " + battery.type().name() + " x"
                    + battery.interceptors(), Kind.BATTERY, labels, kinds));
        }
        for (Asset asset : scenario.assets()) {
            leaf(root, asset.name() + " (requires " + trim(asset.requiredNegation()) + ")", Kind.ASSET, labels, kinds);
        }
        Map<ElkEdge, Kind> edgeKinds = new LinkedHashMap<>();
        Map<ElkEdge, String> edgeLabels = new LinkedHashMap<>();
        for (Agreement agreement : scenario.agreements()) {
            ElkEdge edge = edge(forces.get(agreement.fromForce()), forces.get(agreement.toForce()));
            edgeKinds.put(edge, Kind.AGREEMENT);
            edgeLabels.put(edge, (agreement.mutual() ? "\u2194 " : "\u2192 ") + trim(agreement.latencyS()) + " s");
        }
        for (Battery battery : scenario.batteries()) {
            for (String cue : battery.cuedBy()) {
                edgeKinds.put(edge(radars.get(cue), batteries.get(battery.name())), Kind.CUEING);
            }
            if (battery.fireControl() != null) {
                edgeKinds.put(edge(radars.get(battery.fireControl()), batteries.get(battery.name())), Kind.FIRE_CONTROL);
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        return draw(scenario, root, forces.values().stream().toList(), labels, kinds, edgeKinds, edgeLabels);
    }

    private static ElkNode leaf(ElkNode parent, String label, Kind kind, Map<ElkNode, String> labels, Map<ElkNode, Kind> kinds) {
        ElkNode node = ElkGraphUtil.createNode(parent);
        node.setDimensions(width(label) + 20, NODE_HEIGHT);
        labels.put(node, label);
        kinds.put(node, kind);
        return node;
    }

    private static ElkEdge edge(ElkNode source, ElkNode target) {
        ElkEdge edge = ElkGraphUtil.createSimpleEdge(source, target);
        ElkGraphUtil.updateContainment(edge);
        return edge;
    }

    private static String draw(Scenario scenario, ElkNode root, List<ElkNode> forceBoxes, Map<ElkNode, String> labels,
            Map<ElkNode, Kind> kinds, Map<ElkEdge, Kind> edgeKinds, Map<ElkEdge, String> edgeLabels) {
        StringBuilder svg = new StringBuilder();
        double width = root.getWidth();
        double height = root.getHeight() + 40;
        svg.append(f("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" "
                + "font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"12\">%n", width, height, width, height));
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" "
                + "orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"context-stroke\"/></marker></defs>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(f("<text x=\"20\" y=\"%.0f\" font-size=\"14\" font-weight=\"bold\">%s: architecture</text>%n", height - 14,
                escape(scenario.name())));
        for (ElkNode box : forceBoxes) {
            double[] at = absolute(box);
            svg.append(f("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"6\" fill=\"#f2f2f2\" stroke=\"#555\"/>%n",
                    at[0], at[1], box.getWidth(), box.getHeight()));
            svg.append(f("<text x=\"%.1f\" y=\"%.1f\" font-weight=\"bold\">%s</text>%n", at[0] + 10, at[1] + 18, escape(labels.get(box))));
        }
        for (Map.Entry<ElkEdge, Kind> entry : edgeKinds.entrySet()) {
            drawEdge(svg, entry.getKey(), entry.getValue(), edgeLabels.get(entry.getKey()));
        }
        for (Map.Entry<ElkNode, Kind> entry : kinds.entrySet()) {
            ElkNode node = entry.getKey();
            double[] at = absolute(node);
            String fill = switch (entry.getValue()) {
                case RADAR -> "#dbe9f7";
                case BATTERY -> "#dcf0d8";
                default -> "#fff4c2";
            };
            double radius = entry.getValue() == Kind.RADAR ? NODE_HEIGHT / 2 : 3;
            svg.append(f("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"%.0f\" fill=\"%s\" stroke=\"#333\"/>%n", at[0],
                    at[1], node.getWidth(), node.getHeight(), radius, fill));
            svg.append(f("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>%n", at[0] + node.getWidth() / 2,
                    at[1] + node.getHeight() / 2 + 4, escape(labels.get(node))));
        }
        svg.append(legend(width));
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void drawEdge(StringBuilder svg, ElkEdge edge, Kind kind, String label) {
        if (edge.getSections().isEmpty()) {
            return;
        }
        ElkEdgeSection section = edge.getSections().get(0);
        double[] offset = edge.getContainingNode() == null ? new double[2] : absolute(edge.getContainingNode());
        StringBuilder points = new StringBuilder(f("%.1f,%.1f", section.getStartX() + offset[0], section.getStartY() + offset[1]));
        for (ElkBendPoint bend : section.getBendPoints()) {
            points.append(f(" %.1f,%.1f", bend.getX() + offset[0], bend.getY() + offset[1]));
        }
        points.append(f(" %.1f,%.1f", section.getEndX() + offset[0], section.getEndY() + offset[1]));
        String style = switch (kind) {
            case AGREEMENT -> label != null && label.startsWith("\u2192") ? "stroke=\"#1f5fa8\" stroke-width=\"2\" stroke-dasharray=\"6 4\""
                    : "stroke=\"#1f5fa8\" stroke-width=\"2\"";
            case CUEING -> "stroke=\"#888\" stroke-dasharray=\"2 3\"";
            default -> "stroke=\"#8b1a1a\" stroke-width=\"1.5\"";
        };
        boolean both = label != null && label.startsWith("\u2194");
        svg.append(f("<polyline points=\"%s\" fill=\"none\" %s marker-end=\"url(#arrow)\"%s/>%n", points, style,
                both ? " marker-start=\"url(#arrow)\"" : ""));
        if (label != null) {
            double x = (section.getStartX() + section.getEndX()) / 2 + offset[0];
            double y = (section.getStartY() + section.getEndY()) / 2 + offset[1];
            svg.append(f("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"#1f5fa8\" font-weight=\"bold\" "
                    + "stroke=\"white\" stroke-width=\"3\" paint-order=\"stroke\">%s</text>%n", x, y - 4, escape(label)));
        }
    }

    private static String legend(double width) {
        double x = Math.max(20, width - 330);
        return f("<g transform=\"translate(%.0f,8)\" font-size=\"11\">"
                + "<line x1=\"0\" y1=\"6\" x2=\"30\" y2=\"6\" stroke=\"#1f5fa8\" stroke-width=\"2\"/><text x=\"36\" y=\"10\">sharing (latency)</text>"
                + "<line x1=\"140\" y1=\"6\" x2=\"170\" y2=\"6\" stroke=\"#888\" stroke-dasharray=\"2 3\"/><text x=\"176\" y=\"10\">cues</text>"
                + "<line x1=\"215\" y1=\"6\" x2=\"245\" y2=\"6\" stroke=\"#8b1a1a\" stroke-width=\"1.5\"/><text x=\"251\" y=\"10\">fire control</text>"
                + "</g>%n", x);
    }

    private static double[] absolute(ElkNode node) {
        double x = 0;
        double y = 0;
        for (ElkNode n = node; n != null && n.getParent() != null; n = n.getParent()) {
            x += n.getX();
            y += n.getY();
        }
        return new double[] { x, y };
    }

    private static double width(String label) {
        return Math.max(60, label.length() * CHAR_WIDTH);
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
