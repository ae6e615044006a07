package io.bulwark.report.svg;

import java.util.Locale;

import io.bulwark.core.analysis.Precision;

/** Text helpers shared by the SVG and HTML writers: escaping and locale-independent number formatting. */
public final class Markup {

    private Markup() {
    }

    /** Escapes text for XML and HTML content and attribute values. */
    public static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** {@link String#format} with a dot as decimal separator whatever the machine's locale. */
    public static String f(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    /** A number without a trailing ".0" (200 rather than 200.0). */
    public static String trim(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    /** A probability with at most three decimals, trailing zeros dropped (0.978, 0.85, 1); exact values stay in JSON. */
    public static String probability(double value) {
        return probability(value, 3);
    }

    /** A probability with at most {@code decimals} decimals, rounded half up, trailing zeros dropped. */
    public static String probability(double value, int decimals) {
        return Precision.decimal(value, decimals);
    }

    /** Removes an XML declaration so that an SVG document can be inlined in HTML. */
    public static String inline(String svgDocument) {
        String text = svgDocument.strip();
        return text.startsWith("<?xml") ? text.substring(text.indexOf("?>") + 2).strip() : text;
    }
}
