package io.bulwark.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.cli.ScenarioWorkspace;
import io.bulwark.model.bulwark.MissileType;
import io.bulwark.model.bulwark.Model;

/** A change made through EMF (as a diagram or quick fix would) saves as readable text, keeping the rest. */
class ModelEditTest {

    @TempDir
    Path dir;

    @Test
    void changingOneQuantityThroughEmfRewritesOnlyThatValueInPlainDecimals() throws Exception {
        String text = """
                package cat
                // Scud-C: reach from public sources (see docs/sources.md)
                missile Scud_C {
                    reach 600 km   // upper end of 500-600 km
                    rcs 0.1 m2     // modelling assumption
                }
                """;
        Path file = dir.resolve("cat.bulwark");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        ScenarioWorkspace workspace = ScenarioWorkspace.load(List.of(file));
        var resource = workspace.resource(file);
        MissileType missile = (MissileType) ((Model) resource.getContents().get(0)).getTypes().get(0);
        missile.getReach().setValue(new BigDecimal("1E+3"));
        resource.save(null);
        assertEquals(text.replace("reach 600 km", "reach 1000 km"), Files.readString(file, StandardCharsets.UTF_8));
    }
}
