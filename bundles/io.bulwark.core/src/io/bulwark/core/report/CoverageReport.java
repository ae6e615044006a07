package io.bulwark.core.report;

import java.util.List;

import io.bulwark.core.finding.Finding;

/** The verdict on a scenario: per threat, per asset and raid, per asset, and the findings in a stable order. */
public record CoverageReport(String scenario, String assumptions, List<ThreatReport> threats, List<AssetRaidReport> assetRaids,
        List<AssetReport> assets, List<Finding> findings) {

    /** The one-line statement of the model's simplifications that every report carries. */
    public static final String ASSUMPTIONS = "Static coverage: Keplerian vacuum arcs over a spherical non-rotating Earth "
            + "(R 6371 km), no boost phase or drag; 4/3-Earth radar horizon; kinematic interceptor envelopes with average "
            + "fly-out speed; independent shots.";

    public CoverageReport {
        threats = List.copyOf(threats);
        assetRaids = List.copyOf(assetRaids);
        assets = List.copyOf(assets);
        findings = List.copyOf(findings);
    }
}
