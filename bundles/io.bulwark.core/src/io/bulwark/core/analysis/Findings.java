package io.bulwark.core.analysis;

import static io.bulwark.core.analysis.CoverageAnalyzer.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.bulwark.core.analysis.Inventory.Outcome;
import io.bulwark.core.analysis.Analysis.SharingGap;
import io.bulwark.core.finding.Finding;
import io.bulwark.core.finding.FindingKind;
import io.bulwark.core.finding.SubjectKind;
import io.bulwark.core.geo.Sphere;
import io.bulwark.core.report.AssetRaidReport;
import io.bulwark.core.report.AssetReport;
import io.bulwark.core.report.Decimals;
import io.bulwark.core.report.Reason;
import io.bulwark.core.scenario.Asset;
import io.bulwark.core.scenario.Battery;
import io.bulwark.core.scenario.Force;
import io.bulwark.core.scenario.GeoPoint;
import io.bulwark.core.scenario.Radar;
import io.bulwark.core.scenario.Raid;
import io.bulwark.core.scenario.Region;
import io.bulwark.core.scenario.Scenario;
import io.bulwark.core.trajectory.BallisticTrajectory;

/** The eight kinds of findings of the coverage model, in a stable order (kind, then declaration order). */
final class Findings {

    /** Batteries named in a kind-1 or kind-2 message besides those that engage. */
    private static final int MAX_REASONS = 3;
    /** Grid of the region-surveillance share: points per side of the region's bounding box. */
    private static final int REGION_GRID = 60;
    /**
     * Chord on the unit sphere (6 m on the ground) far above the rounding of the haversine ground range and of the
     * chord: two batteries whose chords to a point differ by more are ranked alike by both.
     */
    private static final double CHORD_SLACK = 1e-6;

    private final Analysis analysis;
    private final Inventory inventory;
    private final Scenario scenario;
    private final Outcome baseline;
    private final List<Finding> findings = new ArrayList<>();
    private final List<AssetRaidReport> assetRaids = new ArrayList<>();
    private final List<AssetReport> assets = new ArrayList<>();
    /** The asset each raid attacks, or null. */
    private final Asset[] targetOf;
    /** Each battery's " (pk P each)" of the battery stories. */
    private final String[] pkEach;

    /**
     * The findings, each raid's (kinds 1, 2 and 5) and each loss's (kind 7) worked out on {@code threads} threads and
     * added in the same order for any number of them.
     */
    Findings(Analysis analysis, Inventory inventory, Outcome baseline, boolean singlePointOfFailure, int threads) {
        this.analysis = analysis;
        this.inventory = inventory;
        this.scenario = analysis.scenario;
        this.baseline = baseline;
        Map<String, Asset> assetNamed = new HashMap<>();
        scenario.assets().forEach(asset -> assetNamed.put(asset.name(), asset));
        this.targetOf = scenario.raids().stream().map(raid -> assetNamed.get(raid.targetAsset())).toArray(Asset[]::new);
        this.pkEach = scenario.batteries().stream().map(battery -> " (pk " + probability(battery.type().pk()) + " each)").toArray(String[]::new);
        List<RaidFindings> perRaid = Parallel.map(threads, scenario.raids().size(), this::raidFindings);
        assetsBelowRequirement(perRaid);
        perRaid.stream().map(RaidFindings::notEngaged).filter(f -> f != null).forEach(findings::add);
        batteriesWithoutTracks();
        radarsReachingNoBattery();
        perRaid.forEach(raid -> findings.addAll(raid.missingSharingPaths()));
        inventoryShortfalls();
        if (singlePointOfFailure) {
            singlePointsOfFailure(threads);
        }
        thirdPartySurveillance(threads);
    }

    List<Finding> all() {
        return findings;
    }

    List<AssetRaidReport> assetRaids() {
        return assetRaids;
    }

    List<AssetReport> assets() {
        return assets;
    }

