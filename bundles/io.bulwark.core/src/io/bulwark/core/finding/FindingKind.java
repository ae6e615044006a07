package io.bulwark.core.finding;

import java.util.Arrays;
import java.util.Optional;

/** The eight kinds of coverage findings, with stable codes and severities. */
public enum FindingKind {
    ASSET_BELOW_REQUIRED_NEGATION(1, Severity.ERROR, "Asset below its required probability of negation"),
    THREAT_NOT_ENGAGED(2, Severity.ERROR, "Threat with no engagement opportunity"),
    BATTERY_WITHOUT_TRACKS(3, Severity.WARNING, "Battery that no radar's track can reach"),
    RADAR_REACHING_NO_BATTERY(4, Severity.WARNING, "Radar whose tracks reach no battery"),
    MISSING_SHARING_PATH(5, Severity.WARNING, "Force pair without a data-sharing path that would enable an engagement"),
    INVENTORY_SHORTFALL(6, Severity.ERROR, "Inventory shortfall"),
    SINGLE_POINT_OF_FAILURE(7, Severity.WARNING, "Single point of failure"),
    THIRD_PARTY_SURVEILLANCE(8, Severity.INFO, "Radar surveillance into another party's region");

    private final int number;
    private final Severity severity;
    private final String title;

    FindingKind(int number, Severity severity, String title) {
        this.number = number;
        this.severity = severity;
        this.title = title;
    }

    /** 1..8, as numbered in the coverage model. */
    public int number() {
        return number;
    }

    /** Stable code, e.g. {@code BULWARK-COV-001}. */
    public String code() {
        return String.format("BULWARK-COV-%03d", number);
    }

    /** The kind with this code ({@code BULWARK-COV-007}), if it is a finding's code. */
    public static Optional<FindingKind> ofCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code().equals(code)).findFirst();
    }

    public Severity severity() {
        return severity;
    }

    public String title() {
        return title;
    }
}
