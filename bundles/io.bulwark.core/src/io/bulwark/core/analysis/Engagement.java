package io.bulwark.core.analysis;

import static io.bulwark.core.analysis.CoverageAnalyzer.format;

import java.util.Arrays;

import io.bulwark.core.report.Decimals;
import io.bulwark.core.report.Reason;
import io.bulwark.core.scenario.Battery;
import io.bulwark.core.scenario.Radar;

/** One battery against one threat, before inventory (threat time). */
sealed class Engagement permits Engagement.Unshared {

    private static final Engagement[] NONE = Arrays.stream(Reason.values())
            .map(reason -> new Engagement(Double.NaN, Double.NaN, 0, reason)).toArray(Engagement[]::new);

    final double arrivalS;
    /**
     * The first salvo's intercept (threat time), fully halved, NaN without one: it orders the inventory. Computed when
     * the raid is analysed, so that no engagement keeps its envelope alive (a theatre holds millions of them).
     */
    final double firstInterceptS;
    final int planned;
    final Reason reason;

    private Engagement(double arrivalS, double firstInterceptS, int planned, Reason reason) {
        this.arrivalS = arrivalS;
        this.firstInterceptS = firstInterceptS;
        this.planned = planned;
        this.reason = reason;
    }

    /** No engagement (the reports take a ruled-out battery's track arrival from {@link Analysis#arrivalS}). */
    static Engagement none(Reason reason) {
        return NONE[reason.ordinal()];
    }

    /** No engagement: the track arrives at {@code arrivalS} (threat time), too late to launch at any point of the envelope. */
    static Engagement tooLate(double arrivalS) {
        return new Engagement(arrivalS, Double.NaN, 0, Reason.TOO_LATE);
    }

    /**
     * An engagement that shoots: its windows and the intercepts as reported are found again when a threat report is read
     * ({@link Analysis#reported}), from its arrival; nothing else needs them.
     */
    static Engagement shooting(double arrivalS, double firstInterceptS, int planned) {
        return new Engagement(arrivalS, firstInterceptS, planned, Reason.NONE);
    }

    /** An engagement of which only the shots count (a lone missile's negation): no time of it is kept. */
    static Engagement shots(int planned) {
        return new Engagement(Double.NaN, Double.NaN, planned, Reason.NONE);
    }

    /** No track arrives, though radar {@code radar} tracks the threat at {@code trackS}: it does not share with the battery. */
    static Engagement unshared(int radar, double trackS) {
        return new Unshared(radar, trackS);
    }

    /** The kept numbers of {@link Reason#NO_SHARING_PATH}: the radar with the earliest track that does not share, and its track time. */
    private static final class Unshared extends Engagement {
        private final int radar;
        private final double trackS;

        Unshared(int radar, double trackS) {
            super(Double.NaN, Double.NaN, 0, Reason.NO_SHARING_PATH);
            this.radar = radar;
            this.trackS = trackS;
        }
    }

    /** The first intercept in scenario time rounded to 0.1 s, as reported. */
    double reportedFirstIntercept(ThreatPath path) {
        return Precision.time(path.scenarioTime(firstInterceptS));
    }

    /** Why it cannot engage, with the numbers. */
    String detail(Analysis analysis, int t, int b) {
        Battery battery = analysis.scenario.batteries().get(b);
        ThreatPath path = analysis.paths[t];
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
                            (Object[]) Decimals.distinct(battery.type().minAltitudeKm(), analysis.raidOf(t).reasonNumber(b), 1));
            case ABOVE_ALTITUDE_CEILING -> format("within range only above the %s km ceiling (lowest %s km)",
                    (Object[]) Decimals.distinct(battery.type().maxAltitudeKm(), analysis.raidOf(t).reasonNumber(b), 1));
            case FIRE_CONTROL_BLIND -> "fire-control radar " + battery.fireControl() + " sees no point of the envelope";
            case NO_TRACK -> "no radar that cues it holds a track";
            case NO_SHARING_PATH -> {
                Unshared unshared = (Unshared) this;
                Radar radar = analysis.scenario.radars().get(unshared.radar);
                yield format("radar %s (%s) tracks it at %.1f s, but %s does not share tracks with %s", radar.name(), radar.force(),
                        path.scenarioTime(unshared.trackS), radar.force(), battery.force());
            }
            case TOO_LATE -> format("earliest launch %s s, but the last intercept in the envelope needs launch by %s s",
                    (Object[]) Decimals.distinct(path.scenarioTime(arrivalS + battery.type().reactionS()),
                            path.scenarioTime(analysis.raidOf(t).reasonNumber(b)), 1));
            case NO_INTERCEPTORS -> "battery lost";
            case NONE -> "";
        };
    }
}
