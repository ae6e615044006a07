package io.bulwark.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.core.scenario.GeoPoint;
import io.bulwark.core.scenario.InvalidScenarioException;
import io.bulwark.report.geo.LandMask;

/** "site ... within land": the cells the maps' coastlines put at sea are left out; a grid with none on land is refused. */
class LandSitesTest {

    @TempDir
    Path dir;

    @Test
    void landAndSeaByTheMapsCoastlines() {
        // Seongju (THAAD's 2016 site), Seoul, inland Gangneung, Jeju island, Ulleungdo (73 km2, 120 km offshore)
        for (double[] land : new double[][] { { 35.92, 128.28 }, { 37.566, 126.978 }, { 37.75, 128.85 }, { 33.38, 126.55 }, { 37.50, 130.87 } }) {
            assertTrue(LandMask.onLand(land[0], land[1]), land[0] + ", " + land[1] + " is on land");
        }
        // the Sea of Japan 30 km east of Gangneung, the Yellow Sea west of Taean, the Korea Strait, the Caspian (a hole in the land)
        for (double[] sea : new double[][] { { 37.75, 129.3 }, { 36.7, 125.8 }, { 34.6, 129.0 }, { 42.0, 50.5 } }) {
            assertFalse(LandMask.onLand(sea[0], sea[1]), sea[0] + ", " + sea[1] + " is at sea");
        }
    }

    @Test
    void aLandOnlyGridAcrossTheCoastAtGangneungKeepsTheCellsWestOfIt() throws IOException {
        // one row of cells at Gangneung's latitude from 128.5 E (inland) to 129.5 E (the Sea of Japan); the coast is near 128.95 E
        StudyPlan plan = Studies.plan(dir, Studies.SMALL, """
                study s for Small {
                    site PAC grid 37.75 N, 128.5 E to 37.75 N, 129.5 E step 5 km within land
                    site MPQ grid 35.92 N, 128.28 E to 35.92 N, 128.28 E step 5 km within land
                    objective worst-negation
                }
                """);
        List<GeoPoint> row = ((Axis.Sites) plan.axes().get(0)).cells();
        assertTrue(row.stream().allMatch(c -> c.lonDeg() < 129.0), "no cell east of the coast: " + row);
        assertTrue(row.stream().anyMatch(c -> c.lonDeg() > 128.85), "the cells up to the coast stay: " + row);
        assertEquals(row.size(), row.stream().filter(c -> c.lonDeg() < 129.0).count());
        // all of them: 5 km steps from 128.5 E to the coast
        assertTrue(row.size() >= 7, "about eight cells on land: " + row);
        assertEquals(List.of(new GeoPoint(35.92, 128.28, 0)), ((Axis.Sites) plan.axes().get(1)).cells(), "Seongju is on land");
    }

    @Test
    void aGridWithNoCellOnLandIsRefusedNamingItsLine() throws IOException {
        InvalidScenarioException refused = assertThrows(InvalidScenarioException.class, () -> Studies.plan(dir, Studies.SMALL, """
                study s for Small {
                    objective worst-negation
                    site PAC grid around 37.75 N, 129.6 E radius 15 km step 5 km within land
                }
                """));
        assertEquals("the site grid of PAC (line 4) has no cell on land", refused.getMessage());
    }
}
