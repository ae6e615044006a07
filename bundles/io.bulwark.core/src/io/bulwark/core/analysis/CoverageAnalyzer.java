package io.bulwark.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import io.bulwark.core.analysis.Inventory.Outcome;
import io.bulwark.core.report.BatteryEngagement;
import io.bulwark.core.report.CoverageReport;
import io.bulwark.core.report.Reason;
import io.bulwark.core.report.ThreatReport;
import io.bulwark.core.report.ThreatReports;
import io.bulwark.core.report.TrajectorySummary;
import io.bulwark.core.scenario.Battery;
import io.bulwark.core.scenario.Raid;
import io.bulwark.core.scenario.Scenario;
import io.bulwark.core.trajectory.BallisticTrajectory;

/**
 * The intercept-coverage analysis of docs/coverage-model.md. Stateless and thread-safe: every call
 * works on its own data, and the result is the same for any number of threads.
 */
public final class CoverageAnalyzer {

    /** Analyses a scenario: per-threat engagements (each threat's report built when read), negations, and all findings. */
    public CoverageReport analyze(Scenario scenario, AnalysisOptions options) {
        return report(new Analysis(scenario, options.threads(), true, options.singlePointOfFailure()), options);
    }

    /**
     * {@link #analyze(Scenario, AnalysisOptions)} that takes from the cache the geometry of the raids an edit left as
     * they were (the deployment unchanged), and leaves its own there for the next call. The report is the same.
     */
    public CoverageReport analyze(Scenario scenario, AnalysisOptions options, GeometryCache cache) {
        Analysis previous = cache.take();
        Deployment deployment = previous != null && previous.deployment.deploys(scenario) ? previous.deployment : new Deployment(scenario);
        Analysis analysis = new Analysis(scenario, deployment, previous, options.threads(), true, options.singlePointOfFailure());
        CoverageReport report = report(analysis, options);
        cache.keep(analysis);
        return report;
    }

    private static CoverageReport report(Analysis analysis, AnalysisOptions options) {
        Inventory inventory = new Inventory(analysis);
        Outcome baseline = inventory.baseline();
        List<Battery> batteries = analysis.scenario.batteries();
        List<ThreatReport> threats = new ThreatReports(analysis.paths.length, t -> threatReport(analysis, baseline, t),
                t -> analysis.paths[t].raid.name(), t -> analysis.paths[t].index, t -> Precision.probability(baseline.negation[t]),
                baseline::interceptorsSpent, t -> trajectory(analysis.paths[t]),
                t -> IntStream.of(baseline.allocating(t)).mapToObj(b -> batteries.get(b).name()).toList());
        Findings findings = new Findings(analysis, inventory, baseline, options.singlePointOfFailure(), options.threads());
        return new CoverageReport(analysis.scenario.name(), CoverageReport.ASSUMPTIONS, threats, findings.assetRaids(), findings.assets(),
                findings.all());
    }

    /** Only the probability of negation of every threat (raid order, then index), after inventory. */
    public double[] negations(Scenario scenario, AnalysisOptions options) {
        return new Inventory(new Analysis(scenario, options.threads(), false, false)).baseline().negation;
    }

    /**
     * The probability of negation of a lone raid's first threat, raid by raid, against the scenario's deployment (its
     * raids aside), which is prepared once: the cells of a footprint. Thread-safe; it analyses on the calling thread.
     */
    @FunctionalInterface
    public interface LoneRaidNegation {

        /**
         * The value of {@link #negations} of the scenario with that one raid, or, given an arc of the raid's range and
         * apogee, of the raid flying that arc's shape turned to its launch point ({@link BallisticTrajectory#turnedTo}):
         * the raids of one shape analysed one after another on a thread compute its points once.
         *
         * @param sameShape  such an arc, or null
         */
        double of(Raid raid, BallisticTrajectory sameShape);
    }

    /** The {@link LoneRaidNegation} of a scenario's deployment. */
    public LoneRaidNegation loneRaidNegation(Scenario scenario) {
        Scenario deployed = scenario.with(scenario.radars(), scenario.batteries(), scenario.agreements(), List.of());
        Analysis analysis = new Analysis(deployed, new Deployment(deployed), null, 1, false, false);
        ThreadLocal<ArcPlane> planes = new ThreadLocal<>();
        return (raid, sameShape) -> {
            ArcPlane plane = planes.get();
            if (sameShape != null && (plane == null || plane.shape != sameShape)) {
                plane = new ArcPlane(sameShape);
                planes.set(plane);
            }
            Analysis.RaidGeometry geometry = analysis.loneRaid(raid, sameShape == null ? null : plane);
            return Inventory.loneMissileNegation(deployed.batteries(), geometry.engagements());
        };
    }

    private static ThreatReport threatReport(Analysis analysis, Outcome outcome, int t) {
        ThreatPath path = analysis.paths[t];
        Scenario scenario = analysis.scenario;
        Analysis.ReportedRaid reported = analysis.reported(path.raidIndex);
        List<BatteryEngagement> engagements = new ArrayList<>();
        for (int b = 0; b < scenario.batteries().size(); b++) {
            Engagement e = analysis.raidOf(t).engagement(b);
            double arrivalS = analysis.arrivalS(path.raidIndex, b);
            Double arrival = Double.isNaN(arrivalS) ? null : Precision.time(path.scenarioTime(arrivalS));
            Double launch = Double.isNaN(arrivalS) ? null
                    : Precision.time(path.scenarioTime(arrivalS + scenario.batteries().get(b).type().reactionS()));
            int allocated = outcome.allocated(t, b);
            Reason reason = e.planned == 0 ? e.reason : allocated == 0 ? Reason.NO_INTERCEPTORS : Reason.NONE;
            String detail = e.planned == 0 ? analysis.detail(e, t, b)
                    : allocated == 0 ? "no interceptors left for it"
                    : allocated < e.planned ? allocated + " of " + e.planned + " planned interceptors left" : "";
            Analysis.ReportedEngagement shown = reported.engagements()[b];
            engagements.add(new BatteryEngagement(scenario.batteries().get(b).name(), arrival, launch, shown.windows(), shown.intercepts(),
                    e.planned, allocated, reason, detail));
        }
        return new ThreatReport(path.raid.name(), path.index, path.raid.targetAsset(), trajectory(path),
                reported.tracks(), engagements, Precision.probability(outcome.negation[t]));
    }

    /** A threat's arc as reported, rounded per the contract. */
    private static TrajectorySummary trajectory(ThreatPath path) {
        return new TrajectorySummary(Precision.distance(path.trajectory.groundRangeKm()), Precision.angle(path.trajectory.gammaDeg()),
                Precision.speed(path.trajectory.burnoutSpeedKmS()), Precision.distance(path.trajectory.apogeeKm()),
                Precision.time(path.timeOfFlight()), Precision.time(path.raid.launchTimeS()),
                Precision.time(path.scenarioTime(path.timeOfFlight())));
    }

    static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
