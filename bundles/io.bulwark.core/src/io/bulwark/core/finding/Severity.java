package io.bulwark.core.finding;

/** How bad a finding is. */
public enum Severity {
    ERROR, WARNING, INFO
}
