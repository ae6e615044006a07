package io.bulwark.dsl.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;

/**
 * The validation of a file as the command line, the language server and the IDE see it. "Coverage not analysed" is an
 * error only when it is the file's one reason to fail: next to another error (which says why at its token) it is a
 * warning, so that one fault is not reported twice as an error.
 */
public class BulwarkResourceValidator extends ResourceValidatorImpl {

    @Override
    public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator indicator) throws OperationCanceledError {
        List<Issue> issues = super.validate(resource, mode, indicator);
        boolean otherErrors = issues.stream().anyMatch(i -> i.getSeverity() == Severity.ERROR && !IssueCodes.COVERAGE_NOT_RUN.equals(i.getCode()));
        if (!otherErrors || issues.stream().noneMatch(BulwarkResourceValidator::notAnalysedError)) {
            return issues;
        }
        List<Issue> result = new ArrayList<>(issues.size());
        for (Issue issue : issues) {
            result.add(notAnalysedError(issue) ? asWarning(issue) : issue);
        }
        return result;
    }

    private static boolean notAnalysedError(Issue issue) {
        return issue.getSeverity() == Severity.ERROR && IssueCodes.COVERAGE_NOT_RUN.equals(issue.getCode());
    }

    private static Issue asWarning(Issue issue) {
        Issue.IssueImpl warning = new Issue.IssueImpl();
        warning.setSeverity(Severity.WARNING);
        warning.setMessage(issue.getMessage());
        warning.setCode(issue.getCode());
        warning.setType(issue.getType());
        warning.setData(issue.getData());
        warning.setUriToProblem(issue.getUriToProblem());
        warning.setOffset(issue.getOffset());
        warning.setLength(issue.getLength());
        warning.setLineNumber(issue.getLineNumber());
        warning.setColumn(issue.getColumn());
        warning.setLineNumberEnd(issue.getLineNumberEnd());
        warning.setColumnEnd(issue.getColumnEnd());
        warning.setSyntaxError(issue.isSyntaxError());
        return warning;
    }
}
