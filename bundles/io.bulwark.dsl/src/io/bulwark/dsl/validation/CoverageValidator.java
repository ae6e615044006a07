package io.bulwark.dsl.validation;

import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import com.google.inject.Inject;

import io.bulwark.core.finding.Finding;
import io.bulwark.core.scenario.InvalidScenarioException;
import io.bulwark.model.bulwark.BulwarkPackage;
import io.bulwark.model.bulwark.Scenario;
import io.bulwark.model.mapping.IncompleteModelException;
import io.bulwark.model.mapping.MappedScenario;

/**
 * Runs the intercept-coverage analysis on each scenario and attaches every finding to the element
 * it concerns: the finding's code is the issue code, its numbers are in the message and its data
 * is the issue data ("key=value"), so markers, quick fixes and reports read the same object.
 * A scenario with syntax or reference errors gets one warning saying why the analysis did not run, not a cascade; one
 * that the mapping or the core refuses gets an error (a warning when another error of the file says why).
 */
public class CoverageValidator extends AbstractDeclarativeValidator {

    private static final BulwarkPackage B = BulwarkPackage.eINSTANCE;

    @Inject
    private CoverageService coverage;

    @Override
    public void register(EValidatorRegistrar registrar) {
        // composed into BulwarkValidator (@ComposedChecks), not registered on its own
    }

    @Check(CheckType.NORMAL)
    public void checkCoverage(Scenario scenario) {
        Resource resource = scenario.eResource();
        if (resource != null && !resource.getErrors().isEmpty()) {
            warning("Coverage not analysed: fix the " + resource.getErrors().size() + " syntax or reference error"
                    + (resource.getErrors().size() == 1 ? "" : "s") + " of this file first", scenario, B.getNamed_Name(),
                    IssueCodes.COVERAGE_NOT_RUN);
            return;
        }
        CoverageService.Result result;
        try {
            result = coverage.analyse(scenario);
        } catch (IncompleteModelException e) {
            notAnalysed(e.getMessage(), e.element() != null && e.element().eResource() == resource ? e.element() : scenario);
            return;
        } catch (InvalidScenarioException e) {
            notAnalysed(e.getMessage(), scenario);
            return;
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            // A failure of the analysis itself: left to Xtext, it would be logged with its stack trace on the console and
            // become an issue without position, coded with an EClass's toString(). Said once, on the scenario, instead.
            error("Coverage not analysed: internal error of the analysis (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", scenario, B.getNamed_Name(), IssueCodes.COVERAGE_NOT_RUN);
            return;
        }
        for (Finding finding : result.report().findings()) {
            attach(finding, result.mapped(), scenario);
        }
    }

    /**
     * The analysis refused the scenario: an error on the element concerned, so that a scenario that was not analysed never
     * passes. Where another check already reports why at its token, {@link BulwarkResourceValidator} makes it a warning.
     */
    private void notAnalysed(String reason, EObject element) {
        error("Coverage not analysed: " + reason, element, element.eClass().getEStructuralFeature("name"), IssueCodes.COVERAGE_NOT_RUN);
    }

    private void attach(Finding finding, MappedScenario mapped, Scenario scenario) {
        EObject subject = subjectOf(finding, mapped).orElse(scenario);
        String[] data = finding.data().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        String code = finding.kind().code();
        switch (finding.severity()) {
            case ERROR -> error(finding.message(), subject, B.getNamed_Name(), code, data);
            case WARNING -> warning(finding.message(), subject, B.getNamed_Name(), code, data);
            case INFO -> info(finding.message(), subject, B.getNamed_Name(), code, data);
        }
    }

    /** The element a finding is about; a force pair (kind 5) is shown on the force that does not share. */
    private static Optional<EObject> subjectOf(Finding finding, MappedScenario mapped) {
        Map<String, String> data = finding.data();
        return switch (finding.subjectKind()) {
            case ASSET -> mapped.element("asset", finding.subject());
            case RAID -> mapped.element("raid", finding.subject());
            case BATTERY -> mapped.element("battery", finding.subject());
            case RADAR -> mapped.element("radar", finding.subject());
            case REGION -> mapped.element("region", finding.subject());
            case FORCE_PAIR -> mapped.element("force", data.getOrDefault("fromForce", ""));
        };
    }
}
