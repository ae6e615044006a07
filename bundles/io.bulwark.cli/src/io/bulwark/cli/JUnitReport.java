package io.bulwark.cli;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import io.bulwark.core.finding.Finding;
import io.bulwark.core.finding.SubjectKind;
import io.bulwark.core.report.AssetRaidReport;
import io.bulwark.core.report.AssetReport;
import io.bulwark.core.report.CoverageReport;
import io.bulwark.core.report.Decimals;

/**
 * JUnit XML ({@code bulwark check --format junit}) so that CI dashboards show coverage as tests: per file a
 * suite with a "validation" case; per scenario a case per asset and per raid (failed when not covered, the
 * failure's message with the reasons), and a case per other element that has a finding. Warnings and notes
 * stay visible to every consumer: each is a {@code <property name="warning|note">} and a line of the system-out
 * of its element's case; with {@code --fail-on warning} a warning also fails the case ({@code type="warning"}).
 * A finding accepted by a {@code bulwark:accept} comment or unchanged from the {@code --baseline} does not fail its
 * case: it is a {@code <property name="accepted|unchanged">}, and a case whose every reason is such a finding is
 * {@code <skipped>} with the reason (never passed silently). No times: the output depends on the model only.
 */
final class JUnitReport {

    private JUnitReport() {
    }

    /**
     * The report; {@code unchanged} (the issues in the baseline) and {@code accepted} (each with its reason) do not
     * fail their cases, as they do not count for the exit code.
     */
    static String render(List<ScenarioWorkspace.FileIssues> files, boolean warningsFail, Set<Issue> unchanged, Map<Issue, String> accepted) {
        Document document;
        try {
            document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the platform's XML parser is not configured", e);
        }
        Element suites = document.createElement("testsuites");
        suites.setAttribute("name", "bulwark");
        document.appendChild(suites);
        int tests = 0;
        int failures = 0;
        int errors = 0;
        int skipped = 0;
        for (ScenarioWorkspace.FileIssues file : files) {
            Suite suite = new Suite(file.coverage() == null ? file.file().toString()
                    : file.coverage().report().scenario() + " (" + file.file() + ")");
            Excuses excuses = new Excuses(file.issues(), unchanged, accepted);
            Case validation = suite.testCase(file.file().toString(), "validation");
            List<Issue> modelErrors = file.issues().stream().filter(ScenarioWorkspace::isModelError).toList();
            List<Issue> counted = modelErrors.stream().filter(i -> excuses.of(i) == null).toList();
            if (!counted.isEmpty()) {
                validation.problem = "error";
                validation.message = Tally.count(counted.size(), "error") + (counted.size() == 1 ? " stops" : " stop")
                        + " the coverage analysis";
                validation.details = counted.stream().map(JUnitReport::line).collect(Collectors.joining("\n"));
            } else if (!modelErrors.isEmpty()) {
                validation.skip(Tally.count(modelErrors.size(), "error") + " ("
                        + modelErrors.stream().map(excuses::of).distinct().collect(Collectors.joining("; ")) + ")");
            }
            for (Issue issue : file.issues()) {
                boolean finding = ScenarioWorkspace.isFinding(issue);
                if (excuses.of(issue) != null && !finding) {
                    validation.excused(excuses.of(issue), line(issue));
                } else if (!finding && issue.getSeverity() != Severity.ERROR) {
                    validation.remark(issue.getSeverity() == Severity.WARNING, line(issue));
                }
            }
            if (file.coverage() != null) {
                addCoverage(suite, file.coverage().report(), excuses);
            }
            suites.appendChild(suite.toXml(document, warningsFail));
            tests += suite.cases.size();
            failures += suite.count("failure");
            errors += suite.count("error");
            skipped += (int) suite.cases.values().stream().filter(c -> c.problem == null && c.skipped != null).count();
        }
        suites.setAttribute("tests", Integer.toString(tests));
        suites.setAttribute("failures", Integer.toString(failures));
        suites.setAttribute("errors", Integer.toString(errors));
        suites.setAttribute("skipped", Integer.toString(skipped));
        return serialize(document);
    }

    private static String line(Issue issue) {
        return issue.getLineNumber() + ":" + issue.getColumn() + " " + issue.getCode() + " " + issue.getMessage();
    }

