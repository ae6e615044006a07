package io.bulwark.report.svg;

import static io.bulwark.report.svg.Markup.escape;
import static io.bulwark.report.svg.Markup.f;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import io.bulwark.core.analysis.Precision;
import io.bulwark.core.geo.Sphere;
import io.bulwark.core.report.BatteryEngagement;
import io.bulwark.core.report.CoverageReport;
import io.bulwark.core.report.Interval;
import io.bulwark.core.report.RadarTrack;
import io.bulwark.core.report.Reason;
import io.bulwark.core.report.ThreatReport;
import io.bulwark.core.scenario.Battery;
import io.bulwark.core.scenario.InterceptorType;
import io.bulwark.core.scenario.Raid;
import io.bulwark.core.scenario.Scenario;
import io.bulwark.core.trajectory.BallisticTrajectory;
import io.bulwark.report.geo.RoundSteps;

/**
 * The engagement diagram of a raid, as reviewers know it: the threat's arc as altitude against ground range
 * from the launch point, each battery's envelope as seen along the track (its altitude band over the stretch
 * of track inside its ground-range band), the floor of a battery that cannot engage drawn across with the
 * reason, the apogee, radar track times and planned intercepts on the arc; below, the same arc against
 * scenario time with the engagement windows. The raid's worst threat is drawn (its threats share the arc).
 */
public final class RaidProfileSvg {

    static final double WIDTH = 900;
    private static final double LEFT = 58;
    private static final double RIGHT = 24;
    private static final double RANGE_TOP = 52;
    private static final double RANGE_HEIGHT = 280;
    private static final double TIME_HEIGHT = 170;
    private static final double GAP = 62;
    private static final String[] PALETTE = { "#e65100", "#6a1b9a", "#00838f", "#ad1457", "#558b2f", "#5d4037", "#1565c0" };
    private static final int SAMPLES = 400;

    private RaidProfileSvg() {
    }

    /** A battery as the diagram shows it: its colour, the stretches of track (km from launch) inside its ground-range band. */
    record Envelope(Battery battery, String colour, List<double[]> stretches, double closestKm, BatteryEngagement engagement) {
    }

