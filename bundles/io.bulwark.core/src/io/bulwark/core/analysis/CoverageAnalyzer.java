package io.bulwark.core.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

import io.bulwark.core.geo.Sphere;
import io.bulwark.core.report.AssetRaidReport;
import io.bulwark.core.report.AssetReport;
import io.bulwark.core.report.BatteryEngagement;
import io.bulwark.core.report.CoverageReport;
import io.bulwark.core.report.Interval;
import io.bulwark.core.report.RadarTrack;
import io.bulwark.core.report.Reason;
import io.bulwark.core.report.ThreatReport;
import io.bulwark.core.report.TrajectorySummary;
import io.bulwark.core.scenario.Battery;
import io.bulwark.core.scenario.Doctrine;
import io.bulwark.core.scenario.Radar;
import io.bulwark.core.scenario.Raid;
import io.bulwark.core.scenario.Scenario;

/**
 * The intercept-coverage analysis of docs/coverage-model.md. Stateless and thread-safe: every call
 * works on its own data, and the result is the same for any number of threads.
 */
public final class CoverageAnalyzer {

    /** Analyses a scenario: per-threat engagements, negations, and all findings. */
    public CoverageReport analyze(Scenario scenario, AnalysisOptions options) {
        Analysis analysis = prepare(scenario, options.threads());
        Outcome baseline = analysis.evaluate(-1, -1);
        List<ThreatReport> threats = new ArrayList<>();
        for (int t = 0; t < analysis.paths.length; t++) {
            threats.add(threatReport(analysis, baseline, t));
        }
        Findings findings = new Findings(analysis, baseline, options.singlePointOfFailure());
        return new CoverageReport(scenario.name(), CoverageReport.ASSUMPTIONS, threats, findings.assetRaids(), findings.assets(),
                findings.all());
    }

    /** Only the probability of negation of every threat (raid order, then index), after inventory. */
    public double[] negations(Scenario scenario, AnalysisOptions options) {
        Analysis analysis = prepare(scenario, options.threads());
        return analysis.evaluate(-1, -1).negation.clone();
    }

    static Analysis prepare(Scenario scenario, int threads) {
        int threats = scenario.raids().stream().mapToInt(Raid::count).sum();
        Analysis analysis = new Analysis(scenario, threats);
        int[] raidOf = new int[threats];
        int[] indexOf = new int[threats];
        int k = 0;
        for (int r = 0; r < scenario.raids().size(); r++) {
            for (int i = 1; i <= scenario.raids().get(r).count(); i++) {
                raidOf[k] = r;
                indexOf[k] = i;
                k++;
            }
        }
        // the threats of a raid fly one arc: its geometry is computed once
        ThreatData[] perRaid = Parallel.map(threads, scenario.raids().size(), r -> analysis.threatData(scenario.raids().get(r), r))
                .toArray(ThreatData[]::new);
        for (int t = 0; t < raidOf.length; t++) {
            ThreatData data = perRaid[raidOf[t]];
            analysis.paths[t] = data.path().withIndex(indexOf[t]);
            analysis.tracks[t] = data.tracks();
            analysis.pairs[t] = data.pairs();
        }
        return analysis;
    }