    private static void addCoverage(Suite suite, CoverageReport report, Excuses excuses) {
        String scenario = report.scenario();
        // each element's error findings and uncovered pairs, gathered in one pass each, in report order
        Map<String, List<Finding>> assetReasons = new HashMap<>();
        // a raid's reasons: its own findings and those of the assets it attacks (they name the raid in their data)
        Map<String, List<Finding>> raidReasons = new HashMap<>();
        for (Finding finding : report.findings()) {
            if (finding.severity() != io.bulwark.core.finding.Severity.ERROR) {
                continue;
            }
            if (finding.subjectKind() == SubjectKind.ASSET) {
                assetReasons.computeIfAbsent(finding.subject(), a -> new ArrayList<>()).add(finding);
            }
            String raid = finding.subjectKind() == SubjectKind.RAID ? finding.subject() : finding.data().get("raid");
            if (raid != null) {
                raidReasons.computeIfAbsent(raid, r -> new ArrayList<>()).add(finding);
            }
        }
        Map<String, List<AssetRaidReport>> uncoveredByRaid = report.assetRaids().stream().filter(r -> !r.covered())
                .collect(Collectors.groupingBy(AssetRaidReport::raid));
        for (AssetReport asset : report.assets()) {
            Case test = suite.testCase(scenario + ".asset", asset.asset());
            if (!asset.covered()) {
                String[] negation = Decimals.distinct(asset.worstNegation(), asset.required(), 6);
                test.fail(String.format(Locale.ROOT, "%s: worst negation %s < required %s (raid %s)", asset.asset(), negation[0],
                        negation[1], asset.worstRaid()), assetReasons.getOrDefault(asset.asset(), List.of()), excuses);
            }
        }
        for (String raid : IntStream.range(0, report.threats().size()).mapToObj(report::raidOf).distinct().toList()) {
            Case test = suite.testCase(scenario + ".raid", raid);
            List<AssetRaidReport> uncovered = uncoveredByRaid.getOrDefault(raid, List.of());
            List<Finding> reasons = raidReasons.getOrDefault(raid, List.of());
            if (!uncovered.isEmpty() || !reasons.isEmpty()) {
                String message = uncovered.isEmpty() ? raid + ": not engaged" : uncovered.stream()
                        .map(r -> {
                            String[] negation = Decimals.distinct(r.negation(), r.required(), 6);
                            return String.format(Locale.ROOT, "%s: negation %s < required %s at %s (threat %d)", raid, negation[0],
                                    negation[1], r.asset(), r.worstThreatIndex());
                        })
                        .collect(Collectors.joining("; "));
                test.fail(message, reasons, excuses);
            }
        }
        for (Finding finding : report.findings()) {
            Case test = suite.testCase(scenario + "." + finding.subjectKind().name().toLowerCase(Locale.ROOT), finding.subject());
            String line = line(finding);
            if (finding.severity() != io.bulwark.core.finding.Severity.ERROR) {
                if (excuses.of(finding) != null) {
                    test.excused(excuses.of(finding), line);
                } else {
                    test.remark(finding.severity() == io.bulwark.core.finding.Severity.WARNING, line);
                }
            } else if (test.problem == null && test.skipped == null) {
                test.fail(line, List.of(finding), excuses);
            }
        }
    }

    private static String line(Finding finding) {
        return finding.code() + " " + finding.message();
    }

    /**
     * Why an issue or finding of a file does not count: {@code accepted: REASON} or {@code unchanged: in the baseline};
     * null when it counts. A finding is its issue: same code and message.
     */
    private static final class Excuses {
        private final Map<Issue, String> byIssue = new IdentityHashMap<>();
        private final Map<String, String> byFinding = new HashMap<>();

        Excuses(List<Issue> issues, Set<Issue> unchanged, Map<Issue, String> accepted) {
            for (Issue issue : issues) {
                String excuse = accepted.containsKey(issue) ? "accepted: " + accepted.get(issue)
                        : unchanged.contains(issue) ? "unchanged: in the baseline" : null;
                if (excuse != null) {
                    byIssue.put(issue, excuse);
                    byFinding.put(issue.getCode() + "\n" + issue.getMessage(), excuse);
                }
            }
        }

        String of(Issue issue) {
            return byIssue.get(issue);
        }

        String of(Finding finding) {
            return byFinding.get(finding.code() + "\n" + finding.message());
        }
    }

    /** A test case while it is being collected: at most one failure or error, and its warnings and notes. */
    private static final class Case {
        final String className;
        final String name;
        String problem;
        String message;
        String details;
        /** Why the case is skipped: its every reason to fail is accepted or in the baseline. */
        String skipped;
        final List<String> warnings = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        /** "accepted: REASON" or "unchanged: in the baseline", then the finding's line. */
        final List<String[]> excused = new ArrayList<>();

        Case(String className, String name) {
            this.className = className;
            this.name = name;
        }

