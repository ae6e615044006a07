package io.bulwark.dsl.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

/**
 * Accepted findings: a comment line {@code // bulwark:accept CODE "reason"} directly above an element (in the
 * block of comment lines that ends at it) accepts that element's issues of that code. Accepted issues are still
 * reported, with their reason (the command line marks them, the IDE shows them greyed), and do not count towards
 * the exit code; an acceptance that matches no issue is a warning at its line, so that none outlives its finding
 * unnoticed. One rule for the command line and the IDE.
 */
public final class Acceptances {

    static final Pattern ACCEPT = Pattern.compile("^\\s*//\\s*bulwark:accept\\s+(\\S+)\\s+\"([^\"]*)\"\\s*$");

    /** The issues of a file, with a warning per stale acceptance, in line order; and the reason of each accepted issue. */
    public record Result(List<Issue> issues, Map<Issue, String> accepted) {
    }

    private record Acceptance(int line, int column, String code, String reason) {
    }

    private Acceptances() {
    }

    /** The acceptances of the file's text applied to its issues (as validated). */
    public static Result apply(XtextResource resource, List<Issue> issues) {
        String[] lines = resource.getParseResult() == null ? new String[0]
                : resource.getParseResult().getRootNode().getText().split("\r?\n|\r", -1);
        Map<Integer, Acceptance> byLine = new LinkedHashMap<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher matcher = ACCEPT.matcher(lines[i]);
            if (matcher.matches()) {
                byLine.put(i + 1, new Acceptance(i + 1, lines[i].indexOf("//") + 1, matcher.group(1), matcher.group(2)));
            }
        }
        if (byLine.isEmpty()) {
            return new Result(issues, Map.of());
        }
        Map<Issue, String> accepted = new IdentityHashMap<>();
        Set<Acceptance> used = new HashSet<>();
        for (Issue issue : issues) {
            int elementLine = elementLine(resource, issue);
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
        List<Issue> result = new ArrayList<>(issues);
        for (Acceptance acceptance : byLine.values()) {
            if (!used.contains(acceptance)) {
                result.add(stale(resource, acceptance));
            }
        }
        result.sort(Comparator.comparing((Issue i) -> i.getLineNumber() == null ? 0 : i.getLineNumber())
                .thenComparing(i -> i.getColumn() == null ? 0 : i.getColumn()));
        return new Result(Collections.unmodifiableList(result), accepted);
    }

    /** The first line of the issue's element without its leading comments, else the issue's line. */
    private static int elementLine(XtextResource resource, Issue issue) {
        if (issue.getUriToProblem() != null && issue.getUriToProblem().fragment() != null) {
            EObject element = resource.getEObject(issue.getUriToProblem().fragment());
            ICompositeNode node = element == null ? null : NodeModelUtils.findActualNodeFor(element);
            if (node != null) {
                return node.getStartLine();
            }
        }
        return issue.getLineNumber() == null ? 0 : issue.getLineNumber();
    }

    private static Issue stale(XtextResource resource, Acceptance acceptance) {
        Issue.IssueImpl issue = new Issue.IssueImpl();
        issue.setSeverity(Severity.WARNING);
        issue.setCode(IssueCodes.STALE_ACCEPTANCE);
        issue.setLineNumber(acceptance.line());
        issue.setLineNumberEnd(acceptance.line());
        issue.setColumn(acceptance.column());
        issue.setMessage("bulwark:accept " + acceptance.code() + " matches no finding of the element below it; remove it ("
                + "\"" + acceptance.reason() + "\")");
        issue.setUriToProblem(resource.getURI());
        return issue;
    }
}
