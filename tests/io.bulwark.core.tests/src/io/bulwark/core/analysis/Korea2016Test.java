package io.bulwark.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.bulwark.core.finding.Finding;
import io.bulwark.core.finding.FindingKind;
import io.bulwark.core.report.CoverageReport;
import io.bulwark.core.scenario.Agreement;
import io.bulwark.core.scenario.Asset;
import io.bulwark.core.scenario.Battery;
import io.bulwark.core.scenario.Doctrine;
import io.bulwark.core.scenario.Force;
import io.bulwark.core.scenario.GeoPoint;
import io.bulwark.core.scenario.InterceptorType;
import io.bulwark.core.scenario.MissileType;
import io.bulwark.core.scenario.Radar;
import io.bulwark.core.scenario.RadarType;
import io.bulwark.core.scenario.Raid;
import io.bulwark.core.scenario.Scenario;

/** The worked example of the language sketch (Korea 2016), built as records. */
class Korea2016Test {

    private static final InterceptorType THAAD = new InterceptorType("THAAD", 30, 200, 40, 150, 2.8, 10, 0.85);
    private static final RadarType TPY2 = new RadarType("AN_TPY_2", 1000, 1, 120, 0.5, 90, 5);
    private static final MissileType SCUD_C = new MissileType("Scud_C", 550, 0.1);
    private static final GeoPoint SEONGJU = new GeoPoint(36.006, 128.169, 0.68);
    private static final GeoPoint SEOUL = new GeoPoint(37.566, 126.978, 0);
    private static final GeoPoint BUSAN = new GeoPoint(35.180, 129.076, 0);

    static Scenario korea() {
        return new Scenario("Korea2016",
                List.of(new Force("USFK", "United States"), new Force("ROK", "Republic of Korea"), new Force("JSDF", "Japan")),
                List.of(new Agreement("ROK_US", "USFK", "ROK", true, 2), new Agreement("US_JAPAN", "USFK", "JSDF", true, 3)),
                List.of(new Radar("TPY2_Seongju", TPY2, "USFK", SEONGJU, 320)),
                List.of(new Battery("THAAD_Seongju", THAAD, "USFK", SEONGJU, 48, Doctrine.SHOOT_LOOK_SHOOT, 1, 10, List.of(),
                        "TPY2_Seongju")),
                List.of(new Asset("Seoul", SEOUL, 0.9), new Asset("Busan", BUSAN, 0.9)), List.of(),
                List.of(new Raid("North1", SCUD_C, 4, new GeoPoint(38.9, 125.6, 0), "Busan", BUSAN, null, 0),
                        new Raid("North2", SCUD_C, 1, new GeoPoint(38.65, 125.79, 0), "Seoul", SEOUL, null, 0),
                        new Raid("North3", SCUD_C, 1, new GeoPoint(39.0, 125.8, 0), "Busan", BUSAN, 150.0, 30)));
    }

    @Test
    void seoulIsExposedBecauseAScudFromHwangjuFliesBelowThaadsFloorAndOutOfItsRange() {
        // Hwangju-Seoul is 159.1 km; a minimum-energy arc reaches 40 km apogee only at ~161 km, so the
        // apogee is just under THAAD's 40 km floor; Seongju-Seoul is 203.4 km > 200 km max range
        CoverageReport report = new CoverageAnalyzer().analyze(korea(), AnalysisOptions.DEFAULT);
        Finding seoul = report.findings().stream()
                .filter(f -> f.kind() == FindingKind.ASSET_BELOW_REQUIRED_NEGATION && f.subject().equals("Seoul")).findFirst().orElseThrow();
        assertTrue(seoul.message().startsWith("Seoul: negation 0.0 < required 0.9 against raid North2"), seoul.message());
        assertTrue(seoul.message().contains("THAAD_Seongju cannot engage: out of range"), seoul.message());
        assertTrue(seoul.message().contains("apogee 39.5 km is below the 40.0 km altitude floor"), seoul.message());
        double apogee = report.threats().stream().filter(t -> t.raid().equals("North2")).findFirst().orElseThrow().trajectory().apogeeKm();
        assertEquals(39.5, apogee, 0.1);
    }

    @Test
    void busanIsDefendedByShootLookShootAgainstTheLoftedRaid() {
        // the lofted North3 (apogee 150 km) passes inside THAAD's envelope: two shots of 0.85 give 0.9775
        CoverageReport report = new CoverageAnalyzer().analyze(korea(), AnalysisOptions.DEFAULT);
        var north3 = report.threats().stream().filter(t -> t.raid().equals("North3")).findFirst().orElseThrow();
        assertEquals(150.0, north3.trajectory().apogeeKm(), 1e-9);
        assertEquals(30.0, north3.trajectory().launchTimeS());
        assertEquals(2, north3.engagements().get(0).allocatedShots());
        assertEquals(0.9775, north3.negation(), 1e-6);
    }
}
