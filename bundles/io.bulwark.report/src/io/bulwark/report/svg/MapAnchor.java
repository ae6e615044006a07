package io.bulwark.report.svg;

/**
 * Where a rendered map draws an element: its key ("radar:NAME", "battery:NAME", "asset:NAME", "raid:NAME"
 * at the launch point, "region:NAME" at the centre of its vertices), the pixel position, and the element's
 * key figures as a one- or multi-line tooltip.
 */
public record MapAnchor(String key, double x, double y, String tooltip) {

    /** The kind part of the key: radar, battery, asset, raid or region. */
    public String kind() {
        return key.substring(0, key.indexOf(':'));
    }

    /** The element's name. */
    public String name() {
        return key.substring(key.indexOf(':') + 1);
    }
}
