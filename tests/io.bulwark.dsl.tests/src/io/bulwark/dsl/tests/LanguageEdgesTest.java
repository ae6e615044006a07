package io.bulwark.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

import io.bulwark.dsl.validation.IssueCodes;
import io.bulwark.model.bulwark.Battery;
import io.bulwark.model.bulwark.Radar;
import io.bulwark.model.bulwark.Scenario;

/** Corners of the language found by cross-checking: escaped names, an empty battery, raids before the clock starts. */
class LanguageEdgesTest {

    private static final String HEAD = "scenario T\nimport cat.*\n";

    private static List<Issue> issues(String scenario) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("cat.bulwark", Language.CATALOG);
        files.put("t.bulwark", scenario);
        return Language.validate(Language.resource(Language.load(files), "t.bulwark"));
    }

    private static Scenario scenario(String text) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("cat.bulwark", Language.CATALOG);
        files.put("t.bulwark", text);
        Iterator<EObject> contents = Language.resource(Language.load(files), "t.bulwark").getAllContents();
        while (contents.hasNext()) {
            if (contents.next() instanceof Scenario scenario) {
                return scenario;
            }
        }
        throw new AssertionError("no scenario in " + text);
    }

    @Test
    void aNameEscapedWithACaretIsDeclaredAndReferencedWithoutTheCaret() throws IOException {
        String text = HEAD + "force ^range\nforce ^owner\n"
                + "radar R : Surveillance { owner ^range at 36 N, 127 E }\n"
                + "battery B : Upper { owner ^owner.^range at 36 N, 127 E interceptors 4 }\n";
        // ^owner.^range names no element: the battery's reference (line 6) fails as an unknown force, the radar's resolves.
        List<Issue> issues = issues(text);
        assertEquals(List.of(6), issues.stream().filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR)
                .map(Issue::getLineNumber).toList(), issues.toString());
        Scenario scenario = scenario(text);
        Radar radar = (Radar) scenario.getElements().stream().filter(Radar.class::isInstance).findFirst().orElseThrow();
        assertEquals("range", radar.getOwner().getName());
    }

    @Test
    void aBatteryOwnerEscapedWithACaretResolvesToTheForce() throws IOException {
        String text = HEAD + "force ^battery\nbattery B : Upper { owner ^battery at 36 N, 127 E interceptors 4 }\n";
        assertEquals(List.of(), errors(text));
        Battery battery = (Battery) scenario(text).getElements().stream().filter(Battery.class::isInstance).findFirst().orElseThrow();
        assertEquals("battery", battery.getOwner().getName());
    }

    @Test
    void aBatteryThatHasFiredEverythingIsValid() throws IOException {
        assertEquals(List.of(), errors(HEAD + "force A\nbattery B : Upper { owner A at 36 N, 127 E interceptors 0 }\n"));
    }

    @Test
    void aBatteryWithoutItsInterceptorsClauseIsAnErrorAtTheBattery() throws IOException {
        List<Issue> errors = errors(HEAD + "force A\nbattery B : Upper { owner A at 36 N, 127 E }\n");
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(IssueCodes.INVALID_COUNT, errors.get(0).getCode());
        assertEquals(4, errors.get(0).getLineNumber());
        assertTrue(errors.get(0).getMessage().contains("'interceptors N'"), errors.get(0).getMessage());
    }

    @Test
    void aRaidBeforeTheClockStartsIsAnErrorThatSaysHowToWriteIt() throws IOException {
        List<Issue> errors = errors(HEAD + "asset X at 36 N, 127 E\nraid R : SRBM from 37 N, 127 E at X at T+-30 s\n");
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(IssueCodes.NEGATIVE_VALUE, errors.get(0).getCode());
        assertEquals(4, errors.get(0).getLineNumber());
        assertTrue(errors.get(0).getMessage().contains("shift the other raids"), errors.get(0).getMessage());
    }

    private static List<Issue> errors(String text) throws IOException {
        return issues(text).stream().filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR).toList();
    }
}
