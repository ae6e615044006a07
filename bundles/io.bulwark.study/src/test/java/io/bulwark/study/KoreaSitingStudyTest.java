package io.bulwark.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.core.analysis.AnalysisOptions;
import io.bulwark.core.analysis.CoverageAnalyzer;
import io.bulwark.core.geo.Sphere;
import io.bulwark.core.report.CoverageReport;
import io.bulwark.core.report.ThreatReport;
import io.bulwark.core.scenario.GeoPoint;

/**
 * Where would a second battery have to stand to cover Seoul in the Korea-2016 scenario? Checked by hand: the Seoul
 * raid North1 (Scud-C, minimum energy, 305 km) peaks at 39.5 km, under THAAD's 40 km floor, so no THAAD site can
 * engage it and none fixes Seoul; a Patriot-class battery (PAC-3 CRI, 3-20 km, 1-15 km altitude) near Seoul does.
 */
class KoreaSitingStudyTest {

    @TempDir
    Path dir;

    private static final String STUDIES = """
            study SecondThaad for Korea2016 {
                add battery THAAD_2 : THAAD { owner USFK at 36.5 N, 127.5 E interceptors 48 doctrine shoot-look-shoot assess 10 s }
                site THAAD_2 grid 35.0 N, 126.0 E to 38.3 N, 129.5 E step 25 km
                objective worst-negation Seoul
                objective worst-negation
                constraint Seoul covered
            }
            study SecondPatriot for Korea2016 {
                add battery PAC3_2 : PAC3_CRI { owner USFK at 37.5 N, 127.0 E interceptors 32 doctrine shoot-shoot salvo 2 }
                site PAC3_2 grid around 37.566 N, 126.978 E radius 40 km step 5 km
                objective worst-negation Seoul
                objective interceptors-spent
                constraint Seoul covered
            }
            """;

    private List<Object[]> rows(StudyPlan plan) {
        List<Object[]> rows = new ArrayList<>();
        for (long i = 0; i < plan.variantCount(); i++) {
            rows.add(plan.row(i));
        }
        return rows;
    }

