package io.bulwark.cli;

import java.util.List;
import java.util.Map;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/**
 * {@code bulwark check --format github}: one GitHub Actions workflow command per issue,
 * {@code ::error file=F,line=L,endLine=L,col=C,endColumn=C,title=CODE::message}, which a job's log turns into an
 * annotation on the file's line. Levels: error, warning, notice. Values are escaped as the Actions toolkit does:
 * {@code %}, CR and LF in the message; also {@code :} and {@code ,} in the properties.
 */
final class GitHubAnnotations {

    private GitHubAnnotations() {
    }

    /** The annotations; an accepted issue is a notice that gives its reason. */
    static String render(List<ScenarioWorkspace.FileIssues> files, Map<Issue, String> accepted) {
        StringBuilder out = new StringBuilder();
        for (ScenarioWorkspace.FileIssues file : files) {
            String path = SarifReport.displayPath(file.file());
            for (Issue issue : file.issues()) {
                int line = positive(issue.getLineNumber());
                int column = positive(issue.getColumn());
                String reason = accepted.get(issue);
                out.append("::").append(reason != null ? "notice" : level(issue.getSeverity()))
                        .append(" file=").append(property(path))
                        .append(",line=").append(line)
                        .append(",endLine=").append(Math.max(line, positive(issue.getLineNumberEnd())))
                        .append(",col=").append(column);
                if (issue.getColumnEnd() != null && issue.getColumnEnd() > column) {
                    out.append(",endColumn=").append(issue.getColumnEnd());
                }
                out.append(",title=").append(property(String.valueOf(issue.getCode())))
                        .append("::").append(data(issue.getMessage() + (reason != null ? " (accepted: " + reason + ")" : ""))).append('\n');
            }
        }
        return out.toString();
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            default -> "notice";
        };
    }

    private static int positive(Integer value) {
        return value == null || value < 1 ? 1 : value;
    }

    /** The message after {@code ::}. */
    static String data(String text) {
        return String.valueOf(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value: the message's escapes and the property separators. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
