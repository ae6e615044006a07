package io.bulwark.dsl.validation;

/**
 * The issue codes of trade studies (see {@link StudyValidator}); the scenario's own codes are in {@link IssueCodes},
 * what each means in {@link DiagnosticCodes}.
 */
public final class StudyIssueCodes {

    /** A study clause aimed at the wrong kind of element (a site grid on a raid, a latency of a battery...). */
    public static final String WRONG_STUDY_TARGET = "BULWARK-REF-007";
    /** A value a study clause cannot take (inverted range, step of 0, pk above 1, finding kind 9...). */
    public static final String INVALID_STUDY_VALUE = "BULWARK-VAL-018";

    private StudyIssueCodes() {
    }
}
