package io.bulwark.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.bulwark.design.ScenarioServices;
import io.bulwark.model.bulwark.Asset;
import io.bulwark.model.bulwark.Battery;
import io.bulwark.model.bulwark.Force;
import io.bulwark.model.bulwark.InterceptorType;
import io.bulwark.model.bulwark.MissileType;
import io.bulwark.model.bulwark.Radar;
import io.bulwark.model.bulwark.RadarType;
import io.bulwark.model.bulwark.Raid;

/**
 * The finding-driven services against the real analysis core, on a scenario whose numbers can be checked by hand.
 *
 * <p>One asset at 36.0 N 128.0 E requiring 0.9; a radar and a battery of the same force (no sharing latency) on
 * the asset; a Scud-class raid launched 300 km north (38.698 N, same meridian: 2.698 deg x 111.19 km/deg = 300 km),
 * a minimum-energy arc of apogee 74 km and 251 s flight (coverage-model reference table). The 360-degree radar
 * sees the 0.1 m2 threat at 1000 x 0.1^(1/4) = 562 km, far beyond the 300 km arc, with the whole apogee above
 * its horizon; the interceptor covers 0..200 km and 10..150 km, so the descending threat is engaged well before
 * impact. The probability of negation is then the salvo's: 1 - (1 - pk)^n, i.e. 1 - 0.15^2 = 0.9775 for a salvo
 * of two pk-0.85 interceptors, and 0.85 for a salvo of one. A second force's radar, with no agreement and no
 * battery of its own, reaches no battery.
 */
class CoverageServicesTest {

    private final ScenarioServices services = new ScenarioServices();
    private Scenarios s;
    private Asset asset;
    private Raid raid;
    private Radar radar;
    private Radar lonely;
    private Battery battery;
    private InterceptorType interceptor;

    @BeforeEach
    void scenario() {
        s = new Scenarios("HandChecked");
        RadarType radarType = s.radarType("Surveillance", "1000");
        interceptor = s.interceptorType("Upper", "0.85");
        MissileType scud = s.missile("Scud", "550", "0.1");
        Force blue = s.force("Blue", null);
        Force green = s.force("Green", null);
        radar = s.radar("R", radarType, blue, "36.0 N", "128.0 E");
        battery = s.battery("B", interceptor, blue, "36.0 N", "128.0 E", 10, 2);
        lonely = s.radar("Lonely", radarType, green, "35.0 N", "127.0 E");
        asset = s.asset("A", "36.0 N", "128.0 E", "0.9");
        raid = s.raid("X", scud, 1, "38.698 N", "128.0 E", asset);
    }

    @Test
    void aSalvoOfTwoNegatesTheRaidAboveTheRequirement() {
        assertTrue(services.isAnalysed(asset), services.analysisProblem(asset));
        assertEquals(0.9775, services.negation(asset, raid), 1e-6);
        assertEquals(0.9775, services.worstNegation(asset), 1e-6);
        assertFalse(services.isBelowRequiredNegation(asset));
        assertFalse(services.isBelowRequiredNegation(asset, raid));
        assertEquals("0.98 ≥ 0.9", services.negationLabel(asset, raid));
        assertEquals("A: 0.98 ≥ 0.9", services.worstNegationLabel(asset));
        assertEquals("0.98 ≥ 0.9", services.targetNegationLabel(raid));
        assertFalse(services.isTargetBelowRequiredNegation(raid));
        assertFalse(services.hasNoEngagement(raid));
    }

    @Test
    void aSalvoOfOneLeavesTheAssetBelowItsRequirement() {
        battery.setSalvoSize(1);
        assertEquals(0.85, services.negation(asset, raid), 1e-6);
        assertTrue(services.isBelowRequiredNegation(asset));
        assertTrue(services.isBelowRequiredNegation(asset, raid));
        assertTrue(services.isTargetBelowRequiredNegation(raid));
        assertEquals("0.85 < 0.9", services.negationLabel(asset, raid));
        assertEquals("A: 0.85 < 0.9 (X)", services.worstNegationLabel(asset));
        assertTrue(services.findingMessages(asset).contains("0.85"), services.findingMessages(asset));
    }

