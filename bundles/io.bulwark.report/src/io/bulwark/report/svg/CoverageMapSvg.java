package io.bulwark.report.svg;

import java.util.LinkedHashMap;
import java.util.Map;

import io.bulwark.core.report.CoverageReport;
import io.bulwark.core.scenario.Scenario;

/**
 * The coverage map of an analysed scenario as a standalone SVG for a page or file: {@link CoverageMap} at
 * the document size, with legend and inset. Every element carries {@code data-element="kind:name"}.
 */
public final class CoverageMapSvg {

    /** Colours of negation against the requirement, shared with the HTML report. */
    public static final String COVERED = "#2e7d32";
    public static final String PARTIAL = "#ef6c00";
    public static final String UNDEFENDED = "#c62828";

    /** The width of a page's map, px. */
    public static final int DOCUMENT_WIDTH = 960;

    private CoverageMapSvg() {
    }

    /** The colour of a negation against its requirement: at or above it, below it but engaged, not engaged. */
    public static String negationColour(double negation, double required) {
        return negation >= required ? COVERED : negation > 0 ? PARTIAL : UNDEFENDED;
    }

    public static String render(Scenario scenario, CoverageReport report) {
        return CoverageMap.render(scenario, report, CoverageMap.documentView(scenario, DOCUMENT_WIDTH), CoverageMap.Options.DOCUMENT).svg();
    }

    /**
     * Where {@link #render} draws each element, in the SVG's coordinates, keyed as its {@code data-element}
     * ("radar:NAME", "battery:NAME", "asset:NAME", "raid:NAME" at its launch point, "region:NAME" at its centre):
     * a viewer showing the map as an image finds the element under a click with it.
     */
    public static Map<String, double[]> anchors(Scenario scenario) {
        RenderedMap map = CoverageMap.render(scenario, null, CoverageMap.documentView(scenario, DOCUMENT_WIDTH), CoverageMap.Options.DOCUMENT);
        Map<String, double[]> anchors = new LinkedHashMap<>();
        map.anchors().forEach(a -> anchors.put(a.key(), new double[] { a.x(), a.y() }));
        return anchors;
    }
}
