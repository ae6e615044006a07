package io.bulwark.report.geo;

import java.util.ArrayList;
import java.util.List;

/** Douglas-Peucker simplification of pixel polylines (iterative, so that 100,000-point coastlines do not overflow the stack). */
public final class Simplify {

    private Simplify() {
    }

    /** The points of the line that keep it within {@code tolerance} of the original (first and last always kept). */
    public static List<double[]> douglasPeucker(List<double[]> points, double tolerance) {
        int n = points.size();
        if (n <= 2) {
            return points;
        }
        boolean[] keep = new boolean[n];
        keep[0] = true;
        keep[n - 1] = true;
        int[] stack = new int[2 * n];
        int top = 0;
        stack[top++] = 0;
        stack[top++] = n - 1;
        while (top > 0) {
            int last = stack[--top];
            int first = stack[--top];
            double worst = 0;
            int worstIndex = -1;
            double[] a = points.get(first);
            double[] b = points.get(last);
            for (int i = first + 1; i < last; i++) {
                double d = distance(points.get(i), a, b);
                if (d > worst) {
                    worst = d;
                    worstIndex = i;
                }
            }
            if (worstIndex >= 0 && worst > tolerance) {
                keep[worstIndex] = true;
                stack[top++] = first;
                stack[top++] = worstIndex;
                stack[top++] = worstIndex;
                stack[top++] = last;
            }
        }
        List<double[]> result = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                result.add(points.get(i));
            }
        }
        return result;
    }

    private static double distance(double[] p, double[] a, double[] b) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double length = dx * dx + dy * dy;
        if (length == 0) {
            return Math.hypot(p[0] - a[0], p[1] - a[1]);
        }
        double t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length));
        return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
    }
}
