package io.bulwark.study;

import java.io.Serializable;
import java.util.List;

import io.bulwark.core.report.AssetReport;
import io.bulwark.core.report.CoverageReport;

/** A number computed from every variant's coverage report. */
public record Objective(Kind kind, List<String> assets, int findingKind) implements Serializable {

    public enum Kind {
        WORST_NEGATION("worst-negation"), ASSETS_COVERED("assets-covered"), INTERCEPTORS_SPENT("interceptors-spent"), FINDINGS("findings");

        private final String literal;

        Kind(String literal) {
            this.literal = literal;
        }

        public String literal() {
            return literal;
        }
    }

    public Objective {
        assets = List.copyOf(assets);
    }

    /** The column name, e.g. objective.worst-negation.Seoul.Busan or objective.findings.6 (no characters Parquet refuses). */
    public String name() {
        return "objective." + switch (kind) {
            case WORST_NEGATION -> kind.literal() + (assets.isEmpty() ? "" : "." + String.join(".", assets));
            case FINDINGS -> kind.literal() + "." + findingKind;
            default -> kind.literal();
        };
    }

    /** Whether larger is better (for the report's ranking and Pareto front). */
    public boolean maximized() {
        return kind == Kind.WORST_NEGATION || kind == Kind.ASSETS_COVERED;
    }

    public double of(CoverageReport report) {
        return switch (kind) {
            case WORST_NEGATION -> report.assets().stream().filter(a -> assets.isEmpty() || assets.contains(a.asset()))
                    .mapToDouble(AssetReport::worstNegation).min().orElse(1);
            case ASSETS_COVERED -> report.assets().stream().filter(AssetReport::covered).count();
            case INTERCEPTORS_SPENT -> report.interceptorsSpent();
            case FINDINGS -> report.findings().stream().filter(f -> f.kind().number() == findingKind).count();
        };
    }
}
