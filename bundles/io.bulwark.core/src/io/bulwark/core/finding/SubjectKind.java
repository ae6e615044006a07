package io.bulwark.core.finding;

/** The kind of scenario element a finding is about. */
public enum SubjectKind {
    ASSET, RAID, BATTERY, RADAR, FORCE_PAIR, REGION
}
