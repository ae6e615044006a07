package io.bulwark.core.analysis;

import static io.bulwark.core.analysis.Fixture.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.bulwark.core.finding.Finding;
import io.bulwark.core.finding.FindingKind;
import io.bulwark.core.finding.Severity;
import io.bulwark.core.finding.SubjectKind;
import io.bulwark.core.report.BatteryEngagement;
import io.bulwark.core.report.CoverageReport;
import io.bulwark.core.report.Reason;
import io.bulwark.core.scenario.Agreement;
import io.bulwark.core.scenario.GeoPoint;
import io.bulwark.core.scenario.InterceptorType;
import io.bulwark.core.scenario.Raid;
import io.bulwark.core.scenario.Region;

/** One or more hand-checked scenarios per finding kind; expected numbers derived in the comments. */
class FindingsTest {

    @Test
    void aSalvoOfTwoMeetsTheRequirementAndASalvoOfOneDoesNot() {
        // two shots of pk 0.8: 1 - 0.2^2 = 0.96 >= 0.9, no finding
        CoverageReport two = new Fixture().radar("R", "US").battery("B", "US", Fixture.INTERCEPTOR, 10, 2).analyze();
        assertEquals(0.96, two.threats().get(0).negation(), 1e-6);
        assertTrue(of(two, FindingKind.ASSET_BELOW_REQUIRED_NEGATION).isEmpty());
        // one shot: 0.8 < 0.9, kind 1 on the asset with both numbers in the message
        CoverageReport one = new Fixture().radar("R", "US").battery("B", "US", Fixture.INTERCEPTOR, 10, 1).analyze();
        List<Finding> below = of(one, FindingKind.ASSET_BELOW_REQUIRED_NEGATION);
        assertEquals(1, below.size());
        Finding finding = below.get(0);
        assertEquals("BULWARK-COV-001", finding.code());
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals(SubjectKind.ASSET, finding.subjectKind());
        assertEquals("City", finding.subject());
        assertTrue(finding.message().startsWith("City: negation 0.8 < required 0.9 against raid R1"), finding.message());
        assertTrue(finding.message().contains("B fires 1 (pk 0.8 each)"), finding.message());
        assertEquals("0.8", finding.data().get("negation"));
    }

    @Test
    void aThreatBelowTheAltitudeFloorHasNoEngagementOpportunity() {
        // the 300 km minimum-energy arc peaks at 74.1 km (reference table): below a 100 km floor
        InterceptorType high = new InterceptorType("High", 0, 200, 100, 150, 3, 10, 0.8);
        CoverageReport report = new Fixture().radar("R", "US").battery("B", "US", high, 10, 2).analyze();
        Finding finding = of(report, FindingKind.THREAT_NOT_ENGAGED).get(0);
        assertEquals("R1", finding.subject());
        assertTrue(finding.message().contains("threat apogee 74.1 km is below the 100.0 km altitude floor"), finding.message());
        BatteryEngagement engagement = report.threats().get(0).engagements().get(0);
        assertEquals(Reason.BELOW_ALTITUDE_FLOOR, engagement.reason());
        assertEquals(0, report.threats().get(0).negation());
    }

    @Test
    void aBatteryBeyondRangeSaysHowCloseTheThreatComes() {
        // a battery 3 deg of longitude west of the launch point on the equator: 3 * pi/180 * 6371 = 333.6 km
        Fixture fixture = new Fixture().radar("R", "US");
        fixture.batteries.add(new io.bulwark.core.scenario.Battery("Far", Fixture.INTERCEPTOR, "US", new GeoPoint(0, -3, 0), 10,
                io.bulwark.core.scenario.Doctrine.SHOOT_SHOOT, 2, 0, List.of(), null));
        BatteryEngagement engagement = fixture.analyze().threats().get(0).engagements().get(0);
        assertEquals(Reason.OUT_OF_RANGE, engagement.reason());
        assertEquals("closest ground range 333.6 km > 200.0 km max range", engagement.reasonDetail());
    }

    @Test
    void forcesWithoutASharingAgreementLeaveTheBatteryBlindAndTheRadarUseless() {
        // ROK radar, US battery, no agreement: kind 3 on the battery, kind 4 on the radar, and kind 5
        // because a direct link would give the battery the engagement it lacks
        CoverageReport report = new Fixture().radar("GreenPine", "ROK").battery("B", "US", Fixture.INTERCEPTOR, 10, 2).analyze();
        assertEquals(List.of("B"), of(report, FindingKind.BATTERY_WITHOUT_TRACKS).stream().map(Finding::subject).toList());
        assertEquals(List.of("GreenPine"), of(report, FindingKind.RADAR_REACHING_NO_BATTERY).stream().map(Finding::subject).toList());
        Finding sharing = of(report, FindingKind.MISSING_SHARING_PATH).get(0);
        assertEquals("ROK->US", sharing.subject());
        assertEquals(SubjectKind.FORCE_PAIR, sharing.subjectKind());
        assertEquals("GreenPine", sharing.data().get("radar"));
        assertTrue(sharing.message().contains("ROK does not share tracks with US"), sharing.message());
        assertEquals(Reason.NO_SHARING_PATH, report.threats().get(0).engagements().get(0).reason());
    }

