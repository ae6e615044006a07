package io.bulwark.core.report;

import java.util.List;

/**
 * One battery against one threat, scenario time: when a track reaches it (null: never), its earliest
 * launch, the engagement windows (feasible intercept times), the intercepts it plans and the
 * interceptors it was allocated, and if it cannot engage, why (with the numbers).
 */
public record BatteryEngagement(String battery, Double trackArrivalS, Double earliestLaunchS, List<Interval> windows,
        List<Double> interceptTimesS, int plannedShots, int allocatedShots, Reason reason, String reasonDetail) {

    public BatteryEngagement {
        windows = List.copyOf(windows);
        interceptTimesS = List.copyOf(interceptTimesS);
    }
}
