package io.bulwark.study;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.bulwark.core.scenario.GeoPoint;
import io.bulwark.report.svg.StudyHeatmapSvg;

/**
 * The HTML report of a study (one file, inline SVG, no scripts): the first objective as a heatmap over the first site
 * grid drawn on the map, the Pareto front of the first two objectives, the best variants with their findings, and the Monte Carlo
 * distributions of the objectives with their percentiles.
 */
public final class StudyReport {

    private static final int BEST = 10;

    private StudyReport() {
    }

    public static void write(StudyPlan plan, List<Object[]> rows, Path file) throws IOException {
        Files.writeString(file, html(plan, rows), StandardCharsets.UTF_8);
    }

    static String html(StudyPlan plan, List<Object[]> rows) {
        List<Column> columns = plan.columns();
        Map<String, Integer> at = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            at.put(columns.get(c).name(), c);
        }
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Study ").append(esc(plan.name()))
                .append("</title><style>body{font-family:sans-serif;margin:24px;color:#222}table{border-collapse:collapse;font-size:13px}"
                        + "td,th{border:1px solid #ccc;padding:3px 6px;text-align:right}th{background:#eee}h2{margin-top:28px}"
                        + ".note{color:#555;font-size:13px;max-width:900px}</style></head><body>");
        h.append("<h1>Study ").append(esc(plan.name())).append(" for ").append(esc(plan.base().name())).append("</h1>");
        h.append("<p class=\"note\">").append(esc(StudyCommand.describe(plan, rows.size()))).append(". Feasible: ")
                .append(rows.stream().filter(r -> Boolean.TRUE.equals(r[at.get("feasible")])).count()).append(" of ").append(rows.size())
                .append(plan.requiredCovered().isEmpty() ? "" : " (constraints: " + esc(String.join(", ", plan.requiredCovered())) + " covered)")
                .append(".</p>");
        Objective first = plan.objectives().isEmpty() ? null : plan.objectives().get(0);
        Axis.Sites sites = plan.axes().stream().filter(Axis.Sites.class::isInstance).map(Axis.Sites.class::cast).findFirst().orElse(null);
        if (first != null && sites != null) {
            heatmap(h, plan, rows, at, first, sites);
        }
        if (plan.objectives().size() >= 2) {
            pareto(h, rows, at, plan.objectives().get(0), plan.objectives().get(1));
        }
        if (first != null) {
            best(h, plan, rows, at, first);
        }
        if (plan.monteCarlo() != null) {
            distributions(h, plan, rows, at);
        }
        return h.append("</body></html>\n").toString();
    }

    private static void heatmap(StringBuilder h, StudyPlan plan, List<Object[]> rows, Map<String, Integer> at, Objective objective,
            Axis.Sites sites) {
        StudyHeatmapSvg.Heatmap heatmap = heatmapOf(plan, rows, at, objective, sites);
        double lowest = heatmap.cells().stream().mapToDouble(StudyHeatmapSvg.Cell::value).min().orElse(0);
        double highest = heatmap.cells().stream().mapToDouble(StudyHeatmapSvg.Cell::value).max().orElse(0);
        h.append("<h2>").append(esc(objective.name())).append(" by site of ").append(esc(sites.element())).append("</h2>");
        h.append("<p class=\"note\">Each cell: the ").append(objective.maximized() ? "highest" : "lowest")
                .append(" value over the other variations, coloured from ").append(fmt(heatmap.scaleMin())).append(" to ")
                .append(fmt(heatmap.scaleMax())).append(lowest == highest ? "; every site gives " + fmt(lowest) + ": where it stands changes nothing"
                        : "; the sites give " + fmt(lowest) + " .. " + fmt(highest))
                .append(". Outlined cells meet the constraints in at least one variant (")
                .append(heatmap.cells().stream().filter(StudyHeatmapSvg.Cell::feasible).count()).append(" of ").append(heatmap.cells().size())
                .append(").</p>");
        h.append(StudyHeatmapSvg.render(plan.base(), heatmap));
    }

    /** Per site: the best value over the other variations, and whether any variant there meets the constraints. */
    static StudyHeatmapSvg.Heatmap heatmapOf(StudyPlan plan, List<Object[]> rows, Map<String, Integer> at, Objective objective, Axis.Sites sites) {
        int value = at.get(objective.name());
        int lat = at.get(sites.element() + ".lat");
        int lon = at.get(sites.element() + ".lon");
        int feasible = at.get("feasible");
        Map<String, double[]> cells = new LinkedHashMap<>();
        for (Object[] row : rows) {
            if (row[value] == null) {
                continue;
            }
            double v = (Double) row[value];
            double[] cell = cells.computeIfAbsent(row[lat] + "," + row[lon],
                    k -> new double[] { (Double) row[lat], (Double) row[lon], Double.NaN, 0 });
            cell[2] = Double.isNaN(cell[2]) ? v : objective.maximized() ? Math.max(cell[2], v) : Math.min(cell[2], v);
            cell[3] = Math.max(cell[3], Boolean.TRUE.equals(row[feasible]) ? 1 : 0);
        }
        double lowest = cells.values().stream().mapToDouble(c -> c[2]).min().orElse(0);
        double highest = cells.values().stream().mapToDouble(c -> c[2]).max().orElse(0);
        // colours span the sites' values; a negation the same everywhere is coloured on [0, 1] (0 everywhere reads red)
        boolean flatNegation = lowest == highest && objective.kind() == Objective.Kind.WORST_NEGATION;
        double stepLat = sites.cells().size() > 1 ? spacing(sites.cells().stream().mapToDouble(GeoPoint::latDeg).toArray()) : 0.1;
        double stepLon = sites.cells().size() > 1 ? spacing(sites.cells().stream().mapToDouble(GeoPoint::lonDeg).toArray()) : 0.1;
        return new StudyHeatmapSvg.Heatmap(sites.element(), objective.name(), objective.maximized(), flatNegation ? 0 : lowest,
                flatNegation ? 1 : highest, stepLat, stepLon,
                cells.values().stream().map(c -> new StudyHeatmapSvg.Cell(c[0], c[1], c[2], c[3] > 0)).toList());
    }

    private static void pareto(StringBuilder h, List<Object[]> rows, Map<String, Integer> at, Objective a, Objective b) {
        int ia = at.get(a.name());
        int ib = at.get(b.name());
        List<double[]> points = new ArrayList<>();
        for (Object[] row : rows) {
            if (row[ia] != null && row[ib] != null) {
                points.add(new double[] { a.maximized() ? (Double) row[ia] : -(Double) row[ia], b.maximized() ? (Double) row[ib] : -(Double) row[ib],
                        (Long) row[0] });
            }
        }
        List<double[]> front = front(points);
        h.append("<h2>Pareto front: ").append(esc(a.name())).append(" vs ").append(esc(b.name())).append("</h2>");
        double minX = points.stream().mapToDouble(p -> p[0]).min().orElse(0);
        double maxX = points.stream().mapToDouble(p -> p[0]).max().orElse(1);
        double minY = points.stream().mapToDouble(p -> p[1]).min().orElse(0);
        double maxY = points.stream().mapToDouble(p -> p[1]).max().orElse(1);
        h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"520\" height=\"360\" style=\"border:1px solid #999\">");
        int step = Math.max(1, points.size() / 3000);
        for (int i = 0; i < points.size(); i += step) {
            h.append(dot(points.get(i), minX, maxX, minY, maxY, "#bbb", 2));
        }
        for (double[] p : front) {
            h.append(dot(p, minX, maxX, minY, maxY, "#c0392b", 4));
        }
        h.append("<text x=\"260\" y=\"354\" font-size=\"12\" text-anchor=\"middle\">").append(esc(a.name()))
                .append(a.maximized() ? " (higher is better)" : " (lower is better, axis reversed)").append("</text>")
                .append("<text x=\"12\" y=\"180\" font-size=\"12\" transform=\"rotate(-90 12 180)\" text-anchor=\"middle\">")
                .append(esc(b.name())).append(b.maximized() ? "" : " (axis reversed)").append("</text></svg>");
        long distinct = front.stream().map(p -> p[0] + "," + p[1]).distinct().count();
        h.append("<p class=\"note\">").append(distinct).append(" non-dominated points, reached by ").append(front.size()).append(" variants: ")
                .append(esc(front.stream().limit(20).map(p -> "#" + (long) p[2]).reduce((x, y) -> x + " " + y).orElse(""))).append("</p>");
    }

    /**
     * The non-dominated points (both coordinates maximised; equal points do not dominate each other), in O(n log n):
     * by x descending, a point survives if its y beats every y of a larger x and is the best of its own x.
     */
    static List<double[]> front(List<double[]> points) {
        List<double[]> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingDouble((double[] p) -> -p[0]).thenComparingDouble(p -> -p[1]).thenComparingDouble(p -> p[2]));
        List<double[]> front = new ArrayList<>();
        double bestOfLargerX = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < sorted.size();) {
            int end = i;
            while (end < sorted.size() && sorted.get(end)[0] == sorted.get(i)[0]) {
                end++;
            }
            double bestOfThisX = sorted.get(i)[1];
            for (int k = i; k < end && sorted.get(k)[1] == bestOfThisX; k++) {
                if (bestOfThisX > bestOfLargerX) {
                    front.add(sorted.get(k));
                }
            }
            bestOfLargerX = Math.max(bestOfLargerX, bestOfThisX);
            i = end;
        }
        front.sort(Comparator.comparingDouble(p -> p[2]));
        return front;
    }

    private static String dot(double[] p, double minX, double maxX, double minY, double maxY, String color, int r) {
        double x = 40 + 460 * (maxX > minX ? (p[0] - minX) / (maxX - minX) : 0.5);
        double y = 320 - 300 * (maxY > minY ? (p[1] - minY) / (maxY - minY) : 0.5);
        return "<circle cx=\"" + fmt(x) + "\" cy=\"" + fmt(y) + "\" r=\"" + r + "\" fill=\"" + color + "\"/>";
    }

    private static void best(StringBuilder h, StudyPlan plan, List<Object[]> rows, Map<String, Integer> at, Objective objective) {
        int value = at.get(objective.name());
        int feasible = at.get("feasible");
        Comparator<Object[]> order = Comparator.comparing((Object[] r) -> !Boolean.TRUE.equals(r[feasible]))
                .thenComparing(r -> r[value] == null ? Double.POSITIVE_INFINITY : objective.maximized() ? -(Double) r[value] : (Double) r[value])
                .thenComparing(r -> (Long) r[0]);
        List<Object[]> best = rows.stream().sorted(order).limit(BEST).toList();
        List<Column> columns = plan.columns();
        h.append("<h2>Best variants by ").append(esc(objective.name())).append("</h2><table><tr>");
        columns.stream().filter(c -> !c.name().startsWith("findings.")).forEach(c -> h.append("<th>").append(esc(c.name())).append("</th>"));
        h.append("</tr>");
        for (Object[] row : best) {
            h.append("<tr>");
            for (int c = 0; c < columns.size(); c++) {
                if (!columns.get(c).name().startsWith("findings.")) {
                    h.append("<td>").append(row[c] == null ? "" : row[c] instanceof Double d ? fmt(d) : esc(row[c].toString())).append("</td>");
                }
            }
            h.append("</tr>");
        }
        h.append("</table>");
    }

    private static void distributions(StringBuilder h, StudyPlan plan, List<Object[]> rows, Map<String, Integer> at) {
        h.append("<h2>Monte Carlo distributions (").append(plan.monteCarlo().samples()).append(" samples per combination, seed ")
                .append(plan.monteCarlo().seed()).append(")</h2><table><tr><th>objective</th><th>p5</th><th>p50</th><th>p95</th><th>min</th><th>max</th><th>histogram</th></tr>");
        for (Objective objective : plan.objectives()) {
            int c = at.get(objective.name());
            double[] values = rows.stream().filter(r -> r[c] != null).mapToDouble(r -> (Double) r[c]).sorted().toArray();
            if (values.length == 0) {
                continue;
            }
            h.append("<tr><td>").append(esc(objective.name())).append("</td>");
            for (double q : new double[] { 0.05, 0.5, 0.95 }) {
                h.append("<td>").append(fmt(percentile(values, q))).append("</td>");
            }
            h.append("<td>").append(fmt(values[0])).append("</td><td>").append(fmt(values[values.length - 1])).append("</td><td>")
                    .append(histogram(values)).append("</td></tr>");
        }
        h.append("</table><p class=\"note\">Percentiles by the nearest-rank method over every variant.</p>");
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static String histogram(double[] sorted) {
        int bins = 20;
        int[] counts = new int[bins];
        double min = sorted[0];
        double span = sorted[sorted.length - 1] - min;
        for (double v : sorted) {
            counts[span > 0 ? Math.min(bins - 1, (int) ((v - min) / span * bins)) : 0]++;
        }
        int top = Arrays.stream(counts).max().orElse(1);
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"40\">");
        for (int b = 0; b < bins; b++) {
            int barHeight = (int) Math.round(38.0 * counts[b] / top);
            svg.append("<rect x=\"").append(b * 10).append("\" y=\"").append(40 - barHeight).append("\" width=\"9\" height=\"").append(barHeight)
                    .append("\" fill=\"#4a78b5\"/>");
        }
        return svg.append("</svg>").toString();
    }

    private static double spacing(double[] values) {
        double[] sorted = Arrays.stream(values).distinct().sorted().toArray();
        double least = Double.POSITIVE_INFINITY;
        for (int i = 1; i < sorted.length; i++) {
            least = Math.min(least, sorted[i] - sorted[i - 1]);
        }
        return Double.isInfinite(least) ? 0.1 : least;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4g", v).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
