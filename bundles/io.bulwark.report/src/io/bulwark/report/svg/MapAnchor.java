package io.bulwark.report.svg;

import io.bulwark.core.scenario.ElementKeyword;


/**
 * Where a rendered map draws an element: its key ("radar:NAME", "battery:NAME", "asset:NAME", "raid:NAME"
 * at the launch point, "region:NAME" at the centre of its vertices), the pixel position, and the element's
 * key figures as a one- or multi-line tooltip.
 */
public record MapAnchor(String key, double x, double y, String tooltip) {

    /** The kind of element, from the key's first part (radar, battery, asset, raid or region). */
    public ElementKeyword kind() {
        String word = key.substring(0, key.indexOf(':'));
        return ElementKeyword.ofWord(word).orElseThrow(() -> new IllegalStateException("not an element's key: " + key));
    }

    /** The element's name. */
    public String name() {
        return key.substring(key.indexOf(':') + 1);
    }
}
