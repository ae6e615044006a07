package io.bulwark.core.report;

/** A closed time interval in scenario time, seconds (bounds rounded to 0.1 s). */
public record Interval(double startS, double endS) {
}
