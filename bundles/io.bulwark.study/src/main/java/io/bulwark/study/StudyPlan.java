package io.bulwark.study;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import io.bulwark.core.analysis.AnalysisOptions;
import io.bulwark.core.analysis.CoverageAnalyzer;
import io.bulwark.core.finding.Finding;
import io.bulwark.core.report.AssetReport;
import io.bulwark.core.report.CoverageReport;
import io.bulwark.core.scenario.InvalidScenarioException;
import io.bulwark.core.scenario.Scenario;

/**
 * A compiled study: the base scenario (with the study's additions and removals) and the dimensions of its cross
 * product. Variant i is a pure function of i ({@link #variant(long)}), so any worker can make any variant without the
 * others; the last axis varies fastest, then the Monte Carlo sample.
 */
public record StudyPlan(String name, Scenario base, List<Axis> axes, MonteCarlo monteCarlo, List<Objective> objectives,
        List<String> requiredCovered) implements Serializable {

    /** The number of finding kinds counted in every row (the coverage model's eight). */
    public static final int FINDING_KINDS = 8;

    public StudyPlan {
        axes = List.copyOf(axes);
        objectives = List.copyOf(objectives);
        requiredCovered = List.copyOf(requiredCovered);
    }

    /** The number of variants; ArithmeticException when it does not fit a long. */
    public long variantCount() {
        long count = monteCarlo == null ? 1 : monteCarlo.samples();
        for (Axis axis : axes) {
            count = Math.multiplyExact(count, axis.size());
        }
        return count;
    }

    /** The columns of a results row, in order. */
    public List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.whole("variant"));
        for (Axis axis : axes) {
            columns.addAll(axis.columns());
        }
        if (monteCarlo != null) {
            columns.addAll(monteCarlo.columns());
        }
        for (Objective objective : objectives) {
            columns.add(Column.number(objective.name()));
        }
        columns.add(Column.flag("feasible"));
        for (int k = 1; k <= FINDING_KINDS; k++) {
            columns.add(Column.whole("findings." + k));
        }
        columns.add(Column.text("codes"));
        columns.add(Column.text("error"));
        return columns;
    }

    /** The scenario of variant {@code index}; its parameter values are appended to {@code values}. */
    public Scenario variant(long index, List<Object> values) {
        int samples = monteCarlo == null ? 1 : monteCarlo.samples();
        long combination = index / samples;
        int[] choice = new int[axes.size()];
        for (int a = axes.size() - 1; a >= 0; a--) {
            choice[a] = (int) (combination % axes.get(a).size());
            combination /= axes.get(a).size();
        }
        Scenario s = base;
        for (int a = 0; a < axes.size(); a++) {
            s = axes.get(a).apply(s, choice[a]);
            values.addAll(axes.get(a).values(choice[a]));
        }
        if (monteCarlo != null) {
            s = monteCarlo.apply(s, (int) (index % samples), values);
        }
        return s;
    }

    /** The results row of variant {@code index}: parameters, objectives, feasibility, finding counts and codes. */
    public Object[] row(long index) {
        List<Object> values = new ArrayList<>();
        values.add(index);
        String error = "";
        CoverageReport report = null;
        try {
            Scenario scenario = variant(index, values);
            report = new CoverageAnalyzer().analyze(scenario, options());
        } catch (InvalidScenarioException e) {
            error = e.getMessage();
        }
        int parameters = columns().size() - objectives.size() - FINDING_KINDS - 3;
        while (values.size() < parameters) {
            values.add(null); // the variant could not be made: its remaining parameters are unknown
        }
        long[] counts = new long[FINDING_KINDS];
        TreeSet<String> codes = new TreeSet<>();
        boolean feasible = false;
        if (report != null) {
            for (Objective objective : objectives) {
                values.add(objective.of(report));
            }
            for (Finding finding : report.findings()) {
                counts[finding.kind().number() - 1]++;
                codes.add(finding.code());
            }
            feasible = report.assets().stream().filter(a -> requiredCovered.contains(a.asset())).allMatch(AssetReport::covered);
        } else {
            for (int o = 0; o < objectives.size(); o++) {
                values.add(null);
            }
        }
        values.add(feasible);
        for (long count : counts) {
            values.add(count);
        }
        values.add(String.join(" ", codes));
        values.add(error);
        return values.toArray();
    }

    /** One thread per variant (the engine runs variants in parallel); single points of failure only if counted. */
    private AnalysisOptions options() {
        boolean spof = objectives.stream().anyMatch(o -> o.kind() == Objective.Kind.FINDINGS && o.findingKind() == 7);
        return new AnalysisOptions(1, spof);
    }

    @Override
    public String toString() {
        return name + " " + Arrays.toString(axes.stream().map(Axis::size).toArray());
    }
}
