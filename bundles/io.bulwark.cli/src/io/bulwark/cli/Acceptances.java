package io.bulwark.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Issue;

import io.bulwark.dsl.validation.IssueCodes;

/**
 * Accepted findings: a comment line {@code // bulwark:accept CODE "reason"} directly above an element (in the
 * block of comment lines that ends at it) accepts that element's issues of that code. Accepted issues are still
 * reported, with their reason, and do not count towards the exit code; an acceptance that matches no issue is a
 * warning at its line, so that none outlives its finding unnoticed.
 */
final class Acceptances {

    static final Pattern ACCEPT = Pattern.compile("^\\s*//\\s*bulwark:accept\\s+(\\S+)\\s+\"([^\"]*)\"\\s*$");

    /** The issues as checked, plus the stale acceptances as warnings, and the reason of each accepted issue. */
    record Result(List<ScenarioWorkspace.FileIssues> files, Map<Issue, String> accepted) {
    }

    private record Acceptance(int line, int column, String code, String reason) {
    }

    private Acceptances() {
    }

    static Result apply(List<ScenarioWorkspace.FileIssues> files) {
        Map<Issue, String> accepted = new IdentityHashMap<>();
        List<ScenarioWorkspace.FileIssues> result = new ArrayList<>();
        for (ScenarioWorkspace.FileIssues file : files) {
            String[] lines = file.resource().getParseResult() == null ? new String[0]
                    : file.resource().getParseResult().getRootNode().getText().split("\r?\n|\r", -1);
            Map<Integer, Acceptance> byLine = new LinkedHashMap<>();
            for (int i = 0; i < lines.length; i++) {
                Matcher matcher = ACCEPT.matcher(lines[i]);
                if (matcher.matches()) {
                    byLine.put(i + 1, new Acceptance(i + 1, lines[i].indexOf("//") + 1, matcher.group(1), matcher.group(2)));
                }
            }
            if (byLine.isEmpty()) {
                result.add(file);
                continue;
            }
            List<Acceptance> used = new ArrayList<>();
            for (Issue issue : file.issues()) {
                int elementLine = elementLine(file, issue);
                // the comment lines directly above the element
                for (int line = elementLine - 1; line >= 1 && lines[line - 1].trim().startsWith("//"); line--) {
                    Acceptance acceptance = byLine.get(line);
                    if (acceptance != null && acceptance.code().equals(issue.getCode())) {
                        accepted.put(issue, acceptance.reason());
                        used.add(acceptance);
                        break;
                    }
                }
            }
            List<Issue> issues = new ArrayList<>(file.issues());
            for (Acceptance acceptance : byLine.values()) {
                if (!used.contains(acceptance)) {
                    issues.add(stale(file, acceptance));
                }
            }
            issues.sort(Comparator.comparing((Issue i) -> i.getLineNumber() == null ? 0 : i.getLineNumber())
                    .thenComparing(i -> i.getColumn() == null ? 0 : i.getColumn()));
            result.add(new ScenarioWorkspace.FileIssues(file.file(), file.resource(), Collections.unmodifiableList(issues), file.coverage()));
        }
        return new Result(result, accepted);
    }

    /** The first line of the issue's element without its leading comments, else the issue's line. */
    private static int elementLine(ScenarioWorkspace.FileIssues file, Issue issue) {
        if (issue.getUriToProblem() != null && issue.getUriToProblem().fragment() != null) {
            EObject element = file.resource().getEObject(issue.getUriToProblem().fragment());
            ICompositeNode node = element == null ? null : NodeModelUtils.findActualNodeFor(element);
            if (node != null) {
                return node.getStartLine();
            }
        }
        return issue.getLineNumber() == null ? 0 : issue.getLineNumber();
    }

    private static Issue stale(ScenarioWorkspace.FileIssues file, Acceptance acceptance) {
        Issue.IssueImpl issue = new Issue.IssueImpl();
        issue.setSeverity(Severity.WARNING);
        issue.setCode(IssueCodes.STALE_ACCEPTANCE);
        issue.setLineNumber(acceptance.line());
        issue.setLineNumberEnd(acceptance.line());
        issue.setColumn(acceptance.column());
        issue.setMessage("bulwark:accept " + acceptance.code() + " matches no finding of the element below it; remove it ("
                + "\"" + acceptance.reason() + "\")");
        issue.setUriToProblem(file.resource().getURI());
        return issue;
    }
}
