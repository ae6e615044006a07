package io.bulwark.core.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.IntStream;

import io.bulwark.core.geo.Sphere;
import io.bulwark.core.report.Interval;
import io.bulwark.core.report.RadarTrack;
import io.bulwark.core.report.Reason;
import io.bulwark.core.scenario.Battery;
import io.bulwark.core.scenario.Doctrine;
import io.bulwark.core.scenario.Raid;
import io.bulwark.core.scenario.Scenario;
import io.bulwark.core.trajectory.BallisticTrajectory;

/**
 * Everything about a scenario that the reports and the what-if analyses share. Raids are analysed one by one
 * (in parallel): a raid's samples and bisections live only while its geometry is computed, and what the
 * reports, the findings and the what-ifs need of it is kept in a {@link RaidGeometry}.
 */
final class Analysis {

    /**
     * A radar or battery whose ground distance to a raid's ground track exceeds its reach by this much (km) can
     * see or engage no sample of it: its sweeps are skipped (the distance is exact to far better).
     */
    private static final double REACH_MARGIN_KM = 1e-3;
    /** The same for a battery whose altitude floor is above the arc's apogee by this much: no point is in its band. */
    private static final double FLOOR_MARGIN_KM = 1e-3;
    /** A battery group's first-arriving cue not yet looked for. */
    private static final int UNKNOWN = -2;

    final Scenario scenario;
    final Deployment deployment;
    final ThreatPath[] paths;
    final RaidGeometry[] raids;
    /** Per raid and battery, why it cannot engage the raid's threats, as reported: made when first asked for. */
    private final String[][] details;
    /** The threats of raid r are [firstThreat[r], firstThreat[r + 1]). */
    final int[] firstThreat;
    final RadarGeometry[] radars;
    final int[] fireControlOf;
    final int[][] cues;
    private final int[] cueGroup;
    private final int cueGroups;
    /** A battery of each group. */
    private final int[] groupBattery;
    private final Network network;
    private final int[] forceOfRadar;
    private final int[] forceOfBattery;
    final double[][] batterySites;
    private final double[][] radarSites;
    private final RadarTrack[] noTracks;
    /** The raid last reported: its threats are read one after another. */
    private volatile ReportedRaid lastReported;
    /** How many times a threat report read its raid ({@link #reported}): what reads only summaries reads none. */
    private final LongAdder reportReads = new LongAdder();
    private final boolean reports;
    private final boolean whatIfs;

    /**
     * @param reports  whether to prepare the threat reports and the findings, or only the negations
     * @param whatIfs  whether to prepare the single-point-of-failure what-ifs
     */
    Analysis(Scenario scenario, int threads, boolean reports, boolean whatIfs) {
        this(scenario, new Deployment(scenario), null, threads, reports, whatIfs);
    }

    /**
     * @param deployment  the scenario's deployment ({@link Deployment#deploys})
     * @param previous    an earlier analysis whose raids' geometry is taken where it is the same (the same deployment and
     *                    options, an equal raid), or null
     */
    Analysis(Scenario scenario, Deployment deployment, Analysis previous, int threads, boolean reports, boolean whatIfs) {
        this.scenario = scenario;
        this.deployment = deployment;
        this.reports = reports;
        this.whatIfs = whatIfs;
        this.radars = deployment.radars;
        this.network = deployment.network;
        this.forceOfRadar = deployment.forceOfRadar;
        this.forceOfBattery = deployment.forceOfBattery;
        this.fireControlOf = deployment.fireControlOf;
        this.radarSites = deployment.radarSites;
        this.batterySites = deployment.batterySites;
        this.noTracks = deployment.noTracks;
        this.cues = deployment.cues;
        this.cueGroup = deployment.cueGroup;
        this.cueGroups = deployment.cueGroups;
        this.groupBattery = new int[cueGroups];
        for (int b = cues.length - 1; b >= 0; b--) {
            groupBattery[cueGroup[b]] = b;
        }
        int[] kept = previous == null || previous.reports != reports || previous.whatIfs != whatIfs
                || (previous.deployment != deployment && !previous.deployment.deploys(scenario)) ? null : previous.keptRaids(scenario);
        this.raids = Parallel.map(threads, scenario.raids().size(), r -> kept != null && kept[r] >= 0 ? previous.raids[kept[r]] : raidGeometry(r))
                .toArray(RaidGeometry[]::new);
        this.details = new String[raids.length][];
        for (int r = 0; r < raids.length; r++) {
            details[r] = kept != null && kept[r] >= 0 ? previous.details[kept[r]] : null;
        }
        this.firstThreat = new int[raids.length + 1];
        for (int r = 0; r < raids.length; r++) {
            firstThreat[r + 1] = firstThreat[r] + scenario.raids().get(r).count();
        }
        this.paths = new ThreatPath[firstThreat[raids.length]];
        for (int r = 0; r < raids.length; r++) {
            for (int t = firstThreat[r]; t < firstThreat[r + 1]; t++) {
                // a kept raid's arc may have stood at another place: the threats carry this scenario's
                paths[t] = raids[r].path().at(r, t - firstThreat[r] + 1);
            }
        }
    }

