package io.bulwark.dsl.validation;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.validation.Issue;

/**
 * The data of an issue, written and read in one way: the coverage findings' numbers and names as {@code key=value}
 * entries, other checks' entries (the valid units of a unit error, the close names of an unknown reference) as they
 * are.
 */
public final class IssueData {

    private static final String KEY = "[A-Za-z][A-Za-z0-9]*";

    private IssueData() {
    }

    /** A finding's data as issue data: one {@code key=value} entry per key, in order. */
    public static String[] format(Map<String, String> data) {
        return data.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    /** An issue's data by key: {@code key=value} entries by their key, other entries by their position from 1. */
    public static Map<String, String> of(Issue issue) {
        return parse(issue.getData() == null ? List.of() : Arrays.asList(issue.getData()));
    }

    /** Entries by key: {@code key=value} entries by their key, other entries by their position from 1. */
    public static Map<String, String> parse(List<String> entries) {
        Map<String, String> data = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i) == null ? "" : entries.get(i);
            int equals = entry.indexOf('=');
            if (equals > 0 && entry.substring(0, equals).matches(KEY)) {
                data.put(entry.substring(0, equals), entry.substring(equals + 1));
            } else {
                data.put(Integer.toString(i + 1), entry);
            }
        }
        return data;
    }

    /** The value of the {@code key=value} entry, or null. */
    public static String value(List<String> entries, String key) {
        return parse(entries).get(key);
    }
}
