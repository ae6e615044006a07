package io.bulwark.report.geo;

/** Placeholder replaced by the Natural Earth basemap. */
public final class Basemap {

    private Basemap() {
    }

    /** Land and borders as SVG path data in the view's pixels. */
    public record Drawing(String land, String borders) {
    }

    public static Drawing draw(MapView view) {
        return new Drawing("", "");
    }
}