    /** For each raid of the scenario, the place of an equal raid here (whose geometry is the same), or -1. */
    private int[] keptRaids(Scenario next) {
        Map<Raid, Integer> placeOf = new HashMap<>();
        for (int r = 0; r < raids.length; r++) {
            placeOf.put(scenario.raids().get(r), r);
        }
        return next.raids().stream().mapToInt(raid -> placeOf.getOrDefault(raid, -1)).toArray();
    }

    /**
     * Why battery b cannot engage threat t ({@link Engagement#detail}): the same for every missile of a raid, so a raid's
     * are kept with its geometry.
     */
    String detail(Engagement engagement, int t, int b) {
        int r = paths[t].raidIndex;
        if (engagement != raids[r].engagement(b)) {
            return engagement.detail(this, t, b);
        }
        String[] raidDetails = details[r];
        if (raidDetails == null) {
            // made when a report first asks: a theatre of 100,000 raids reads few of them
            raidDetails = new String[scenario.batteries().size()];
            details[r] = raidDetails;
        }
        if (raidDetails[b] == null) {
            raidDetails[b] = engagement.detail(this, t, b);
        }
        return raidDetails[b];
    }

    RaidGeometry raidOf(int threat) {
        return raids[paths[threat].raidIndex];
    }

    /**
     * One raid, kept compact (a theatre holds 100,000 of them): its arc (the radars' tracks as reported are swept again
     * from it when a report reads them, {@link Analysis#radarTracks}); when a track reaches each battery group
     * ({@code arrivals}, threat time, NaN: never); each battery's engagement before inventory (one shared object per
     * reason for those that do not engage; kept for the batteries not out of range alone, {@code inRange}, ascending:
     * most of a theatre's are) and, for the batteries whose reason's
     * words need a number of the geometry ({@code numbered}, ascending), that number ({@code reasonNumbers}, see
     * {@link #reasonNumber}) — the same for every missile of the raid. For the single-point-of-failure
     * what-ifs: each engaging battery's first-arriving cueing radar and its engagement without that radar (the only
     * loss of a cueing radar that changes it). For finding kind 5: the links that would help.
     */
    record RaidGeometry(ThreatPath path, double[] arrivals, int[] numbered, double[] reasonNumbers, int batteries,
            int[] inRange, Engagement[] inRangeEngagements, int[] firstCue, Engagement[] withoutFirstCue, List<SharingGap> sharingGaps) {

        /** Battery b's engagement before inventory. */
        Engagement engagement(int b) {
            int at = Arrays.binarySearch(inRange, b);
            return at < 0 ? Engagement.none(Reason.OUT_OF_RANGE) : inRangeEngagements[at];
        }

        /** Every battery's engagement before inventory, in battery order (a new array). */
        Engagement[] engagements() {
            Engagement[] all = new Engagement[batteries];
            Arrays.fill(all, Engagement.none(Reason.OUT_OF_RANGE));
            for (int k = 0; k < inRange.length; k++) {
                all[inRange[k]] = inRangeEngagements[k];
            }
            return all;
        }

        /**
         * The number of the geometry that battery b's reason gives: below the altitude floor, the highest altitude within
         * range (km); above the ceiling, the lowest; too late, the latest launch (threat time).
         */
        double reasonNumber(int b) {
            return reasonNumbers[Arrays.binarySearch(numbered, b)];
        }
    }

