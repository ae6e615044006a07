package io.bulwark.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.bulwark.report.svg.Markup;

/**
 * The HTML report's raids table and the exports' raid tracks, which read each raid's summary instead of every threat's
 * report, show what the threats' reports give (the JSON report lists every threat here): the first threat's launch,
 * range, apogee and flight, the worst negation, and the batteries that allocate interceptors, in the threats' order.
 */
class RaidsTableTest {

    /**
     * B1's 3 interceptors (salvo 2) run out inside raid Wave, which is served first: its missiles get shots from different
     * batteries; B2 has one interceptor left for Late's two missiles; Far flies out of every battery's reach.
     */
    private static final String SCENARIO = """
            scenario Raids
            import cat.*
            force US nation "United States"
            radar R : Surveillance { owner US at 0 N, 2.698 E facing 0 deg }
            battery B1 : Upper { owner US at 0 N, 2.698 E interceptors 3 doctrine shoot-shoot salvo 2 }
            battery B2 : Upper { owner US at 0.2 N, 2.698 E interceptors 4 doctrine shoot-shoot salvo 1 }
            asset City at 0 N, 2.698 E requires 0.9
            raid Wave : SRBM x 3 from 0 N, 0 E at City
            raid Late : SRBM x 2 from 1 N, 0 E at City at T+40 s
            raid Far : SRBM from 0 N, 10 E at 0 N, 14 E
            """;

    private static final Pattern ROW = Pattern.compile("<tr data-element=\"raid:(\\w+)\"><td>\\w+</td><td>\\w+</td><td class=\"num\">\\d+</td>"
            + "<td>[^<]*</td><td class=\"num\">([^<]*)</td><td class=\"num\">([^<]*)</td><td class=\"num\">([^<]*)</td><td class=\"num\">([^<]*)</td>"
            + "<td class=\"num\" style=\"color:#\\w+\">([^<]*)</td><td>(.*?)</td></tr>");

    @TempDir
    Path dir;

    @Test
    void theRaidsTableAndTheExportedTracksShowWhatTheThreatReportsGive() throws Exception {
        Path folder = dir.resolve("scenario");
        Cli.write(folder, "cat.bulwark", Cli.CATALOG);
        Cli.write(folder, "raids.bulwark", SCENARIO);
        Path html = dir.resolve("report.html");
        Path json = dir.resolve("report.json");
        Path geojson = dir.resolve("raids.geojson");
        assertEquals(0, Cli.run("report", folder.toString(), "-o", html.toString()).code());
        Cli.run("check", "--format", "json", "-o", json.toString(), folder.toString());
        assertEquals(0, Cli.run("export", "--format", "geojson", folder.toString(), "-o", geojson.toString()).code());

        Map<String, List<JsonNode>> threatsByRaid = new LinkedHashMap<>();
        for (JsonNode threat : new ObjectMapper().readTree(json.toFile()).get("scenarios").get(0).get("report").get("threats")) {
            threatsByRaid.computeIfAbsent(threat.get("raid").asText(), r -> new ArrayList<>()).add(threat);
        }
        assertEquals(List.of("Wave", "Late", "Far"), List.copyOf(threatsByRaid.keySet()));
        Map<String, List<String>> expected = new LinkedHashMap<>();
        List<String> differentBatteries = new ArrayList<>();
        for (Map.Entry<String, List<JsonNode>> raid : threatsByRaid.entrySet()) {
            JsonNode arc = raid.getValue().get(0).get("trajectory");
            double worst = raid.getValue().stream().mapToDouble(t -> t.get("negation").asDouble()).min().orElseThrow();
            Set<String> engaging = new LinkedHashSet<>();
            Set<List<String>> perThreat = new LinkedHashSet<>();
            for (JsonNode threat : raid.getValue()) {
                List<String> batteries = new ArrayList<>();
                threat.get("engagements").forEach(e -> {
                    if (e.get("allocatedShots").asInt() > 0) {
                        batteries.add(e.get("battery").asText());
                    }
                });
                engaging.addAll(batteries);
                perThreat.add(batteries);
            }
            if (perThreat.size() > 1) {
                differentBatteries.add(raid.getKey());
            }
            expected.put(raid.getKey(), List.of(format("%.1f s", arc.get("launchTimeS").asDouble()), format("%.1f km", arc.get("groundRangeKm").asDouble()),
                    format("%.1f km", arc.get("apogeeKm").asDouble()), format("%.1f s", arc.get("timeOfFlightS").asDouble()),
                    Markup.probability(worst), engaging.isEmpty() ? "<span class=\"bad\">none</span>" : String.join(", ", engaging)));
        }
        assertEquals(List.of("Wave", "Late"), differentBatteries, "the missiles of both raids get shots from different batteries");
        assertEquals("<span class=\"bad\">none</span>", expected.get("Far").get(5), "no battery engages Far");

        Map<String, List<String>> rows = new LinkedHashMap<>();
        Matcher row = ROW.matcher(Files.readString(html));
        while (row.find()) {
            rows.put(row.group(1), List.of(row.group(2), row.group(3), row.group(4), row.group(5), row.group(6), row.group(7)));
        }
        assertEquals(expected, rows);

        int tracks = 0;
        for (JsonNode feature : new ObjectMapper().readTree(geojson.toFile()).get("features")) {
            JsonNode properties = feature.get("properties");
            if (properties.get("layer").asText().equals("ground_tracks")) {
                List<JsonNode> threats = threatsByRaid.get(properties.get("name").asText());
                JsonNode arc = threats.get(0).get("trajectory");
                for (String[] pair : new String[][] { { "launch_time_s", "launchTimeS" }, { "ground_range_km", "groundRangeKm" },
                        { "apogee_km", "apogeeKm" }, { "time_of_flight_s", "timeOfFlightS" } }) {
                    assertEquals(arc.get(pair[1]).asDouble(), properties.get(pair[0]).asDouble(), properties.get("name") + " " + pair[0]);
                }
                assertEquals(threats.stream().mapToDouble(t -> t.get("negation").asDouble()).min().orElseThrow(),
                        properties.get("worst_negation").asDouble(), properties.get("name") + " worst negation");
                tracks++;
            }
        }
        assertEquals(3, tracks);
        assertTrue(expected.get("Wave").get(5).contains("B1"), "B1 shoots at Wave: " + expected);
    }

    private static String format(String pattern, double value) {
        return String.format(Locale.ROOT, pattern, value);
    }
}
