package io.bulwark.report.html;

import static io.bulwark.report.svg.Markup.escape;
import static io.bulwark.report.svg.Markup.f;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.bulwark.core.analysis.Precision;
import io.bulwark.core.finding.Finding;
import io.bulwark.core.report.AssetRaidReport;
import io.bulwark.core.report.AssetReport;
import io.bulwark.core.report.BatteryEngagement;
import io.bulwark.core.report.CoverageReport;
import io.bulwark.core.report.Interval;
import io.bulwark.core.report.RaidSummary;
import io.bulwark.core.report.RadarTrack;
import io.bulwark.core.report.Reason;
import io.bulwark.core.report.ThreatReport;
import io.bulwark.core.report.TrajectorySummary;
import io.bulwark.core.scenario.Asset;
import io.bulwark.core.scenario.Raid;
import io.bulwark.core.scenario.Scenario;
import io.bulwark.report.geo.RoundSteps;
import io.bulwark.report.svg.ArchitectureDiagramSvg;
import io.bulwark.report.svg.CoverageMapSvg;
import io.bulwark.report.svg.Markup;
import io.bulwark.report.svg.RaidProfileSvg;

/**
 * The coverage report of one or more analysed scenarios as one self-contained HTML file (inline CSS and
 * SVG, no scripts, nothing fetched): per scenario the coverage map, the assets, the assets x raids matrix,
 * the raids and their vertical profiles, each threat's engagement timeline (identical threats of a raid share one; at
 * most {@link CoverageReport#MAX_LISTED_THREATS} threats, as the JSON report lists), the findings and the architecture diagram.
 */
public final class HtmlReport {

    /** One scenario of the report: its records, its analysis, and the file it came from. */
    public record Section(String source, Scenario scenario, CoverageReport report) {
    }

    private static final double TIMELINE_WIDTH = 900;
    private static final double LABEL_WIDTH = 190;
    private static final double ROW = 16;

    private HtmlReport() {
    }