    /** A battery's engagement windows and both salvos' intercepts as reported (scenario time, 0.1 s). */
    record ReportedEngagement(List<Interval> windows, List<Double> intercepts) {

        static final ReportedEngagement NONE = new ReportedEngagement(List.of(), List.of());
    }

    /**
     * What the threat reports of a raid show and nothing else needs: the radars' tracks and the engaging batteries'
     * windows and intercepts (battery order; {@link ReportedEngagement#NONE} for the others).
     */
    record ReportedRaid(int raid, List<RadarTrack> tracks, ReportedEngagement[] engagements) {
    }

    /**
     * A raid as its threat reports show it, found again when a report reads it (the geometry keeps only what the
     * inventory, the findings and the what-ifs need): its arc is sampled again and swept for every radar's visibility
     * over the whole arc (the geometry sweeps each radar only up to its track) and for each engaging battery's windows.
     * Scenario times are rounded to 0.1 s, each boundary halved only as far as that needs.
     */
    ReportedRaid reported(int raid) {
        reportReads.increment();
        ReportedRaid last = lastReported;
        if (last != null && last.raid() == raid) {
            return last;
        }
        ThreatPath path = raids[raid].path();
        ArcSamples arc = new ArcSamples(path);
        DoubleUnaryOperator reported = x -> Precision.time(path.scenarioTime(x));
        ReportedEngagement[] engagements = new ReportedEngagement[scenario.batteries().size()];
        PairGeometry.AltitudeCrossings altitudeCrossings = new PairGeometry.AltitudeCrossings();
        for (int b = 0; b < engagements.length; b++) {
            Engagement engagement = raids[raid].engagement(b);
            engagements[b] = engagement.planned == 0 ? ReportedEngagement.NONE : reportedEngagement(arc, b, engagement, reported, altitudeCrossings);
        }
        ReportedRaid all = new ReportedRaid(raid, radarTracks(arc, reported), engagements);
        lastReported = all;
        return all;
    }

    /** How many times a threat report read its raid: one a report built. */
    long reportReads() {
        return reportReads.sum();
    }

    /** The radars' tracks of a raid's arc as reported: every radar's visibility over the whole arc, and its track time. */
    private List<RadarTrack> radarTracks(ArcSamples arc, DoubleUnaryOperator reported) {
        Sights sights = new Sights(arc, true);
        RadarTrack[] tracks = noTracks.clone();
        for (int r = 0; r < radars.length; r++) {
            Sight sight = sights.of(r);
            if (sight.intervals().isEmpty()) {
                continue;
            }
            List<Interval> visibility = new ArrayList<>(sight.intervals().size());
            for (Boundary[] interval : sight.intervals()) {
                visibility.add(new Interval(interval[0].settle(reported), interval[1].settle(reported)));
            }
            double tau = sight.trackFormationS();
            Double track = sight.trackStart() == null ? null : sight.trackStart().settle(x -> reported.applyAsDouble(x + tau));
            tracks[r] = new RadarTrack(tracks[r].radar(), visibility, track);
        }
        return List.of(tracks);
    }

    /**
     * The windows and intercepts of battery b's engagement (which shoots) as reported: its arrival gives the earliest
     * launch again, the windows' sweep the same first intercept as the geometry's (their sweeps agree up to the first
     * window), and that the second salvo's.
     */
    private ReportedEngagement reportedEngagement(ArcSamples arc, int b, Engagement engagement, DoubleUnaryOperator reported,
            PairGeometry.AltitudeCrossings altitudeCrossings) {
        Battery battery = scenario.batteries().get(b);
        RadarGeometry fireControl = fireControlOf[b] < 0 ? null : radars[fireControlOf[b]];
        PairGeometry pair = new PairGeometry(battery, arc, fireControl, arc.path.raid.missile().rcsM2(), false, altitudeCrossings);
        EarliestLaunch launch = EarliestLaunch.at(engagement.arrivalS + battery.type().reactionS());
        List<Boundary[]> windows = pair.windows(launch);
        List<Interval> reportedWindows = new ArrayList<>(windows.size());
        for (Boundary[] window : windows) {
            reportedWindows.add(new Interval(window[0].settle(reported), window[1].settle(reported)));
        }
        Boundary first = windows.get(0)[0];
        // planned counts a second salvo exactly when it has an intercept
        List<Double> intercepts = engagement.planned > battery.salvoSize()
                ? List.of(first.settle(reported), pair.firstIntercept(launch.thenAfter(first, battery.assessmentS())).settle(reported))
                : List.of(first.settle(reported));
        return new ReportedEngagement(List.copyOf(reportedWindows), intercepts);
    }

