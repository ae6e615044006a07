package io.bulwark.core.report;

import java.util.List;

/**
 * A raid as the reports' raid tables show it, read without building a threat report: its first threat's arc, the worst
 * probability of negation of its threats, and the batteries that allocate interceptors to any of them (in the order a
 * report's threats name them: by threat, then battery order).
 */
public record RaidSummary(String raid, TrajectorySummary trajectory, double worstNegation, List<String> engagingBatteries) {

    public RaidSummary {
        engagingBatteries = List.copyOf(engagingBatteries);
    }
}
