package io.bulwark.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.bulwark.design.ScenarioServices;
import io.bulwark.model.bulwark.Agreement;
import io.bulwark.model.bulwark.Asset;
import io.bulwark.model.bulwark.Battery;
import io.bulwark.model.bulwark.Force;
import io.bulwark.model.bulwark.GeoPoint;
import io.bulwark.model.bulwark.InterceptorType;
import io.bulwark.model.bulwark.Link;
import io.bulwark.model.bulwark.MissileType;
import io.bulwark.model.bulwark.Radar;
import io.bulwark.model.bulwark.RadarType;
import io.bulwark.model.bulwark.Raid;

/** The structural, tool and label services: what the diagrams show and what their tools create or delete. */
class ScenarioStructureServicesTest {

    private final ScenarioServices services = new ScenarioServices();
    private Scenarios s;
    private Force usfk;
    private Force rok;
    private Force jsdf;
    private Radar tpy2;
    private Radar greenPine;
    private Radar fps5;
    private Battery thaad;
    private Battery patriot;
    private Battery pac3Japan;
    private Asset seoul;
    private Asset busan;
    private Raid north1;
    private Raid north2;
    private Link rokUs;
    private Link usJapan;
    private RadarType radarType;
    private InterceptorType thaadType;

    @BeforeEach
    void korea() {
        s = new Scenarios("Korea2016");
        radarType = s.radarType("AN_TPY_2", "1000");
        thaadType = s.interceptorType("THAAD", "0.85");
        MissileType scud = s.missile("Scud_C", "550", "0.1");
        usfk = s.force("USFK", "United States");
        rok = s.force("ROK", "Republic of Korea");
        jsdf = s.force("JSDF", null);
        rokUs = s.link("ROK_US", usfk, rok, true, "2", "s");
        usJapan = s.link("US_JAPAN", usfk, jsdf, false, "3.50", "s");
        tpy2 = s.radar("TPY2_Seongju", radarType, usfk, "36.006 N", "128.169 E");
        thaad = s.battery("THAAD_Seongju", thaadType, usfk, "36.006 N", "128.169 E", 48, 2);
        greenPine = s.radar("GreenPine", radarType, rok, "36.5 N", "127.5 E");
        patriot = s.battery("Patriot_Osan", thaadType, usfk, "37.09 N", "127.03 E", 16, 2);
        fps5 = s.radar("FPS5", radarType, jsdf, "33.0 N", "129.8 E");
        pac3Japan = s.battery("PAC3_Kyushu", thaadType, jsdf, "33.2 N", "130.4 E", 16, 2);
        seoul = s.asset("Seoul", "37.566 N", "126.978 E", "0.9");
        busan = s.asset("Busan", "35.180 N", "129.076 E", null);
        north1 = s.raid("North1", scud, 4, "38.9 N", "125.6 E", busan);
        north2 = s.raid("North2", scud, 1, "38.65 N", "125.79 E", seoul);
        thaad.setFireControl(tpy2);
        patriot.getCuedBy().add(greenPine);
        patriot.getCuedBy().add(tpy2);
    }

    @Test
    void scenarioElementsComeInDeclarationOrderFromAnyElement() {
        assertEquals(List.of(usfk, rok, jsdf), services.forces(s.scenario));
        assertEquals(List.of(usfk, rok, jsdf), services.forces(tpy2));
        assertEquals(List.of(usfk, rok, jsdf), services.forces(s.model));
        assertEquals(List.of(seoul, busan), services.assets(s.scenario));
        assertEquals(List.of(north1, north2), services.raids(seoul));
        assertEquals(List.of(rokUs, usJapan), services.agreementLinks(s.scenario));
        assertSame(s.scenario, services.scenario(rokUs));
    }

    @Test
    void forcesHoldTheRadarsAndBatteriesTheyOwn() {
        assertEquals(List.of(tpy2), services.radars(usfk));
        assertEquals(List.of(thaad, patriot), services.batteries(usfk));
        assertEquals(List.of(greenPine), services.radars(rok));
        assertEquals(List.of(), services.batteries(rok));
        assertEquals(List.of(pac3Japan), services.batteries(jsdf));
    }

    @Test
    void cueingAndFireControlEdgesGoFromRadarsToTheBatteriesThatNameThem() {
        assertEquals(List.of(patriot), services.cuedBatteries(tpy2));
        assertEquals(List.of(patriot), services.cuedBatteries(greenPine));
        assertEquals(List.of(), services.cuedBatteries(fps5), "implicit cueing (empty 'cued by') is not drawn");
        assertEquals(List.of(thaad), services.fireControlledBatteries(tpy2));
        assertEquals(List.of(), services.fireControlledBatteries(greenPine));
    }

