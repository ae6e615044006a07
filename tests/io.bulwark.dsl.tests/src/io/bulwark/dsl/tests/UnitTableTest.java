package io.bulwark.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.bulwark.model.bulwark.BulwarkPackage;
import io.bulwark.model.units.Dimension;
import io.bulwark.model.units.Unit;
import io.bulwark.model.units.Units;

/** The unit table is written once (Unit) and the documentation and the validator's messages follow it. */
class UnitTableTest {

    private static final BulwarkPackage B = BulwarkPackage.eINSTANCE;

    /** The rows of docs/language.md's table "| Dimension | Units | Conversion |": dimension column to its row. */
    private static Map<String, String[]> documentedRows() throws IOException {
        List<String> lines = Files.readAllLines(Language.EXAMPLES.resolve("../docs/language.md").normalize());
        int header = lines.indexOf("| Dimension | Units | Conversion |");
        assertTrue(header >= 0, "docs/language.md has the unit table");
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String[] cells = Arrays.stream(lines.get(i).split("\\|")).map(String::trim).filter(c -> !c.isEmpty()).toArray(String[]::new);
            rows.put(cells[0], cells);
        }
        return rows;
    }

    private static List<String> codeSpans(String text) {
        List<String> spans = new ArrayList<>();
        Matcher m = Pattern.compile("`([^`]+)`").matcher(text);
        while (m.find()) {
            spans.add(m.group(1));
        }
        return spans;
    }

    @Test
    void theDocumentedUnitsOfEachDimensionAreTheTables() throws IOException {
        Map<String, String[]> rows = documentedRows();
        for (Dimension dimension : Dimension.values()) {
            String[] row = rows.entrySet().stream().filter(e -> e.getKey().contains(dimension.label())).map(Map.Entry::getValue)
                    .findFirst().orElseThrow(() -> new AssertionError("docs/language.md has no row for " + dimension.label() + ": " + rows.keySet()));
            assertEquals(dimension.units(), codeSpans(row[1]), dimension.label());
        }
        assertEquals(Dimension.values().length + 1, rows.size(), "one row per dimension and the probability: " + rows.keySet());
    }

    @Test
    void theDocumentedConversionsAreTheTables() throws IOException {
        Pattern conversion = Pattern.compile("1 (\\S+) = ([0-9.]+) (\\S+)");
        int checked = 0;
        for (String[] row : documentedRows().values()) {
            Matcher m = conversion.matcher(row.length > 2 ? row[2] : "");
            if (m.find()) {
                Unit unit = Unit.of(m.group(1)).orElseThrow();
                assertEquals(unit.dimension().baseUnit(), m.group(3), row[2]);
                assertEquals(Double.parseDouble(m.group(2)), unit.toBase(1), 1e-12, row[2]);
                checked++;
            }
        }
        assertEquals(2, checked, "nmi and min");
        assertEquals(1.0, Unit.DBSM.toBase(0)); // 0 dBsm is 1 m2
        assertEquals(0.1, Unit.DBSM.toBase(-10), 1e-15);
    }

    @Test
    void theUnitsAllowedInAClauseAreThoseOfItsDimension() {
        assertEquals(List.of("km/s", "m/s"), Units.allowedIn(B.getInterceptorType_Speed()));
        assertEquals(List.of("km", "m", "nmi"), Units.allowedIn(B.getInterceptorType_Range()));
        assertEquals(List.of("m2", "dBsm"), Units.allowedIn(B.getMissileType_Rcs()));
        assertEquals(List.of("s", "min"), Units.allowedIn(B.getRaid_LaunchTime()));
        assertEquals(List.of(), Units.allowedIn(B.getInterceptorType_Pk()), "a probability has no unit");
    }

    @Test
    void theValidatorOffersTheClausesUnits() throws IOException {
        var issues = Language.validate(Language.parse("""
                package p
                interceptor I { range 0 .. 200 s altitude 10 .. 150 km speed 3 km/s reaction 10 s pk 0.8 }
                """));
        var wrong = issues.stream().filter(i -> i.getMessage().startsWith("Wrong unit 's'")).findFirst().orElseThrow(() -> new AssertionError(issues));
        assertEquals(Units.allowedIn(B.getInterceptorType_Range()), List.of(wrong.getData()));
    }
}