    @Test
    void aBatteryTheGeometryRulesOutStillReportsWhenTheTrackReachesIt() {
        // a floor above the 300 km arc's apogee (74 km), a range band the arc never leaves: geometry rules the batteries out
        InterceptorType high = new InterceptorType("High", 0, 200, 100, 150, 3, 10, 0.8);
        InterceptorType far = new InterceptorType("Far", 500, 600, 10, 150, 3, 10, 0.8);
        Fixture fixture = new Fixture().radar("GreenPine", "ROK").battery("High", "ROK", high, 10, 2).battery("Far", "ROK", far, 10, 2)
                .battery("Alone", "US", high, 10, 2);
        CoverageReport report = fixture.analyze();
        var engagements = report.threats().get(0).engagements();
        double track = report.threats().get(0).radarTracks().get(0).trackTimeS();
        assertEquals(Reason.BELOW_ALTITUDE_FLOOR, engagements.get(0).reason());
        assertEquals(track, engagements.get(0).trackArrivalS(), 1e-9);
        assertEquals(track + 10, engagements.get(0).earliestLaunchS(), 0.1001);
        assertEquals(Reason.OUT_OF_RANGE, engagements.get(1).reason());
        assertEquals(track, engagements.get(1).trackArrivalS(), 1e-9);
        // no track reaches a battery of a force nobody shares with: null means never
        assertEquals(Reason.BELOW_ALTITUDE_FLOOR, engagements.get(2).reason());
        assertNull(engagements.get(2).trackArrivalS());
    }

    @Test
    void anAgreementRemovesTheSharingFindingsAndDelaysTheTrackByItsLatency() {
        Fixture fixture = new Fixture().radar("GreenPine", "ROK").battery("B", "US", Fixture.INTERCEPTOR, 10, 2);
        fixture.agreements.add(new Agreement("ROK_US", "ROK", "US", false, 4));
        CoverageReport report = fixture.analyze();
        assertTrue(of(report, FindingKind.MISSING_SHARING_PATH).isEmpty());
        assertTrue(of(report, FindingKind.BATTERY_WITHOUT_TRACKS).isEmpty());
        double track = report.threats().get(0).radarTracks().get(0).trackTimeS();
        assertEquals(track + 4, report.threats().get(0).engagements().get(0).trackArrivalS(), 0.1001);
        assertEquals(track + 4 + 10, report.threats().get(0).engagements().get(0).earliestLaunchS(), 0.1001);
    }

    @Test
    void aBatteryWithTooFewInterceptorsRunsDry() {
        // 2 missiles x salvo 2 = 4 planned, 1 available: 3 short
        Fixture fixture = new Fixture().radar("R", "US").battery("B", "US", Fixture.INTERCEPTOR, 1, 2);
        fixture.raids.set(0, new Raid("R1", Fixture.SRBM, 2, Fixture.LAUNCH, "City", Fixture.TARGET, null, 0));
        CoverageReport report = fixture.analyze();
        Finding finding = of(report, FindingKind.INVENTORY_SHORTFALL).get(0);
        assertEquals("B", finding.subject());
        assertEquals("4", finding.data().get("planned"));
        assertEquals("3", finding.data().get("shortfall"));
        // the first missile gets the one interceptor (pk 0.8), the second none
        assertEquals(0.8, report.threats().get(0).negation(), 1e-6);
        assertEquals(0.0, report.threats().get(1).negation(), 1e-6);
        assertEquals(Reason.NO_INTERCEPTORS, report.threats().get(1).engagements().get(0).reason());
    }

    @Test
    void theOnlyRadarAndTheOnlyBatteryAreSinglePointsOfFailure() {
        CoverageReport report = new Fixture().radar("R", "US").battery("B", "US", Fixture.INTERCEPTOR, 10, 2).analyze();
        List<Finding> spof = of(report, FindingKind.SINGLE_POINT_OF_FAILURE);
        assertEquals(List.of("R", "B"), spof.stream().map(Finding::subject).toList());
        assertTrue(spof.get(0).message().contains("City below required negation against R1"), spof.get(0).message());
        // with a second battery of its own radar nothing single fails... except the shared radar
        CoverageReport redundant = new Fixture().radar("R", "US").battery("B", "US", Fixture.INTERCEPTOR, 10, 2)
                .battery("B2", "US", Fixture.INTERCEPTOR, 10, 2).analyze();
        assertEquals(List.of("R"), of(redundant, FindingKind.SINGLE_POINT_OF_FAILURE).stream().map(Finding::subject).toList());
    }

    @Test
    void aRadarSeesAllOfANearbyForeignRegionAtItsSurveillanceAltitude() {
        // a 0.5 x 0.5 deg square centred 1.5 deg (167 km) west of the radar: every point at 10 km is
        // within the 1000 km detection range and above the 4/3-Earth horizon (about 412 km for 10 km)
        Fixture fixture = new Fixture().radar("R", "US").battery("B", "US", Fixture.INTERCEPTOR, 10, 2);
        double lon = Fixture.TARGET.lonDeg() - 1.5;
        fixture.regions.add(new Region("Foreign", "Elsewhere", List.of(new GeoPoint(-0.25, lon - 0.25, 0), new GeoPoint(-0.25, lon + 0.25, 0),
                new GeoPoint(0.25, lon + 0.25, 0), new GeoPoint(0.25, lon - 0.25, 0)), 10));
        Finding finding = of(fixture.analyze(), FindingKind.THIRD_PARTY_SURVEILLANCE).get(0);
        assertEquals("Foreign", finding.subject());
        assertEquals(Severity.INFO, finding.severity());
        assertEquals("1.0", finding.data().get("share"));
        assertTrue(finding.message().contains("sees 100.0 % of Foreign (Elsewhere) at 10.0 km altitude"), finding.message());
    }
}
