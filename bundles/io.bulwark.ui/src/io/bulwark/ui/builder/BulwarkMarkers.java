package io.bulwark.ui.builder;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IMarker;

/** The marker type of Bulwark problems and its attributes. */
public final class BulwarkMarkers {

    /** Subtype of problemmarker and textmarker, persistent. */
    public static final String PROBLEM = "io.bulwark.ui.problem";
    /** The issue code: a finding code (BULWARK-COV-00n) or an {@code io.bulwark.dsl.validation.IssueCodes} constant. */
    public static final String CODE = "code";
    /** The issue data ("key=value" for findings, unit or name lists for the language's issues), one entry per line. */
    public static final String DATA = "data";

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
