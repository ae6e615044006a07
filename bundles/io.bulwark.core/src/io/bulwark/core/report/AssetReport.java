package io.bulwark.core.report;

/** An asset's worst negation over every threat aimed at it (1 when none is). */
public record AssetReport(String asset, double required, double worstNegation, String worstRaid, boolean covered) {
}