    public static String render(Scenario scenario, CoverageReport report, Raid raid) {
        ThreatReport threat = report.threatsOf(raid.name()).stream()
                .min(Comparator.comparingDouble(ThreatReport::negation).thenComparingInt(ThreatReport::index))
                .orElseThrow(() -> new IllegalArgumentException("the report has no threat of raid " + raid.name()));
        BallisticTrajectory arc = BallisticTrajectory.of(raid.launch(), raid.aim(), raid.apogeeKm());
        double rangeKm = threat.trajectory().groundRangeKm();
        double flightS = threat.trajectory().timeOfFlightS();
        double launchS = threat.trajectory().launchTimeS();
        double apogeeKm = threat.trajectory().apogeeKm();
        List<BallisticTrajectory.Position> samples = new ArrayList<>();
        for (int i = 0; i <= SAMPLES; i++) {
            samples.add(arc.positionAt(flightS * i / SAMPLES));
        }
        List<Envelope> envelopes = envelopes(scenario, threat, samples);
        double top = apogeeKm * 1.2;
        for (Envelope envelope : envelopes) {
            if (envelope.engagement().reason() == Reason.BELOW_ALTITUDE_FLOOR || !envelope.stretches().isEmpty()
                    || envelope.battery().type().minAltitudeKm() < apogeeKm * 2) {
                top = Math.max(top, envelope.battery().type().minAltitudeKm() * 1.15);
            }
        }
        double altitudeStep = RoundSteps.tickStep(top, 6);
        double altitudeTop = Math.ceil(top / altitudeStep) * altitudeStep;
        double plotWidth = WIDTH - LEFT - RIGHT;
        double rangeStep = RoundSteps.tickStep(rangeKm, 8);
        double rangeEnd = Math.ceil(rangeKm / rangeStep) * rangeStep;
        DoubleUnaryOperator xr = km -> LEFT + km / rangeEnd * plotWidth;
        DoubleUnaryOperator yr = km -> RANGE_TOP + RANGE_HEIGHT - Math.min(km, altitudeTop) / altitudeTop * RANGE_HEIGHT;
        double timeTop = RANGE_TOP + RANGE_HEIGHT + GAP;
        double timeStep = RoundSteps.tickStep(flightS, 8);
        double timeStart = Math.floor(launchS / timeStep) * timeStep;
        double timeEnd = Math.ceil((launchS + flightS) / timeStep) * timeStep;
        DoubleUnaryOperator xt = s -> LEFT + (s - timeStart) / (timeEnd - timeStart) * plotWidth;
        double windowRows = envelopes.stream().filter(e -> !e.engagement().windows().isEmpty()).count();
        double windowTop = timeTop + TIME_HEIGHT + 30;
        List<String> reasons = new ArrayList<>();
        for (Envelope envelope : envelopes) {
            BatteryEngagement engagement = envelope.engagement();
            if (engagement.windows().isEmpty() && engagement.reason() != Reason.NONE) {
                reasons.addAll(wrapped(f("%s cannot engage: %s%s", envelope.battery().name(), engagement.reason().name().toLowerCase().replace('_', ' '),
                        engagement.reasonDetail() == null || engagement.reasonDetail().isEmpty() ? "" : " (" + engagement.reasonDetail() + ")"), 128));
            }
        }
        double height = windowTop + windowRows * 16 + 14 + reasons.size() * 15 + 8;
        String id = ("profile-" + raid.name()).replaceAll("[^A-Za-z0-9_-]", "_");
        StringBuilder svg = new StringBuilder();
        svg.append(f("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bulwark-profile\" data-raid=\"%s\" width=\"%.0f\" height=\"%.0f\" "
                + "viewBox=\"0 0 %.0f %.0f\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"11\">%n", escape(raid.name()), WIDTH,
                height, WIDTH, height));
        svg.append(f("<defs><clipPath id=\"%s-clip\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/></clipPath></defs>%n", id, LEFT,
                RANGE_TOP, plotWidth, RANGE_HEIGHT));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(f("<text x=\"%.0f\" y=\"18\" font-size=\"13\" font-weight=\"bold\">%s</text>%n", LEFT, escape(f(
                "Raid %s: %d x %s%s, threat #%d, negation %s, altitude against ground range", raid.name(), raid.count(), raid.missile().name(),
                raid.targetAsset() == null ? "" : " at " + raid.targetAsset(), threat.index(), Markup.probability(threat.negation())))));
        axes(svg, xr, yr, rangeEnd, rangeStep, altitudeTop, altitudeStep, "ground range from launch (km)", RANGE_TOP, RANGE_HEIGHT);
        svg.append(f("<g class=\"key\" font-size=\"10\" fill=\"#37474f\" transform=\"translate(%.0f,%.0f)\"><path d=\"M0,-4 h18\" stroke=\"#b71c1c\" "
                + "stroke-width=\"2\"/><text x=\"22\" y=\"0\">threat arc</text><path d=\"M92,0 v-9\" stroke=\"#1f5fa8\" stroke-width=\"2\"/>"
                + "<text x=\"98\" y=\"0\">radar track formed</text><path d=\"M212,-4 m0,-6 l2,4 l4,0 l-3,3 l2,5 l-5,-3 l-5,3 l2,-5 l-3,-3 l4,0 z\" "
                + "fill=\"#e65100\"/><text x=\"222\" y=\"0\">planned intercept</text><rect x=\"326\" y=\"-10\" width=\"16\" height=\"10\" "
                + "fill=\"#e65100\" fill-opacity=\"0.13\" stroke=\"#e65100\"/><text x=\"346\" y=\"0\">battery envelope along the track</text>"
                + "<path d=\"M528,-4 h18\" stroke=\"#555\" stroke-dasharray=\"7 4\"/><text x=\"550\" y=\"0\">floor of a battery out of range</text></g>%n",
                LEFT, RANGE_TOP - 12));
        svg.append(f("<g clip-path=\"url(#%s-clip)\">%n", id));
        List<double[]> usedLabels = new ArrayList<>();
        StringBuilder labels = new StringBuilder();
        for (Envelope envelope : envelopes) {
            InterceptorType type = envelope.battery().type();
            for (double[] stretch : envelope.stretches()) {
                double x0 = xr.applyAsDouble(stretch[0]);
                double x1 = xr.applyAsDouble(stretch[1]);
                double y0 = yr.applyAsDouble(Math.min(type.maxAltitudeKm(), altitudeTop * 1.01));
                double y1 = yr.applyAsDouble(type.minAltitudeKm());
                svg.append(f("<rect class=\"envelope\" data-battery=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" "
                        + "fill-opacity=\"0.13\" stroke=\"%s\" stroke-width=\"1.2\"><title>%s</title></rect>%n", escape(envelope.battery().name()),
                        x0, y0, Math.max(1, x1 - x0), Math.max(0, y1 - y0), envelope.colour(), envelope.colour(),
                        escape(f("%s: ground range %s .. %s km from the battery between %.0f and %.0f km along the track, altitude %s .. %s km",
                                envelope.battery().name(), Markup.trim(type.minRangeKm()), Markup.trim(type.maxRangeKm()), stretch[0], stretch[1],
                                Markup.trim(type.minAltitudeKm()), Markup.trim(type.maxAltitudeKm())))));
                String text = f("%s %s..%s km", envelope.battery().name(), Markup.trim(type.minAltitudeKm()), Markup.trim(type.maxAltitudeKm()));
                double width = text.length() * 6.2;
                double x = Math.max(LEFT + 2, Math.min(x0 + 3, LEFT + plotWidth - width - 2));
                double y = freeLine(usedLabels, x, width, y0 > RANGE_TOP + 14 ? y0 - 3 : RANGE_TOP + 12);
                labels.append(f("<text x=\"%.1f\" y=\"%.1f\" fill=\"%s\" stroke=\"white\" stroke-width=\"3\" paint-order=\"stroke\">%s</text>%n", x, y,
                        envelope.colour(), escape(text)));
            }
            if (envelope.stretches().isEmpty() && type.minAltitudeKm() <= altitudeTop) {
                double y = yr.applyAsDouble(type.minAltitudeKm());
                svg.append(f("<path class=\"floor\" data-battery=\"%s\" data-km=\"%s\" d=\"M%.1f,%.1f H%.1f\" stroke=\"%s\" stroke-width=\"1.6\" "
                        + "stroke-dasharray=\"7 4\"/>%n", escape(envelope.battery().name()), Markup.trim(type.minAltitudeKm()), LEFT, y,
                        LEFT + plotWidth, envelope.colour()));
                String text = f("%s floor %s km; out of range: closest %.0f km > %s km", envelope.battery().name(),
                        Markup.trim(type.minAltitudeKm()), envelope.closestKm(), Markup.trim(type.maxRangeKm()));
                double width = text.length() * 6.2;
                double x = LEFT + plotWidth - width - 4;
                labels.append(f("<text class=\"floor-label\" x=\"%.1f\" y=\"%.1f\" fill=\"%s\" stroke=\"white\" stroke-width=\"3\" "
                        + "paint-order=\"stroke\">%s</text>%n", x, freeLine(usedLabels, x, width, y - 4), envelope.colour(), escape(text)));
            }
        }
        StringBuilder arcPath = new StringBuilder();
        StringBuilder timePath = new StringBuilder();
        for (BallisticTrajectory.Position p : samples) {
            arcPath.append(arcPath.length() == 0 ? "M" : "L").append(f("%.1f,%.1f", xr.applyAsDouble(p.downrangeKm()), yr.applyAsDouble(p.altKm())));
        }
        svg.append(f("<path class=\"arc\" d=\"%s\" fill=\"none\" stroke=\"#b71c1c\" stroke-width=\"2.2\"/>%n", arcPath));
        svg.append("</g>\n").append(labels);
        BallisticTrajectory.Position apogee = samples.stream().max(Comparator.comparingDouble(BallisticTrajectory.Position::altKm)).get();
        double ax = xr.applyAsDouble(apogee.downrangeKm());
        double ay = yr.applyAsDouble(apogeeKm);
        svg.append(f("<g class=\"apogee\" data-km=\"%s\"><circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"#b71c1c\"/><text x=\"%.1f\" y=\"%.1f\" "
                + "text-anchor=\"middle\" fill=\"#b71c1c\" font-weight=\"bold\" stroke=\"white\" stroke-width=\"3\" paint-order=\"stroke\">apogee %s km"
                + "</text></g>%n", Markup.trim(apogeeKm), ax, ay, ax, ay + 16, Markup.trim(apogeeKm)));
        for (RadarTrack track : threat.radarTracks()) {
            if (track.trackTimeS() == null) {
                continue;
            }
            BallisticTrajectory.Position p = arc.positionAt(track.trackTimeS() - launchS);
            double x = xr.applyAsDouble(p.downrangeKm());
            double y = yr.applyAsDouble(p.altKm());
            svg.append(f("<g class=\"track\"><path d=\"M%.1f,%.1f v-9\" stroke=\"#1f5fa8\" stroke-width=\"2\"/><circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" "
                    + "fill=\"#1f5fa8\"/><title>%s holds a track at %s s</title></g>%n", x, y, x, y - 10, escape(track.radar()),
                    Markup.trim(track.trackTimeS())));
        }
        for (Envelope envelope : envelopes) {
            for (double intercept : envelope.engagement().interceptTimesS()) {
                BallisticTrajectory.Position p = arc.positionAt(intercept - launchS);
                svg.append(f("<path class=\"intercept\" data-battery=\"%s\" d=\"M%.1f,%.1f m0,-7 l2,5 l5,0 l-4,3 l2,6 l-5,-4 l-5,4 l2,-6 l-4,-3 l5,0 z\" "
                        + "fill=\"%s\" stroke=\"black\" stroke-width=\"0.6\"><title>%s intercepts at %s s, %.1f km up, %.0f km from launch</title></path>%n",
                        escape(envelope.battery().name()), xr.applyAsDouble(p.downrangeKm()), yr.applyAsDouble(p.altKm()), envelope.colour(),
                        escape(envelope.battery().name()), Markup.trim(intercept), p.altKm(), p.downrangeKm()));
            }
        }
        // Against time.
        svg.append(f("<text x=\"%.0f\" y=\"%.1f\" font-weight=\"bold\">Altitude against scenario time; radar tracks, engagement windows, intercepts</text>%n",
                LEFT, timeTop - 14));
        DoubleUnaryOperator yt = km -> timeTop + TIME_HEIGHT - Math.min(km, altitudeTop) / altitudeTop * TIME_HEIGHT;
        axes(svg, s -> xt.applyAsDouble(s), yt, timeEnd, timeStep, altitudeTop, altitudeStep, "scenario time (s)", timeTop, TIME_HEIGHT,
                timeStart);
        for (int i = 0; i <= SAMPLES; i++) {
            double s = launchS + flightS * i / SAMPLES;
            timePath.append(i == 0 ? "M" : "L").append(f("%.1f,%.1f", xt.applyAsDouble(s), yt.applyAsDouble(samples.get(i).altKm())));
        }
        svg.append(f("<path class=\"arc-time\" d=\"%s\" fill=\"none\" stroke=\"#b71c1c\" stroke-width=\"2\"/>%n", timePath));
        for (RadarTrack track : threat.radarTracks()) {
            if (track.trackTimeS() != null) {
                double x = xt.applyAsDouble(track.trackTimeS());
                svg.append(f("<g class=\"track-time\"><path d=\"M%.1f,%.1f V%.1f\" stroke=\"#1f5fa8\" stroke-dasharray=\"3 2\"/><text x=\"%.1f\" y=\"%.1f\" "
                        + "fill=\"#1f5fa8\" font-size=\"9\" transform=\"rotate(-90 %.1f %.1f)\">%s %s s</text></g>%n", x, timeTop, timeTop + TIME_HEIGHT,
                        x - 2, timeTop + TIME_HEIGHT - 4, x - 2, timeTop + TIME_HEIGHT - 4, escape(track.radar()), Markup.trim(track.trackTimeS())));
            }
        }
        double y = windowTop;
        for (Envelope envelope : envelopes) {
            BatteryEngagement engagement = envelope.engagement();
            if (engagement.windows().isEmpty()) {
                continue;
            }
            double lastEnd = engagement.windows().stream().mapToDouble(Interval::endS).max().orElse(timeStart);
            boolean right = xt.applyAsDouble(lastEnd) + 8 + envelope.battery().name().length() * 6 < LEFT + plotWidth;
            double firstStart = engagement.windows().stream().mapToDouble(Interval::startS).min().orElse(timeStart);
            svg.append(f("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" fill=\"%s\" font-size=\"10\">%s</text>",
                    right ? xt.applyAsDouble(lastEnd) + 12 : xt.applyAsDouble(firstStart) - 12, y + 9, right ? "start" : "end", envelope.colour(),
                    escape(envelope.battery().name())));
            for (Interval window : engagement.windows()) {
                double x0 = xt.applyAsDouble(window.startS());
                double x1 = xt.applyAsDouble(window.endS());
                svg.append(f("<rect class=\"window\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"10\" fill=\"%s\" fill-opacity=\"0.6\"><title>%s can "
                        + "intercept %s .. %s s</title></rect>", x0, y, Math.max(1.5, x1 - x0), envelope.colour(), escape(envelope.battery().name()),
                        Markup.trim(window.startS()), Markup.trim(window.endS())));
            }
            for (double intercept : engagement.interceptTimesS()) {
                double x = xt.applyAsDouble(intercept);
                double alt = arc.positionAt(intercept - launchS).altKm();
                svg.append(f("<path d=\"M%.1f,%.1f l-4,-7 h8 z\" fill=\"black\"><title>intercept at %s s</title></path>", x, y + 10,
                        Markup.trim(intercept)));
                svg.append(f("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\" stroke=\"black\" stroke-width=\"0.6\"/>", x, yt.applyAsDouble(alt),
                        envelope.colour()));
            }
            svg.append('\n');
            y += 16;
        }
        y += 12;
        for (String line : reasons) {
            svg.append(f("<text class=\"reason\" x=\"%.0f\" y=\"%.1f\" fill=\"#5d4037\">%s</text>%n", LEFT, y, escape(line)));
            y += 15;
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** The text in lines of at most {@code width} characters, broken at spaces, continuation lines indented. */
    static List<String> wrapped(String text, int width) {
        List<String> lines = new ArrayList<>();
        String rest = text;
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width);
            cut = cut <= 0 ? width : cut;
            lines.add(rest.substring(0, cut));
            rest = "    " + rest.substring(cut).strip();
        }
        lines.add(rest);
        return lines;
    }

