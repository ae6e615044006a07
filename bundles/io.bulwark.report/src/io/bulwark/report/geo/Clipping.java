package io.bulwark.report.geo;

import java.util.ArrayList;
import java.util.List;

/** Clipping of polygons (Sutherland-Hodgman) and polylines to an axis-aligned rectangle {x0, y0, x1, y1}. */
final class Clipping {

    private Clipping() {
    }

    /** The polygon clipped to the rectangle; edges along the rectangle's sides where it was cut. Empty if nothing is inside. */
    static List<double[]> polygon(List<double[]> polygon, double[] rect) {
        List<double[]> result = polygon;
        for (int edge = 0; edge < 4 && !result.isEmpty(); edge++) {
            List<double[]> input = result;
            result = new ArrayList<>(input.size());
            double[] previous = input.get(input.size() - 1);
            for (double[] current : input) {
                boolean currentIn = inside(current, edge, rect);
                boolean previousIn = inside(previous, edge, rect);
                if (currentIn) {
                    if (!previousIn) {
                        result.add(intersection(previous, current, edge, rect));
                    }
                    result.add(current);
                } else if (previousIn) {
                    result.add(intersection(previous, current, edge, rect));
                }
                previous = current;
            }
        }
        return result;
    }

    /** The parts of the polyline inside the rectangle, each a polyline of at least two points. */
    static List<List<double[]>> polyline(List<double[]> line, double[] rect) {
        List<List<double[]>> pieces = new ArrayList<>();
        List<double[]> piece = new ArrayList<>();
        for (int i = 1; i < line.size(); i++) {
            double[] segment = clipSegment(line.get(i - 1), line.get(i), rect);
            if (segment == null) {
                if (piece.size() >= 2) {
                    pieces.add(piece);
                }
                piece = new ArrayList<>();
                continue;
            }
            double[] a = { segment[0], segment[1] };
            double[] b = { segment[2], segment[3] };
            if (piece.isEmpty() || !same(piece.get(piece.size() - 1), a)) {
                if (piece.size() >= 2) {
                    pieces.add(piece);
                }
                piece = new ArrayList<>();
                piece.add(a);
            }
            piece.add(b);
        }
        if (piece.size() >= 2) {
            pieces.add(piece);
        }
        return pieces;
    }

    private static boolean same(double[] a, double[] b) {
        return a[0] == b[0] && a[1] == b[1];
    }

    /** Liang-Barsky: the part of segment a-b inside the rectangle {ax, ay, bx, by}, or null. */
    private static double[] clipSegment(double[] a, double[] b, double[] rect) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double t0 = 0;
        double t1 = 1;
        double[] p = { -dx, dx, -dy, dy };
        double[] q = { a[0] - rect[0], rect[2] - a[0], a[1] - rect[1], rect[3] - a[1] };
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return null;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        if (t0 > t1) {
            return null;
        }
        return new double[] { t0 == 0 ? a[0] : a[0] + t0 * dx, t0 == 0 ? a[1] : a[1] + t0 * dy, t1 == 1 ? b[0] : a[0] + t1 * dx,
                t1 == 1 ? b[1] : a[1] + t1 * dy };
    }

    private static boolean inside(double[] p, int edge, double[] rect) {
        return switch (edge) {
            case 0 -> p[0] >= rect[0];
            case 1 -> p[0] <= rect[2];
            case 2 -> p[1] >= rect[1];
            default -> p[1] <= rect[3];
        };
    }

    private static double[] intersection(double[] a, double[] b, int edge, double[] rect) {
        double t = switch (edge) {
            case 0 -> (rect[0] - a[0]) / (b[0] - a[0]);
            case 1 -> (rect[2] - a[0]) / (b[0] - a[0]);
            case 2 -> (rect[1] - a[1]) / (b[1] - a[1]);
            default -> (rect[3] - a[1]) / (b[1] - a[1]);
        };
        return new double[] { a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]) };
    }
}