    /** When a track reaches battery b against the raid (threat time; NaN: never). */
    double arrivalS(int raid, int b) {
        return raids[raid].arrivals()[cueGroup[b]];
    }

    /**
     * A radar without a sharing path to a battery that tracks the raid (at {@code trackS}, threat time) before
     * the battery's track arrives: a direct link with zero latency would give it {@code linked}, an engagement it
     * lacks or an earlier one.
     */
    record SharingGap(int battery, int radar, double trackS, Engagement linked) {
    }

    /**
     * A radar against a raid's arc: where it sees it, and the start of the first interval that lasts the
     * track-formation time (null: no track), after which the track forms. Unless every interval is reported, the
     * intervals end with the first that lasts that long (the rest of the arc is not swept).
     */
    private record Sight(List<Boundary[]> intervals, Boundary trackStart, double trackFormationS) {

        static final Sight NEVER = new Sight(List.of(), null, 0);

        /** Track time (threat time), fully refined. */
        double track() {
            return trackStart.value() + trackFormationS;
        }
    }

    /**
     * The radars' sights of one raid's arc, each swept when first asked for: a radar that cues no battery the geometry
     * leaves in play, or whose track cannot come first (or, for a sharing gap, before the battery's own), is never swept.
     */
    private final class Sights {

        private final ArcSamples arc;
        private final boolean allIntervals;
        private final Sight[] swept = new Sight[radars.length];
        /** Per radar, {@link #earliestTrackS} once computed, else NaN. */
        private final double[] earliestTrack = new double[radars.length];
        private final double[] launchSite;
        /** The ground points (unit vectors) of the arc's first and last samples, once a radar is swept. */
        private double[][] trackEnds;

        /** @param allIntervals  whether every visibility interval is wanted (reported), or only those up to the first track */
        Sights(ArcSamples arc, boolean allIntervals) {
            this.arc = arc;
            this.allIntervals = allIntervals;
            this.launchSite = ThreatPath.unitVector(arc.path.raid.launch());
            Arrays.fill(earliestTrack, Double.NaN);
        }

        Sight of(int r) {
            if (swept[r] == null) {
                if (trackEnds == null) {
                    trackEnds = new double[][] { groundUnit(arc.sample(0).point()), groundUnit(arc.sample(arc.size() - 1).point()) };
                }
                swept[r] = sight(radars[r], radarSites[r], arc, trackEnds, allIntervals);
            }
            return swept[r];
        }

        /**
         * A lower bound of radar r's track time (threat time), without sweeping: the ground point starts at the launch
         * point and moves no faster than the arc's ground speed, and the radar sees nothing beyond its reach.
         */
        double earliestTrackS(int r) {
            if (Double.isNaN(earliestTrack[r])) {
                double reachKm = reachAngle(radars[r], arc.path) * Sphere.RADIUS_KM + REACH_MARGIN_KM;
                double awayKm = Sphere.angleBetween(radarSites[r], launchSite) * Sphere.RADIUS_KM;
                earliestTrack[r] = Math.max(0, (awayKm - reachKm) / arc.maxGroundSpeedKmS) + radars[r].radar().type().trackTimeS();
            }
            return earliestTrack[r];
        }
    }

    /**
     * The central angle (rad) beyond which a radar sees no point of the raid's arc: over the 4/3-Earth sphere, points at a
     * central angle phi are at least 2kR sin(phi / 2k) apart, whatever their altitude.
     */
    private static double reachAngle(RadarGeometry radar, ThreatPath path) {
        double rangeKm = radar.radar().type().detectionRangeKm(path.raid.missile().rcsM2());
        double kr = RadarGeometry.K * Sphere.RADIUS_KM;
        return 2 * RadarGeometry.K * Math.asin(Math.min(1, rangeKm / (2 * kr)));
    }

