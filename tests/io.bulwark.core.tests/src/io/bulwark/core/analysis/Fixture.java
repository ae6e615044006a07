package io.bulwark.core.analysis;

import java.util.ArrayList;
import java.util.List;

import io.bulwark.core.finding.Finding;
import io.bulwark.core.finding.FindingKind;
import io.bulwark.core.geo.Sphere;
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
import io.bulwark.core.scenario.Region;
import io.bulwark.core.scenario.Scenario;

/**
 * Hand-checkable scenarios on the equator: a minimum-energy threat flies 300 km due east from (0, 0)
 * to the asset (apogee 74.1 km, 251.0 s by the contract's table); radars and batteries sit at the asset.
 */
final class Fixture {

    static final GeoPoint LAUNCH = new GeoPoint(0, 0, 0);
    static final GeoPoint TARGET = Sphere.destination(LAUNCH, 90, 300);
    static final MissileType SRBM = new MissileType("SRBM", 600, 1);
    /** 0-200 km, 10-150 km, 3 km/s, 10 s reaction, pk 0.8. */
    static final InterceptorType INTERCEPTOR = new InterceptorType("Upper", 0, 200, 10, 150, 3, 10, 0.8);
    /** 1000 km at 1 m2, all round, 0-90 deg, 5 s to track. */
    static final RadarType SURVEILLANCE = new RadarType("Surveillance", 1000, 1, 360, 0, 90, 5);

    final List<Force> forces = new ArrayList<>(List.of(new Force("US", "United States"), new Force("ROK", "Republic of Korea")));
    final List<Agreement> agreements = new ArrayList<>();
    final List<Radar> radars = new ArrayList<>();
    final List<Battery> batteries = new ArrayList<>();
    final List<Asset> assets = new ArrayList<>(List.of(new Asset("City", TARGET, 0.9)));
    final List<Region> regions = new ArrayList<>();
    final List<Raid> raids = new ArrayList<>(List.of(new Raid("R1", SRBM, 1, LAUNCH, "City", TARGET, null, 0)));

    Fixture radar(String name, String force) {
        radars.add(new Radar(name, SURVEILLANCE, force, TARGET, 0));
        return this;
    }

    Fixture battery(String name, String force, InterceptorType type, int interceptors, int salvo) {
        batteries.add(new Battery(name, type, force, TARGET, interceptors, Doctrine.SHOOT_SHOOT, salvo, 0, List.of(), null));
        return this;
    }

    Scenario scenario() {
        return new Scenario("Fixture", forces, agreements, radars, batteries, assets, regions, raids);
    }

    CoverageReport analyze() {
        return new CoverageAnalyzer().analyze(scenario(), new AnalysisOptions(1, true));
    }

    static List<Finding> of(CoverageReport report, FindingKind kind) {
        return report.findings().stream().filter(f -> f.kind() == kind).toList();
    }
}