    /**
     * What one raid gives findings of kinds 1, 2 and 5: against its asset (null: it targets none) the report and, when
     * below the required negation, the finding; the finding that it is not engaged, or null; its missing sharing paths.
     */
    private record RaidFindings(AssetRaidReport assetRaid, Finding belowRequirement, Finding notEngaged, List<Finding> missingSharingPaths) {
    }

    private RaidFindings raidFindings(int r) {
        Asset asset = targetOf[r];
        int worstThreat = worstThreat(baseline, r);
        String worstStory = belowRequirement(baseline, r) ? batteryStory(worstThreat) : null;
        // kind 2 tells of the first threat, which an unengaged raid's worst threat is (all have negation 0): one story serves both
        int first = analysis.firstThreat[r];
        Finding notEngaged = unengaged(baseline, r)
                ? notEngaged(r, first == worstThreat && worstStory != null ? worstStory : batteryStory(first))
                : null;
        if (asset == null) {
            return new RaidFindings(null, null, notEngaged, missingSharingPaths(r));
        }
        Raid raid = scenario.raids().get(r);
        double negation = Precision.probability(baseline.negation[worstThreat]);
        AssetRaidReport assetRaid = new AssetRaidReport(asset.name(), raid.name(), negation, asset.requiredNegation(),
                analysis.paths[worstThreat].index, worstStory == null);
        Finding below = null;
        if (worstStory != null) {
            Map<String, String> data = new LinkedHashMap<>();
            data.put("asset", asset.name());
            data.put("raid", raid.name());
            data.put("threat", Integer.toString(analysis.paths[worstThreat].index));
            data.put("negation", probability(negation));
            data.put("required", probability(asset.requiredNegation()));
            below = finding(FindingKind.ASSET_BELOW_REQUIRED_NEGATION, asset.name(), SubjectKind.ASSET,
                    format("%s: negation %s < required %s against raid %s%s; %s", asset.name(), probability(negation),
                            probability(asset.requiredNegation()), raid.name(),
                            raid.count() > 1 ? " (worst: missile " + analysis.paths[worstThreat].index + ")" : "", worstStory),
                    data);
        }
        return new RaidFindings(assetRaid, below, notEngaged, missingSharingPaths(r));
    }

    // ---- kind 1 -------------------------------------------------------------------------------

    /** Asset by asset, its raids' reports and findings in declaration order, and the asset's worst raid. */
    private void assetsBelowRequirement(List<RaidFindings> perRaid) {
        Map<Asset, List<RaidFindings>> raidsOf = new IdentityHashMap<>();
        for (int r = 0; r < targetOf.length; r++) {
            if (targetOf[r] != null) {
                raidsOf.computeIfAbsent(targetOf[r], asset -> new ArrayList<>()).add(perRaid.get(r));
            }
        }
        for (Asset asset : scenario.assets()) {
            double worst = 1;
            String worstRaid = null;
            for (RaidFindings raid : raidsOf.getOrDefault(asset, List.of())) {
                assetRaids.add(raid.assetRaid());
                double negation = raid.assetRaid().negation();
                if (negation < worst || worstRaid == null) {
                    worst = Math.min(worst, negation);
                    worstRaid = raid.assetRaid().raid();
                }
                if (raid.belowRequirement() != null) {
                    findings.add(raid.belowRequirement());
                }
            }
            assets.add(new AssetReport(asset.name(), asset.requiredNegation(), worst, worstRaid, worst >= asset.requiredNegation()));
        }
    }

    /** The threat of a raid with the lowest negation (first one on ties). */
    private int worstThreat(Outcome outcome, int raid) {
        int worst = analysis.firstThreat[raid];
        for (int t = worst + 1; t < analysis.firstThreat[raid + 1]; t++) {
            if (outcome.negation[t] < outcome.negation[worst]) {
                worst = t;
            }
        }
        return worst;
    }

