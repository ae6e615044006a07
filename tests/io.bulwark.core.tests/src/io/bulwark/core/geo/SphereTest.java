package io.bulwark.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.bulwark.core.scenario.GeoPoint;

/** Great-circle ranges and bearings between public sites (derived checks of the example catalog). */
class SphereTest {

    private static final GeoPoint SEONGJU = new GeoPoint(36.006, 128.169, 0.68);

    @ParameterizedTest(name = "Seongju to {0}: {3} km at {4} deg")
    @CsvSource({ "Seoul, 37.566, 126.978, 203.4, 328.9", "Osan, 37.090, 127.030, 157.7, 320.2", "Busan, 35.180, 129.076, 123.1, 138.0",
            "Daegu, 35.871, 128.601, 41.7, 110.9", "Sunan, 39.224, 125.670, 420.1, 329.2", "Kyogamisaki, 35.76, 135.19, 633.0, 90.4" })
    void rangeAndBearingFromSeongjuMatchThePublishedChecks(String site, double lat, double lon, double rangeKm, double bearingDeg) {
        GeoPoint target = new GeoPoint(lat, lon, 0);
        // the published checks are rounded to 0.1 from coordinates rounded to 0.001 deg
        assertEquals(rangeKm, Sphere.groundRangeKm(SEONGJU, target), 0.2, site + " range");
        assertEquals(bearingDeg, Sphere.initialBearingDeg(SEONGJU, target), 0.1, site + " bearing");
    }

    @ParameterizedTest(name = "{2} km at {3} deg and back")
    @CsvSource({ "36.0, 128.0, 300, 45", "-10.0, 170.0, 1500, 270", "60.0, -20.0, 50, 180" })
    void destinationLiesAtTheRequestedRangeAndBearing(double lat, double lon, double rangeKm, double bearingDeg) {
        GeoPoint start = new GeoPoint(lat, lon, 0);
        GeoPoint end = Sphere.destination(start, bearingDeg, rangeKm);
        assertEquals(rangeKm, Sphere.groundRangeKm(start, end), 1e-6);
        assertEquals(bearingDeg, Sphere.initialBearingDeg(start, end), 1e-6);
    }

    @ParameterizedTest(name = "seed={0}")
    @ValueSource(longs = { 1, 2, 3 })
    void theAngleBetweenUnitVectorsIsTheCentralAngle(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int k = 0; k < 500; k++) {
            GeoPoint a = new GeoPoint(random.nextDouble(-90, 90), random.nextDouble(-180, 180), 0);
            // from a metre to 15,000 km (the haversine loses precision toward the antipode)
            double rangeKm = Math.pow(10, random.nextDouble(-3, Math.log10(15_000)));
            GeoPoint b = Sphere.destination(a, random.nextDouble(0, 360), rangeKm);
            double angle = Sphere.angleBetween(Sphere.unitVector(a.latDeg(), a.lonDeg()), Sphere.unitVector(b.latDeg(), b.lonDeg()));
            assertEquals(Sphere.centralAngleRad(a.latDeg(), a.lonDeg(), b.latDeg(), b.lonDeg()), angle, 1e-12, a + " to " + b);
        }
    }
}