    @Test
    void aNegationJustBelowItsRequirementIsWrittenWithTheDecimalsThatShowIt() {
        // 0.9775 against 0.978: both are 0.98 with two decimals and 0.978 with three (half up); four tell them apart
        asset.setRequiredNegation(new BigDecimal("0.978"));
        assertTrue(services.isBelowRequiredNegation(asset, raid));
        assertEquals("0.9775 < 0.978", services.negationLabel(asset, raid));
        asset.setRequiredNegation(new BigDecimal("0.9775"));
        assertFalse(services.isBelowRequiredNegation(asset, raid));
        assertEquals("0.98 ≥ 0.98", services.negationLabel(asset, raid), "equal is covered, and two decimals say so");
    }

    @Test
    void theOnlyRadarAndTheOnlyBatteryAreSinglePointsOfFailure() {
        // without R no track, without B no shooter: either loss leaves raid X unengaged, a kind-2 key not there before
        assertTrue(services.isSinglePointOfFailure(radar));
        assertTrue(services.isSinglePointOfFailure(battery));
        assertEquals("R (single point of failure)", services.coverageLabel(radar));
        assertEquals("B (single point of failure)", services.coverageLabel(battery));
        assertFalse(services.isSinglePointOfFailure(lonely));
        assertFalse(services.isSinglePointOfFailure(asset), "only radars and batteries are single points of failure");
    }

    @Test
    void aRadarWithoutASharingPathReachesNoBattery() {
        assertTrue(services.reachesNoBattery(lonely));
        assertEquals("Lonely (reaches no battery)", services.coverageLabel(lonely));
        assertFalse(services.reachesNoBattery(radar));
        assertFalse(services.reachedByNoRadar(battery));
        assertFalse(services.hasInventoryShortfall(battery));
    }

    @Test
    void aBatteryThatNoTrackReachesIsFlagged() {
        Force red = s.force("Red", null);
        Battery orphan = s.battery("Orphan", interceptor, red, "35.5 N", "128.5 E", 4, 2);
        assertTrue(services.reachedByNoRadar(orphan));
        assertEquals("Orphan (no track reaches it)", services.coverageLabel(orphan));
    }

    @Test
    void aBatteryWithTooFewInterceptorsIsShort() {
        Raid second = s.raid("Y", raid.getMissile(), 3, "38.698 N", "128.0 E", asset);
        battery.setInterceptors(3);
        assertTrue(services.hasInventoryShortfall(battery), services.findingMessages(battery));
        assertTrue(services.negation(asset, second) < 0.9, "the last threats of Y find the battery empty");
        assertTrue(services.isBelowRequiredNegation(asset));
    }

    @Test
    void anIncompleteScenarioIsNotAnalysedAndReportsNoFinding() {
        radar.setSite(null);
        assertFalse(services.isAnalysed(asset));
        assertTrue(services.analysisProblem(asset).startsWith("Coverage not analysed: "), services.analysisProblem(asset));
        assertTrue(services.analysisProblem(asset).contains("R"), services.analysisProblem(asset));
        assertNull(services.negation(asset, raid));
        assertNull(services.worstNegation(asset));
        assertEquals("", services.negationLabel(asset, raid));
        assertEquals("A: not analysed", services.worstNegationLabel(asset));
        assertFalse(services.isBelowRequiredNegation(asset));
        assertFalse(services.isSinglePointOfFailure(radar));
        assertFalse(services.reachesNoBattery(lonely));
        assertEquals(services.analysisProblem(asset), services.findingMessages(battery));
    }

    @Test
    void editsAreSeenByTheNextCallAndUndoingThemGivesTheSameAnswer() {
        assertEquals(0.9775, services.negation(asset, raid), 1e-6);
        interceptor.setPk(new java.math.BigDecimal("0.5"));
        assertEquals(0.75, services.negation(asset, raid), 1e-6, "1 - 0.5^2");
        interceptor.setPk(new java.math.BigDecimal("0.85"));
        assertEquals(0.9775, services.negation(asset, raid), 1e-6);
    }

    @Test
    void aRaidAtAnotherAssetHasNoNegationHere() {
        Asset other = s.asset("Other", "35.0 N", "129.0 E", null);
        assertNull(services.negation(other, raid));
        assertEquals("", services.negationLabel(other, raid));
        assertEquals("Other: no raid", services.worstNegationLabel(other));
    }
}