    /** What each battery does against a threat: the engaging ones with shots, then the nearest others with why. */
    private String batteryStory(int t) {
        List<String> parts = new ArrayList<>();
        int[] idle = new int[scenario.batteries().size()];
        // the engagement of each idle battery in range (null: out of range)
        Engagement[] idleEngagements = new Engagement[idle.length];
        int idleCount = 0;
        // the batteries in range, ascending, walked beside all
        int[] inRange = analysis.raidOf(t).inRange();
        Engagement[] inRangeEngagements = analysis.raidOf(t).inRangeEngagements();
        for (int b = 0, k = 0; b < scenario.batteries().size(); b++) {
            Engagement e = k < inRange.length && inRange[k] == b ? inRangeEngagements[k++] : null;
            if (e == null || e.planned == 0) {
                idleEngagements[b] = e;
                idle[idleCount++] = b;
                continue;
            }
            String name = scenario.batteries().get(b).name();
            int allocated = baseline.allocated(t, b, e.planned);
            if (allocated > 0) {
                parts.add(name + " fires " + allocated + pkEach[b] + (allocated < e.planned ? ", " + (e.planned - allocated) + " short of its inventory" : ""));
            } else {
                parts.add(name + " has no interceptors left");
            }
        }
        for (int b : nearestToAim(idle, idleCount, analysis.paths[t].raid.aim())) {
            Engagement e = idleEngagements[b] != null ? idleEngagements[b] : Engagement.none(Reason.OUT_OF_RANGE);
            parts.add(scenario.batteries().get(b).name() + " cannot engage: " + reasonText(e, t, b));
        }
        if (idleCount > MAX_REASONS) {
            parts.add((idleCount - MAX_REASONS) + " more batteries cannot engage");
        }
        return parts.isEmpty() ? "no battery is deployed" : String.join("; ", parts);
    }

    /**
     * Of the first {@code count} batteries of {@code idle} (ascending), the {@link #MAX_REASONS} nearest the aim point by
     * ground range, then by index, nearest first. The chord between unit vectors ranks them as the ground range does
     * but for rounding, so only those within {@link #CHORD_SLACK} of the {@link #MAX_REASONS}-th nearest chord need
     * their ground range.
     */
    private int[] nearestToAim(int[] idle, int count, GeoPoint aim) {
        double[] aimUnit = ThreatPath.unitVector(aim);
        double[] chord = new double[count];
        for (int i = 0; i < count; i++) {
            chord[i] = Sphere.chordKm(analysis.batterySites[idle[i]], aimUnit);
        }
        double cut = Double.POSITIVE_INFINITY;
        if (count > MAX_REASONS) {
            // the MAX_REASONS smallest chords, ascending
            double[] smallest = new double[MAX_REASONS];
            Arrays.fill(smallest, Double.POSITIVE_INFINITY);
            for (int i = 0; i < count; i++) {
                int at = MAX_REASONS;
                while (at > 0 && chord[i] < smallest[at - 1]) {
                    at--;
                }
                if (at < MAX_REASONS) {
                    System.arraycopy(smallest, at, smallest, at + 1, MAX_REASONS - 1 - at);
                    smallest[at] = chord[i];
                }
            }
            cut = smallest[MAX_REASONS - 1] + CHORD_SLACK;
        }
        int[] nearest = new int[Math.min(count, MAX_REASONS)];
        double[] rangeKm = new double[nearest.length];
        int found = 0;
        for (int i = 0; i < count; i++) {
            if (chord[i] > cut) {
                continue;
            }
            int b = idle[i];
            double km = Sphere.groundRangeKm(scenario.batteries().get(b).site(), aim);
            // idle ascends: of equal ranges, the lower index stays first
            int at = found;
            while (at > 0 && Double.compare(km, rangeKm[at - 1]) < 0) {
                at--;
            }
            if (at < nearest.length) {
                int moved = Math.min(found, nearest.length - 1) - at;
                System.arraycopy(nearest, at, nearest, at + 1, moved);
                System.arraycopy(rangeKm, at, rangeKm, at + 1, moved);
                nearest[at] = b;
                rangeKm[at] = km;
                found = Math.min(found + 1, nearest.length);
            }
        }
        return nearest;
    }

