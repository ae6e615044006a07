package io.bulwark.report.svg;

/** A label as placed on a rendered map: the element it names, its text and its box (pixels, top-left x, y). */
public record MapLabel(String key, String text, double x, double y, double width, double height) {

    /** Whether the two boxes share any area. */
    public boolean overlaps(MapLabel other) {
        return x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height;
    }
}