    /** The baseline nearest below {@code y} (moving up 13 px at a time) where a label of that width overlaps none placed. */
    private static double freeLine(List<double[]> used, double x, double width, double y) {
        double line = y;
        boolean clash = true;
        while (clash) {
            clash = false;
            for (double[] box : used) {
                if (x < box[0] + box[2] && box[0] < x + width && Math.abs(box[1] - line) < 13) {
                    clash = true;
                    line -= 13;
                    break;
                }
            }
        }
        used.add(new double[] { x, line, width });
        return line;
    }

    /**
     * The batteries the diagram shows: every one that engages or whose ground range reaches within half the
     * raid's range of the track, with the stretches of the track inside its ground-range band.
     */
    static List<Envelope> envelopes(Scenario scenario, ThreatReport threat, List<BallisticTrajectory.Position> samples) {
        List<Envelope> envelopes = new ArrayList<>();
        double rangeKm = samples.get(samples.size() - 1).downrangeKm();
        int colour = 0;
        for (Battery battery : scenario.batteries()) {
            BatteryEngagement engagement = threat.engagements().stream().filter(e -> e.battery().equals(battery.name())).findFirst().orElse(null);
            if (engagement == null) {
                continue;
            }
            InterceptorType type = battery.type();
            List<double[]> stretches = new ArrayList<>();
            double closest = Double.MAX_VALUE;
            double[] open = null;
            double previousKm = 0;
            for (BallisticTrajectory.Position p : samples) {
                double ground = Sphere.groundRangeKm(battery.site(), new io.bulwark.core.scenario.GeoPoint(p.latDeg(), p.lonDeg(), 0));
                closest = Math.min(closest, ground);
                boolean inside = ground >= type.minRangeKm() && ground <= type.maxRangeKm();
                if (inside && open == null) {
                    open = new double[] { p.downrangeKm(), p.downrangeKm() };
                } else if (!inside && open != null) {
                    open[1] = previousKm;
                    stretches.add(open);
                    open = null;
                }
                previousKm = p.downrangeKm();
            }
            if (open != null) {
                open[1] = previousKm;
                stretches.add(open);
            }
            if (!engagement.windows().isEmpty() || closest - type.maxRangeKm() <= rangeKm / 2) {
                envelopes.add(new Envelope(battery, PALETTE[colour++ % PALETTE.length], stretches, closest, engagement));
            }
        }
        return envelopes;
    }

