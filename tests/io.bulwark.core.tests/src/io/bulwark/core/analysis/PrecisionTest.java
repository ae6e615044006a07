package io.bulwark.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one way reported probabilities are written: report tables (3 decimals) and finding texts (1e-6, never "1"). */
class PrecisionTest {

    @ParameterizedTest(name = "{0} to {1} decimals is {2}")
    @CsvSource({ "0.9785, 3, 0.979", "0.0285, 3, 0.029", "0.85, 3, 0.85", "1.0, 3, 1", "0.0004, 3, 0", "0.1234565, 6, 0.123457",
            "-0.0005, 3, -0.001", "NaN, 3, NaN", "Infinity, 3, Infinity" })
    void decimalRoundsHalfUpFromTheShortestFormAndDropsTrailingZeros(double value, int decimals, String written) {
        assertEquals(written, Precision.decimal(value, decimals));
    }

    @ParameterizedTest(name = "{0} in a finding is {1}")
    @CsvSource({ "1.0, 1.0", "0.0, 0.0", "0.9, 0.9", "0.12345649, 0.123456", "0.1234566, 0.123457", "0.000001, 0.000001" })
    void findingProbabilityKeepsItsDecimalPointAtTheContractsPrecision(double value, String written) {
        assertEquals(written, Findings.probability(value));
    }
}