    private RaidGeometry raidGeometry(int raidIndex) {
        return raidGeometry(new ThreatPath(scenario.raids().get(raidIndex), raidIndex, 1), false);
    }

    /**
     * The geometry of a raid alone against the deployment, as the only raid of the scenario (a cell of a footprint). Without
     * reports and what-ifs only its engagements' shots are kept (a lone missile's negation needs no more).
     *
     * @param plane  the points of an arc of the raid's range and apogee, shared with other raids of it, or null
     */
    RaidGeometry loneRaid(Raid raid, ArcPlane plane) {
        return raidGeometry(new ThreatPath(raid, 0, 1, plane), !reports && !whatIfs);
    }

    /** @param shotsOnly  whether only the engagements' shots count: {@link #engageShots} */
    private RaidGeometry raidGeometry(ThreatPath path, boolean shotsOnly) {
        Raid raid = path.raid;
        ArcSamples arc = new ArcSamples(path);
        Sights sights = new Sights(arc, false);
        int batteries = scenario.batteries().size();
        PairGeometry[] pairs = new PairGeometry[batteries];
        PairGeometry.AltitudeCrossings altitudeCrossings = new PairGeometry.AltitudeCrossings();
        for (int b = 0; b < batteries; b++) {
            Battery battery = scenario.batteries().get(b);
            if (path.groundDistanceKm(batterySites[b]) > battery.type().maxRangeKm() + REACH_MARGIN_KM) {
                continue;
            }
            // where only the shots count, why a battery cannot engage does not matter
            if (!reports && path.trajectory.apogeeKm() < battery.type().minAltitudeKm() - FLOOR_MARGIN_KM) {
                continue;
            }
            RadarGeometry fireControl = fireControlOf[b] < 0 ? null : radars[fireControlOf[b]];
            pairs[b] = new PairGeometry(battery, arc, fireControl, raid.missile().rcsM2(), reports, altitudeCrossings);
        }
        int[] firstCueOfGroup = new int[cueGroups];
        Arrays.fill(firstCueOfGroup, UNKNOWN);
        Engagement[] engagements = new Engagement[batteries];
        for (int b = 0; b < batteries; b++) {
            engagements[b] = engage(pairs[b], sights, firstCueOfGroup, b, shotsOnly);
        }
        int[] firstCue = null;
        Engagement[] withoutFirstCue = null;
        if (whatIfs) {
            firstCue = new int[batteries];
            withoutFirstCue = new Engagement[batteries];
            for (int b = 0; b < batteries; b++) {
                firstCue[b] = engagements[b].planned > 0 ? firstArrivingCue(sights, firstCueOfGroup, b) : -1;
                if (firstCue[b] >= 0) {
                    int next = firstArrivingCue(sights, b, firstCue[b]);
                    double later = next < 0 ? Double.NaN : arrivalFrom(sights, b, next);
                    // what-if engagements count shots: why one is missing does not matter
                    withoutFirstCue[b] = Double.isNaN(later) ? Engagement.none(Reason.NO_TRACK)
                            : later == engagements[b].arrivalS ? engagements[b] : engageLater(pairs[b], b, later, engagements[b]);
                }
            }
        }
        List<SharingGap> gaps = reports ? sharingGaps(path, pairs, sights, engagements) : List.of();
        int[] numbered = new int[batteries];
        double[] reasonNumbers = new double[batteries];
        int count = 0;
        for (int b = 0; b < batteries; b++) {
            Reason reason = engagements[b].reason;
            if (pairs[b] != null && (reason == Reason.BELOW_ALTITUDE_FLOOR || reason == Reason.ABOVE_ALTITUDE_CEILING || reason == Reason.TOO_LATE)) {
                numbered[count] = b;
                reasonNumbers[count++] = reason == Reason.BELOW_ALTITUDE_FLOOR ? pairs[b].maxAltitudeInRangeKm
                        : reason == Reason.ABOVE_ALTITUDE_CEILING ? pairs[b].minAltitudeInRangeKm : pairs[b].latestLaunchS();
            }
        }
        double[] arrivals = null;
        if (reports) {
            arrivals = new double[cueGroups];
            for (int g = 0; g < cueGroups; g++) {
                int b = groupBattery[g];
                int cue = firstArrivingCue(sights, firstCueOfGroup, b);
                arrivals[g] = cue < 0 ? Double.NaN : arrivalFrom(sights, b, cue);
            }
        }
        int[] inRange = IntStream.range(0, batteries).filter(b -> engagements[b] != Engagement.none(Reason.OUT_OF_RANGE)).toArray();
        return new RaidGeometry(path, arrivals, Arrays.copyOf(numbered, count),
                Arrays.copyOf(reasonNumbers, count), batteries, inRange, Arrays.stream(inRange).mapToObj(b -> engagements[b]).toArray(Engagement[]::new),
                firstCue, withoutFirstCue, gaps);
    }

