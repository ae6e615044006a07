package io.bulwark.cli;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.validation.Issue;

import com.google.gson.GsonBuilder;

import io.bulwark.dsl.validation.DiagnosticCodes;
import io.bulwark.dsl.validation.IssueData;

/**
 * SARIF 2.1.0 output ({@code bulwark check --format sarif}) for GitHub code scanning and other SARIF
 * viewers: every rule with its help, results located by file and region, and fingerprints that survive
 * edits elsewhere in the file (they name the element, not the line).
 */
final class SarifReport {

    static final String FINGERPRINT_KEY = "bulwarkElement/v1";

    private SarifReport() {
    }

    /**
     * The SARIF log; with a baseline's {@code unchanged} issues (null without one) each result has its baselineState;
     * an accepted issue is suppressed in source with its reason as the justification.
     */
    static String render(List<ScenarioWorkspace.FileIssues> files, Set<Issue> unchanged, Map<Issue, String> accepted) {
        Map<String, Integer> ruleIndex = new HashMap<>();
        List<Object> ruleEntries = new ArrayList<>();
        for (DiagnosticCodes.Code rule : DiagnosticCodes.all()) {
            ruleIndex.put(rule.id(), ruleEntries.size());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", rule.id());
            entry.put("name", rule.name());
            entry.put("shortDescription", Map.of("text", rule.description()));
            entry.put("fullDescription", Map.of("text", rule.description()));
            Map<String, Object> help = new LinkedHashMap<>();
            help.put("text", rule.help());
            help.put("markdown", rule.help());
            entry.put("help", help);
            entry.put("defaultConfiguration", Map.of("level", defaultLevel(rule)));
            ruleEntries.add(entry);
        }

        List<Object> artifacts = new ArrayList<>();
        List<Object> results = new ArrayList<>();
        Fingerprints fingerprints = new Fingerprints();
        for (ScenarioWorkspace.FileIssues file : files) {
            String uri = artifactUri(file.file());
            int artifactIndex = artifacts.size();
            Map<String, Object> artifactLocation = new LinkedHashMap<>();
            artifactLocation.put("uri", uri);
            artifacts.add(ordered("location", artifactLocation, "mimeType", "text/x-bulwark"));
            for (Issue issue : file.issues()) {
                DiagnosticCodes.Code rule = DiagnosticCodes.of(issue.getCode());
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("ruleId", rule.id());
                result.put("ruleIndex", ruleIndex.get(rule.id()));
                result.put("level", level(issue));
                result.put("message", Map.of("text", issue.getMessage()));
                Map<String, Object> location = new LinkedHashMap<>();
                Map<String, Object> physical = new LinkedHashMap<>();
                Map<String, Object> artifact = new LinkedHashMap<>();
                artifact.put("uri", uri);
                artifact.put("index", artifactIndex);
                physical.put("artifactLocation", artifact);
                physical.put("region", region(issue));
                location.put("physicalLocation", physical);
                String element = element(issue);
                if (element != null) {
                    location.put("logicalLocations", List.of(ordered("fullyQualifiedName", element, "kind", "element")));
                }
                result.put("locations", List.of(location));
                result.put("partialFingerprints", Map.of(FINGERPRINT_KEY, fingerprints.next(rule.id(), uri, issue)));
                if (accepted.containsKey(issue)) {
                    result.put("suppressions", List.of(ordered("kind", "inSource", "justification", accepted.get(issue))));
                }
                if (unchanged != null) {
                    result.put("baselineState", unchanged.contains(issue) ? "unchanged" : "new");
                }
                Map<String, String> data = IssueData.of(issue);
                if (!data.isEmpty()) {
                    result.put("properties", Map.of("data", data));
                }
                results.add(result);
            }
        }

        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "Bulwark");
        driver.put("semanticVersion", BulwarkCommand.VERSION);
        driver.put("rules", ruleEntries);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("artifacts", artifacts);
        run.put("results", results);
        run.put("columnKind", "unicodeCodePoints");
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        root.put("runs", List.of(run));
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
    }

    /** The level of a code that comes with several severities is its most severe. */
    /** Two entries in this order: {@code Map.of} iterates in an order that changes from one run to the next. */
    private static Map<String, Object> ordered(String key1, Object value1, String key2, Object value2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(key1, value1);
        map.put(key2, value2);
        return map;
    }

    private static String defaultLevel(DiagnosticCodes.Code rule) {
        return rule.severity().startsWith("error") ? "error" : rule.severity().startsWith("warning") ? "warning" : "note";
    }

    private static String level(Issue issue) {
        return switch (issue.getSeverity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            default -> "note";
        };
    }

    /** Xtext's lines and columns are 1-based; SARIF's end column is exclusive. */
    private static Map<String, Object> region(Issue issue) {
        int startLine = positive(issue.getLineNumber());
        int startColumn = positive(issue.getColumn());
        int endLine = Math.max(startLine, positive(issue.getLineNumberEnd()));
        int endColumn = issue.getColumnEnd() == null ? startColumn + Math.max(1, length(issue)) : issue.getColumnEnd();
        if (endLine == startLine && endColumn <= startColumn) {
            endColumn = startColumn + 1;
        }
        Map<String, Object> region = new LinkedHashMap<>();
        region.put("startLine", startLine);
        region.put("startColumn", startColumn);
        region.put("endLine", endLine);
        region.put("endColumn", endColumn);
        return region;
    }

    private static int length(Issue issue) {
        return issue.getLength() == null ? 0 : issue.getLength();
    }

    private static int positive(Integer value) {
        return value == null || value < 1 ? 1 : value;
    }

    /** The element's name-based URI fragment: stable when other elements move. */
    private static String element(Issue issue) {
        return issue.getUriToProblem() == null ? null : issue.getUriToProblem().fragment();
    }

    /** Relative to the working folder when the file is below it (code scanning wants repository paths). */
    static String artifactUri(Path file) {
        String relative = workingRelative(file);
        try {
            if (relative != null) {
                return new java.net.URI(null, null, relative, null).toASCIIString();
            }
        } catch (URISyntaxException e) {
            // falls through to the absolute file URI
        }
        return file.toAbsolutePath().normalize().toUri().toASCIIString();
    }

    /** The file's path below the working folder with {@code /} separators, or null when it lies elsewhere. */
    static String workingRelative(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path base = Path.of("").toAbsolutePath();
        return absolute.startsWith(base) ? base.relativize(absolute).toString().replace('\\', '/') : null;
    }

    /** The path CI tools show for a file: below the working folder relative to it, else absolute. */
    static String displayPath(Path file) {
        String relative = workingRelative(file);
        return relative != null ? relative : file.toAbsolutePath().normalize().toString();
    }

    /**
     * Identities of issues that survive edits elsewhere in the file: SHA-256 of rule, file and element (not
     * the line); the n-th issue of the same rule on the same element gets n in its identity.
     */
    static final class Fingerprints {
        private final Map<String, Integer> counts = new HashMap<>();

        String next(String ruleId, String uri, Issue issue) {
            String element = element(issue);
            String identity = ruleId + "|" + uri + "|" + (element != null ? element : issue.getMessage());
            int occurrence = counts.merge(identity, 1, Integer::sum);
            return sha256(identity + "|" + occurrence);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