    private static ThreatReport threatReport(Analysis analysis, Outcome outcome, int t) {
        ThreatPath path = analysis.paths[t];
        Scenario scenario = analysis.scenario;
        TrajectorySummary summary = new TrajectorySummary(Precision.distance(path.trajectory.groundRangeKm()),
                Precision.angle(path.trajectory.gammaDeg()), Precision.speed(path.trajectory.burnoutSpeedKmS()),
                Precision.distance(path.trajectory.apogeeKm()), Precision.time(path.timeOfFlight()),
                Precision.time(path.raid.launchTimeS()), Precision.time(path.scenarioTime(path.timeOfFlight())));
        List<RadarTrack> tracks = new ArrayList<>();
        for (int r = 0; r < scenario.radars().size(); r++) {
            RadarVisibility v = analysis.tracks[t][r];
            List<Interval> visibility = v.intervals().stream()
                    .map(iv -> new Interval(Precision.time(path.scenarioTime(iv[0])), Precision.time(path.scenarioTime(iv[1])))).toList();
            tracks.add(new RadarTrack(scenario.radars().get(r).name(), visibility,
                    Double.isNaN(v.trackTimeS()) ? null : Precision.time(path.scenarioTime(v.trackTimeS()))));
        }
        List<BatteryEngagement> engagements = new ArrayList<>();
        for (int b = 0; b < scenario.batteries().size(); b++) {
            Engagement e = outcome.engagements[t][b];
            Double arrival = Double.isNaN(e.arrivalS) ? null : Precision.time(path.scenarioTime(e.arrivalS));
            Double launch = Double.isNaN(e.arrivalS) ? null
                    : Precision.time(path.scenarioTime(e.arrivalS + scenario.batteries().get(b).type().reactionS()));
            List<Interval> windows = e.windows.stream()
                    .map(w -> new Interval(Precision.time(path.scenarioTime(w[0])), Precision.time(path.scenarioTime(w[1])))).toList();
            List<Double> intercepts = e.interceptsS.stream().map(x -> Precision.time(path.scenarioTime(x))).toList();
            int allocated = outcome.allocated[t][b];
            Reason reason = e.planned == 0 ? e.reason : allocated == 0 ? Reason.NO_INTERCEPTORS : Reason.NONE;
            String detail = e.planned == 0 ? e.detail(analysis, t, b)
                    : allocated == 0 ? "no interceptors left for it"
                    : allocated < e.planned ? allocated + " of " + e.planned + " planned interceptors left" : "";
            engagements.add(new BatteryEngagement(scenario.batteries().get(b).name(), arrival, launch, windows, intercepts, e.planned,
                    allocated, reason, detail));
        }
        return new ThreatReport(path.raid.name(), path.index, path.raid.targetAsset(), summary, tracks, engagements,
                Precision.probability(outcome.negation[t]));
    }

    static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    /** A radar against one raid's arc: visibility intervals and track time (threat time, NaN = never). */
    record RadarVisibility(List<double[]> intervals, double trackTimeS) {
    }

    /** A raid's geometry: its arc, each radar's visibility, and each battery's pair geometry (null when out of reach). */
    record ThreatData(ThreatPath path, RadarVisibility[] tracks, PairGeometry[] pairs) {
    }

    /** Everything about a scenario that the what-if analyses share. */
    static final class Analysis {
        final Scenario scenario;
        final ThreatPath[] paths;
        final RadarVisibility[][] tracks;
        final PairGeometry[][] pairs;
        final RadarGeometry[] radars;
        final Network network;
        final int[] forceOfRadar;
        final int[] forceOfBattery;
        final int[] fireControlOf;
        final int[][] namedCues;

        Analysis(Scenario scenario, int threats) {
            this.scenario = scenario;
            this.paths = new ThreatPath[threats];
            this.tracks = new RadarVisibility[threats][];
            this.pairs = new PairGeometry[threats][];
            this.radars = scenario.radars().stream().map(RadarGeometry::new).toArray(RadarGeometry[]::new);
            this.network = new Network(scenario);
            List<String> radarNames = scenario.radars().stream().map(Radar::name).toList();
            this.forceOfRadar = scenario.radars().stream().mapToInt(r -> network.indexOf(r.force())).toArray();
            this.forceOfBattery = scenario.batteries().stream().mapToInt(b -> network.indexOf(b.force())).toArray();
            this.fireControlOf = scenario.batteries().stream()
                    .mapToInt(b -> b.fireControl() == null ? -1 : radarNames.indexOf(b.fireControl())).toArray();
            this.namedCues = scenario.batteries().stream()
                    .map(b -> b.cuedBy().stream().mapToInt(radarNames::indexOf).toArray()).toArray(int[][]::new);
        }

        ThreatData threatData(Raid raid, int raidIndex) {
            ThreatPath path = new ThreatPath(raid, raidIndex, 1);
            RadarVisibility[] visibility = new RadarVisibility[radars.length];
            for (int r = 0; r < radars.length; r++) {
                visibility[r] = visibility(radars[r], path);
            }
            PairGeometry[] pairGeometry = new PairGeometry[scenario.batteries().size()];
            double halfTrack = path.trajectory.groundRangeKm() / 2;
            for (int b = 0; b < pairGeometry.length; b++) {
                Battery battery = scenario.batteries().get(b);
                // every point of the ground track is within half its length of its middle
                if (Sphere.groundRangeKm(battery.site(), path.middle) - halfTrack > battery.type().maxRangeKm()) {
                    continue;
                }
                RadarGeometry fireControl = fireControlOf[b] < 0 ? null : radars[fireControlOf[b]];
                pairGeometry[b] = new PairGeometry(battery, path, fireControl, raid.missile().rcsM2());
            }
            return new ThreatData(path, visibility, pairGeometry);
        }

