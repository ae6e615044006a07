package io.bulwark.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.validation.Issue;

import com.google.gson.GsonBuilder;

import io.bulwark.core.report.CoverageReport;
import io.bulwark.dsl.validation.IssueData;

/** The JSON output of {@code bulwark check --format json}; docs/report-schema.md documents it. */
final class JsonReport {

    /** The schema's version (docs/report-schema.md): its major part changes when a field changes its meaning or type. */
    static final String SCHEMA_VERSION = "2.0";

    private JsonReport() {
    }

    static String render(List<ScenarioWorkspace.FileIssues> files, Tally tally) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", SCHEMA_VERSION);
        List<Object> fileEntries = new ArrayList<>();
        List<Object> scenarios = new ArrayList<>();
        for (ScenarioWorkspace.FileIssues file : files) {
            List<Object> issues = new ArrayList<>();
            for (Issue issue : file.issues()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("code", issue.getCode());
                entry.put("severity", issue.getSeverity().name().toLowerCase());
                entry.put("line", issue.getLineNumber());
                entry.put("column", issue.getColumn());
                entry.put("message", issue.getMessage());
                entry.put("data", IssueData.of(issue));
                issues.add(entry);
            }
            Map<String, Object> fileEntry = new LinkedHashMap<>();
            fileEntry.put("path", file.file().toString());
            fileEntry.put("issues", issues);
            fileEntries.add(fileEntry);
            if (file.coverage() != null) {
                Map<String, Object> scenario = new LinkedHashMap<>();
                scenario.put("path", file.file().toString());
                CoverageReport report = file.coverage().report();
                if (report.threats().size() > CoverageReport.MAX_LISTED_THREATS) {
                    scenario.put("threatsListed", CoverageReport.MAX_LISTED_THREATS);
                    scenario.put("threatsTotal", report.threats().size());
                }
                scenario.put("report", report.listingAtMost(CoverageReport.MAX_LISTED_THREATS));
                scenarios.add(scenario);
            }
        }
        root.put("files", fileEntries);
        root.put("scenarios", scenarios);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("files", tally.files());
        summary.put("errors", tally.errors());
        summary.put("warnings", tally.warnings());
        summary.put("notes", tally.notes());
        summary.put("unchanged", tally.unchanged());
        summary.put("accepted", tally.accepted());
        root.put("summary", summary);
        return new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(root) + "\n";
    }
}