    private static void axes(StringBuilder svg, DoubleUnaryOperator x, DoubleUnaryOperator y, double xEnd, double xStep, double yEnd, double yStep,
            String xTitle, double top, double height) {
        axes(svg, x, y, xEnd, xStep, yEnd, yStep, xTitle, top, height, 0);
    }

    /** Frame, gridlines and ticks at round steps, with the axes' titles. */
    private static void axes(StringBuilder svg, DoubleUnaryOperator x, DoubleUnaryOperator y, double xEnd, double xStep, double yEnd, double yStep,
            String xTitle, double top, double height, double xStart) {
        double left = x.applyAsDouble(xStart);
        double right = x.applyAsDouble(xEnd);
        double bottom = top + height;
        svg.append("<g class=\"axes\" font-size=\"10\" fill=\"#37474f\">");
        svg.append(f("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#fafcfe\" stroke=\"#9aa5b1\"/>", left, top, right - left, height));
        int xTicks = (int) Math.round((xEnd - xStart) / xStep);
        for (int i = 0; i <= xTicks; i++) {
            double value = xStart + i * xStep;
            double at = x.applyAsDouble(value);
            svg.append(f("<path class=\"tick\" d=\"M%.1f,%.1f V%.1f\" stroke=\"#e3e8ee\"/><text class=\"xtick\" x=\"%.1f\" y=\"%.1f\" "
                    + "text-anchor=\"middle\">%s</text>", at, top, bottom, at, bottom + 13, Markup.trim(Precision.round(value, 3))));
        }
        int yTicks = (int) Math.round(yEnd / yStep);
        for (int i = 0; i <= yTicks; i++) {
            double value = i * yStep;
            double at = y.applyAsDouble(value);
            svg.append(f("<path d=\"M%.1f,%.1f H%.1f\" stroke=\"#e3e8ee\"/><text class=\"ytick\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%s</text>", left,
                    at, right, left - 4, at + 3, Markup.trim(Precision.round(value, 3))));
        }
        svg.append(f("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>", (left + right) / 2, bottom + 27, escape(xTitle)));
        svg.append(f("<text transform=\"translate(14,%.1f) rotate(-90)\" text-anchor=\"middle\">altitude (km)</text></g>%n", top + height / 2));
    }
}
