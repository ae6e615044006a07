package io.bulwark.core.scenario;

/** Firing doctrine of a battery. */
public enum Doctrine {
    /** One salvo at the first feasible intercept. */
    SHOOT_SHOOT,
    /** A salvo, then a second one if a later intercept can be launched after the kill assessment. */
    SHOOT_LOOK_SHOOT
}
