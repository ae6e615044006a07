package io.bulwark.dsl.validation;

import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import com.google.inject.Inject;

import io.bulwark.core.finding.Finding;
import io.bulwark.model.bulwark.BulwarkPackage;
import io.bulwark.model.bulwark.Scenario;

/**
 * Attaches every finding of the scenario's analysis ({@link CoverageService}) to the element it concerns: the finding's
 * code is the issue code, its numbers are in the message and its data is the issue data ({@link IssueData}), so
 * markers, quick fixes and reports read the same object. A scenario with syntax or reference errors gets one warning
 * saying why the analysis did not run, not a cascade; one that the mapping or the core refuses gets an error (a warning
 * when another error of the file says why).
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
        switch (coverage.analyse(scenario)) {
            case AnalysedScenario.Analysed analysed -> {
                for (Finding finding : analysed.report().findings()) {
                    attach(finding, analysed);
                }
            }
            case AnalysedScenario.NotAnalysable(var s, var element, var reason, var blockedByErrors) -> {
                if (blockedByErrors) {
                    warning("Coverage not analysed: " + reason, element, B.getNamed_Name(), IssueCodes.COVERAGE_NOT_RUN);
                } else {
                    // an error, so that a scenario that was not analysed never passes; BulwarkResourceValidator makes it a
                    // warning where another check already says why at its token
                    error("Coverage not analysed: " + reason, element, element.eClass().getEStructuralFeature("name"),
                            IssueCodes.COVERAGE_NOT_RUN);
                }
            }
            case AnalysedScenario.Failed failed -> error(failed.problem(), scenario, B.getNamed_Name(), IssueCodes.COVERAGE_NOT_RUN);
        }
    }

    private void attach(Finding finding, AnalysedScenario.Analysed analysed) {
        var subject = analysed.elementOf(finding);
        String[] data = IssueData.format(finding.data());
        String code = finding.kind().code();
        switch (finding.severity()) {
            case ERROR -> error(finding.message(), subject, B.getNamed_Name(), code, data);
            case WARNING -> warning(finding.message(), subject, B.getNamed_Name(), code, data);
            case INFO -> info(finding.message(), subject, B.getNamed_Name(), code, data);
        }
    }
}
