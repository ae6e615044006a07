package io.bulwark.dsl.validation;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

import io.bulwark.core.report.CoverageReport;
import io.bulwark.model.bulwark.Scenario;
import io.bulwark.model.mapping.MappedScenario;

/**
 * The coverage analysis of one scenario, as every consumer reads it (validator, command line, Coverage view, hovers,
 * diagrams): analysed, not analysable (the element and why), or failed inside the analysis (said, never thrown).
 */
public sealed interface AnalysedScenario {

    /** The scenario analysed. */
    Scenario scenario();

    /** The report and the mapping it ran on (the way back from a finding to its element). */
    record Analysed(Scenario scenario, MappedScenario mapped, CoverageReport report) implements AnalysedScenario {

        /** The element a finding is about (a force pair: the force that does not share), else the scenario. */
        public EObject elementOf(io.bulwark.core.finding.Finding finding) {
            return mapped.elementOf(finding).orElse(scenario);
        }
    }

    /**
     * The scenario cannot be analysed: its file has syntax or reference errors ({@code blockedByErrors}), or the
     * mapping or the core refuses a value, or it is larger than the limits. {@code element} is where to say it.
     */
    record NotAnalysable(Scenario scenario, EObject element, String reason, boolean blockedByErrors) implements AnalysedScenario {
    }

    /** The analysis itself failed (a defect): the reason names the failure, said once on the scenario. */
    record Failed(Scenario scenario, String reason) implements AnalysedScenario {
    }

    /** The analysed result, if the analysis ran. */
    default Optional<Analysed> analysed() {
        return this instanceof Analysed analysed ? Optional.of(analysed) : Optional.empty();
    }

    /** Why there is no report ("Coverage not analysed: ..."), or null when there is one. */
    default String problem() {
        return switch (this) {
            case Analysed a -> null;
            case NotAnalysable n -> "Coverage not analysed: " + n.reason();
            case Failed f -> "Coverage not analysed: " + f.reason();
        };
    }
}
