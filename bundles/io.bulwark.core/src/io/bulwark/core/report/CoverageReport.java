package io.bulwark.core.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.bulwark.core.finding.Finding;

/** The verdict on a scenario: per threat, per asset and raid, per asset, and the findings in a stable order. */
public record CoverageReport(String scenario, String assumptions, List<ThreatReport> threats, List<AssetRaidReport> assetRaids,
        List<AssetReport> assets, List<Finding> findings) {

    /** The one-line statement of the model's simplifications that every report carries. */
    public static final String ASSUMPTIONS = "Static coverage: Keplerian vacuum arcs over a spherical non-rotating Earth "
            + "(R 6371 km), no boost phase or drag; 4/3-Earth radar horizon; kinematic interceptor envelopes with average "
            + "fly-out speed; independent shots.";

    /**
     * The most threats a written report details (the JSON report; the HTML report's timelines): each threat carries a
     * track per radar and an engagement per battery, so that 100,000 threats made reports of hundreds of megabytes from
     * a file of a few lines.
     */
    public static final int MAX_LISTED_THREATS = 1_000;

    public CoverageReport {
        threats = threats instanceof ThreatReports ? threats : List.copyOf(threats);
        assetRaids = List.copyOf(assetRaids);
        assets = List.copyOf(assets);
        findings = List.copyOf(findings);
    }

    /** Threat {@code t}'s raid, without building its report when the reports are built when read. */
    public String raidOf(int t) {
        return threats instanceof ThreatReports lazy ? lazy.raid(t) : threats.get(t).raid();
    }

    /** Threat {@code t}'s index in its raid (from 1), without building its report when the reports are built when read. */
    public int indexOf(int t) {
        return threats instanceof ThreatReports lazy ? lazy.index(t) : threats.get(t).index();
    }

    /** Threat {@code t}'s probability of negation, without building its report when the reports are built when read. */
    public double negationOf(int t) {
        return threats instanceof ThreatReports lazy ? lazy.negation(t) : threats.get(t).negation();
    }

    /** Threat {@code t}'s arc, without building its report when the reports are built when read. */
    public TrajectorySummary trajectoryOf(int t) {
        return threats instanceof ThreatReports lazy ? lazy.trajectory(t) : threats.get(t).trajectory();
    }

    /**
     * The batteries that allocate threat {@code t} interceptors, in battery order (as its report lists its engagements),
     * without building its report when the reports are built when read.
     */
    public List<String> engagingBatteriesOf(int t) {
        return threats instanceof ThreatReports lazy ? lazy.engagingBatteries(t) : engagingBatteriesIn(threats.get(t));
    }

    static List<String> engagingBatteriesIn(ThreatReport threat) {
        return threat.engagements().stream().filter(e -> e.allocatedShots() > 0).map(BatteryEngagement::battery).toList();
    }

    /**
     * Every raid with threats, by name in the report's order, as the raid tables show it ({@link RaidSummary}), without
     * building a threat report when the reports are built when read.
     */
    public Map<String, RaidSummary> raidSummaries() {
        Map<String, TrajectorySummary> arcs = new LinkedHashMap<>();
        Map<String, Double> worst = new HashMap<>();
        Map<String, Set<String>> engaging = new HashMap<>();
        for (int t = 0; t < threats.size(); t++) {
            String raid = raidOf(t);
            int threat = t;
            arcs.computeIfAbsent(raid, r -> trajectoryOf(threat));
            worst.merge(raid, negationOf(t), Math::min);
            engaging.computeIfAbsent(raid, r -> new LinkedHashSet<>()).addAll(engagingBatteriesOf(t));
        }
        Map<String, RaidSummary> summaries = new LinkedHashMap<>();
        arcs.forEach((raid, arc) -> summaries.put(raid, new RaidSummary(raid, arc, worst.get(raid), List.copyOf(engaging.get(raid)))));
        return Collections.unmodifiableMap(summaries);
    }

    /** The interceptors allocated to all threats, after inventory, without building their reports when they are built when read. */
    public int interceptorsSpent() {
        return threats instanceof ThreatReports lazy ? lazy.interceptorsSpent() : allocatedIn(threats);
    }

    static int allocatedIn(List<ThreatReport> threats) {
        return threats.stream().flatMap(t -> t.engagements().stream()).mapToInt(BatteryEngagement::allocatedShots).sum();
    }

    /** The threats of a raid, in order (none for an unknown raid). */
    public List<ThreatReport> threatsOf(String raid) {
        return threats instanceof ThreatReports lazy ? lazy.ofRaid(raid) : threats.stream().filter(t -> t.raid().equals(raid)).toList();
    }

    /**
     * This report detailing at most {@code max} threats: the worst threat of every asset and raid (the one its verdict
     * stands on) first, then the others in report order; the listed threats keep the report order. The verdicts,
     * assets and findings are those of the whole analysis. Only the listed threats' reports are built.
     */
    public CoverageReport listingAtMost(int max) {
        if (threats.size() <= max) {
            return this;
        }
        boolean[] listed = listed(max);
        List<ThreatReport> kept = new ArrayList<>(max);
        for (int t = 0; t < threats.size(); t++) {
            if (listed[t]) {
                kept.add(threats.get(t));
            }
        }
        return new CoverageReport(scenario, assumptions, kept, assetRaids, assets, findings);
    }

    /**
     * The raids of the threats that {@link #listingAtMost} lists, without building a threat's report (a report read sweeps
     * its raid's arc again).
     */
    public Set<String> listedRaids(int max) {
        boolean[] listed = threats.size() <= max ? null : listed(max);
        Set<String> raids = new HashSet<>();
        for (int t = 0; t < threats.size(); t++) {
            if (listed == null || listed[t]) {
                raids.add(raidOf(t));
            }
        }
        return raids;
    }

    /** Which threats a listing of at most {@code max} of them lists: the worst of every asset and raid, then the others in order. */
    private boolean[] listed(int max) {
        Set<String> worst = new HashSet<>();
        for (AssetRaidReport pair : assetRaids) {
            worst.add(pair.raid() + "\u0000" + pair.worstThreatIndex());
        }
        boolean[] listed = new boolean[threats.size()];
        int count = 0;
        for (int t = 0; t < threats.size() && count < max; t++) {
            if (worst.contains(raidOf(t) + "\u0000" + indexOf(t))) {
                listed[t] = true;
                count++;
            }
        }
        for (int t = 0; t < threats.size() && count < max; t++) {
            if (!listed[t]) {
                listed[t] = true;
                count++;
            }
        }
        return listed;
    }
}