        private static RadarVisibility visibility(RadarGeometry radar, ThreatPath path) {
            double rangeKm = radar.radar().type().detectionRangeKm(path.raid.missile().rcsM2());
            // Over the 4/3-Earth sphere, points at a central angle phi are at least 2kR sin(phi / 2k) apart:
            // beyond maxAngle no point is within the detection range, whatever its altitude.
            double kr = RadarGeometry.K * Sphere.RADIUS_KM;
            double maxAngle = 2 * RadarGeometry.K * Math.asin(Math.min(1, rangeKm / (2 * kr)));
            double halfTrackKm = path.trajectory.groundRangeKm() / 2;
            if (Sphere.groundRangeKm(radar.radar().site(), path.middle) - halfTrackKm > maxAngle * Sphere.RADIUS_KM) {
                return new RadarVisibility(List.of(), Double.NaN);
            }
            double cosMaxAngle = Math.cos(Math.min(Math.PI, maxAngle));
            double[] site = Sphere.cartesianKm(radar.radar().site().latDeg(), radar.radar().site().lonDeg(), 0);
            int n = path.times.length;
            boolean[] seen = new boolean[n];
            for (int i = 0; i < n; i++) {
                double[] p = path.cartesian[i];
                double cos = (site[0] * p[0] + site[1] * p[1] + site[2] * p[2]) / (Sphere.RADIUS_KM * (Sphere.RADIUS_KM + path.alt[i]));
                seen[i] = cos >= cosMaxAngle && radar.sees(path.lat[i], path.lon[i], path.alt[i], rangeKm);
            }
            List<double[]> intervals = Intervals.of(path.times, seen, t -> {
                var p = path.trajectory.positionAt(t);
                return radar.sees(p.latDeg(), p.lonDeg(), p.altKm(), rangeKm);
            });
            double tau = radar.radar().type().trackTimeS();
            double track = Double.NaN;
            for (double[] interval : intervals) {
                if (interval[1] - interval[0] >= tau) {
                    track = interval[0] + tau;
                    break;
                }
            }
            return new RadarVisibility(intervals, track);
        }

        /** Evaluates the engagements with one radar and/or one battery removed (-1: none). */
        Outcome evaluate(int removedRadar, int removedBattery) {
            int threats = paths.length;
            int batteries = scenario.batteries().size();
            int[][] cues = cueingSets(removedRadar);
            Engagement[][] engagements = new Engagement[threats][batteries];
            for (int t = 0; t < threats; t++) {
                for (int b = 0; b < batteries; b++) {
                    engagements[t][b] = engage(t, b, cues[b], removedRadar, removedBattery);
                }
            }
            return allocate(engagements, cues);
        }

        /** Radars whose tracks cue each battery: named ones (or any) with a sharing path, plus its fire-control radar. */
        int[][] cueingSets(int removedRadar) {
            int[][] sets = new int[scenario.batteries().size()][];
            for (int b = 0; b < sets.length; b++) {
                Set<Integer> set = new LinkedHashSet<>();
                int[] candidates = namedCues[b].length > 0 ? namedCues[b] : IntStream.range(0, radars.length).toArray();
                for (int r : candidates) {
                    if (r != removedRadar && network.latency(forceOfRadar[r], forceOfBattery[b]) < Double.POSITIVE_INFINITY) {
                        set.add(r);
                    }
                }
                if (fireControlOf[b] >= 0 && fireControlOf[b] != removedRadar) {
                    set.add(fireControlOf[b]);
                }
                sets[b] = set.stream().mapToInt(Integer::intValue).toArray();
            }
            return sets;
        }

        /** Track arrival at a battery (threat time) from its cueing radars, NaN when none tracks. */
        double arrival(int t, int b, int[] cues) {
            double best = Double.NaN;
            for (int r : cues) {
                double track = tracks[t][r].trackTimeS();
                if (Double.isNaN(track)) {
                    continue;
                }
                double latency = r == fireControlOf[b] ? 0 : network.latency(forceOfRadar[r], forceOfBattery[b]);
                double arrival = track + latency;
                if (Double.isNaN(best) || arrival < best) {
                    best = arrival;
                }
            }
            return best;
        }