    /**
     * @param trackEnds     the ground points of the arc's first and last samples
     * @param allIntervals  whether every visibility interval is wanted, or only those up to the first track
     */
    private static Sight sight(RadarGeometry radar, double[] site, ArcSamples arc, double[][] trackEnds, boolean allIntervals) {
        ThreatPath path = arc.path;
        double rangeKm = radar.radar().type().detectionRangeKm(path.raid.missile().rcsM2());
        double maxAngle = reachAngle(radar, path);
        if (path.groundDistanceKm(site) > maxAngle * Sphere.RADIUS_KM + REACH_MARGIN_KM
                || !radar.sectorMayMeet(trackEnds[0], trackEnds[1])) {
            return Sight.NEVER;
        }
        double tau = radar.radar().type().trackTimeS();
        double minCosCentralAngle = Math.cos(Math.min(Math.PI, maxAngle));
        Sampling seen = allIntervals ? radar.seesAlong(arc, 0, arc.size(), rangeKm, minCosCentralAngle)
                : radar.seesAlongUntilHolding(arc, rangeKm, minCosCentralAngle, tau);
        List<Boundary[]> intervals = Intervals.of(seen, t -> radar.sees(path.trajectory.pointAt(t), rangeKm));
        for (Boundary[] interval : intervals) {
            if (Boundary.lastsAtLeast(interval[0], interval[1], tau)) {
                return new Sight(intervals, interval[0], tau);
            }
        }
        return new Sight(intervals, null, tau);
    }

    private static double[] groundUnit(BallisticTrajectory.Point point) {
        return new double[] { point.x(), point.y(), point.z() };
    }

    /** @param firstCueOfGroup  the raid's first-arriving cue of each battery group, {@value #UNKNOWN} until asked for */
    private Engagement engage(PairGeometry pair, Sights sights, int[] firstCueOfGroup, int b, boolean shotsOnly) {
        if (pair == null || !pair.anyInRange) {
            return Engagement.none(Reason.OUT_OF_RANGE);
        }
        if (!pair.anyInEnvelope) {
            Battery battery = scenario.batteries().get(b);
            return Engagement.none(pair.maxAltitudeInRangeKm < battery.type().minAltitudeKm() ? Reason.BELOW_ALTITUDE_FLOOR
                    : Reason.ABOVE_ALTITUDE_CEILING);
        }
        if (!pair.anyEngageable) {
            return Engagement.none(Reason.FIRE_CONTROL_BLIND);
        }
        int cue = firstArrivingCue(sights, firstCueOfGroup, b);
        if (cue < 0) {
            int unshared = unsharedTrack(sights, b);
            return unshared < 0 ? Engagement.none(Reason.NO_TRACK) : Engagement.unshared(unshared, sights.of(unshared).track());
        }
        if (shotsOnly) {
            Sight sight = sights.of(cue);
            Battery battery = scenario.batteries().get(b);
            // the earliest launch as arrivalFrom and engageWithArrival add it up: track start, formation, latency, reaction
            return engageShots(pair, battery,
                    EarliestLaunch.after(sight.trackStart(), sight.trackFormationS(), latency(b, cue), battery.type().reactionS()));
        }
        return engageWithArrival(pair, b, arrivalFrom(sights, b, cue));
    }