    @Test
    void noThaadSiteFixesSeoulWhilePatriotSitesNearSeoulDo() throws IOException, InterruptedException {
        String scenario = Files.readString(Studies.EXAMPLES.resolve("korea2016.bulwark"));
        StudyPlan thaad = StudyCompiler.compile(Studies.load(dir.resolve("thaad"), scenario, STUDIES, "SecondThaad"));
        CoverageReport base = new CoverageAnalyzer().analyze(thaad.base(), new AnalysisOptions(1, false));
        ThreatReport north1 = base.threats().stream().filter(t -> t.raid().equals("North1")).findFirst().orElseThrow();
        // the hand check: the Seoul raid's arc never rises above THAAD's 40 km floor
        assertEquals(39.5, north1.trajectory().apogeeKm(), 0.05);
        double thaadFloorKm = thaad.base().batteries().stream().filter(b -> b.name().equals("THAAD_2")).findFirst().orElseThrow().type()
                .minAltitudeKm();
        assertEquals(40.0, thaadFloorKm);
        assertTrue(north1.trajectory().apogeeKm() < thaadFloorKm);
        double seoulBase = base.assets().stream().filter(a -> a.asset().equals("Seoul")).findFirst().orElseThrow().worstNegation();
        assertTrue(seoulBase < 0.9, "Seoul is not covered by the 2016 architecture: " + seoulBase);

        List<Object[]> thaadRows = rows(thaad);
        int seoul = thaad.columns().indexOf(Column.number("objective.worst-negation.Seoul"));
        int feasible = thaad.columns().indexOf(Column.flag("feasible"));
        assertEquals(15 * 13, thaadRows.size(), "a 25 km grid over 35.0-38.3 N, 126.0-129.5 E");
        for (Object[] row : thaadRows) {
            assertEquals(seoulBase, (Double) row[seoul], 1e-12, "THAAD_2 at " + row[1] + ", " + row[2] + " changes nothing for Seoul");
            assertFalse((Boolean) row[feasible], "no THAAD site covers Seoul");
        }

        StudyPlan patriot = StudyCompiler.compile(Studies.load(dir.resolve("patriot"), scenario, STUDIES, "SecondPatriot"));
        List<Object[]> patriotRows = rows(patriot);
        GeoPoint seoulSite = new GeoPoint(37.566, 126.978, 0);
        List<Double> fixingKm = new ArrayList<>();
        for (Object[] row : patriotRows) {
            double km = Sphere.groundRangeKm(seoulSite, new GeoPoint((Double) row[1], (Double) row[2], 0));
            if ((Boolean) row[feasible]) {
                fixingKm.add(km);
            } else {
                // within 15 km the city's own terminal dive passes within PAC-3's 20 km and under its 15 km ceiling
                assertTrue(km > 15, "a site " + km + " km from Seoul covers it");
            }
        }
        assertFalse(fixingKm.isEmpty(), "some Patriot site covers Seoul");
        // the raid dives on Seoul: an engagement below 15 km happens in the last ~20 km of the track, so a 20 km interceptor
        // must stand within about 20 + 20 km of the city
        assertTrue(fixingKm.stream().allMatch(km -> km <= 40.5), "Patriot sites that fix Seoul are near it: " + fixingKm);
        assertTrue(fixingKm.stream().anyMatch(km -> km < 1), "the site at Seoul itself fixes it");
        assertTrue(fixingKm.size() < patriotRows.size(), "and not every site near Seoul does");

        Path report = Path.of("target/korea-thaad-study.html").toAbsolutePath();
        StudyReport.write(thaad, thaadRows, report);
        Path patriotReport = Path.of("target/korea-patriot-study.html").toAbsolutePath();
        StudyReport.write(patriot, patriotRows, patriotReport);
        screenshot(patriotReport, Path.of("target/korea-patriot-study.png").toAbsolutePath());
        screenshot(report, Path.of("target/korea-thaad-study.png").toAbsolutePath());

        // the heatmaps on the map: every site a cell, the coast and the map's furniture, the outlined cells those that fix Seoul
        String thaadHtml = Files.readString(report);
        assertEquals(thaadRows.size(), count(thaadHtml, "data-value="), "a cell per THAAD site");
        assertEquals(0, count(thaadHtml, "data-feasible="), "no THAAD cell outlined");
        assertFalse(thaadHtml.contains("class=\"best\""), "no best THAAD site is marked: every site gives the same");
        assertTrue(thaadHtml.contains("no best site: every site gives 0"), "the legend says every THAAD site gives 0");
        for (String furniture : List.of("class=\"coast\"", "class=\"land\"", "class=\"scale-bar\"", "class=\"north-arrow\"",
                "Projection: azimuthal equidistant", "data-element=\"asset:Seoul\"", "data-element=\"battery:THAAD_Seongju\"",
                "data-element=\"raid:North1\"")) {
            assertTrue(thaadHtml.contains(furniture), furniture);
        }
        assertFalse(thaadHtml.contains("data-element=\"battery:THAAD_2\""), "the sited battery is the grid, not a fixed site");
        String patriotHtml = Files.readString(patriotReport);
        assertEquals(patriotRows.size(), count(patriotHtml, "data-value="), "a cell per Patriot site");
        assertEquals(fixingKm.size(), count(patriotHtml, "data-feasible="), "the Patriot cells that fix Seoul are outlined");
        String best = patriotHtml.substring(patriotHtml.indexOf("class=\"best\""));
        double bestLat = Double.parseDouble(best.replaceFirst("(?s)^class=\"best\" data-lat=\"([-0-9.]+)\".*", "$1"));
        double bestLon = Double.parseDouble(best.replaceFirst("(?s)^class=\"best\" data-lat=\"[-0-9.]+\" data-lon=\"([-0-9.]+)\".*", "$1"));
        assertTrue(Sphere.groundRangeKm(seoulSite, new GeoPoint(bestLat, bestLon, 0)) <= 40.5, "the best Patriot site is one that fixes Seoul");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private void screenshot(Path html, Path png) throws IOException, InterruptedException {
        Path chromium = Path.of("/usr/bin/chromium");
        assertTrue(Files.isExecutable(chromium), "Chromium is installed by .ci/run (apt-get install chromium)");
        Files.deleteIfExists(png);
        Process process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=" + dir.resolve("profile"),
                "--hide-scrollbars", "--window-size=1200,1800", "--screenshot=" + png, html.toUri().toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("chromium.log").toFile()).start();
        try {
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "Chromium finished");
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        assertTrue(Files.size(png) > 10_000, Files.readString(dir.resolve("chromium.log")));
    }
}