        Engagement engage(int t, int b, int[] cues, int removedRadar, int removedBattery) {
            if (b == removedBattery) {
                return Engagement.none(Reason.NO_INTERCEPTORS, Double.NaN);
            }
            PairGeometry pair = pairs[t][b];
            if (pair == null || !pair.anyInRange) {
                return Engagement.none(Reason.OUT_OF_RANGE, Double.NaN);
            }
            if (!pair.anyInEnvelope) {
                Battery battery = scenario.batteries().get(b);
                return Engagement.none(pair.maxAltitudeInRangeKm < battery.type().minAltitudeKm() ? Reason.BELOW_ALTITUDE_FLOOR
                        : Reason.ABOVE_ALTITUDE_CEILING, Double.NaN);
            }
            if (!pair.anyEngageable || (fireControlOf[b] >= 0 && fireControlOf[b] == removedRadar)) {
                return Engagement.none(Reason.FIRE_CONTROL_BLIND, Double.NaN);
            }
            double arrival = arrival(t, b, cues);
            if (Double.isNaN(arrival)) {
                return Engagement.none(unsharedTrack(t, b, removedRadar) >= 0 ? Reason.NO_SHARING_PATH : Reason.NO_TRACK, Double.NaN);
            }
            return engageWithArrival(t, b, arrival);
        }

        Engagement engageWithArrival(int t, int b, double arrival) {
            Battery battery = scenario.batteries().get(b);
            PairGeometry pair = pairs[t][b];
            double earliestLaunch = arrival + battery.type().reactionS();
            List<double[]> windows = pair.windows(earliestLaunch);
            if (windows.isEmpty()) {
                return Engagement.none(Reason.TOO_LATE, arrival);
            }
            double first = windows.get(0)[0];
            List<Double> intercepts = new ArrayList<>(List.of(first));
            int planned = battery.salvoSize();
            if (battery.doctrine() == Doctrine.SHOOT_LOOK_SHOOT) {
                List<double[]> second = pair.windows(Math.max(earliestLaunch, first + battery.assessmentS()));
                if (!second.isEmpty()) {
                    intercepts.add(second.get(0)[0]);
                    planned += battery.salvoSize();
                }
            }
            return new Engagement(arrival, windows, intercepts, planned, Reason.NONE);
        }

        /** A radar that tracks the threat and could cue the battery but has no sharing path to it, or -1. */
        int unsharedTrack(int t, int b, int removedRadar) {
            int[] candidates = namedCues[b].length > 0 ? namedCues[b] : IntStream.range(0, radars.length).toArray();
            int best = -1;
            for (int r : candidates) {
                if (r != removedRadar && !Double.isNaN(tracks[t][r].trackTimeS())
                        && network.latency(forceOfRadar[r], forceOfBattery[b]) == Double.POSITIVE_INFINITY
                        && (best < 0 || tracks[t][r].trackTimeS() < tracks[t][best].trackTimeS())) {
                    best = r;
                }
            }
            return best;
        }

        /** Inventory in the order of each threat's earliest feasible intercept (rule 8), then negations. */
        Outcome allocate(Engagement[][] engagements, int[][] cues) {
            int threats = paths.length;
            int batteries = scenario.batteries().size();
            double[] earliest = new double[threats];
            for (int t = 0; t < threats; t++) {
                earliest[t] = Double.POSITIVE_INFINITY;
                for (int b = 0; b < batteries; b++) {
                    if (engagements[t][b].planned > 0) {
                        earliest[t] = Math.min(earliest[t], paths[t].scenarioTime(engagements[t][b].interceptsS.get(0)));
                    }
                }
            }
            Integer[] order = IntStream.range(0, threats).boxed().toArray(Integer[]::new);
            Arrays.sort(order, (x, y) -> {
                int c = Double.compare(earliest[x], earliest[y]);
                if (c != 0) {
                    return c;
                }
                c = Integer.compare(paths[x].raidIndex, paths[y].raidIndex);
                return c != 0 ? c : Integer.compare(paths[x].index, paths[y].index);
            });
            int[] remaining = scenario.batteries().stream().mapToInt(Battery::interceptors).toArray();
            int[][] allocated = new int[threats][batteries];
            int[] shortfall = new int[batteries];
            int[] plannedTotal = new int[batteries];
            for (int t : order) {
                for (int b = 0; b < batteries; b++) {
                    int planned = engagements[t][b].planned;
                    if (planned == 0) {
                        continue;
                    }
                    int given = Math.min(planned, remaining[b]);
                    remaining[b] -= given;
                    allocated[t][b] = given;
                    shortfall[b] += planned - given;
                    plannedTotal[b] += planned;
                }
            }
            double[] negation = new double[threats];
            for (int t = 0; t < threats; t++) {
                double survive = 1;
                for (int b = 0; b < batteries; b++) {
                    survive *= Math.pow(1 - scenario.batteries().get(b).type().pk(), allocated[t][b]);
                }
                negation[t] = 1 - survive;
            }
            return new Outcome(engagements, allocated, negation, shortfall, plannedTotal, cues);
        }
    }

