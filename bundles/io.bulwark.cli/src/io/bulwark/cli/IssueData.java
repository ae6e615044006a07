package io.bulwark.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.xtext.validation.Issue;

/**
 * An issue's data as one JSON object of strings in every output: {@code key=value} entries (the coverage
 * findings' asset, raid, battery...) by their key, other entries (the valid units of a unit error, the close
 * names of an unknown reference) by their position from 1.
 */
final class IssueData {

    private IssueData() {
    }

    static Map<String, String> of(Issue issue) {
        Map<String, String> data = new LinkedHashMap<>();
        String[] entries = issue.getData();
        if (entries == null) {
            return data;
        }
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i] == null ? "" : entries[i];
            int equals = entry.indexOf('=');
            if (equals > 0 && entry.substring(0, equals).matches("[A-Za-z][A-Za-z0-9]*")) {
                data.put(entry.substring(0, equals), entry.substring(equals + 1));
            } else {
                data.put(Integer.toString(i + 1), entry);
            }
        }
        return data;
    }
}
