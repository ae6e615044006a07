package io.bulwark.cli;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.eclipse.xtext.validation.Issue;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import io.bulwark.core.finding.Finding;
import io.bulwark.core.finding.SubjectKind;
import io.bulwark.core.report.AssetRaidReport;
import io.bulwark.core.report.AssetReport;
import io.bulwark.core.report.CoverageReport;
import io.bulwark.core.report.Decimals;
import io.bulwark.core.report.ThreatReport;

/**
 * JUnit XML ({@code bulwark check --format junit}) so that CI dashboards show coverage as tests: per file a
 * suite with a "validation" case; per scenario a case per asset and per raid (failed when not covered), and
 * a case per other element that has an error finding. Warnings go to the suite's system-out. No times:
 * the output depends on the model only.
 */
final class JUnitReport {

    private JUnitReport() {
    }

    static String render(List<ScenarioWorkspace.FileIssues> files) {
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
        for (ScenarioWorkspace.FileIssues file : files) {
            Suite suite = new Suite(document, file.coverage() == null ? file.file().toString()
                    : file.coverage().report().scenario() + " (" + file.file() + ")");
            Element validation = suite.testCase(file.file().toString(), "validation");
            List<Issue> modelErrors = file.issues().stream().filter(ScenarioWorkspace::isModelError).toList();
            if (!modelErrors.isEmpty()) {
                suite.error(validation, modelErrors.size() + " errors stop the coverage analysis",
                        modelErrors.stream().map(i -> i.getLineNumber() + ":" + i.getColumn() + " " + i.getCode() + " " + i.getMessage())
                                .collect(Collectors.joining("\n")));
            }
            if (file.coverage() != null) {
                addCoverage(suite, file.coverage().report());
            }
            suites.appendChild(suite.element);
            tests += suite.tests;
            failures += suite.failures;
            errors += suite.errors;
        }
        suites.setAttribute("tests", Integer.toString(tests));
        suites.setAttribute("failures", Integer.toString(failures));
        suites.setAttribute("errors", Integer.toString(errors));
        return serialize(document);
    }

    private static void addCoverage(Suite suite, CoverageReport report) {
        String scenario = report.scenario();
        for (AssetReport asset : report.assets()) {
            Element test = suite.testCase(scenario + ".asset", asset.asset());
            if (!asset.covered()) {
                String[] negation = Decimals.distinct(asset.worstNegation(), asset.required(), 6);
                suite.failure(test, String.format(Locale.ROOT, "%s: worst negation %s < required %s (raid %s)", asset.asset(), negation[0],
                        negation[1], asset.worstRaid()), details(report, SubjectKind.ASSET, asset.asset()));
            }
        }
        for (String raid : report.threats().stream().map(ThreatReport::raid).distinct().toList()) {
            Element test = suite.testCase(scenario + ".raid", raid);
            List<AssetRaidReport> uncovered = report.assetRaids().stream().filter(r -> r.raid().equals(raid) && !r.covered()).toList();
            String raidErrors = details(report, SubjectKind.RAID, raid);
            if (!uncovered.isEmpty() || !raidErrors.isEmpty()) {
                String message = uncovered.isEmpty() ? raid + ": not engaged" : uncovered.stream()
                        .map(r -> {
                            String[] negation = Decimals.distinct(r.negation(), r.required(), 6);
                            return String.format(Locale.ROOT, "%s: negation %s < required %s at %s (threat %d)", raid, negation[0],
                                    negation[1], r.asset(), r.worstThreatIndex());
                        })
                        .collect(Collectors.joining("; "));
                suite.failure(test, message, raidErrors);
            }
        }
        for (Finding finding : report.findings()) {
            if (finding.severity() == io.bulwark.core.finding.Severity.ERROR && finding.subjectKind() != SubjectKind.ASSET
                    && finding.subjectKind() != SubjectKind.RAID) {
                Element test = suite.testCase(scenario + "." + finding.subjectKind().name().toLowerCase(Locale.ROOT), finding.subject());
                suite.failure(test, finding.code() + " " + finding.message(), finding.message());
            }
        }
        String notes = report.findings().stream().filter(f -> f.severity() != io.bulwark.core.finding.Severity.ERROR)
                .map(f -> f.severity().name().toLowerCase(Locale.ROOT) + " " + f.code() + " " + f.subject() + ": " + f.message())
                .collect(Collectors.joining("\n"));
        if (!notes.isEmpty()) {
            Element out = suite.document.createElement("system-out");
            out.setTextContent(Escapes.xml(notes));
            suite.element.appendChild(out);
        }
    }

    /** The error findings about one element, a line each. */
    private static String details(CoverageReport report, SubjectKind kind, String subject) {
        return report.findings().stream()
                .filter(f -> f.subjectKind() == kind && f.subject().equals(subject) && f.severity() == io.bulwark.core.finding.Severity.ERROR)
                .map(f -> f.code() + " " + f.message()).collect(Collectors.joining("\n"));
    }

    private static final class Suite {
        final Document document;
        final Element element;
        int tests;
        int failures;
        int errors;

        Suite(Document document, String name) {
            this.document = document;
            this.element = document.createElement("testsuite");
            element.setAttribute("name", Escapes.xml(name));
        }

        Element testCase(String className, String name) {
            Element test = document.createElement("testcase");
            test.setAttribute("classname", Escapes.xml(className));
            test.setAttribute("name", Escapes.xml(name));
            element.appendChild(test);
            tests++;
            update();
            return test;
        }

        void failure(Element test, String message, String details) {
            test.appendChild(problem("failure", message, details));
            failures++;
            update();
        }

        void error(Element test, String message, String details) {
            test.appendChild(problem("error", message, details));
            errors++;
            update();
        }

        private Element problem(String tag, String message, String details) {
            Element problem = document.createElement(tag);
            problem.setAttribute("message", Escapes.xml(message));
            problem.setAttribute("type", tag.equals("error") ? "validation" : "coverage");
            problem.setTextContent(Escapes.xml(details.isEmpty() ? message : details));
            return problem;
        }

        private void update() {
            element.setAttribute("tests", Integer.toString(tests));
            element.setAttribute("failures", Integer.toString(failures));
            element.setAttribute("errors", Integer.toString(errors));
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