        /**
         * A failure whose message carries its reasons (the first line of each), so a dashboard shows why; the
         * reasons accepted or in the baseline are properties instead, and when they are all the reasons, the case
         * is skipped with them.
         */
        void fail(String summary, List<Finding> reasons, Excuses excuses) {
            List<String> counted = new ArrayList<>();
            for (Finding reason : reasons) {
                if (excuses.of(reason) != null) {
                    excused(excuses.of(reason), line(reason));
                } else {
                    counted.add(line(reason));
                }
            }
            if (!reasons.isEmpty() && counted.isEmpty()) {
                skip(summary + " (" + excused.stream().map(e -> e[0]).distinct().collect(Collectors.joining("; ")) + ")");
                return;
            }
            String joined = String.join("\n", counted);
            problem = "failure";
            message = joined.isEmpty() ? summary : summary + ": " + joined.replace("\n", "; ");
            details = joined.isEmpty() ? summary : joined;
        }

        void skip(String why) {
            skipped = why;
        }

        void excused(String excuse, String line) {
            excused.add(new String[] { excuse, line });
        }

        void remark(boolean warning, String line) {
            (warning ? warnings : notes).add(line);
        }

        Element toXml(Document document, boolean warningsFail) {
            Element test = document.createElement("testcase");
            test.setAttribute("classname", Escapes.xml(className));
            test.setAttribute("name", Escapes.xml(name));
            if (!warnings.isEmpty() || !notes.isEmpty() || !excused.isEmpty()) {
                Element properties = document.createElement("properties");
                warnings.forEach(w -> properties.appendChild(property(document, "warning", w)));
                notes.forEach(n -> properties.appendChild(property(document, "note", n)));
                // name: accepted or unchanged; value: the finding, then why it does not count
                excused.forEach(e -> properties.appendChild(property(document, e[0].substring(0, e[0].indexOf(':')),
                        e[1] + " (" + e[0] + ")")));
                test.appendChild(properties);
            }
            if (problem == null && warningsFail && !warnings.isEmpty()) {
                problem = "failure";
                message = Tally.count(warnings.size(), "warning") + ": " + String.join("; ", warnings);
                details = String.join("\n", warnings);
                Element failure = problem(document, "warning");
                test.appendChild(failure);
            } else if (problem != null) {
                test.appendChild(problem(document, problem.equals("error") ? "validation" : "coverage"));
            } else if (skipped != null) {
                Element skip = document.createElement("skipped");
                skip.setAttribute("message", Escapes.xml(skipped));
                skip.setTextContent(Escapes.xml(excused.stream().map(e -> e[1] + " (" + e[0] + ")").collect(Collectors.joining("\n"))));
                test.appendChild(skip);
            }
            if (!warnings.isEmpty() || !notes.isEmpty()) {
                Element out = document.createElement("system-out");
                List<String> lines = new ArrayList<>();
                warnings.forEach(w -> lines.add("warning " + w));
                notes.forEach(n -> lines.add("note " + n));
                out.setTextContent(Escapes.xml(String.join("\n", lines)));
                test.appendChild(out);
            }
            return test;
        }

        private Element problem(Document document, String type) {
            Element element = document.createElement(problem);
            element.setAttribute("message", Escapes.xml(message));
            element.setAttribute("type", type);
            element.setTextContent(Escapes.xml(details));
            return element;
        }

        private static Element property(Document document, String name, String value) {
            Element property = document.createElement("property");
            property.setAttribute("name", name);
            property.setAttribute("value", Escapes.xml(value));
            return property;
        }
    }

    private static final class Suite {
        final String name;
        final Map<String, Case> cases = new LinkedHashMap<>();

        Suite(String name) {
            this.name = name;
        }

        /** The case of an element, made on first use. */
        Case testCase(String className, String caseName) {
            return cases.computeIfAbsent(className + "\u0000" + caseName, key -> new Case(className, caseName));
        }

        Element toXml(Document document, boolean warningsFail) {
            Element element = document.createElement("testsuite");
            element.setAttribute("name", Escapes.xml(name));
            List<Element> tests = new ArrayList<>();
            for (Case test : cases.values()) {
                tests.add(test.toXml(document, warningsFail));
            }
            element.setAttribute("tests", Integer.toString(cases.size()));
            element.setAttribute("failures", Integer.toString(count("failure")));
            element.setAttribute("errors", Integer.toString(count("error")));
            element.setAttribute("skipped", Integer.toString((int) cases.values().stream().filter(c -> c.problem == null && c.skipped != null).count()));
            tests.forEach(element::appendChild);
            return element;
        }

        /** Cases that ended with this problem; after {@link #toXml}, which decides the warning failures. */
        int count(String problem) {
            return (int) cases.values().stream().filter(c -> problem.equals(c.problem)).count();
        }
    }

    private static String serialize(Document document) {
        try {
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString() + "\n";
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot serialize the JUnit report", e);
        }
    }
}
