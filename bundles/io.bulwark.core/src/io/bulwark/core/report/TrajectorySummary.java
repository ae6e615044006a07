package io.bulwark.core.report;

/** The arc of one threat: rounded per the contract (0.01 deg, 0.001 km/s, 0.1 km, 0.1 s). */
public record TrajectorySummary(double groundRangeKm, double gammaDeg, double burnoutSpeedKmS, double apogeeKm, double timeOfFlightS,
        double launchTimeS, double impactTimeS) {
}