    private String reasonText(Engagement e, int t, int b) {
        String reason = switch (e.reason) {
            case OUT_OF_RANGE -> "out of range";
            case BELOW_ALTITUDE_FLOOR -> "below altitude floor";
            case ABOVE_ALTITUDE_CEILING -> "above altitude ceiling";
            case FIRE_CONTROL_BLIND -> "fire control blind";
            case NO_TRACK -> "no track";
            case NO_SHARING_PATH -> "no sharing path";
            case TOO_LATE -> "too late";
            case NO_INTERCEPTORS -> "no interceptors";
            case NONE -> "";
        };
        return reason + ": " + e.detail(analysis, t, b);
    }

    // ---- kind 2 -------------------------------------------------------------------------------

    /** Raid r's finding that its threats have no engagement opportunity, told with the story of its first threat. */
    private Finding notEngaged(int r, String story) {
        Raid raid = scenario.raids().get(r);
        List<Integer> unengaged = unengagedThreats(baseline, r);
        int t = unengaged.get(0);
        Map<String, String> data = new LinkedHashMap<>();
        data.put("raid", raid.name());
        data.put("threats", Integer.toString(unengaged.size()));
        data.put("count", Integer.toString(raid.count()));
        return finding(FindingKind.THREAT_NOT_ENGAGED, raid.name(), SubjectKind.RAID,
                format("Raid %s: %d of %d threats have no engagement opportunity (apogee %.1f km, flight %.1f s); %s", raid.name(),
                        unengaged.size(), raid.count(), analysis.paths[t].trajectory.apogeeKm(), analysis.paths[t].timeOfFlight(),
                        story),
                data);
    }

    /** A raid's missiles share their engagements: all of them are engaged, or none. */
    private List<Integer> unengagedThreats(Outcome outcome, int raid) {
        List<Integer> result = new ArrayList<>();
        for (int t = analysis.firstThreat[raid]; t < analysis.firstThreat[raid + 1] && !outcome.engaged(raid); t++) {
            result.add(t);
        }
        return result;
    }

    // ---- kinds 3 and 4 ------------------------------------------------------------------------

    private void batteriesWithoutTracks() {
        for (int b = 0; b < scenario.batteries().size(); b++) {
            if (analysis.cues[b].length == 0) {
                Battery battery = scenario.batteries().get(b);
                Map<String, String> data = new LinkedHashMap<>();
                data.put("battery", battery.name());
                data.put("force", battery.force());
                add(FindingKind.BATTERY_WITHOUT_TRACKS, battery.name(), SubjectKind.BATTERY,
                        format("Battery %s (%s) gets no radar's track: %s", battery.name(), battery.force(),
                                battery.cuedBy().isEmpty() ? "no radar of a force sharing with " + battery.force() + " is deployed"
                                        : "none of its cueing radars " + battery.cuedBy() + " shares tracks with " + battery.force()),
                        data);
            }
        }
    }

    private void radarsReachingNoBattery() {
        for (int r = 0; r < scenario.radars().size(); r++) {
            boolean used = false;
            for (int b = 0; b < scenario.batteries().size() && !used; b++) {
                for (int cue : analysis.cues[b]) {
                    used |= cue == r;
                }
                used |= analysis.fireControlOf[b] == r;
            }
            if (!used) {
                Radar radar = scenario.radars().get(r);
                Map<String, String> data = new LinkedHashMap<>();
                data.put("radar", radar.name());
                data.put("force", radar.force());
                add(FindingKind.RADAR_REACHING_NO_BATTERY, radar.name(), SubjectKind.RADAR,
                        format("Radar %s (%s): its tracks reach no battery (no battery of a force that %s shares with cues from it)",
                                radar.name(), radar.force(), radar.force()),
                        data);
            }
        }
    }

