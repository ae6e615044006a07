package io.bulwark.core.report;

import java.util.List;

/** One threat (missile {@code index} of a raid, from 1): its arc, tracks, engagements and probability of negation. */
public record ThreatReport(String raid, int index, String targetAsset, TrajectorySummary trajectory, List<RadarTrack> radarTracks,
        List<BatteryEngagement> engagements, double negation) {

    public ThreatReport {
        radarTracks = List.copyOf(radarTracks);
        engagements = List.copyOf(engagements);
    }
}
