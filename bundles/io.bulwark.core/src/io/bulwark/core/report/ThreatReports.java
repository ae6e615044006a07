package io.bulwark.core.report;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntUnaryOperator;

/**
 * The threat reports of an analysis, each built when read: a report carries a track per radar and an engagement per
 * battery, so that all of them at once (100,000 threats x 200 batteries) outgrow any heap, while a written report
 * details at most {@link CoverageReport#MAX_LISTED_THREATS}. A threat's raid, index and negation, and where given its arc
 * and the batteries that allocate it interceptors, come without building its report. Threats of a raid are consecutive,
 * in the report's order.
 */
public final class ThreatReports extends AbstractList<ThreatReport> implements RandomAccess {

    private final int size;
    private final IntFunction<ThreatReport> report;
    private final IntFunction<String> raid;
    private final IntUnaryOperator index;
    private final IntToDoubleFunction negation;
    private final IntSupplier interceptorsSpent;
    private final IntFunction<TrajectorySummary> trajectory;
    private final IntFunction<List<String>> engagingBatteries;
    /** Each raid's threats: from, to (exclusive); made when first asked for. */
    private volatile Map<String, int[]> ranges;

    /** The interceptors spent, each threat's arc and its engaging batteries read from the reports. */
    public ThreatReports(int size, IntFunction<ThreatReport> report, IntFunction<String> raid, IntUnaryOperator index,
            IntToDoubleFunction negation) {
        this(size, report, raid, index, negation, null, null, null);
    }

    /**
     * @param interceptorsSpent  the interceptors allocated to all threats, or null to add them up from the reports
     * @param trajectory         a threat's arc as its report gives it, or null to read it from the report
     * @param engagingBatteries  the batteries that allocate a threat interceptors, in battery order, or null to read them
     *                           from the report
     */
    public ThreatReports(int size, IntFunction<ThreatReport> report, IntFunction<String> raid, IntUnaryOperator index,
            IntToDoubleFunction negation, IntSupplier interceptorsSpent, IntFunction<TrajectorySummary> trajectory,
            IntFunction<List<String>> engagingBatteries) {
        this.size = size;
        this.report = report;
        this.raid = raid;
        this.index = index;
        this.negation = negation;
        this.interceptorsSpent = interceptorsSpent;
        this.trajectory = trajectory;
        this.engagingBatteries = engagingBatteries;
    }

    @Override
    public ThreatReport get(int threat) {
        return report.apply(Objects.checkIndex(threat, size));
    }

    @Override
    public int size() {
        return size;
    }

    public String raid(int threat) {
        return raid.apply(Objects.checkIndex(threat, size));
    }

    public int index(int threat) {
        return index.applyAsInt(Objects.checkIndex(threat, size));
    }

    public double negation(int threat) {
        return negation.applyAsDouble(Objects.checkIndex(threat, size));
    }

    /** Threat {@code threat}'s arc ({@link ThreatReport#trajectory()}). */
    public TrajectorySummary trajectory(int threat) {
        Objects.checkIndex(threat, size);
        return trajectory != null ? trajectory.apply(threat) : get(threat).trajectory();
    }

    /** The batteries that allocate threat {@code threat} interceptors, in battery order ({@link CoverageReport#engagingBatteriesOf}). */
    public List<String> engagingBatteries(int threat) {
        Objects.checkIndex(threat, size);
        return engagingBatteries != null ? engagingBatteries.apply(threat) : CoverageReport.engagingBatteriesIn(get(threat));
    }

    /** The interceptors allocated to all threats ({@link CoverageReport#interceptorsSpent()}). */
    public int interceptorsSpent() {
        return interceptorsSpent != null ? interceptorsSpent.getAsInt() : CoverageReport.allocatedIn(this);
    }

    /** The threats of a raid (none for an unknown raid), each report built when read. */
    public List<ThreatReport> ofRaid(String name) {
        Map<String, int[]> byRaid = ranges;
        if (byRaid == null) {
            byRaid = new HashMap<>();
            for (int t = 0; t < size; t++) {
                int from = t;
                byRaid.computeIfAbsent(raid(t), k -> new int[] { from, from })[1] = t + 1;
            }
            ranges = byRaid;
        }
        int[] range = byRaid.get(name);
        return range == null ? List.of() : subList(range[0], range[1]);
    }
}
