package io.bulwark.study;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The results table as CSV (RFC 4180): one header line, then one line per variant; numbers as Java prints them (exact). */
public final class ResultsCsv {

    private ResultsCsv() {
    }

    public static void header(Writer out, List<Column> columns) throws IOException {
        for (int c = 0; c < columns.size(); c++) {
            out.write((c == 0 ? "" : ",") + quoted(columns.get(c).name()));
        }
        out.write('\n');
    }

    public static void row(Writer out, Object[] values) throws IOException {
        for (int c = 0; c < values.length; c++) {
            Object value = values[c];
            out.write((c == 0 ? "" : ",") + (value == null ? "" : value instanceof String s ? quoted(s) : value.toString()));
        }
        out.write('\n');
    }

    private static String quoted(String text) {
        return text.isEmpty() || text.chars().anyMatch(ch -> ch == ',' || ch == '"' || ch == '\n' || ch == ' ')
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
