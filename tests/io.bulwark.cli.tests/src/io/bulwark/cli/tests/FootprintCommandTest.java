package io.bulwark.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bulwark footprint}: the defended footprint's area, share and map. */
class FootprintCommandTest {

    @TempDir
    Path dir;

    @Test
    void theFootprintOfBusanAgainstScudCIsMappedWithItsShare() throws IOException {
        Path svg = dir.resolve("fp.svg");
        Cli.Run run = Cli.run("footprint", "Busan", "Scud_C", Cli.EXAMPLES.resolve("korea2016.bulwark").toString(),
                Cli.EXAMPLES.resolve("catalog").toString(), "-o", svg.toString(), "--ring-step", "50", "--bearing-step", "10");
        assertEquals(0, run.code(), run.err());
        Matcher numbers = Pattern.compile("Busan against Scud_C: ([0-9.]+) of ([0-9.]+) km2 negated \\(share ([0-9.]+)\\)").matcher(run.out());
        assertTrue(numbers.find(), run.out());
        double negated = Double.parseDouble(numbers.group(1));
        double total = Double.parseDouble(numbers.group(2));
        double share = Double.parseDouble(numbers.group(3));
        // a 600 km disc on the sphere: 2 pi R^2 (1 - cos(600 / R)) = 1,130,138 km2
        assertEquals(1_130_137.7, total, 0.2);
        assertEquals(negated / total, share, 1e-6);
        assertTrue(share > 0.02 && share < 0.5, "THAAD at Seongju defends Busan from part of the launch area: " + share);
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<svg") && text.contains("Defended footprint of Busan against Scud_C"));
        assertTrue(text.contains("432 cells"), "12 rings x 36 bearings");
    }

    @Test
    void unknownAssetOrMissileIsAnInputError() throws IOException {
        String korea = Cli.EXAMPLES.resolve("korea2016.bulwark").toString();
        String catalog = Cli.EXAMPLES.resolve("catalog").toString();
        Cli.Run asset = Cli.run("footprint", "Atlantis", "Scud_C", korea, catalog, "-o", dir.resolve("a.svg").toString());
        assertEquals(2, asset.code());
        assertTrue(asset.err().contains("no scenario in") && asset.err().contains("Atlantis"), asset.err());
        Cli.Run missile = Cli.run("footprint", "Busan", "Nodong_X", korea, catalog, "-o", dir.resolve("m.svg").toString());
        assertEquals(2, missile.code());
        assertTrue(missile.err().contains("no missile type named Nodong_X"), missile.err());
        assertTrue(!Files.exists(dir.resolve("a.svg")) && !Files.exists(dir.resolve("m.svg")));
    }
}
