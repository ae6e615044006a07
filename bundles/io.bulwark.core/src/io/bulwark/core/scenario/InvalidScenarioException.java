package io.bulwark.core.scenario;

/** An impossible input value; the message names the element and the value. */
public class InvalidScenarioException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidScenarioException(String message) {
        super(message);
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new InvalidScenarioException(message);
        }
    }

    // the checks below make their messages only when they fail: points and raids are made by the hundred thousand
    static void finite(double value, String element, String what) {
        if (!Double.isFinite(value)) {
            throw new InvalidScenarioException(element + ": " + what + " " + value + " is not a finite number");
        }
    }

    static void nonNegative(double value, String element, String what, String unit) {
        finite(value, element, what);
        if (!(value >= 0)) {
            throw new InvalidScenarioException(element + ": " + what + " " + value + " " + unit + " is negative");
        }
    }

    static void positive(double value, String element, String what, String unit) {
        finite(value, element, what);
        if (!(value > 0)) {
            throw new InvalidScenarioException(element + ": " + what + " " + value + " " + unit + " must be positive");
        }
    }

    static void band(double min, double max, String element, String what, String unit) {
        finite(min, element, what);
        finite(max, element, what);
        require(min <= max, element + ": " + what + " " + min + " .. " + max + " " + unit + " has min > max");
    }

    static void named(String name, String kind) {
        require(name != null && !name.isBlank(), "a " + kind + " has no name");
    }
}
