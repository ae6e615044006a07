package io.bulwark.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Comparisons of a boundary against a known time decide as the comparison against a boundary at that time does. */
class BoundaryTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = { 1, 2, 3, 2026 })
    void aShiftedBoundaryIsBeforeATimeExactlyWhenItIsLessThanABoundaryAtIt(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int before = 0;
        for (int n = 0; n < 2_000; n++) {
            double a = random.nextDouble(0, 1000);
            double b = a + random.nextDouble(1e-3, 2);
            double change = random.nextDouble(a, b);
            boolean rising = random.nextBoolean();
            double s1 = random.nextDouble(0, 10);
            double s2 = random.nextDouble(0, 5);
            double fullyHalved = new Boundary(a, b, t -> rising == t >= change, rising).value() + s1 + s2;
            // times right at the shifted value, a rounding either side of it, and around it
            double x = switch (n % 4) {
                case 0 -> fullyHalved;
                case 1 -> Math.nextUp(fullyHalved);
                case 2 -> Math.nextDown(fullyHalved);
                default -> fullyHalved + random.nextDouble(-1, 1);
            };
            Boundary compared = new Boundary(a, b, t -> rising == t >= change, rising);
            boolean expected = Boundary.less(new Boundary(a, b, t -> rising == t >= change, rising), s1, s2, Boundary.at(x), 0, 0);
            assertEquals(expected, compared.shiftedBefore(s1, s2, x), "boundary in [" + a + ", " + b + "] + " + s1 + " + " + s2 + " vs " + x);
            assertEquals(fullyHalved < x, expected);
            before += expected ? 1 : 0;
        }
        // both answers occur
        assertTrue(before > 200 && before < 1_800, before + " of 2000 before");
    }
}
