package io.bulwark.report.svg;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import io.bulwark.report.geo.MapView;

/**
 * A coverage map drawn for a view: the SVG (its map area is the view's pixels with (0, 0) top-left, so SVG
 * coordinates and the view's pixels are the same; a legend, when asked for, lies below, from y = view height
 * to {@code svgHeight}), the elements' anchors, the draggable handles and the placed labels, in drawing order.
 */
public record RenderedMap(String svg, MapView view, double svgHeight, List<MapAnchor> anchors, List<MapHandle> handles,
        List<MapLabel> labels) {

    public RenderedMap {
        anchors = List.copyOf(anchors);
        handles = List.copyOf(handles);
        labels = List.copyOf(labels);
    }

    /** The handle nearest to pixel (x, y) within {@code tolerancePx}; of equally near ones, the one drawn last (on top). */
    public Optional<MapHandle> handleAt(double x, double y, double tolerancePx) {
        return nearest(handles, h -> Math.hypot(h.x() - x, h.y() - y), tolerancePx);
    }

    /** Every handle within {@code tolerancePx} of pixel (x, y), nearest first. */
    public List<MapHandle> handlesNear(double x, double y, double tolerancePx) {
        return handles.stream().filter(h -> Math.hypot(h.x() - x, h.y() - y) <= tolerancePx)
                .sorted(Comparator.comparingDouble(h -> Math.hypot(h.x() - x, h.y() - y))).toList();
    }

    /**
     * The element under pixel (x, y): the anchor nearest within {@code tolerancePx}, else the element whose label
     * box contains the pixel (labels may sit away from their symbol, on a leader line).
     */
    public Optional<MapAnchor> anchorAt(double x, double y, double tolerancePx) {
        Optional<MapAnchor> near = nearest(anchors, a -> Math.hypot(a.x() - x, a.y() - y), tolerancePx);
        if (near.isPresent()) {
            return near;
        }
        return labels.stream().filter(l -> x >= l.x() && x <= l.x() + l.width() && y >= l.y() && y <= l.y() + l.height())
                .reduce((a, b) -> b).flatMap(l -> anchor(l.key()));
    }

    /** The anchor of an element by key ("radar:NAME", ...). */
    public Optional<MapAnchor> anchor(String key) {
        return anchors.stream().filter(a -> a.key().equals(key)).findFirst();
    }

    private static <T> Optional<T> nearest(List<T> items, ToDoubleFunction<T> distance, double tolerance) {
        T best = null;
        double bestDistance = tolerance;
        for (T item : items) {
            double d = distance.applyAsDouble(item);
            if (d <= bestDistance) {
                best = item;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }
}
