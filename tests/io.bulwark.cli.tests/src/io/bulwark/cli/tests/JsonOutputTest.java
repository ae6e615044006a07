package io.bulwark.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.bulwark.cli.BulwarkCommand;

/** {@code bulwark check --format json --output FILE}: the whole report, deterministic, written safely. */
class JsonOutputTest {

    @TempDir
    Path dir;

    private Path scenarioFolder() throws IOException {
        Path folder = dir.resolve("scenario");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("cat.bulwark"), """
                package cat
                interceptor Upper { range 0 .. 200 km altitude 10 .. 150 km speed 3 km/s reaction 10 s pk 0.8 }
                radar Surveillance { detects 1000 km at rcs 1 m2 sector 360 deg elevation 0 .. 90 deg track 5 s }
                missile SRBM { reach 600 km rcs 1 m2 }
                """, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("test.bulwark"), """
                scenario Test
                import cat.*
                force US nation "United States"
                radar R : Surveillance { owner US at 0 N, 2.698 E facing 0 deg }
                battery B : Upper { owner US at 0 N, 2.698 E interceptors 10 doctrine shoot-shoot salvo 1 }
                asset City at 0 N, 2.698 E requires 0.9
                raid R1 : SRBM from 0 N, 0 E at City
                """, StandardCharsets.UTF_8);
        return folder;
    }

    private static int run(String... args) {
        return BulwarkCommand.execute(args, new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true));
    }

    @Test
    void theJsonCarriesTheCoverageReportWithItsNumbers() throws IOException {
        Path out = dir.resolve("report.json");
        assertEquals(1, run("check", "--format", "json", "--output", out.toString(), scenarioFolder().toString()));
        JsonObject root = JsonParser.parseString(Files.readString(out)).getAsJsonObject();
        assertEquals("2.0", root.get("version").getAsString());
        JsonObject report = root.getAsJsonArray("scenarios").get(0).getAsJsonObject().getAsJsonObject("report");
        JsonObject threat = report.getAsJsonArray("threats").get(0).getAsJsonObject();
        // one shot of pk 0.8 against a 300 km minimum-energy arc (apogee 74.1 km, 251.0 s)
        assertEquals(0.8, threat.get("negation").getAsDouble(), 1e-9);
        assertEquals(74.1, threat.getAsJsonObject("trajectory").get("apogeeKm").getAsDouble(), 1e-9);
        assertEquals(251.0, threat.getAsJsonObject("trajectory").get("timeOfFlightS").getAsDouble(), 1e-9);
        assertEquals("ASSET_BELOW_REQUIRED_NEGATION", report.getAsJsonArray("findings").get(0).getAsJsonObject().get("kind").getAsString());
        assertEquals(1, root.getAsJsonObject("summary").get("errors").getAsInt());
    }

    @Test
    void theJsonIsByteIdenticalAcrossRuns() throws IOException {
        Path folder = scenarioFolder();
        Path first = dir.resolve("a.json");
        Path second = dir.resolve("b.json");
        run("check", "--format", "json", "-o", first.toString(), folder.toString());
        run("check", "--format", "json", "-o", second.toString(), folder.toString());
        assertEquals(Files.readString(first), Files.readString(second));
    }

    @Test
    void aFailedWriteExitsTwoAndLeavesTheOldFileIntact() throws IOException {
        // the target is a folder: the move onto it fails, the folder and its content stay as they were
        Path target = dir.resolve("occupied");
        Files.createDirectories(target);
        Files.writeString(target.resolve("keep.txt"), "previous");
        assertEquals(2, run("check", "--format", "json", "-o", target.toString(), scenarioFolder().toString()));
        assertEquals("previous", Files.readString(target.resolve("keep.txt")));
        try (var leftovers = Files.list(dir)) {
            assertTrue(leftovers.noneMatch(p -> p.getFileName().toString().startsWith(".bulwark-")), "no temporary file left behind");
        }
    }

    @Test
    void anOutputPathInAMissingFolderExitsTwo() throws IOException {
        assertEquals(2, run("check", "--format", "json", "-o", dir.resolve("no/such/folder/r.json").toString(),
                scenarioFolder().toString()));
        assertTrue(Files.notExists(dir.resolve("no")));
    }

    /** 1,500 threats: the JSON details 1,000 of them, says so, and keeps every verdict. */
    @Test
    void aReportOfManyThreatsListsABoundedNumberOfThem() throws IOException {
        Path folder = scenarioFolder();
        Files.writeString(folder.resolve("test.bulwark"), Files.readString(folder.resolve("test.bulwark"))
                .replace("raid R1 : SRBM from", "raid R1 : SRBM x 1500 from"));
        Path out = dir.resolve("many.json");
        run("check", "--format", "json", "--output", out.toString(), folder.toString());
        JsonObject scenario = JsonParser.parseString(Files.readString(out)).getAsJsonObject().getAsJsonArray("scenarios").get(0)
                .getAsJsonObject();
        assertEquals(1000, scenario.get("threatsListed").getAsInt());
        assertEquals(1500, scenario.get("threatsTotal").getAsInt());
        assertEquals(1000, scenario.getAsJsonObject("report").getAsJsonArray("threats").size());
        assertEquals(1, scenario.getAsJsonObject("report").getAsJsonArray("assetRaids").size());
        assertTrue(Files.size(out) < 5_000_000, Files.size(out) + " bytes");
    }
}
