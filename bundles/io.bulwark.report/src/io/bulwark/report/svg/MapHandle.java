package io.bulwark.report.svg;

import io.bulwark.core.scenario.ElementKeyword;
import io.bulwark.core.scenario.GeoPoint;

/**
 * A point of the model a viewer may drag on a rendered map: a radar, battery or asset site, a raid's launch
 * point, or one vertex of a region ({@code vertex} from 0 in the boundary's order; -1 for the others), where
 * it is drawn (pixel x, y of the map) and where it is on Earth.
 */
public record MapHandle(Kind kind, String element, int vertex, GeoPoint point, double x, double y) {

    /** What the handle moves. */
    public enum Kind {
        RADAR(ElementKeyword.RADAR), BATTERY(ElementKeyword.BATTERY), ASSET(ElementKeyword.ASSET), LAUNCH(ElementKeyword.RAID),
        REGION_VERTEX(ElementKeyword.REGION);

        private final ElementKeyword element;

        Kind(ElementKeyword element) {
            this.element = element;
        }

        /** The kind of element the handle moves; its word starts {@code data-element} and the anchors' keys. */
        public ElementKeyword element() {
            return element;
        }
    }

    /** The element's key, "kind:NAME" as in the SVG's {@code data-element} (a vertex's key is its region's). */
    public String key() {
        return kind.element().word() + ":" + element;
    }
}
