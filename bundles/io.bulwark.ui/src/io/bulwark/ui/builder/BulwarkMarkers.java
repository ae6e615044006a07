package io.bulwark.ui.builder;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IMarker;

/** The marker type of Bulwark problems and its attributes. */
public final class BulwarkMarkers {

    /** Subtype of problemmarker and textmarker, persistent. */
    public static final String PROBLEM = "io.bulwark.ui.problem";
    /**
     * A finding accepted by a {@code bulwark:accept} comment: a subtype of {@link #PROBLEM} (its quick fixes apply, a
     * clean removes it) at info severity, whose annotation is grey ({@code acceptedAnnotation} in plugin.xml).
     */
    public static final String ACCEPTED = "io.bulwark.ui.accepted";
    /** The issue code, one of {@code io.bulwark.dsl.validation.DiagnosticCodes} (BULWARK-SYN/REF/VAL/COV-nnn). */
    public static final String CODE = "code";
    /** The issue data ("key=value" for findings, unit or name lists for the language's issues), one entry per line. */
    public static final String DATA = "data";
    /** The reason of an accepted finding, as its comment gives it. */
    public static final String REASON = "reason";

    private static final String SEPARATOR = "\n";

    private BulwarkMarkers() {
    }

    public static String joinData(String[] data) {
        return data == null ? "" : String.join(SEPARATOR, data);
    }

    public static List<String> data(IMarker marker) {
        String data = marker.getAttribute(DATA, "");
        return data.isEmpty() ? List.of() : Arrays.asList(data.split(SEPARATOR));
    }

    public static String code(IMarker marker) {
        return marker.getAttribute(CODE, "");
    }
}
