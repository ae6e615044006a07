package io.bulwark.core.analysis;

import static io.bulwark.core.analysis.CoverageAnalyzer.format;

import java.util.Arrays;
import java.util.List;

import io.bulwark.core.analysis.PairGeometry.PairSummary;
import io.bulwark.core.report.Decimals;
import io.bulwark.core.report.Interval;
import io.bulwark.core.report.Reason;
import io.bulwark.core.scenario.Battery;
import io.bulwark.core.scenario.Radar;

/** One battery against one threat, before inventory (threat time). */
final class Engagement {

    private static final Engagement[] NONE = Arrays.stream(Reason.values())
            .map(reason -> new Engagement(Double.NaN, List.of(), null, List.of(), 0, reason)).toArray(Engagement[]::new);

    final double arrivalS;
    /** As reported (scenario time, 0.1 s); empty in what-ifs and when only negations are asked for. */
    final List<Interval> windows;
    /** The first salvo's intercept (threat time), null without one: it orders the inventory, halved as far as that needs. */
    final Boundary firstIntercept;
    /** Both salvos' intercepts as reported (scenario time, 0.1 s); empty in what-ifs and when only negations are asked for. */
    final List<Double> intercepts;
    final int planned;
    final Reason reason;
    /** For {@link Reason#NO_SHARING_PATH}: the radar with the earliest track that does not share, and its track time. */
    private final int unsharedRadar;
    private final double unsharedTrackS;

    Engagement(double arrivalS, List<Interval> windows, Boundary firstIntercept, List<Double> intercepts, int planned, Reason reason) {
        this(arrivalS, windows, firstIntercept, intercepts, planned, reason, -1, Double.NaN);
    }

    private Engagement(double arrivalS, List<Interval> windows, Boundary firstIntercept, List<Double> intercepts, int planned,
            Reason reason, int unsharedRadar, double unsharedTrackS) {
        this.arrivalS = arrivalS;
        this.windows = windows;
        this.firstIntercept = firstIntercept;
        this.intercepts = intercepts;
        this.planned = planned;
        this.reason = reason;
        this.unsharedRadar = unsharedRadar;
        this.unsharedTrackS = unsharedTrackS;
    }

    /** No engagement (the reports take a ruled-out battery's track arrival from {@link Analysis#arrivalS}). */
    static Engagement none(Reason reason) {
        return NONE[reason.ordinal()];
    }

    /** No track arrives, though radar {@code radar} tracks the threat at {@code trackS}: it does not share with the battery. */
    static Engagement unshared(int radar, double trackS) {
        return new Engagement(Double.NaN, List.of(), null, List.of(), 0, Reason.NO_SHARING_PATH, radar, trackS);
    }

    /** The first intercept in scenario time rounded to 0.1 s, as reported. */
    double reportedFirstIntercept(ThreatPath path) {
        return firstIntercept.settle(x -> Precision.time(path.scenarioTime(x)));
    }

    /** Why it cannot engage, with the numbers. */
    String detail(Analysis analysis, int t, int b) {
        Battery battery = analysis.scenario.batteries().get(b);
        ThreatPath path = analysis.paths[t];
        PairSummary pair = analysis.raidOf(t).pairs()[b];
        return switch (reason) {
            case OUT_OF_RANGE -> {
                double closest = path.closestApproachKm(battery.site(), analysis.batterySites[b], battery.type().maxRangeKm());
                String range = closest > battery.type().maxRangeKm()
                        ? format("closest ground range %s km > %s km max range",
                                (Object[]) Decimals.distinct(closest, battery.type().maxRangeKm(), 1))
                        : format("the track stays inside the %.1f km minimum range", battery.type().minRangeKm());
                yield path.trajectory.apogeeKm() < battery.type().minAltitudeKm()
                        ? range + format(", and the threat's apogee %s km is below the %s km altitude floor",
                                (Object[]) Decimals.distinct(path.trajectory.apogeeKm(), battery.type().minAltitudeKm(), 1))
                        : range;
            }
            case BELOW_ALTITUDE_FLOOR -> path.trajectory.apogeeKm() < battery.type().minAltitudeKm()
                    ? format("threat apogee %s km is below the %s km altitude floor",
                            (Object[]) Decimals.distinct(path.trajectory.apogeeKm(), battery.type().minAltitudeKm(), 1))
                    : format("within range only below the %s km altitude floor (highest %s km)",
                            (Object[]) Decimals.distinct(battery.type().minAltitudeKm(), pair.maxAltitudeInRangeKm(), 1));
            case ABOVE_ALTITUDE_CEILING -> format("within range only above the %s km ceiling (lowest %s km)",
                    (Object[]) Decimals.distinct(battery.type().maxAltitudeKm(), pair.minAltitudeInRangeKm(), 1));
            case FIRE_CONTROL_BLIND -> "fire-control radar " + battery.fireControl() + " sees no point of the envelope";
            case NO_TRACK -> "no radar that cues it holds a track";
            case NO_SHARING_PATH -> {
                Radar radar = analysis.scenario.radars().get(unsharedRadar);
                yield format("radar %s (%s) tracks it at %.1f s, but %s does not share tracks with %s", radar.name(), radar.force(),
                        path.scenarioTime(unsharedTrackS), radar.force(), battery.force());
            }
            case TOO_LATE -> format("earliest launch %s s, but the last intercept in the envelope needs launch by %s s",
                    (Object[]) Decimals.distinct(path.scenarioTime(arrivalS + battery.type().reactionS()),
                            path.scenarioTime(pair.latestLaunchS()), 1));
            case NO_INTERCEPTORS -> "battery lost";
            case NONE -> "";
        };
    }
}