    /**
     * The engagement's shots alone, where nothing else of it counts (a lone missile's negation): the earliest launch and
     * the first intercept are halved only as far as deciding whether each salvo has an intercept needs.
     */
    private static Engagement engageShots(PairGeometry pair, Battery battery, EarliestLaunch launch) {
        Boundary first = pair.firstIntercept(launch);
        if (first == null) {
            return Engagement.none(Reason.TOO_LATE);
        }
        boolean second = battery.doctrine() == Doctrine.SHOOT_LOOK_SHOOT
                && pair.firstIntercept(launch.thenAfter(first, battery.assessmentS())) != null;
        return Engagement.shots(second ? 2 * battery.salvoSize() : battery.salvoSize());
    }

    /**
     * The engagement once the track arrives (threat time): its first intercept and shots. Its windows are reported only,
     * and found when a report is read ({@link #reportedEngagement}).
     */
    private Engagement engageWithArrival(PairGeometry pair, int b, double arrival) {
        Battery battery = scenario.batteries().get(b);
        EarliestLaunch launch = EarliestLaunch.at(arrival + battery.type().reactionS());
        Boundary first = pair.firstIntercept(launch);
        if (first == null) {
            return Engagement.tooLate(arrival);
        }
        int planned = battery.salvoSize();
        // the first intercept is fully halved once (the engagement keeps it): the second salvo's sweep then compares
        // every point against a plain number
        double firstS = first.value();
        Boundary second = battery.doctrine() == Doctrine.SHOOT_LOOK_SHOOT ? pair.firstIntercept(launch.thenAfter(first, battery.assessmentS())) : null;
        if (second != null) {
            planned += battery.salvoSize();
        }
        return Engagement.shooting(arrival, firstS, planned);
    }

    /**
     * The engagement (shots only) when the track arrives at {@code later}, after it arrives for {@code now}, an
     * engagement that shoots. A later arrival launches later: every intercept feasible then was feasible for now, so
     * none comes before now's first intercept t1; if t1 is still feasible (the same test as the bisections'), it is the
     * first intercept again. The second salvo's earliest launch is then max(later launch, t1 + assessment): when the
     * assessment decides it, it is now's, and so is the second salvo; when the later launch does, t1 itself is feasible
     * for it, and the second salvo shoots.
     */
    private Engagement engageLater(PairGeometry pair, int b, double later, Engagement now) {
        Battery battery = scenario.batteries().get(b);
        double earliestLaunch = later + battery.type().reactionS();
        double firstS = now.firstInterceptS;
        if (!(later > now.arrivalS) || !pair.feasibleAt(firstS, EarliestLaunch.at(earliestLaunch))) {
            return engageWithArrival(pair, b, later);
        }
        if (battery.doctrine() != Doctrine.SHOOT_LOOK_SHOOT || earliestLaunch <= firstS + battery.assessmentS()) {
            return Engagement.shooting(later, firstS, now.planned);
        }
        return Engagement.shooting(later, firstS, 2 * battery.salvoSize());
    }

    /** {@link #firstArrivingCue(Sights, int, int)} with no radar lost, once per battery group and raid. */
    private int firstArrivingCue(Sights sights, int[] firstCueOfGroup, int b) {
        if (firstCueOfGroup[cueGroup[b]] == UNKNOWN) {
            firstCueOfGroup[cueGroup[b]] = firstArrivingCue(sights, b, -1);
        }
        return firstCueOfGroup[cueGroup[b]];
    }

    /**
     * The cueing radar but {@code lost} (-1: none) whose track arrives first (the first of equals), or -1. Radars are
     * tried from the earliest track they could have: once that bound comes after the first arrival found, no radar
     * left can arrive first, and none of them is swept.
     */
    private int firstArrivingCue(Sights sights, int b, int lost) {
        int[] cueing = cues[b];
        double[] earliest = new double[cueing.length];
        for (int i = 0; i < cueing.length; i++) {
            earliest[i] = cueing[i] == lost ? Double.NaN : sights.earliestTrackS(cueing[i]) + latency(b, cueing[i]);
        }
        int first = -1;
        int firstAt = -1;
        while (true) {
            int next = -1;
            for (int i = 0; i < cueing.length; i++) {
                if (!Double.isNaN(earliest[i]) && (next < 0 || earliest[i] < earliest[next])) {
                    next = i;
                }
            }
            if (next < 0) {
                return first;
            }
            if (first >= 0 && arrivesBefore(sights, b, first, earliest[next])) {
                return first;
            }
            earliest[next] = Double.NaN;
            int r = cueing[next];
            if (sights.of(r).trackStart() != null && (first < 0 || arrivesEarlier(sights, b, r, first)
                    || (next < firstAt && !arrivesEarlier(sights, b, first, r)))) {
                first = r;
                firstAt = next;
            }
        }
    }

