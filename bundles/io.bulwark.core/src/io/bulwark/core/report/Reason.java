package io.bulwark.core.report;

/** Why a battery does not engage a threat. */
public enum Reason {
    /** It engages: no reason. */
    NONE,
    OUT_OF_RANGE,
    BELOW_ALTITUDE_FLOOR,
    ABOVE_ALTITUDE_CEILING,
    FIRE_CONTROL_BLIND,
    NO_TRACK,
    NO_SHARING_PATH,
    TOO_LATE,
    NO_INTERCEPTORS
}
