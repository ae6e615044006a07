package io.bulwark.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.bulwark.core.scenario.GeoPoint;
import io.bulwark.core.scenario.InterceptorType;
import io.bulwark.core.scenario.InvalidScenarioException;
import io.bulwark.core.scenario.RadarType;
import io.bulwark.core.scenario.Raid;

/** Impossible inputs are rejected with a message that names the element. */
class ValidationTest {

    @Test
    void invertedRangeBandNamesTheInterceptor() {
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
                () -> new InterceptorType("THAAD", 200, 30, 40, 150, 2.8, 10, 0.85));
        assertEquals("interceptor THAAD: range 200.0 .. 30.0 km has min > max", e.getMessage());
    }

    @Test
    void negativeRangeAndPkOutsideZeroOneAreRejected() {
        assertEquals("interceptor X: minimum range -1.0 km is negative",
                assertThrows(InvalidScenarioException.class, () -> new InterceptorType("X", -1, 30, 0, 20, 1, 1, 0.5)).getMessage());
        assertEquals("interceptor X: pk 1.2 is outside [0, 1]",
                assertThrows(InvalidScenarioException.class, () -> new InterceptorType("X", 1, 30, 0, 20, 1, 1, 1.2)).getMessage());
    }

    @Test
    void minimumElevationBelowZeroIsAnInputError() {
        assertEquals("radar TPY2: minimum elevation -1.0 deg is below 0 deg",
                assertThrows(InvalidScenarioException.class, () -> new RadarType("TPY2", 1000, 1, 120, -1, 90, 5)).getMessage());
    }

    @Test
    void latitudeBeyondNinetyIsRejected() {
        assertThrows(InvalidScenarioException.class, () -> new GeoPoint(91, 0, 0));
    }

    @Test
    void aRaidAimedBeyondItsMissilesReachIsAnErrorAtTheRaid() {
        Fixture fixture = new Fixture();
        fixture.raids.set(0, new Raid("TooFar", new io.bulwark.core.scenario.MissileType("Short", 250, 1), 1, Fixture.LAUNCH, "City",
                Fixture.TARGET, null, 0));
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class, fixture::scenario);
        assertEquals("raid TooFar is aimed beyond its missile's reach: 300.0 km > Short reach 250.0 km", e.getMessage());
    }

    @Test
    void unknownForceOfARadarIsRejected() {
        Fixture fixture = new Fixture().radar("R", "Nobody");
        assertEquals("radar R: unknown force Nobody", assertThrows(InvalidScenarioException.class, fixture::scenario).getMessage());
    }
}
