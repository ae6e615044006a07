package io.bulwark.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

import com.google.gson.GsonBuilder;

import io.bulwark.dsl.validation.DiagnosticCodes;

/**
 * {@code bulwark check --format gitlab}: a GitLab Code Quality report (the {@code codequality} artifact of a job),
 * a JSON array of {@code description}, {@code check_name} (the code), {@code fingerprint} (the SARIF output's,
 * stable when lines move), {@code severity} and {@code location} ({@code path}, {@code lines.begin}). Severities:
 * a syntax error is {@code blocker} (the file cannot be read), another error {@code major}, a warning
 * {@code minor}, a note {@code info}.
 */
final class GitLabCodeQuality {

    private GitLabCodeQuality() {
    }

    /** The report; an accepted issue is {@code info} and its description gives the reason. */
    static String render(List<ScenarioWorkspace.FileIssues> files, Map<Issue, String> accepted) {
        List<Object> entries = new ArrayList<>();
        SarifReport.Fingerprints fingerprints = new SarifReport.Fingerprints();
        for (ScenarioWorkspace.FileIssues file : files) {
            String path = SarifReport.displayPath(file.file());
            String uri = SarifReport.artifactUri(file.file());
            for (Issue issue : file.issues()) {
                String code = String.valueOf(issue.getCode());
                Map<String, Object> entry = new LinkedHashMap<>();
                String reason = accepted.get(issue);
                entry.put("description", issue.getMessage() + (reason != null ? " (accepted: " + reason + ")" : ""));
                entry.put("check_name", code);
                entry.put("fingerprint", fingerprints.next(DiagnosticCodes.of(issue.getCode()).id(), uri, issue));
                entry.put("severity", reason != null ? "info" : severity(issue));
                Map<String, Object> location = new LinkedHashMap<>();
                location.put("path", path);
                location.put("lines", Map.of("begin", issue.getLineNumber() == null || issue.getLineNumber() < 1 ? 1 : issue.getLineNumber()));
                entry.put("location", location);
                entries.add(entry);
            }
        }
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(entries) + "\n";
    }

    private static String severity(Issue issue) {
        if (issue.getSeverity() == Severity.ERROR) {
            return issue.isSyntaxError() ? "blocker" : "major";
        }
        return issue.getSeverity() == Severity.WARNING ? "minor" : "info";
    }
}
