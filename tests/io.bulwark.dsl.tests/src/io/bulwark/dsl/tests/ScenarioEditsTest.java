package io.bulwark.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

import io.bulwark.dsl.edits.ScenarioEdits;
import io.bulwark.dsl.edits.ScenarioEdits.NewSite;
import io.bulwark.dsl.edits.ScenarioEdits.RadarRole;
import io.bulwark.dsl.fixes.QuickFixes.Edit;
import io.bulwark.model.bulwark.Battery;
import io.bulwark.model.bulwark.BulwarkPackage;
import io.bulwark.model.bulwark.Force;
import io.bulwark.model.bulwark.GeoPoint;
import io.bulwark.model.bulwark.Model;
import io.bulwark.model.bulwark.Radar;
import io.bulwark.model.bulwark.Raid;
import io.bulwark.model.bulwark.Region;
import io.bulwark.model.bulwark.Scenario;
import io.bulwark.model.bulwark.ScenarioElement;

/**
 * The scenario text edits of the map and the architecture diagram on the Korea 2016 example and the corpus: exactly
 * the expected lines change, every comment stays, the result parses and links, and the findings follow.
 */
class ScenarioEditsTest {

    private static final Path CORPUS = Path.of("resources/corpus").toAbsolutePath();

    /** The Korea example and its catalog, with the example's text replaced by {@code korea}. */
    private static XtextResource korea(String korea) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("catalog/systems.bulwark", Files.readString(Language.EXAMPLES.resolve("catalog/systems.bulwark")));
        files.put("korea2016.bulwark", korea);
        return Language.resource(Language.load(files), "korea2016.bulwark");
    }

    private static String koreaText() throws IOException {
        return Files.readString(Language.EXAMPLES.resolve("korea2016.bulwark"), StandardCharsets.UTF_8);
    }

    private static Scenario scenario(XtextResource resource) {
        return ((Model) resource.getContents().get(0)).getScenario();
    }

    private static <T extends ScenarioElement> T element(XtextResource resource, Class<T> type, String name) {
        T found = ScenarioEdits.find(scenario(resource), type, name);
        assertTrue(found != null, name);
        return found;
    }

    static String apply(String text, List<Edit> edits) {
        StringBuilder result = new StringBuilder(text);
        edits.stream().sorted(Comparator.comparingInt(Edit::offset).reversed())
                .forEach(e -> result.replace(e.offset(), e.offset() + e.length(), e.text()));
        return result.toString();
    }

    /** The lines of {@code before} and {@code after} that differ, as "-old" and "+new", after the common head and tail. */
    static List<String> changedLines(String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        List<String> changed = new ArrayList<>();
        a.subList(head, a.size() - tail).forEach(line -> changed.add("-" + line));
        b.subList(head, b.size() - tail).forEach(line -> changed.add("+" + line));
        return changed;
    }

    /** The exception an edit that cannot be made throws (the edit's message is the user's). */
    private static IllegalArgumentException refused(Supplier<?> edit, String why) {
        try {
            edit.get();
        } catch (IllegalArgumentException refused) {
            return refused;
        }
        return fail("expected a refusal: " + why);
    }

    /** Every comment of the parsed file, in order. */
    static List<String> comments(XtextResource resource) {
        List<String> comments = new ArrayList<>();
        for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
            if (leaf.getGrammarElement() instanceof TerminalRule rule && rule.getName().endsWith("_COMMENT")) {
                comments.add(leaf.getText().strip());
            }
        }
        return comments;
    }

    private static List<String> errors(XtextResource resource) {
        List<String> errors = new ArrayList<>(resource.getErrors().stream().map(d -> d.getLine() + ": " + d.getMessage()).toList());
        Language.validate(resource).stream().filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR
                && !i.getCode().startsWith("BULWARK-COV-")).forEach(i -> errors.add(i.getLineNumber() + ": " + i.getMessage()));
        return errors;
    }

    private static String finding(XtextResource resource, String code, String startsWith) {
        return Language.validate(resource).stream().filter(i -> code.equals(i.getCode()) && i.getMessage().startsWith(startsWith))
                .map(Issue::getMessage).findFirst().orElse(null);
    }

    // ------------------------------------------------------------------------------------------- move

    @Test
    void movingThaadSeongjuChangesOneLineAndItsRangeToTheSeoulRaid() throws IOException {
        String text = koreaText();
        XtextResource before = korea(text);
        String seoulBefore = finding(before, "BULWARK-COV-001", "Seoul:");
        assertTrue(seoulBefore.contains("closest ground range 203.3 km > 200.0 km max range"), seoulBefore);

        Battery thaad = element(before, Battery.class, "THAAD_Seongju");
        String moved = apply(text, ScenarioEdits.move(text, thaad.getSite(), 37.0, 127.5));

        assertEquals(List.of("-    at 36.006 N, 128.169 E, 0.68 km", "+    at 37.000 N, 127.500 E, 0.68 km"),
                changedLines(sectionOf(text, "battery THAAD_Seongju"), sectionOf(moved, "battery THAAD_Seongju")));
        assertEquals(2, changedLines(text, moved).size(), "only the battery's site line: " + changedLines(text, moved));
        XtextResource after = korea(moved);
        assertEquals(List.of(), errors(after));
        assertEquals(comments(before), comments(after));
        String seoulAfter = finding(after, "BULWARK-COV-001", "Seoul:");
        assertTrue(seoulAfter == null || !seoulAfter.contains("203.3 km"), "THAAD's range to North1 changed: " + seoulAfter);
        assertTrue(seoulAfter == null || seoulAfter.contains("apogee 39.5 km is below the 40.0 km altitude floor"),
                "the floor still stops THAAD: " + seoulAfter);
    }

    /** The text from the declaration to its closing brace (the same site is written by the radar too). */
    private static String sectionOf(String text, String declaration) {
        int start = text.indexOf(declaration);
        return text.substring(start, text.indexOf('}', start) + 1);
    }

    @Test
    void aMoveKeepsTheCoordinateStyleAndDecimalsOfThePoint() throws IOException {
        String text = koreaText();
        XtextResource korea = korea(text);
        Raid north1 = element(korea, Raid.class, "North1");
        assertEquals(List.of("-raid North1 : Scud_C x 4 from 38.65 N, 125.79 E at Seoul", "+raid North1 : Scud_C x 4 from 38.12 N, 125.35 E at Seoul"),
                changedLines(text, apply(text, ScenarioEdits.move(text, ScenarioEdits.positionOf(north1), 38.1249, 125.3461))));

        Region shandong = element(korea, Region.class, "China_Shandong");
        GeoPoint second = shandong.getPoints().get(1);
        assertEquals(List.of("-    38.0 N, 122.7 E", "+    38.5 N, 123.0 E"),
                changedLines(text, apply(text, ScenarioEdits.move(text, second, 38.46, 123.04))));

        // across the equator and the antimeridian the hemisphere letters follow
        Radar osan = element(korea, Radar.class, "MPQ65_Osan");
        assertEquals(List.of("-    at 37.090 N, 127.030 E, 0.01 km", "+    at 1.500 S, 179.000 W, 0.01 km"),
                changedLines(text, apply(text, ScenarioEdits.move(text, osan.getSite(), -1.5, 181.0))));
    }

    @Test
    void aSignedPointStaysSigned() throws IOException {
        XtextResourceSet set = corpus();
        XtextResource sharing = resource(set, "04-sharing.bulwark");
        String text = text(sharing);
        Radar greenPine = element(sharing, Radar.class, "GreenPine_South");
        String moved = apply(text, ScenarioEdits.move(text, greenPine.getSite(), -35.5, -0.25));
        assertEquals(List.of("-    at 35.926, 128.300, 0.38 km", "+    at -35.500, -0.250, 0.38 km"), changedLines(text, moved));
    }

    // ------------------------------------------------------------------------------------------- add

    @Test
    void aRadarIsAddedAfterTheLastRadarInTheBlockLayoutOfTheFile() throws IOException {
        String text = koreaText();
        XtextResource korea = korea(text);
        Model model = (Model) korea.getContents().get(0);
        List<String> types = ScenarioEdits.typesInScope(model, BulwarkPackage.Literals.RADAR__TYPE);
        assertTrue(types.containsAll(List.of("AN_TPY_2_TM", "GREEN_PINE", "AN_MPQ_65")), types.toString());
        assertFalse(types.contains("THAAD"), "an interceptor is not a radar type: " + types);

        String added = apply(text, ScenarioEdits.add(text, model, NewSite.RADAR, null, "GREEN_PINE", "ROK", 0, 37.2, 127.9));
        List<String> changed = changedLines(text, added);
        assertEquals(List.of("+radar Radar : GREEN_PINE {", "+    owner ROK", "+    at 37.200 N, 127.900 E", "+}", "+"), changed, "a block and a blank line");
        int radar = added.indexOf("radar Radar : GREEN_PINE");
        assertTrue(radar > added.indexOf("radar MPQ65_Humphreys") && radar < added.indexOf("// Batteries"), "after the last radar");
        XtextResource after = korea(added);
        assertEquals(List.of(), errors(after));
        assertEquals(comments(korea), comments(after));
        assertTrue(Language.validate(after).stream().anyMatch(i -> i.getMessage().contains("Radar")), "the new radar is analysed");
    }

    @Test
    void aBatteryAndAnAssetAreAddedWithTheirClausesAndAFreshName() throws IOException {
        String text = koreaText();
        XtextResource korea = korea(text);
        Model model = (Model) korea.getContents().get(0);
        assertTrue(ScenarioEdits.typesInScope(model, BulwarkPackage.Literals.BATTERY__TYPE).contains("PAC3_CRI"));
        String added = apply(text, ScenarioEdits.add(text, model, NewSite.BATTERY, "PAC3_Seoul", "PAC3_CRI", "ROK", 16, 37.5, 127.0));
        assertEquals(List.of("+battery PAC3_Seoul : PAC3_CRI {", "+    owner ROK", "+    at 37.500 N, 127.000 E", "+    interceptors 16", "+}", "+"),
                changedLines(text, added));
        XtextResource after = korea(added);
        assertEquals(List.of(), errors(after));
        assertEquals(text, apply(added, ScenarioEdits.delete(added, element(after, Battery.class, "PAC3_Seoul"))), "deleting undoes adding");

        String asset = apply(text, ScenarioEdits.add(text, model, NewSite.ASSET, null, null, null, 0, 35.1, 126.9));
        assertEquals(List.of("+asset Asset at 35.100 N, 126.900 E"), changedLines(text, asset));
        assertTrue(asset.contains("asset Busan      at 35.180 N, 129.076 E requires 0.9\nasset Asset at"), "after the last asset");
        assertEquals(List.of(), errors(korea(asset)));

        refused(() -> ScenarioEdits.add(text, model, NewSite.BATTERY, "Seoul", "PAC3_CRI", "ROK", 16, 37.5, 127.0), "name taken");
        refused(() -> ScenarioEdits.add(text, model, NewSite.BATTERY, null, "PAC3_CRI", "NATO", 16, 37.5, 127.0), "no such force");
        IllegalArgumentException keyword = refused(() -> ScenarioEdits.add(text, model, NewSite.RADAR, "battery", "GREEN_PINE", "ROK", 0, 37.5, 127.0), "a keyword");
        assertTrue(keyword.getMessage().contains("not a keyword"), keyword.getMessage());
    }

    @Test
    void aOneLineFileGetsOneLineDeclarations() throws IOException {
        XtextResourceSet set = corpus();
        XtextResource single = resource(set, "08-single-lines.bulwark");
        String text = text(single);
        Model model = (Model) single.getContents().get(0);
        String added = apply(text, ScenarioEdits.add(text, model, NewSite.BATTERY, null, "Lower_Tier", "Red", 2, 10.2, 20.3));
        assertEquals(List.of("+battery Battery : Lower_Tier { owner Red at 10.20 N, 20.30 E interceptors 2 }"), changedLines(text, added));
    }

    // ------------------------------------------------------------------------------------------- agreements, roles, rename

    @Test
    void anAgreementIsAddedAfterTheLastOneWithItsDirectionAndLatency() throws IOException {
        String text = koreaText();
        XtextResource korea = korea(text);
        Model model = (Model) korea.getContents().get(0);
        String added = apply(text, ScenarioEdits.addAgreement(text, model, "ROK", "JSDF", true, new BigDecimal("4.0")));
        assertEquals(List.of("+agreement ROK_to_JSDF { ROK <-> JSDF latency 4 s }"), changedLines(text, added));
        assertTrue(added.contains("agreement US_Japan    { USFJ <-> JSDF latency 3 s }\nagreement ROK_to_JSDF"));
        XtextResource after = korea(added);
        assertEquals(List.of(), errors(after));
        assertEquals(comments(korea), comments(after));
        String oneWay = apply(text, ScenarioEdits.addAgreement(text, model, "JSDF", "ROK", false, null));
        assertEquals(List.of("+agreement JSDF_to_ROK { JSDF -> ROK }"), changedLines(text, oneWay));
    }

    @Test
    void aRadarCuesOrControlsABattery() throws IOException {
        String text = koreaText();
        XtextResource korea = korea(text);
        Battery humphreys = element(korea, Battery.class, "PAC3_Humphreys");
        Battery osan = element(korea, Battery.class, "PAC3_Osan");
        Radar greenPine = element(korea, Radar.class, "GreenPine_Chungcheong");
        Radar tpy2 = element(korea, Radar.class, "TPY2_Seongju");

        String cued = apply(text, ScenarioEdits.connect(text, humphreys, greenPine, RadarRole.CUEING));
        assertEquals(List.of("+    cued by GreenPine_Chungcheong"), changedLines(text, cued));
        assertTrue(cued.contains("    fire-control MPQ65_Humphreys\n    cued by GreenPine_Chungcheong\n}"), "inside the block, before '}'");
        XtextResource after = korea(cued);
        assertEquals(List.of(), errors(after));
        assertEquals(List.of("GreenPine_Chungcheong"), element(after, Battery.class, "PAC3_Humphreys").getCuedBy().stream().map(Radar::getName).toList());

        assertEquals(List.of(), ScenarioEdits.connect(text, osan, tpy2, RadarRole.CUEING), "already cued by it");
        String fireControl = apply(text, ScenarioEdits.connect(text, osan, greenPine, RadarRole.FIRE_CONTROL));
        assertEquals(List.of("-    fire-control MPQ65_Osan", "+    fire-control GreenPine_Chungcheong"), changedLines(text, fireControl));
        assertEquals(List.of(), errors(korea(fireControl)));
    }

    @Test
    void renameChangesTheDeclarationAndEveryReferenceButNoComment() throws IOException {
        String text = koreaText();
        XtextResource korea = korea(text);
        Radar tpy2 = element(korea, Radar.class, "TPY2_Seongju");
        String renamed = apply(text, ScenarioEdits.rename(tpy2, "TPY2_Dalma"));
        assertEquals(text.replace("radar TPY2_Seongju", "radar TPY2_Dalma").replace("cued by MPQ65_Osan, TPY2_Seongju", "cued by MPQ65_Osan, TPY2_Dalma")
                .replace("fire-control TPY2_Seongju", "fire-control TPY2_Dalma"), renamed);
        XtextResource after = korea(renamed);
        assertEquals(List.of(), errors(after));
        assertEquals(comments(korea), comments(after));

        Force usfk = element(korea, Force.class, "USFK");
        String force = apply(text, ScenarioEdits.rename(usfk, "USFK2"));
        assertEquals(List.of(), errors(korea(force)));
        assertEquals(9, force.split("USFK2", -1).length - 1, "declaration, 2 links, 6 owners");
        assertEquals(text.split("USFK", -1).length, force.split("USFK2", -1).length, "no comment names USFK");
        refused(() -> ScenarioEdits.rename(usfk, "ROK"), "name taken");
        refused(() -> ScenarioEdits.rename(usfk, "2nd"), "not an identifier");
    }

    // ------------------------------------------------------------------------------------------- delete

    @Test
    void deletingARadarRemovesItsBlockAndEveryReferenceToIt() throws IOException {
        String text = koreaText();
        XtextResource korea = korea(text);
        String deleted = apply(text, ScenarioEdits.delete(text, element(korea, Radar.class, "TPY2_Seongju")));
        String expected = text.replace("radar TPY2_Seongju : AN_TPY_2_TM {\n    owner USFK\n    at 36.006 N, 128.169 E, 0.68 km\n    facing 330 deg\n}\n", "")
                .replace("    fire-control TPY2_Seongju\n", "").replace("cued by MPQ65_Osan, TPY2_Seongju, GreenPine", "cued by MPQ65_Osan, GreenPine");
        assertEquals(expected, deleted);
        XtextResource after = korea(deleted);
        assertEquals(List.of(), errors(after));
        assertEquals(comments(korea), comments(after), "the comment above the radar stays");
        assertTrue(Language.validate(after).stream().anyMatch(i -> i.getMessage().contains("THAAD_Seongju")), "THAAD lost its radar");
    }

    @Test
    void deletingAForceTakesItsAgreementsRadarsAndBatteriesAlong() throws IOException {
        String text = koreaText();
        XtextResource korea = korea(text);
        Force usfj = element(korea, Force.class, "USFJ");
        assertEquals(List.of("US_Internal", "US_Japan", "TPY2_Kyogamisaki", "TPY2_Shariki", "USFJ"),
                ScenarioEdits.deletionClosure(usfj).stream().map(e -> ((ScenarioElement) e).getName()).toList());
        String deleted = apply(text, ScenarioEdits.delete(text, usfj));
        assertFalse(deleted.contains("USFJ <->") || deleted.contains("owner USFJ") || deleted.contains("force USFJ"));
        XtextResource after = korea(deleted);
        assertEquals(List.of(), errors(after));
        assertEquals(comments(korea), comments(after), "the comment at the end of the force's line stays too");
        assertTrue(deleted.contains("\nforce USFK nation \"United States\"      // US Forces Korea\n// US Forces Japan"), deleted);

        Force usfk = element(korea, Force.class, "USFK");
        String noUsfk = apply(text, ScenarioEdits.delete(text, usfk));
        assertFalse(noUsfk.contains("battery PAC3_Osan") || noUsfk.contains("radar MPQ65_Osan"), "USFK's radars and batteries go");
        assertEquals(List.of(), errors(korea(noUsfk)));
    }

    @Test
    void aLinkOfAnAgreementWithOthersGoesWithItsComma() throws IOException {
        String text = "scenario S\nforce A\nforce B\nforce C\nagreement Net { A -> B latency 1 s, B <-> C, C -> A }\n";
        XtextResource resource = Language.parse(text);
        Force b = ScenarioEdits.find(scenario(resource), Force.class, "B");
        assertEquals("scenario S\nforce A\nforce C\nagreement Net { C -> A }\n", apply(text, ScenarioEdits.delete(text, b)));
        Force c = ScenarioEdits.find(scenario(resource), Force.class, "C");
        assertEquals("scenario S\nforce A\nforce B\nagreement Net { A -> B latency 1 s }\n", apply(text, ScenarioEdits.delete(text, c)));
    }

    @Test
    void anAssetThatARaidAttacksIsNotDeleted() throws IOException {
        String text = koreaText();
        XtextResource korea = korea(text);
        IllegalArgumentException refused = refused(() -> ScenarioEdits.delete(text, element(korea, io.bulwark.model.bulwark.Asset.class, "Seoul")),
                "attacked");
        assertEquals("Asset Seoul is the target of raid North1: retarget or delete the raid first", refused.getMessage());
        String noRaid = apply(text, ScenarioEdits.delete(text, element(korea, Raid.class, "North1")));
        assertEquals(List.of("-raid North1 : Scud_C x 4 from 38.65 N, 125.79 E at Seoul"), changedLines(text, noRaid));
    }

    // ------------------------------------------------------------------------------------------- the corpus

    /** Every element of every corpus scenario moved, then deleted: the result parses and keeps its other comments. */
    @Test
    void everyElementOfTheCorpusMovesAndDeletesCleanly() throws IOException {
        XtextResourceSet set = corpus();
        int moves = 0;
        int deletes = 0;
        for (String name : corpusNames()) {
            XtextResource resource = resource(set, name);
            Scenario scenario = scenario(resource);
            if (scenario == null) {
                continue;
            }
            String text = text(resource);
            for (ScenarioElement element : scenario.getElements()) {
                GeoPoint point = ScenarioEdits.positionOf(element);
                if (point != null && point.getLatitude() != null && point.getLongitude() != null) {
                    String moved = apply(text, ScenarioEdits.move(text, point, -12.345678, 98.765432));
                    assertEquals(2, changedLines(text, moved).size(), name + " " + element.getName() + ": " + changedLines(text, moved));
                    check(name, moved, (before, after) -> before.equals(after), resource);
                    moves++;
                }
                List<Edit> deletion;
                try {
                    deletion = ScenarioEdits.delete(text, element);
                } catch (IllegalArgumentException attacked) {
                    assertTrue(element instanceof io.bulwark.model.bulwark.Asset, attacked.getMessage());
                    continue;
                }
                String deleted = apply(text, deletion);
                XtextResource afterDeletion = check(name, deleted, (before, after) -> before.containsAll(after), resource);
                assertTrue(ScenarioEdits.find(scenario(afterDeletion), element.eClass().getInstanceClass().asSubclass(ScenarioElement.class),
                        element.getName()) == null, name + ": " + element.getName() + " still declared");
                deletes++;
            }
        }
        assertTrue(moves > 100 && deletes > 150, moves + " moves, " + deletes + " deletions");
    }

    /** The edited text parses without syntax errors and its comments relate to the original's as asked. */
    private static XtextResource check(String name, String edited, BiFunction<List<String>, List<String>, Boolean> comments,
            XtextResource original) throws IOException {
        XtextResource after = Language.parse(edited);
        assertFalse(after.getParseResult().hasSyntaxErrors(), name + ": " + after.getErrors() + "\n" + edited);
        assertTrue(comments.apply(comments(original), comments(after)), name + ": comments " + comments(after));
        return after;
    }

    private static XtextResourceSet corpus() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (String name : corpusNames()) {
            files.put(name, Files.readString(CORPUS.resolve(name), StandardCharsets.UTF_8));
        }
        return Language.load(files);
    }

    private static List<String> corpusNames() throws IOException {
        try (var files = Files.list(CORPUS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".bulwark")).sorted().toList();
        }
    }

    private static XtextResource resource(XtextResourceSet set, String name) {
        return Language.resource(set, name);
    }

    private static String text(XtextResource resource) {
        return resource.getParseResult().getRootNode().getText();
    }
}