    // ---- kind 5 -------------------------------------------------------------------------------

    /** The links found with raid r's geometry; a raid's missiles share their engagements, the first stands for all. */
    private List<Finding> missingSharingPaths(int r) {
        List<Finding> result = new ArrayList<>();
        Raid raid = scenario.raids().get(r);
        int t = analysis.firstThreat[r];
        ThreatPath path = analysis.paths[t];
        for (SharingGap gap : analysis.raids[r].sharingGaps()) {
            Battery battery = scenario.batteries().get(gap.battery());
            Radar radar = scenario.radars().get(gap.radar());
            Engagement now = analysis.raids[r].engagement(gap.battery());
            double linkedFirst = gap.linked().reportedFirstIntercept(path);
            boolean lacks = now.planned == 0;
            String[] linkedAndNow = Decimals.distinct(linkedFirst, lacks ? linkedFirst : path.scenarioTime(now.firstInterceptS), 1);
            Map<String, String> data = new LinkedHashMap<>();
            data.put("fromForce", radar.force());
            data.put("toForce", battery.force());
            data.put("radar", radar.name());
            data.put("battery", battery.name());
            data.put("raid", raid.name());
            data.put("trackTimeS", Double.toString(Precision.time(path.scenarioTime(gap.trackS()))));
            data.put("interceptS", Double.toString(linkedFirst));
            if (!lacks) {
                data.put("currentInterceptS", Double.toString(now.reportedFirstIntercept(path)));
            }
            result.add(finding(FindingKind.MISSING_SHARING_PATH, radar.force() + "->" + battery.force(), SubjectKind.FORCE_PAIR,
                    format("%s radar %s tracks raid %s at %.1f s, but %s does not share tracks with %s: a direct link would let %s "
                            + "intercept at %s s (%s)", radar.force(), radar.name(), raid.name(), path.scenarioTime(gap.trackS()),
                            radar.force(), battery.force(), battery.name(), linkedAndNow[0],
                            lacks ? "now it cannot engage: " + reasonText(now, t, gap.battery()) : "now " + linkedAndNow[1] + " s"),
                    data));
        }
        return result;
    }

    // ---- kind 6 -------------------------------------------------------------------------------

    private void inventoryShortfalls() {
        for (int b = 0; b < scenario.batteries().size(); b++) {
            int shortfall = baseline.shortfall[b];
            if (shortfall > 0) {
                Battery battery = scenario.batteries().get(b);
                Map<String, String> data = new LinkedHashMap<>();
                data.put("battery", battery.name());
                data.put("planned", Integer.toString(baseline.plannedTotal[b]));
                data.put("available", Integer.toString(battery.interceptors()));
                data.put("shortfall", Integer.toString(shortfall));
                add(FindingKind.INVENTORY_SHORTFALL, battery.name(), SubjectKind.BATTERY,
                        format("Battery %s runs dry: the raids call for %d interceptors, it has %d (%d short)", battery.name(),
                                baseline.plannedTotal[b], battery.interceptors(), shortfall),
                        data);
            }
        }
    }

    // ---- kind 7 -------------------------------------------------------------------------------

