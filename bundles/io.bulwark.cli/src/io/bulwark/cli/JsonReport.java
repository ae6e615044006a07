package io.bulwark.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

import com.google.gson.GsonBuilder;

import io.bulwark.core.report.CoverageReport;
import io.bulwark.dsl.validation.CoverageService;
import io.bulwark.model.bulwark.Model;

/** The JSON output of {@code bulwark check --format json}; docs/report-schema.md documents it. */
final class JsonReport {

    static final String SCHEMA_VERSION = "1.0";

    private JsonReport() {
    }

    static String render(ScenarioWorkspace workspace, List<ScenarioWorkspace.FileIssues> files) {
        CoverageService coverage = workspace.languageInjector().getInstance(CoverageService.class);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", SCHEMA_VERSION);
        List<Object> fileEntries = new ArrayList<>();
        List<Object> scenarios = new ArrayList<>();
        int errors = 0;
        int warnings = 0;
        for (ScenarioWorkspace.FileIssues file : files) {
            List<Object> issues = new ArrayList<>();
            boolean fileHasErrors = false;
            for (Issue issue : file.issues()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("code", issue.getCode());
                entry.put("severity", issue.getSeverity().name().toLowerCase());
                entry.put("line", issue.getLineNumber());
                entry.put("column", issue.getColumn());
                entry.put("message", issue.getMessage());
                entry.put("data", issue.getData() == null ? List.of() : List.of(issue.getData()));
                issues.add(entry);
                if (issue.getSeverity() == Severity.ERROR) {
                    errors++;
                    fileHasErrors |= issue.getCode() == null || !issue.getCode().startsWith("BULWARK-COV-");
                } else if (issue.getSeverity() == Severity.WARNING) {
                    warnings++;
                }
            }
            Map<String, Object> fileEntry = new LinkedHashMap<>();
            fileEntry.put("path", file.file().toString());
            fileEntry.put("issues", issues);
            fileEntries.add(fileEntry);
            if (!fileHasErrors && file.resource().getResourceSet() != null) {
                for (EObject content : file.resource().getContents()) {
                    if (content instanceof Model model && model.getScenario() != null) {
                        CoverageReport report = coverage.analyse(model.getScenario()).report();
                        Map<String, Object> scenario = new LinkedHashMap<>();
                        scenario.put("path", file.file().toString());
                        scenario.put("report", report);
                        scenarios.add(scenario);
                    }
                }
            }
        }
        root.put("files", fileEntries);
        root.put("scenarios", scenarios);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("files", files.size());
        summary.put("errors", errors);
        summary.put("warnings", warnings);
        root.put("summary", summary);
        return new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(root) + "\n";
    }
}
