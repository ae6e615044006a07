package io.bulwark.design.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import io.bulwark.core.analysis.AnalysisOptions;
import io.bulwark.core.analysis.CoverageAnalyzer;
import io.bulwark.core.finding.Finding;
import io.bulwark.core.report.AssetRaidReport;
import io.bulwark.core.report.CoverageReport;
import io.bulwark.core.scenario.InvalidScenarioException;
import io.bulwark.model.bulwark.Asset;
import io.bulwark.model.bulwark.Battery;
import io.bulwark.model.bulwark.Force;
import io.bulwark.model.bulwark.Radar;
import io.bulwark.model.bulwark.Raid;
import io.bulwark.model.bulwark.Region;
import io.bulwark.model.bulwark.Scenario;
import io.bulwark.model.mapping.IncompleteModelException;
import io.bulwark.model.mapping.ScenarioMapper;

/**
 * What the diagrams need from one coverage analysis of a scenario, by element kind and name: which findings concern
 * which element, their messages, and the probability of negation of every (asset, raid) pair.
 *
 * <p>{@link #of(Scenario)} maps the EMF scenario to the core's records and memoises the analysis on them: the
 * records are values (Java records over lists), so equal input means an equal report and any edit that changes
 * the input misses the memo. A handful of recent inputs are kept, so undo and switching between two diagrams stay
 * fast; nothing else is cached, and no EMF object is held.
 */
public final class CoverageState {

    /** Finding kinds of the coverage model (coverage-model.md, "what the validator flags"). */
    public static final int BELOW_REQUIRED_NEGATION = 1;
    public static final int NO_ENGAGEMENT = 2;
    public static final int UNREACHABLE_BATTERY = 3;
    public static final int IDLE_RADAR = 4;
    public static final int NO_SHARING_PATH = 5;
    public static final int INVENTORY_SHORTFALL = 6;
    public static final int SINGLE_POINT_OF_FAILURE = 7;

    private static final int MEMO_SIZE = 8;

    private static final Map<io.bulwark.core.scenario.Scenario, CoverageState> MEMO = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<io.bulwark.core.scenario.Scenario, CoverageState> eldest) {
            return size() > MEMO_SIZE;
        }
    };

    private static final CoverageState NO_SCENARIO = new CoverageState("the element is not inside a scenario");

    private final String problem;
    private final Set<String> flagged = new LinkedHashSet<>();
    private final Map<String, List<String>> messages = new LinkedHashMap<>();
    private final Map<String, Double> negations = new LinkedHashMap<>();

    private CoverageState(String problem) {
        this.problem = problem;
    }

    /** The coverage of {@code scenario}, analysed now or remembered from an equal input. */
    public static CoverageState of(Scenario scenario) {
        if (scenario == null) {
            return NO_SCENARIO;
        }
        io.bulwark.core.scenario.Scenario input;
        try {
            input = ScenarioMapper.map(scenario).scenario();
        } catch (IncompleteModelException e) {
            return new CoverageState(e.getMessage());
        }
        synchronized (MEMO) {
            CoverageState known = MEMO.get(input);
            if (known != null) {
                return known;
            }
        }
        CoverageState state = analyse(input);
        synchronized (MEMO) {
            MEMO.put(input, state);
        }
        return state;
    }

    private static CoverageState analyse(io.bulwark.core.scenario.Scenario input) {
        CoverageReport report;
        try {
            report = new CoverageAnalyzer().analyze(input, AnalysisOptions.DEFAULT);
        } catch (InvalidScenarioException e) {
            return new CoverageState(e.getMessage());
        }
        CoverageState state = new CoverageState(null);
        for (Finding finding : report.findings()) {
            String subjectKind = finding.subjectKind().name().toLowerCase(Locale.ROOT);
            state.flagged.add(key(finding.kind().number(), subjectKind, finding.subject()));
            state.messages.computeIfAbsent(subjectKind + "\u0000" + finding.subject(), k -> new ArrayList<>()).add(finding.message());
        }
        for (AssetRaidReport pair : report.assetRaids()) {
            state.negations.put(pair(pair.asset(), pair.raid()), pair.negation());
        }
        return state;
    }

    /** Whether the analysis ran. */
    public boolean analysed() {
        return problem == null;
    }

    /** Why the analysis did not run, or null when it did. */
    public String problem() {
        return problem;
    }

    /** Whether a finding of {@code kind} concerns the element of that subject kind and name. */
    public boolean has(int kind, String subjectKind, String name) {
        return flagged.contains(key(kind, subjectKind, name));
    }

    /** The messages of the findings about the element, in report order. */
    public List<String> messages(String subjectKind, String name) {
        return List.copyOf(messages.getOrDefault(subjectKind + "\u0000" + name, List.of()));
    }

    /** The probability of negation of the raid's worst threat at the asset, or null when not known. */
    public Double negation(String asset, String raid) {
        return negations.get(pair(asset, raid));
    }

    /** Rule 9 of the coverage model: the negation rounded to 1e-6 is strictly below the requirement. */
    public static boolean below(double negation, double required) {
        return BigDecimal.valueOf(negation).setScale(6, RoundingMode.HALF_UP).doubleValue() < required;
    }

    /** The subject kind of a finding about {@code element}, as the mapping names it ("radar", "asset"...). */
    public static String kindOf(EObject element) {
        return switch (element) {
            case Asset a -> "asset";
            case Raid r -> "raid";
            case Battery b -> "battery";
            case Radar r -> "radar";
            case Region r -> "region";
            case Force f -> "force";
            case null, default -> "";
        };
    }

    static String pair(String asset, String raid) {
        return asset + "\u0000" + raid;
    }

    private static String key(int kind, String subjectKind, String name) {
        return kind + "\u0000" + subjectKind + "\u0000" + name;
    }
}
