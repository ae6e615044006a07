package io.bulwark.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;

import io.bulwark.model.bulwark.Battery;
import io.bulwark.model.bulwark.Model;
import io.bulwark.model.bulwark.Radar;

/** Cross-file imports and qualified names, and element URIs that survive reordering. */
class ImportsAndFragmentsTest {

    private static final String SCENARIO = """
            scenario T
            import cat.*
            force A
            radar R1 : Surveillance { owner A at 36 N, 127 E facing 0 deg }
            radar R2 : cat.Surveillance { owner A at 35 N, 127 E facing 0 deg }
            battery B : Upper { owner A at 36 N, 127 E interceptors 4 cued by R1, R2 }
            """;

    @Test
    void importsResolveAcrossFilesAndFolders() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("catalogs/deep/cat.bulwark", Language.CATALOG);
        files.put("scenarios/t.bulwark", SCENARIO);
        XtextResourceSet set = Language.load(files);
        XtextResource scenario = Language.resource(set, "scenarios/t.bulwark");
        assertTrue(scenario.getErrors().isEmpty(), scenario.getErrors().toString());
        Model model = (Model) scenario.getContents().get(0);
        Radar r1 = (Radar) model.getScenario().getElements().get(1);
        Radar r2 = (Radar) model.getScenario().getElements().get(2);
        assertSame(r1.getType(), r2.getType(), "wildcard import and qualified name name the same type");
        assertEquals("Surveillance", r1.getType().getName());
        assertSame(Language.resource(set, "catalogs/deep/cat.bulwark"), r1.getType().eResource());
        Battery battery = (Battery) model.getScenario().getElements().get(3);
        assertEquals(List.of(r1, r2), battery.getCuedBy());
    }

    @Test
    void withoutTheImportTheTypeIsUnknownWithCloseNames() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("cat.bulwark", Language.CATALOG);
        files.put("t.bulwark", SCENARIO.replace("import cat.*\n", "").replace("cat.Surveillance", "Surveillance"));
        XtextResource scenario = Language.resource(Language.load(files), "t.bulwark");
        assertFalse(scenario.getErrors().isEmpty());
        assertTrue(scenario.getErrors().get(0).getMessage().contains("Surveillance"), scenario.getErrors().get(0).getMessage());
    }

    @Test
    void anElementsUriSurvivesReorderingOfItsSiblings() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("cat.bulwark", Language.CATALOG);
        files.put("t.bulwark", SCENARIO);
        XtextResource before = Language.resource(Language.load(files), "t.bulwark");
        EObject r2 = ((Model) before.getContents().get(0)).getScenario().getElements().get(2);
        String fragment = before.getURIFragment(r2);

        String reordered = SCENARIO.replace("radar R1 : Surveillance { owner A at 36 N, 127 E facing 0 deg }\n", "")
                .replace("battery B", "radar R1 : Surveillance { owner A at 36 N, 127 E facing 0 deg }\nbattery B");
        files.put("t.bulwark", reordered.replace("force A\n", "force A\nforce Extra\n"));
        XtextResource after = Language.resource(Language.load(files), "t.bulwark");
        EObject found = after.getEObject(fragment);
        assertTrue(found instanceof Radar radar && radar.getName().equals("R2"), fragment + " -> " + found);
        assertFalse(fragment.matches(".*\\.\\d+$"), "a name-based fragment, not an index: " + fragment);
    }
}