    /** One battery against one threat, before inventory (threat time). */
    static final class Engagement {
        final double arrivalS;
        final List<double[]> windows;
        final List<Double> interceptsS;
        final int planned;
        final Reason reason;

        Engagement(double arrivalS, List<double[]> windows, List<Double> interceptsS, int planned, Reason reason) {
            this.arrivalS = arrivalS;
            this.windows = windows;
            this.interceptsS = interceptsS;
            this.planned = planned;
            this.reason = reason;
        }

        static Engagement none(Reason reason, double arrivalS) {
            return new Engagement(arrivalS, List.of(), List.of(), 0, reason);
        }

        /** Why it cannot engage, with the numbers. */
        String detail(Analysis analysis, int t, int b) {
            Battery battery = analysis.scenario.batteries().get(b);
            ThreatPath path = analysis.paths[t];
            PairGeometry pair = analysis.pairs[t][b];
            return switch (reason) {
                case OUT_OF_RANGE -> {
                    double closest = PairGeometry.closestApproachKm(battery, path);
                    String range = closest > battery.type().maxRangeKm()
                            ? format("closest ground range %.1f km > %.1f km max range", closest, battery.type().maxRangeKm())
                            : format("the track stays inside the %.1f km minimum range", battery.type().minRangeKm());
                    yield path.trajectory.apogeeKm() < battery.type().minAltitudeKm()
                            ? range + format(", and the threat's apogee %.1f km is below the %.1f km altitude floor",
                                    path.trajectory.apogeeKm(), battery.type().minAltitudeKm())
                            : range;
                }
                case BELOW_ALTITUDE_FLOOR -> path.trajectory.apogeeKm() < battery.type().minAltitudeKm()
                        ? format("threat apogee %.1f km is below the %.1f km altitude floor", path.trajectory.apogeeKm(),
                                battery.type().minAltitudeKm())
                        : format("within range only below the %.1f km altitude floor (highest %.1f km)", battery.type().minAltitudeKm(),
                                pair.maxAltitudeInRangeKm);
                case ABOVE_ALTITUDE_CEILING -> format("within range only above the %.1f km ceiling (lowest %.1f km)",
                        battery.type().maxAltitudeKm(), pair.minAltitudeInRangeKm);
                case FIRE_CONTROL_BLIND -> "fire-control radar " + battery.fireControl() + " sees no point of the envelope";
                case NO_TRACK -> "no radar that cues it holds a track";
                case NO_SHARING_PATH -> {
                    int r = analysis.unsharedTrack(t, b, -1);
                    Radar radar = analysis.scenario.radars().get(r);
                    yield format("radar %s (%s) tracks it at %.1f s, but %s does not share tracks with %s", radar.name(), radar.force(),
                            path.scenarioTime(analysis.tracks[t][r].trackTimeS()), radar.force(), battery.force());
                }
                case TOO_LATE -> format("earliest launch %.1f s, but the last intercept in the envelope needs launch by %.1f s",
                        path.scenarioTime(arrivalS + battery.type().reactionS()), path.scenarioTime(pair.latestLaunchS()));
                case NO_INTERCEPTORS -> "battery lost";
                case NONE -> "";
            };
        }
    }

    /** The result of one (what-if) evaluation. */
    record Outcome(Engagement[][] engagements, int[][] allocated, double[] negation, int[] shortfall, int[] plannedTotal,
            int[][] cues) {
    }
}
