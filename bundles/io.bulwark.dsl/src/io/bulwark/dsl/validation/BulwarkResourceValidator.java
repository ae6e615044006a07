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
 * The validation of a file as the command line, the language server and the IDE see it. Every issue carries a code of
 * {@link DiagnosticCodes} (the framework's syntax and linking codes are translated here, the one place all three pass).
 * "Coverage not analysed" is an error only when it is the file's one reason to fail: next to another error (which says
 * why at its token) it is a warning, so that one fault is not reported twice as an error.
 */
public class BulwarkResourceValidator extends ResourceValidatorImpl {

    @Override
    public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator indicator) throws OperationCanceledError {
        List<Issue> issues = super.validate(resource, mode, indicator);
        boolean otherErrors = issues.stream().anyMatch(i -> i.getSeverity() == Severity.ERROR && !IssueCodes.COVERAGE_NOT_RUN.equals(i.getCode()));
        boolean demote = otherErrors && issues.stream().anyMatch(BulwarkResourceValidator::notAnalysedError);
        List<Issue> result = new ArrayList<>(issues.size());
        for (Issue issue : issues) {
            String code = DiagnosticCodes.userCode(issue.getCode(), issue.isSyntaxError());
            Severity severity = demote && notAnalysedError(issue) ? Severity.WARNING : issue.getSeverity();
            result.add(code.equals(issue.getCode()) && severity == issue.getSeverity() ? issue : copy(issue, severity, code));
        }
        return result;
    }

    private static boolean notAnalysedError(Issue issue) {
        return issue.getSeverity() == Severity.ERROR && IssueCodes.COVERAGE_NOT_RUN.equals(issue.getCode());
    }

    private static Issue copy(Issue issue, Severity severity, String code) {
        Issue.IssueImpl copy = new Issue.IssueImpl();
        copy.setSeverity(severity);
        copy.setMessage(issue.getMessage());
        copy.setCode(code);
        copy.setType(issue.getType());
        copy.setData(issue.getData());
        copy.setUriToProblem(issue.getUriToProblem());
        copy.setOffset(issue.getOffset());
        copy.setLength(issue.getLength());
        copy.setLineNumber(issue.getLineNumber());
        copy.setColumn(issue.getColumn());
        copy.setLineNumberEnd(issue.getLineNumberEnd());
        copy.setColumnEnd(issue.getColumnEnd());
        copy.setSyntaxError(issue.isSyntaxError());
        return copy;
    }
}
