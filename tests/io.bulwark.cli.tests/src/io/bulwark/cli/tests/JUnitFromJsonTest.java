package io.bulwark.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code check --format junit} on seeded generated theatres says what the JSON report of the same theatre says: every
 * asset and raid case, its verdict, its failure message with the numbers and the error findings that explain it, and
 * every other element's findings, read from the JSON the plain way (a scan of the whole report per element). With the
 * theatre's own SARIF output as baseline, every case whose reasons are all in it is skipped instead.
 */
class JUnitFromJsonTest {

    private static final String UNCHANGED = "unchanged: in the baseline";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = { 7, 2026, 90210 })
    void theJUnitCasesAreTheJsonReportsVerdicts(long seed) throws Exception {
        Path theatre = theatre(seed);
        JsonObject json = json(theatre);
        Map<String, String> actual = junitCases(theatre);
        Map<String, String> expected = expectedCases(json, false);
        assertTrue(expected.values().stream().anyMatch(c -> c.startsWith("failure")), "the theatre has failing cases: " + expected);
        assertTrue(expected.values().stream().anyMatch(c -> c.startsWith("passed")), "the theatre has passing cases: " + expected);
        assertEquals(String.join("\n", lines(expected)), String.join("\n", lines(actual)));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = { 7, 2026 })
    void withItsOwnBaselineEveryCaseFailingForFindingsIsSkipped(long seed) throws Exception {
        Path theatre = theatre(seed);
        Path sarif = dir.resolve("baseline.sarif");
        Cli.run("check", "--format", "sarif", "-o", sarif.toString(), theatre.toString());
        JsonObject json = json(theatre);
        Map<String, String> actual = junitCases(theatre, "--baseline", sarif.toString());
        Map<String, String> expected = expectedCases(json, true);
        assertTrue(expected.values().stream().anyMatch(c -> c.startsWith("skipped")), "the theatre has skipped cases: " + expected);
        assertEquals(String.join("\n", lines(expected)), String.join("\n", lines(actual)));
    }

    /**
     * A folder with a catalog and a theatre of raids north of assets and batteries, all drawn from the seed; every
     * launch point within the missile's reach of every asset (at most 4 deg of latitude and 3 of longitude apart).
     */
    private Path theatre(long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        Path folder = dir.resolve("theatre");
        Cli.write(folder, "cat.bulwark", """
                package cat
                interceptor Upper { range 0 .. 200 km altitude 10 .. 150 km speed 3 km/s reaction 10 s pk 0.8 }
                interceptor Lower { range 0 .. 30 km altitude 0.5 .. 20 km speed 1.7 km/s reaction 8 s pk 0.8 }
                radar Surveillance { detects 1000 km at rcs 1 m2 sector 360 deg elevation 0 .. 90 deg track 5 s }
                missile SRBM { reach 600 km rcs 1 m2 }
                """);
        StringBuilder text = new StringBuilder("scenario Gen").append(seed).append("\nimport cat.*\n");
        text.append("force F0 nation \"Zero\"\nforce F1 nation \"One\"\nagreement A1 { F0 <-> F1 latency 2 s }\n");
        text.append(String.format(Locale.ROOT, "radar R0 : Surveillance { owner F0 at %s facing 0 deg }\n", point(random, 0, 3)));
        for (int b = 0; b < 6; b++) {
            text.append(String.format(Locale.ROOT, "battery B%d : %s { owner F%d at %s interceptors %d doctrine %s salvo %d }\n", b,
                    b % 3 == 2 ? "Lower" : "Upper", b % 2, point(random, 0, 3), 2 + random.nextInt(14),
                    random.nextBoolean() ? "shoot-shoot" : "shoot-look-shoot", 1 + random.nextInt(2)));
        }
        int assets = 10;
        for (int a = 0; a < assets; a++) {
            text.append(String.format(Locale.ROOT, "asset A%d at %s requires %.2f\n", a, point(random, 1, 3), 0.5 + 0.49 * random.nextDouble()));
        }
        for (int r = 0; r < 40; r++) {
            text.append(String.format(Locale.ROOT, "raid R%d : SRBM x %d from %s at A%d at T+%d s\n", r, 1 + random.nextInt(4),
                    point(random, 3.5, 5), random.nextInt(assets), random.nextInt(600)));
        }
        Cli.write(folder, "theatre.bulwark", text.toString());
        return folder;
    }

    private static String point(SplittableRandom random, double latFrom, double latTo) {
        return String.format(Locale.ROOT, "%.4f N, %.4f E", latFrom + (latTo - latFrom) * random.nextDouble(), 3 * random.nextDouble());
    }

    private JsonObject json(Path theatre) throws Exception {
        Path out = dir.resolve("report.json");
        Cli.run("check", "--format", "json", "-o", out.toString(), theatre.toString());
        return JsonParser.parseString(Files.readString(out)).getAsJsonObject();
    }

    /** The JUnit output's cases of the scenario (not the files' validation cases): "classname/name" -> verdict and properties. */
    private Map<String, String> junitCases(Path theatre, String... options) throws Exception {
        Path out = dir.resolve("junit.xml");
        List<String> args = new ArrayList<>(List.of("check", "--format", "junit", "-o", out.toString()));
        args.addAll(List.of(options));
        args.add(theatre.toString());
        Cli.run(args.toArray(String[]::new));
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile());
        Map<String, String> cases = new LinkedHashMap<>();
        NodeList nodes = document.getElementsByTagName("testcase");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element test = (Element) nodes.item(i);
            if (test.getAttribute("name").equals("validation")) {
                continue;
            }
            String verdict = "passed";
            List<String> properties = new ArrayList<>();
            for (Node child = test.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element element) {
                    switch (element.getTagName()) {
                        case "failure" -> verdict = "failure " + element.getAttribute("message") + "\n  details " + element.getTextContent();
                        case "skipped" -> verdict = "skipped " + element.getAttribute("message");
                        case "properties" -> {
                            NodeList list = element.getElementsByTagName("property");
                            for (int p = 0; p < list.getLength(); p++) {
                                Element property = (Element) list.item(p);
                                properties.add(property.getAttribute("name") + " " + property.getAttribute("value"));
                            }
                        }
                        default -> {
                        }
                    }
                }
            }
            cases.put(test.getAttribute("classname") + "/" + test.getAttribute("name"), describe(verdict, properties));
        }
        return cases;
    }

    private static String describe(String verdict, List<String> properties) {
        return verdict + properties.stream().map(p -> "\n  property " + p).reduce("", String::concat);
    }

    private static List<String> lines(Map<String, String> cases) {
        return cases.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList();
    }

    /**
     * The cases the JSON report calls for: a case per asset, per raid (in the order of the threats) and per other
     * element with a finding; an asset or raid fails when not covered or when it has an error finding (a raid's are
     * its own and its assets' that name it), with the numbers and then the findings as {@code CODE message}.
     * {@code allUnchanged}: every finding is in the baseline.
     */
    private static Map<String, String> expectedCases(JsonObject json, boolean allUnchanged) {
        assertEquals(1, json.getAsJsonArray("scenarios").size(), "the generated theatre is analysed: " + json.getAsJsonArray("files"));
        JsonObject scenarioEntry = json.getAsJsonArray("scenarios").get(0).getAsJsonObject();
        JsonObject report = scenarioEntry.getAsJsonObject("report");
        Map<String, String> codes = new HashMap<>();
        for (JsonElement file : json.getAsJsonArray("files")) {
            for (JsonElement issue : file.getAsJsonObject().getAsJsonArray("issues")) {
                codes.put(issue.getAsJsonObject().get("message").getAsString(), issue.getAsJsonObject().get("code").getAsString());
            }
        }
        String scenario = report.get("scenario").getAsString();
        List<JsonObject> findings = objects(report, "findings");
        Map<String, Expected> cases = new LinkedHashMap<>();
        for (JsonObject asset : objects(report, "assets")) {
            String name = asset.get("asset").getAsString();
            Expected test = cases.computeIfAbsent(scenario + ".asset/" + name, k -> new Expected());
            if (!asset.get("covered").getAsBoolean()) {
                String[] numbers = distinct(asset.get("worstNegation").getAsDouble(), asset.get("required").getAsDouble());
                List<String> reasons = new ArrayList<>();
                for (JsonObject finding : findings) {
                    if (isError(finding) && kind(finding).equals("ASSET") && subject(finding).equals(name)) {
                        reasons.add(line(finding, codes));
                    }
                }
                test.fail(name + ": worst negation " + numbers[0] + " < required " + numbers[1] + " (raid " + asset.get("worstRaid").getAsString()
                        + ")", reasons, allUnchanged);
            }
        }
        Set<String> raids = new LinkedHashSet<>();
        objects(report, "threats").forEach(t -> raids.add(t.get("raid").getAsString()));
        for (String raid : raids) {
            Expected test = cases.computeIfAbsent(scenario + ".raid/" + raid, k -> new Expected());
            List<String> uncovered = new ArrayList<>();
            for (JsonObject pair : objects(report, "assetRaids")) {
                if (pair.get("raid").getAsString().equals(raid) && !pair.get("covered").getAsBoolean()) {
                    String[] numbers = distinct(pair.get("negation").getAsDouble(), pair.get("required").getAsDouble());
                    uncovered.add(raid + ": negation " + numbers[0] + " < required " + numbers[1] + " at " + pair.get("asset").getAsString()
                            + " (threat " + pair.get("worstThreatIndex").getAsInt() + ")");
                }
            }
            List<String> reasons = new ArrayList<>();
            for (JsonObject finding : findings) {
                boolean about = kind(finding).equals("RAID") ? subject(finding).equals(raid)
                        : finding.getAsJsonObject("data").has("raid") && finding.getAsJsonObject("data").get("raid").getAsString().equals(raid);
                if (isError(finding) && about) {
                    reasons.add(line(finding, codes));
                }
            }
            if (!uncovered.isEmpty() || !reasons.isEmpty()) {
                test.fail(uncovered.isEmpty() ? raid + ": not engaged" : String.join("; ", uncovered), reasons, allUnchanged);
            }
        }
        for (JsonObject finding : findings) {
            Expected test = cases.computeIfAbsent(scenario + "." + kind(finding).toLowerCase(Locale.ROOT) + "/" + subject(finding), k -> new Expected());
            String line = line(finding, codes);
            if (!isError(finding)) {
                if (allUnchanged) {
                    test.excused.add("unchanged " + line + " (" + UNCHANGED + ")");
                } else {
                    (finding.get("severity").getAsString().equals("WARNING") ? test.warnings : test.notes).add(line);
                }
            } else if (test.verdict.equals("passed")) {
                test.fail(line, List.of(line), allUnchanged);
            }
        }
        Map<String, String> described = new LinkedHashMap<>();
        cases.forEach((name, test) -> {
            List<String> properties = new ArrayList<>();
            test.warnings.forEach(w -> properties.add("warning " + w));
            test.notes.forEach(n -> properties.add("note " + n));
            properties.addAll(test.excused);
            described.put(name, describe(test.verdict, properties));
        });
        return described;
    }

    /** A case as the JSON report's findings make it. */
    private static final class Expected {
        String verdict = "passed";
        final List<String> warnings = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        final List<String> excused = new ArrayList<>();

        void fail(String summary, List<String> reasons, boolean allUnchanged) {
            if (allUnchanged && !reasons.isEmpty()) {
                reasons.forEach(r -> excused.add("unchanged " + r + " (" + UNCHANGED + ")"));
                verdict = "skipped " + summary + " (" + UNCHANGED + ")";
            } else {
                String joined = String.join("\n", reasons);
                verdict = "failure " + (reasons.isEmpty() ? summary : summary + ": " + String.join("; ", reasons)) + "\n  details "
                        + (reasons.isEmpty() ? summary : joined);
            }
        }
    }

    private static List<JsonObject> objects(JsonObject report, String field) {
        List<JsonObject> objects = new ArrayList<>();
        report.getAsJsonArray(field).forEach(e -> objects.add(e.getAsJsonObject()));
        return objects;
    }

    private static boolean isError(JsonObject finding) {
        return finding.get("severity").getAsString().equals("ERROR");
    }

    private static String kind(JsonObject finding) {
        return finding.get("subjectKind").getAsString();
    }

    private static String subject(JsonObject finding) {
        return finding.get("subject").getAsString();
    }

    /** {@code CODE message}: the code of the file's issue with the finding's message. */
    private static String line(JsonObject finding, Map<String, String> codes) {
        String message = finding.get("message").getAsString();
        return Objects.requireNonNull(codes.get(message), "no issue for the finding " + message) + " " + message;
    }

    /** Both at six decimals, and more when six do not tell them apart. */
    private static String[] distinct(double a, double b) {
        for (int digits = 6;; digits++) {
            String first = String.format(Locale.ROOT, "%." + digits + "f", a);
            String second = String.format(Locale.ROOT, "%." + digits + "f", b);
            if (!first.equals(second) || a == b || digits >= 17) {
                return new String[] { first, second };
            }
        }
    }
}
