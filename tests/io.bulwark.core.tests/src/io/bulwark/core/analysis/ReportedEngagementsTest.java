package io.bulwark.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.bulwark.core.report.BatteryEngagement;
import io.bulwark.core.report.CoverageReport;
import io.bulwark.core.report.Interval;
import io.bulwark.core.report.ThreatReport;
import io.bulwark.core.scenario.Battery;
import io.bulwark.core.scenario.Scenario;

/**
 * The analysis keeps of an engagement its first intercept and shots; its windows and intercepts as reported are swept
 * again when a threat report is read. On seeded scenarios: the reported first intercept is the one the inventory and
 * the findings use, the planned shots are a salvo per reported intercept, each intercept lies in a reported window,
 * and reading the reports in any order or in parallel gives the same engagements.
 */
class ReportedEngagementsTest {

    static Stream<Arguments> seeds() {
        return LongStream.rangeClosed(1, 8).mapToObj(seed -> Arguments.of(Named.of("seed=" + seed, seed)));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theReportedInterceptsAreTheAnalysisOwnAndLieInTheReportedWindows(long seed) {
        Scenario scenario = VariedScenarios.generate(seed, 40, 10, 6);
        Analysis analysis = new Analysis(scenario, 1, true, true);
        int engaging = 0;
        int secondSalvos = 0;
        for (int r = 0; r < analysis.raids.length; r++) {
            Analysis.RaidGeometry raid = analysis.raids[r];
            Analysis.ReportedRaid reported = analysis.reported(r);
            for (int b = 0; b < scenario.batteries().size(); b++) {
                Battery battery = scenario.batteries().get(b);
                Engagement engagement = raid.engagement(b);
                Analysis.ReportedEngagement shown = reported.engagements()[b];
                String label = scenario.raids().get(r).name() + " / " + battery.name() + " (seed " + seed + ")";
                if (engagement.planned == 0) {
                    assertEquals(List.of(), shown.windows(), label);
                    assertEquals(List.of(), shown.intercepts(), label);
                    continue;
                }
                engaging++;
                List<Double> intercepts = shown.intercepts();
                assertEquals(engagement.planned, intercepts.size() * battery.salvoSize(), label + ": " + intercepts);
                assertEquals(engagement.reportedFirstIntercept(raid.path()), intercepts.get(0), 0, label);
                assertEquals(shown.windows().get(0).startS(), intercepts.get(0), 0, label);
                for (double intercept : intercepts) {
                    assertTrue(shown.windows().stream().anyMatch(w -> w.startS() <= intercept && intercept <= w.endS()),
                            label + ": " + intercept + " outside " + shown.windows());
                }
                if (intercepts.size() == 2) {
                    secondSalvos++;
                    assertTrue(intercepts.get(1) >= intercepts.get(0) + battery.assessmentS() - 0.1, label + ": " + intercepts);
                }
            }
        }
        assertTrue(engaging > 0 && secondSalvos > 0, engaging + " engagements, " + secondSalvos + " with a second salvo");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theEngagementsReadInAnyOrderAreTheSame(long seed) {
        Scenario scenario = VariedScenarios.generate(seed, 40, 10, 6);
        CoverageReport report = new CoverageAnalyzer().analyze(scenario, new AnalysisOptions(1, true));
        List<ThreatReport> threats = report.threats();
        List<List<BatteryEngagement>> inOrder = new ArrayList<>();
        for (ThreatReport threat : threats) {
            inOrder.add(threat.engagements());
        }
        for (int t = threats.size() - 1; t >= 0; t--) {
            // from the last threat back, each read between a read of the first and of the last threat
            threats.get(0);
            assertEquals(inOrder.get(t), threats.get(t).engagements(), "threat " + t);
            threats.get(threats.size() - 1);
        }
        assertEquals(inOrder, Parallel.map(2, threats.size(), t -> threats.get(t).engagements()));
        List<Interval> windows = inOrder.stream().flatMap(List::stream).flatMap(e -> e.windows().stream()).toList();
        assertFalse(windows.isEmpty(), "no battery engages any threat");
    }
}
