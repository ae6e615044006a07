package io.bulwark.core.finding;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One finding: its kind (code, severity), the element it is about, a message with the numbers
 * behind it, and the same numbers as machine-readable data (insertion-ordered).
 */
public record Finding(FindingKind kind, Severity severity, String subject, SubjectKind subjectKind, String message,
        Map<String, String> data) {

    public Finding {
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    public String code() {
        return kind.code();
    }
}