    public static String render(String title, List<Section> sections) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        html.append("<h1>").append(escape(title)).append("</h1>\n");
        if (sections.size() > 1) {
            html.append("<nav><ul>");
            for (Section section : sections) {
                html.append(f("<li><a href=\"#%s\">%s</a> (%s)</li>", anchor(section), escape(section.report().scenario()),
                        escape(section.source())));
            }
            html.append("</ul></nav>\n");
        }
        for (Section section : sections) {
            section(html, section);
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void section(StringBuilder html, Section section) {
        CoverageReport report = section.report();
        long uncovered = report.assets().stream().filter(a -> !a.covered()).count();
        long negated = IntStream.range(0, report.threats().size()).filter(t -> report.negationOf(t) > 0).count();
        Map<String, Long> bySeverity = report.findings().stream()
                .collect(Collectors.groupingBy(fi -> fi.severity().name().toLowerCase(), Collectors.counting()));
        html.append(f("<section id=\"%s\">\n<h2>Scenario %s</h2>\n", anchor(section), escape(report.scenario())));
        html.append(f("<p class=\"source\">From <code>%s</code>. %s</p>%n", escape(section.source()), escape(report.assumptions())));
        html.append(f("<p class=\"summary %s\"><strong>%d of %d assets below their required negation</strong>; %d of %d threats "
                + "engaged; findings: %d errors, %d warnings, %d notes.</p>%n", uncovered > 0 ? "bad" : "good", uncovered,
                report.assets().size(), negated, report.threats().size(), bySeverity.getOrDefault("error", 0L),
                bySeverity.getOrDefault("warning", 0L), bySeverity.getOrDefault("info", 0L)));
        html.append("<h3>Coverage map</h3>\n<figure class=\"map\">")
                .append(Markup.inline(CoverageMapSvg.render(section.scenario(), report))).append("</figure>\n");
        assets(html, report);
        matrix(html, report);
        Requirements requirements = new Requirements(report);
        raids(html, section.scenario(), report, requirements);
        profiles(html, section.scenario(), report);
        findings(html, report);
        timelines(html, report, requirements);
        html.append("<h3>Architecture</h3>\n<figure class=\"architecture\">")
                .append(Markup.inline(ArchitectureDiagramSvg.render(section.scenario()))).append("</figure>\n</section>\n");
    }

    private static void assets(StringBuilder html, CoverageReport report) {
        html.append("<h3>Assets</h3>\n<table class=\"assets\"><thead><tr><th>asset</th><th>required</th><th>worst negation</th>"
                + "<th>worst raid</th><th>verdict</th></tr></thead><tbody>\n");
        for (AssetReport asset : report.assets()) {
            html.append(f("<tr data-element=\"asset:%s\"><td>%s</td><td class=\"num\">%s</td><td class=\"num\" style=\"color:%s\">%s</td>"
                    + "<td>%s</td><td class=\"%s\">%s</td></tr>%n", escape(asset.asset()), escape(asset.asset()), number(asset.required()),
                    CoverageMapSvg.negationColour(asset.worstNegation(), asset.required()), Markup.probability(asset.worstNegation()),
                    escape(asset.worstRaid() == null ? "-" : asset.worstRaid()), asset.covered() ? "good" : "bad",
                    asset.covered() ? "covered" : "NOT covered"));
        }
        html.append("</tbody></table>\n");
    }

    /** Assets down, raids across: the worst threat's negation of each pair. */
    private static void matrix(StringBuilder html, CoverageReport report) {
        List<String> raids = report.assetRaids().stream().map(AssetRaidReport::raid).distinct().toList();
        List<String> assets = report.assetRaids().stream().map(AssetRaidReport::asset).distinct().toList();
        if (raids.isEmpty()) {
            return;
        }
        Map<String, AssetRaidReport> cells = report.assetRaids().stream()
                .collect(Collectors.toMap(r -> r.asset() + "\u0000" + r.raid(), Function.identity()));
        html.append("<h3>Assets x raids (negation of the worst threat)</h3>\n<table class=\"matrix\"><thead><tr><th></th>");
        for (String raid : raids) {
            html.append("<th>").append(escape(raid)).append("</th>");
        }
        html.append("</tr></thead><tbody>\n");
        for (String asset : assets) {
            html.append("<tr><th>").append(escape(asset)).append("</th>");
            for (String raid : raids) {
                AssetRaidReport cell = cells.get(asset + "\u0000" + raid);
                if (cell == null) {
                    html.append("<td class=\"empty\">-</td>");
                } else {
                    html.append(f("<td class=\"num\" style=\"background:%s22;color:%s\" title=\"threat %d, required %s\">%s</td>",
                            CoverageMapSvg.negationColour(cell.negation(), cell.required()),
                            CoverageMapSvg.negationColour(cell.negation(), cell.required()), cell.worstThreatIndex(),
                            number(cell.required()), Markup.probability(cell.negation())));
                }
            }
            html.append("</tr>\n");
        }
        html.append("</tbody></table>\n");
    }

    private static void raids(StringBuilder html, Scenario scenario, CoverageReport report, Requirements requirements) {
        html.append("<h3>Raids</h3>\n<table class=\"raids\"><thead><tr><th>raid</th><th>missile</th><th>count</th><th>target</th>"
                + "<th>launch</th><th>range</th><th>apogee</th><th>flight</th><th>worst negation</th><th>engaging batteries</th></tr></thead><tbody>\n");
        Map<String, RaidSummary> summaries = report.raidSummaries();
        for (Raid raid : scenario.raids()) {
            RaidSummary summary = summaries.get(raid.name());
            if (summary == null) {
                continue;
            }
            TrajectorySummary arc = summary.trajectory();
            double worst = summary.worstNegation();
            String engaging = String.join(", ", summary.engagingBatteries());
            html.append(f("<tr data-element=\"raid:%s\"><td>%s</td><td>%s</td><td class=\"num\">%d</td><td>%s</td><td class=\"num\">%.1f s</td>"
                    + "<td class=\"num\">%.1f km</td><td class=\"num\">%.1f km</td><td class=\"num\">%.1f s</td><td class=\"num\" "
                    + "style=\"color:%s\">%s</td><td>%s</td></tr>%n", escape(raid.name()), escape(raid.name()), escape(raid.missile().name()),
                    raid.count(), escape(raid.targetAsset() == null ? "(aim point)" : raid.targetAsset()), arc.launchTimeS(),
                    arc.groundRangeKm(), arc.apogeeKm(), arc.timeOfFlightS(),
                    CoverageMapSvg.negationColour(worst, requirements.of(raid.name(), raid.targetAsset())), Markup.probability(worst),
                    engaging.isEmpty() ? "<span class=\"bad\">none</span>" : escape(engaging)));
        }
        html.append("</tbody></table>\n");
    }

    /**
     * The vertical profile of each raid with a threat among those the report lists (at most
     * {@link CoverageReport#MAX_LISTED_THREATS}, so the profiles stay bounded as the timelines do).
     */
    private static void profiles(StringBuilder html, Scenario scenario, CoverageReport report) {
        Set<String> listed = report.listedRaids(CoverageReport.MAX_LISTED_THREATS);
        List<Raid> raids = scenario.raids().stream().filter(r -> listed.contains(r.name())).toList();
        if (raids.isEmpty()) {
            return;
        }
        html.append("<h3>Vertical profiles</h3>\n");
        long withThreats = IntStream.range(0, report.threats().size()).mapToObj(report::raidOf).distinct().count();
        if (raids.size() < withThreats) {
            html.append(f("<p class=\"listed\">Profiles of the %,d raids of the threats listed below, of %,d raids.</p>%n",
                    raids.size(), withThreats));
        }
        for (Raid raid : raids) {
            html.append(f("<figure class=\"profile\" data-element=\"raid:%s\">", escape(raid.name())))
                    .append(Markup.inline(RaidProfileSvg.render(scenario, report, raid))).append("</figure>\n");
        }
    }

    /** The requirement a threat is measured against: its target's, or the default for an aim point; looked up by raid and asset. */
    private static final class Requirements {

        private final Map<String, Double> byRaidAndAsset = new HashMap<>();

        Requirements(CoverageReport report) {
            for (AssetRaidReport pair : report.assetRaids()) {
                byRaidAndAsset.putIfAbsent(pair.raid() + "\u0000" + pair.asset(), pair.required());
            }
        }

        double of(String raid, String targetAsset) {
            Double required = targetAsset == null ? null : byRaidAndAsset.get(raid + "\u0000" + targetAsset);
            return required == null ? Asset.DEFAULT_REQUIRED_NEGATION : required;
        }
    }

    private static void findings(StringBuilder html, CoverageReport report) {
        html.append("<h3>Findings</h3>\n");
        if (report.findings().isEmpty()) {
            html.append("<p>No findings.</p>\n");
            return;
        }
        html.append("<table class=\"findings\"><thead><tr><th>code</th><th>severity</th><th>subject</th><th>message</th></tr></thead><tbody>\n");
        for (Finding finding : report.findings()) {
            String severity = finding.severity().name().toLowerCase();
            html.append(f("<tr class=\"%s\"><td><code>%s</code></td><td>%s</td><td>%s %s</td><td>%s</td></tr>%n", severity,
                    finding.code(), severity, finding.subjectKind().name().toLowerCase().replace('_', ' '), escape(finding.subject()),
                    escape(finding.message())));
        }
        html.append("</tbody></table>\n");
    }

    /** Per threat: radar visibility and track time, then each battery's windows and intercepts, on scenario time. */
    private static void timelines(StringBuilder html, CoverageReport report, Requirements requirements) {
        html.append("<h3>Engagement timelines</h3>\n<p class=\"legend\"><span class=\"key vis\"></span> radar visibility "
                + "<span class=\"key track\"></span> track formed <span class=\"key window\"></span> engagement window "
                + "<span class=\"key shot\"></span> planned intercept</p>\n");
        List<ThreatReport> threats = report.listingAtMost(CoverageReport.MAX_LISTED_THREATS).threats();
        if (threats.size() < report.threats().size()) {
            html.append(f("<p class=\"listed\">Timelines of %,d of the %,d threats: the worst threat of each asset and raid, "
                    + "then the others in order (as the JSON report lists them).</p>%n", threats.size(), report.threats().size()));
        }
        for (int i = 0; i < threats.size();) {
            ThreatReport threat = threats.get(i);
            int same = 1;
            while (i + same < threats.size() && threats.get(i + same).index() == threat.index() + same
                    && sameTimeline(threat, threats.get(i + same))) {
                same++;
            }
            i += same;
            List<RadarTrack> tracks = threat.radarTracks().stream().filter(t -> !t.visibility().isEmpty()).toList();
            List<BatteryEngagement> engaging = threat.engagements().stream().filter(e -> !e.windows().isEmpty()).toList();
            List<BatteryEngagement> others = threat.engagements().stream().filter(e -> e.windows().isEmpty()).toList();
            double start = threat.trajectory().launchTimeS();
            double end = threat.trajectory().impactTimeS();
            double step = RoundSteps.tickStep(end - start, 8);
            double axisStart = Math.floor(start / step) * step;
            double axisEnd = Math.ceil(end / step) * step;
            int rows = tracks.size() + engaging.size();
            double height = (rows + 1) * ROW + 24;
            double plot = TIMELINE_WIDTH - LABEL_WIDTH - 30;
            Function<Double, Double> x = t -> LABEL_WIDTH + (t - axisStart) / Math.max(1e-9, axisEnd - axisStart) * plot;
            double required = requirements.of(threat.raid(), threat.targetAsset());
            html.append(f("<div class=\"threat\" data-element=\"raid:%s\"><h4>%s %s at %s: negation <span class=\"negation\" "
                    + "style=\"color:%s\">%s</span> (required %s), launch %.1f s, impact %.1f s</h4>%n", escape(threat.raid()),
                    escape(threat.raid()), same == 1 ? "#" + threat.index() : f("#%d-#%d <span class=\"count\">x%d</span> (identical)",
                            threat.index(), threat.index() + same - 1, same),
                    escape(threat.targetAsset() == null ? "its aim point" : threat.targetAsset()),
                    CoverageMapSvg.negationColour(threat.negation(), required), Markup.probability(threat.negation()),
                    number(required), start, end));
            html.append(f("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" font-size=\"10\">", TIMELINE_WIDTH, height));
            double y = 4;
            for (RadarTrack track : tracks) {
                html.append(f("<text x=\"0\" y=\"%.1f\">radar %s</text>", y + 11, escape(track.radar())));
                for (Interval interval : track.visibility()) {
                    html.append(bar(x.apply(interval.startS()), x.apply(interval.endS()), y + 4, 6, "#1f5fa8",
                            f("%s sees it %.1f .. %.1f s", track.radar(), interval.startS(), interval.endS())));
                }
                if (track.trackTimeS() != null) {
                    html.append(f("<path d=\"M%.1f,%.1f v12\" stroke=\"#0d3c73\" stroke-width=\"2\"><title>track at %.1f s</title></path>",
                            x.apply(track.trackTimeS()), y + 1, track.trackTimeS()));
                }
                y += ROW;
            }
            for (BatteryEngagement engagement : engaging) {
                html.append(f("<text x=\"0\" y=\"%.1f\">battery %s (%d/%d shots)</text>", y + 11, escape(engagement.battery()),
                        engagement.allocatedShots(), engagement.plannedShots()));
                for (Interval window : engagement.windows()) {
                    html.append(bar(x.apply(window.startS()), x.apply(window.endS()), y + 2, 10, "#ff9800",
                            f("%s can intercept %.1f .. %.1f s", engagement.battery(), window.startS(), window.endS())));
                }
                for (double intercept : engagement.interceptTimesS()) {
                    html.append(f("<path d=\"M%.1f,%.1f l-4,-6 h8 z\" fill=\"black\"><title>intercept at %.1f s</title></path>",
                            x.apply(intercept), y + 8, intercept));
                }
                y += ROW;
            }
            html.append(f("<path d=\"M%.1f,%.1f H%.1f\" stroke=\"#555\"/>", LABEL_WIDTH, y + 6, LABEL_WIDTH + plot));
            int ticks = (int) Math.round((axisEnd - axisStart) / step);
            for (int tick = 0; tick <= ticks; tick++) {
                double t = axisStart + tick * step;
                html.append(f("<path d=\"M%.1f,%.1f v4\" stroke=\"#555\"/><text class=\"tick\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">"
                        + "%s s</text>", x.apply(t), y + 6, x.apply(t), y + 20, Markup.trim(Precision.round(t, 3))));
            }
            html.append("</svg>\n");
            if (!others.isEmpty()) {
                html.append("<ul class=\"reasons\">");
                for (BatteryEngagement other : others) {
                    html.append(f("<li>%s: %s%s</li>", escape(other.battery()), reason(other.reason()),
                            other.reasonDetail() == null ? "" : " (" + escape(other.reasonDetail()) + ")"));
                }
                html.append("</ul>\n");
            }
            html.append("</div>\n");
        }
    }

    /** Whether two threats of a raid have the same arc, tracks, engagements and negation: one timeline shows both. */
    private static boolean sameTimeline(ThreatReport a, ThreatReport b) {
        return a.raid().equals(b.raid()) && java.util.Objects.equals(a.targetAsset(), b.targetAsset()) && a.trajectory().equals(b.trajectory())
                && a.radarTracks().equals(b.radarTracks()) && a.engagements().equals(b.engagements()) && a.negation() == b.negation();
    }

    private static String bar(double from, double to, double y, double height, String colour, String title) {
        return f("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s</title></rect>", from, y,
                Math.max(1.5, to - from), height, colour, escape(title));
    }

    private static String reason(Reason reason) {
        return reason.name().toLowerCase().replace('_', ' ');
    }

    private static String anchor(Section section) {
        return "scenario-" + section.report().scenario().replaceAll("[^A-Za-z0-9_-]", "_");
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static final String STYLE = """
            body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 24px; color: #1d2733; max-width: 1100px; }
            h1 { font-size: 22px; } h2 { font-size: 19px; border-bottom: 2px solid #1f5fa8; padding-bottom: 4px; margin-top: 32px; }
            h3 { font-size: 16px; margin-top: 24px; } h4 { font-size: 13px; margin: 14px 0 4px; font-weight: normal; }
            table { border-collapse: collapse; font-size: 13px; margin: 6px 0 12px; }
            th, td { border: 1px solid #c9d1da; padding: 3px 8px; text-align: left; vertical-align: top; }
            thead th { background: #eef2f6; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
            .good { color: #2e7d32; } .bad { color: #c62828; font-weight: bold; }
            p.summary { font-size: 15px; } p.source { color: #59636e; font-size: 12px; }
            tr.error td:nth-child(2) { color: #c62828; font-weight: bold; } tr.warning td:nth-child(2) { color: #ef6c00; }
            figure { margin: 8px 0; overflow-x: auto; } figure svg { max-width: 100%; height: auto; }
            ul.reasons { font-size: 12px; color: #59636e; margin: 2px 0 8px; }
            .legend { font-size: 12px; } .key { display: inline-block; width: 18px; height: 8px; margin: 0 4px 0 12px; }
            .key.vis { background: #1f5fa8; } .key.track { background: #0d3c73; width: 3px; height: 12px; }
            .key.window { background: #ff9800; } .key.shot { width: 0; height: 0; border-left: 5px solid transparent;
              border-right: 5px solid transparent; border-top: 7px solid black; }
            """;
}
