package io.bulwark.core.report;

/** An asset against a raid aimed at it: the worst (lowest) negation over the raid's threats. */
public record AssetRaidReport(String asset, String raid, double negation, double required, int worstThreatIndex, boolean covered) {
}