    /** One what-if per radar, then per battery, each on its own: their findings in that order. */
    private void singlePointsOfFailure(int threads) {
        int radars = scenario.radars().size();
        boolean[] belowBefore = new boolean[scenario.raids().size()];
        boolean[] unengagedBefore = new boolean[belowBefore.length];
        for (int r = 0; r < belowBefore.length; r++) {
            belowBefore[r] = belowRequirement(baseline, r);
            unengagedBefore[r] = unengaged(baseline, r);
        }
        List<Finding> perLoss = Parallel.map(threads, radars + scenario.batteries().size(), k -> k < radars
                ? spof(belowBefore, unengagedBefore, inventory.withoutRadar(k), scenario.radars().get(k).name(), SubjectKind.RADAR, "radar")
                : spof(belowBefore, unengagedBefore, inventory.withoutBattery(k - radars), scenario.batteries().get(k - radars).name(),
                        SubjectKind.BATTERY, "battery"));
        perLoss.stream().filter(f -> f != null).forEach(findings::add);
    }

    /**
     * The finding of a loss, or null when it creates no gap. {@code without} is null when the loss changes no engagement;
     * the raids it did not recompute keep the baseline's gaps, per raid: its asset below the required negation (kind 1),
     * its threats unengaged (kind 2).
     */
    private Finding spof(boolean[] belowBefore, boolean[] unengagedBefore, Outcome without, String name, SubjectKind kind, String noun) {
        if (without == null) {
            return null;
        }
        Set<String> created = new LinkedHashSet<>();
        // ascending, as the raids are declared
        for (int r : without.recomputedRaids) {
            Raid raid = scenario.raids().get(r);
            if (!belowBefore[r] && belowRequirement(without, r)) {
                created.add(targetOf[r].name() + " below required negation against " + raid.name());
            }
            if (!unengagedBefore[r] && unengaged(without, r)) {
                created.add("raid " + raid.name() + " unengaged");
            }
        }
        if (created.isEmpty()) {
            return null;
        }
        Map<String, String> data = new LinkedHashMap<>();
        data.put(noun, name);
        data.put("newGaps", String.join(", ", created));
        return finding(FindingKind.SINGLE_POINT_OF_FAILURE, name, kind,
                format("Single point of failure: losing %s %s creates %s", noun, name, String.join("; ", created)), data);
    }

    private boolean belowRequirement(Outcome outcome, int r) {
        Asset asset = targetOf[r];
        return asset != null && Precision.probability(outcome.negation[worstThreat(outcome, r)]) < asset.requiredNegation();
    }

    private boolean unengaged(Outcome outcome, int r) {
        return analysis.firstThreat[r + 1] > analysis.firstThreat[r] && !outcome.engaged(r);
    }

    // ---- kind 8 -------------------------------------------------------------------------------

    /** Region by region, radar by radar (worked out on {@code threads} threads, added in that order). */
    private void thirdPartySurveillance(int threads) {
        for (Region region : scenario.regions()) {
            List<double[]> cells = regionCells(region);
            double total = cells.stream().mapToDouble(c -> c[2]).sum();
            // each cell's point at the surveillance altitude, made once for all radars
            BallisticTrajectory.Point[] points = cells.stream().map(cell -> {
                double[] unit = Sphere.unitVector(cell[0], cell[1]);
                return new BallisticTrajectory.Point(unit[0], unit[1], unit[2], region.surveillanceAltitudeKm());
            }).toArray(BallisticTrajectory.Point[]::new);
            Parallel.map(threads, scenario.radars().size(), r -> surveillance(region, cells, points, total, r)).stream()
                    .filter(f -> f != null).forEach(findings::add);
        }
    }

