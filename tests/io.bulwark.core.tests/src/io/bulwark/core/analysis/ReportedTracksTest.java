package io.bulwark.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.bulwark.core.geo.Sphere;
import io.bulwark.core.report.CoverageReport;
import io.bulwark.core.report.Interval;
import io.bulwark.core.report.RadarTrack;
import io.bulwark.core.report.ThreatReport;
import io.bulwark.core.scenario.Radar;
import io.bulwark.core.scenario.RadarType;
import io.bulwark.core.scenario.Scenario;

/**
 * A report lists each radar's whole visibility of its threat, although the analysis sweeps a radar only up to its
 * track: the arc is swept again when the report is read, and reading the reports in any order gives the same tracks.
 */
class ReportedTracksTest {

    static Stream<Arguments> seeds() {
        return LongStream.rangeClosed(1, 6).mapToObj(seed -> Arguments.of(Named.of("seed=" + seed, seed)));
    }

    @Test
    void aRadarsVisibilityAfterItsTrackIsReported() {
        // under the middle of the 300 km arc (apogee 74 km) with a 30 deg ceiling: seen climbing, lost overhead, seen descending
        RadarType capped = new RadarType("Capped", 1000, 1, 360, 0, 30, 5);
        Fixture fixture = new Fixture();
        fixture.radars.add(new Radar("Middle", capped, "US", Sphere.destination(Fixture.LAUNCH, 90, 150), 0));
        RadarTrack track = fixture.analyze().threats().get(0).radarTracks().get(0);
        List<Interval> seen = track.visibility();
        assertEquals(2, seen.size(), seen.toString());
        Interval climbing = seen.get(0);
        Interval descending = seen.get(1);
        assertTrue(climbing.endS() - climbing.startS() > 5, seen.toString());
        assertTrue(descending.startS() - climbing.endS() > 60, seen.toString());
        assertEquals(climbing.startS() + 5, track.trackTimeS(), 0.1001);
        // the arc is nearly symmetric about its apogee, and so is what the radar sees of it
        assertEquals(climbing.endS() - climbing.startS(), descending.endS() - descending.startS(), 15, seen.toString());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theTracksReadInAnyOrderAreTheSame(long seed) {
        Scenario scenario = VariedScenarios.generate(seed, 30, 6, 8);
        CoverageReport report = new CoverageAnalyzer().analyze(scenario, new AnalysisOptions(1, true));
        List<ThreatReport> threats = report.threats();
        List<List<RadarTrack>> inOrder = new ArrayList<>();
        for (ThreatReport threat : threats) {
            inOrder.add(threat.radarTracks());
        }
        int seenAny = 0;
        for (int t = threats.size() - 1; t >= 0; t--) {
            // from the last threat back, each read between a read of the first and of the last threat
            threats.get(0);
            assertEquals(inOrder.get(t), threats.get(t).radarTracks(), "threat " + t);
            threats.get(threats.size() - 1);
            seenAny += inOrder.get(t).stream().anyMatch(track -> !track.visibility().isEmpty()) ? 1 : 0;
        }
        assertTrue(seenAny > 0, "no radar sees any threat");
        assertEquals(inOrder, Parallel.map(2, threats.size(), t -> threats.get(t).radarTracks()));
    }
}