    @Test
    void raidsAgainstAnAssetAreTheOnesAimedAtIt() {
        assertEquals(List.of(north2), services.raidsAgainst(seoul));
        assertEquals(List.of(north1), services.raidsAgainst(busan));
    }

    @Test
    void labelsShowWhatTheTextSays() {
        assertEquals("2 s", services.latencyLabel(rokUs));
        assertEquals("3.5 s", services.latencyLabel(usJapan));
        assertEquals("120 s", services.latencyLabel(Scenarios.addLink(Scenarios.F.createAgreement(), usfk, rok, false, "1.2E+2", "s")));
        assertEquals("0 s", services.latencyLabel(Scenarios.addLink(Scenarios.F.createAgreement(), usfk, rok, false, null, null)),
                "no latency means 0 s");
        assertEquals("USFK (United States)", services.forceLabel(usfk));
        assertEquals("JSDF", services.forceLabel(jsdf));
        assertEquals("Seoul (requires 0.9)", services.assetLabel(seoul));
        assertEquals("Busan (requires 0.9)", services.assetLabel(busan), "the default requirement is 0.9");
        assertEquals("North1: Scud_C x 4", services.raidLabel(north1));
        assertEquals("North2: Scud_C", services.raidLabel(north2));
        assertEquals(0.9, services.requiredNegation(busan));
    }

    @Test
    void freshNamesAvoidEveryNameOfTheScenario() {
        assertEquals("Radar", services.freshName(usfk, "Radar"));
        assertEquals("USFK_2", services.freshName(usfk, "USFK"));
        s.force("USFK_2", null);
        assertEquals("USFK_3", services.freshName(s.scenario, "USFK"));
        assertEquals("ROK_US_2", services.freshName(rok, "ROK_US"));
    }

    @Test
    void createdDeploymentsGetATypeTheFileAlreadyUses() {
        assertSame(radarType, services.defaultRadarType(rok));
        assertSame(thaadType, services.defaultInterceptorType(rok));

        Scenarios empty = new Scenarios("Empty");
        Force f = empty.force("F", null);
        assertNull(services.defaultRadarType(f), "no type anywhere: the creation tool is disabled");
        assertNull(services.defaultInterceptorType(f));
        RadarType declared = empty.radarType("Declared", "300");
        assertSame(declared, services.defaultRadarType(f), "else the first type declared in the same file");
    }

    @Test
    void aNewAssetStartsOnACopyOfTheLastAssetSite() {
        GeoPoint site = services.initialSite(s.scenario);
        assertNotSame(busan.getSite(), site);
        assertEquals(new BigDecimal("35.180"), site.getLatitude().getValue());
        assertEquals("E", site.getLongitude().getHemisphere());
        assertEquals(new BigDecimal("129.076"), site.getLongitude().getValue());

        Scenarios empty = new Scenarios("Empty");
        GeoPoint origin = services.initialSite(empty.scenario);
        assertEquals(0, origin.getLatitude().getValue().signum());
        assertEquals("N", origin.getLatitude().getHemisphere());
        assertEquals("E", origin.getLongitude().getHemisphere());
    }

    @Test
    void deletingAForceTakesItsLinksAgreementsAndDeployments() {
        Agreement rokUsAgreement = (Agreement) rokUs.eContainer();
        Agreement usJapanAgreement = (Agreement) usJapan.eContainer();
        assertEquals(List.of(rokUsAgreement, usJapanAgreement, tpy2, thaad, patriot, usfk), services.deletionClosure(usfk));

        Link jsdfRok = Scenarios.addLink(usJapanAgreement, jsdf, rok, false, "1", "s");
        assertEquals(List.of(rokUsAgreement, jsdfRok, greenPine, rok), services.deletionClosure(rok),
                "US_JAPAN keeps its USFK -> JSDF link: only the JSDF -> ROK link goes");
    }

    @Test
    void deletingALinkTakesItsAgreementOnlyWhenItIsTheLastLink() {
        Agreement usJapanAgreement = (Agreement) usJapan.eContainer();
        assertEquals(List.of(usJapanAgreement), services.deletionClosure(usJapan));
        Link second = Scenarios.addLink(usJapanAgreement, jsdf, usfk, false, "1", "s");
        assertEquals(List.of(second), services.deletionClosure(second));
        assertEquals(List.of(seoul), services.deletionClosure(seoul));
        assertEquals(List.of(tpy2), services.deletionClosure(tpy2));
    }

    @Test
    void anAssetUnderAttackCannotBeDeletedFromTheDiagram() {
        assertFalse(services.isDeletable(seoul));
        assertTrue(services.isDeletable(tpy2));
        assertTrue(services.isDeletable(north2));
        Asset tokyo = s.asset("Tokyo", "35.68 N", "139.69 E", "0.95");
        assertTrue(services.isDeletable(tokyo));
    }
}