    /** Radar r's finding that it sees part of a region of another nation, or null. */
    private Finding surveillance(Region region, List<double[]> cells, BallisticTrajectory.Point[] points, double total, int r) {
        Radar radar = scenario.radars().get(r);
        if (nationOf(radar.force()).equals(region.owner())) {
            return null;
        }
        double range = radar.type().detectionRangeKm();
        double seen = 0;
        for (int c = 0; c < points.length; c++) {
            if (analysis.radars[r].sees(points[c], range)) {
                seen += cells.get(c)[2];
            }
        }
        if (seen == 0) {
            return null;
        }
        double share = seen / total;
        Map<String, String> data = new LinkedHashMap<>();
        data.put("radar", radar.name());
        data.put("region", region.name());
        data.put("owner", region.owner());
        data.put("share", probability(share));
        data.put("altitudeKm", Double.toString(region.surveillanceAltitudeKm()));
        data.put("seenAreaKm2", Long.toString(Math.round(seen)));
        return finding(FindingKind.THIRD_PARTY_SURVEILLANCE, region.name(), SubjectKind.REGION,
                format("Radar %s (%s) sees %.1f %% of %s (%s) at %.1f km altitude: about %d of %d km2 (reference RCS %s m2)",
                        radar.name(), radar.force(), 100 * share, region.name(), region.owner(), region.surveillanceAltitudeKm(),
                        Math.round(seen), Math.round(total), probability(radar.type().referenceRcsM2())),
                data);
    }

    private String nationOf(String force) {
        return scenario.forces().stream().filter(f -> f.name().equals(force)).map(Force::nation).filter(n -> n != null)
                .findFirst().orElse(force);
    }

    /** Grid points inside the region: latitude, longitude, area (km2) each stands for. */
    private static List<double[]> regionCells(Region region) {
        double minLat = Double.POSITIVE_INFINITY;
        double maxLat = Double.NEGATIVE_INFINITY;
        double minLon = Double.POSITIVE_INFINITY;
        double maxLon = Double.NEGATIVE_INFINITY;
        for (GeoPoint p : region.boundary()) {
            minLat = Math.min(minLat, p.latDeg());
            maxLat = Math.max(maxLat, p.latDeg());
            minLon = Math.min(minLon, p.lonDeg());
            maxLon = Math.max(maxLon, p.lonDeg());
        }
        double dLat = (maxLat - minLat) / REGION_GRID;
        double dLon = (maxLon - minLon) / REGION_GRID;
        double degKm = Math.toRadians(1) * Sphere.RADIUS_KM;
        List<double[]> cells = new ArrayList<>();
        for (int i = 0; i < REGION_GRID; i++) {
            double lat = minLat + (i + 0.5) * dLat;
            for (int j = 0; j < REGION_GRID; j++) {
                double lon = minLon + (j + 0.5) * dLon;
                if (inside(region.boundary(), lat, lon)) {
                    cells.add(new double[] { lat, lon, dLat * degKm * dLon * degKm * Math.cos(Math.toRadians(lat)) });
                }
            }
        }
        return cells;
    }

    /** Even-odd rule in the latitude/longitude plane. */
    private static boolean inside(List<GeoPoint> polygon, double lat, double lon) {
        boolean in = false;
        for (int i = 0, j = polygon.size() - 1; i < polygon.size(); j = i++) {
            GeoPoint a = polygon.get(i);
            GeoPoint b = polygon.get(j);
            if ((a.latDeg() > lat) != (b.latDeg() > lat)
                    && lon < (b.lonDeg() - a.lonDeg()) * (lat - a.latDeg()) / (b.latDeg() - a.latDeg()) + a.lonDeg()) {
                in = !in;
            }
        }
        return in;
    }

    // ---- helpers ------------------------------------------------------------------------------

    private void add(FindingKind kind, String subject, SubjectKind subjectKind, String message, Map<String, String> data) {
        findings.add(finding(kind, subject, subjectKind, message, data));
    }

    private static Finding finding(FindingKind kind, String subject, SubjectKind subjectKind, String message, Map<String, String> data) {
        return new Finding(kind, kind.severity(), subject, subjectKind, message, data);
    }

    /** A probability to the contract's 1e-6, always with a decimal point (1.0, 0.95). */
    static String probability(double p) {
        String text = Precision.decimal(Precision.probability(p), 6);
        // a whole number (not NaN or Infinity) gets its ".0"
        return text.indexOf('.') < 0 && Character.isDigit(text.charAt(text.length() - 1)) ? text + ".0" : text;
    }
}