    /** Whether radar r's track arrives at battery b before {@code s} (threat time), its start halved only until that is decided. */
    private boolean arrivesBefore(Sights sights, int b, int r, double s) {
        return sights.of(r).trackStart().shiftedBefore(sights.of(r).trackFormationS(), latency(b, r), s);
    }

    private boolean arrivesEarlier(Sights sights, int b, int r, int than) {
        return Boundary.less(sights.of(r).trackStart(), sights.of(r).trackFormationS(), latency(b, r), sights.of(than).trackStart(),
                sights.of(than).trackFormationS(), latency(b, than));
    }

    /** Track arrival (threat time) at battery b from radar r, fully refined. */
    private double arrivalFrom(Sights sights, int b, int r) {
        return sights.of(r).track() + latency(b, r);
    }

    private double latency(int b, int r) {
        return r == fireControlOf[b] ? 0 : network.latency(forceOfRadar[r], forceOfBattery[b]);
    }

    /** The radar with the earliest track (the first of equals) that could cue the battery but does not share with it, or -1. */
    private int unsharedTrack(Sights sights, int b) {
        int best = -1;
        for (int r : deployment.candidateCues(b)) {
            if (sights.of(r).trackStart() != null && network.latency(forceOfRadar[r], forceOfBattery[b]) == Double.POSITIVE_INFINITY
                    && (best < 0 || tracksEarlier(sights, r, best))) {
                best = r;
            }
        }
        return best;
    }

    private static boolean tracksEarlier(Sights sights, int r, int than) {
        return Boundary.less(sights.of(r).trackStart(), sights.of(r).trackFormationS(), 0, sights.of(than).trackStart(), sights.of(than).trackFormationS(), 0);
    }

    /**
     * Finding kind 5 for one raid, battery by battery and radar by radar. A radar whose track comes no earlier
     * than the battery's own arrival would leave the engagement as it is: only earlier ones are tried.
     */
    private List<SharingGap> sharingGaps(ThreatPath path, PairGeometry[] pairs, Sights sights, Engagement[] engagements) {
        List<SharingGap> gaps = new ArrayList<>();
        for (int b = 0; b < pairs.length; b++) {
            PairGeometry pair = pairs[b];
            if (pair == null || !pair.anyEngageable) {
                continue;
            }
            Battery battery = scenario.batteries().get(b);
            Engagement now = engagements[b];
            Boundary arrival = Double.isNaN(now.arrivalS) ? null : Boundary.at(now.arrivalS);
            for (int r = 0; r < radars.length; r++) {
                // a radar whose track cannot come before the battery's own is not swept for it
                if (network.latency(forceOfRadar[r], forceOfBattery[b]) < Double.POSITIVE_INFINITY
                        || (!battery.cuedBy().isEmpty() && !battery.cuedBy().contains(scenario.radars().get(r).name()))
                        || (arrival != null && sights.earliestTrackS(r) >= now.arrivalS)) {
                    continue;
                }
                Sight sight = sights.of(r);
                double tau = sight.trackFormationS();
                if (sight.trackStart() == null || (arrival != null && !Boundary.less(sight.trackStart(), x -> x + tau, arrival, x -> x))) {
                    continue;
                }
                double track = sight.track();
                Engagement linked = engageWithArrival(pair, b, track);
                if (linked.planned > 0 && (now.planned == 0 || linked.reportedFirstIntercept(path) < now.reportedFirstIntercept(path))) {
                    gaps.add(new SharingGap(b, r, track, linked));
                }
            }
        }
        return gaps;
    }
}
