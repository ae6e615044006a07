package io.bulwark.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.bulwark.core.report.BatteryEngagement;
import io.bulwark.core.report.CoverageReport;
import io.bulwark.core.report.ThreatReport;
import io.bulwark.core.scenario.Scenario;

/**
 * The interceptors spent, read without building a threat report, are the allocated shots of every threat's report
 * added up: on seeded scenarios (seeds 1-12), some of whose batteries run dry.
 */
class InterceptorsSpentTest {

    @Test
    void theInterceptorsSpentAreTheAllocatedShotsOfEveryThreatOnSeeds1To12() {
        int reportsWithShortShots = 0;
        int spentInAll = 0;
        for (long seed = 1; seed <= 12; seed++) {
            Scenario scenario = VariedScenarios.generate(seed, 40, 8, 6);
            CoverageReport lazy = new CoverageAnalyzer().analyze(scenario, new AnalysisOptions(2, false));
            List<ThreatReport> built = new ArrayList<>(lazy.threats());
            int allocated = built.stream().flatMap(t -> t.engagements().stream()).mapToInt(BatteryEngagement::allocatedShots).sum();
            assertEquals(allocated, lazy.interceptorsSpent(), "seed " + seed);
            CoverageReport eager = new CoverageReport(lazy.scenario(), lazy.assumptions(), built, lazy.assetRaids(), lazy.assets(),
                    lazy.findings());
            assertEquals(allocated, eager.interceptorsSpent(), "seed " + seed + ", reports built");
            spentInAll += allocated;
            if (built.stream().flatMap(t -> t.engagements().stream()).anyMatch(e -> e.allocatedShots() < e.plannedShots())) {
                reportsWithShortShots++;
            }
        }
        assertTrue(spentInAll > 0, "some battery fires");
        assertTrue(reportsWithShortShots > 0, "some battery runs dry, so that fewer shots are spent than planned");
    }
}
