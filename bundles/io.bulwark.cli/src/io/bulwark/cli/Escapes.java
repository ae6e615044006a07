package io.bulwark.cli;

/**
 * The one convention for control characters in text the command prints (messages, the text output of check): a
 * file name or a string may hold any character, and a raw ESC would drive the terminal, a raw newline split a
 * one-line message. Shown as C escapes: {@code \n \r \t \e}, other control characters as {@code \xHH}, invisible
 * formatting characters (bidirectional overrides, zero-width) as a backslash, {@code u} and four hex digits.
 * Printable text is kept as it is.
 */
public final class Escapes {

    private Escapes() {
    }

    /** The text with every control and formatting character escaped. */
    public static String escape(Object value) {
        String text = String.valueOf(value);
        if (allKept(text, false)) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> {
            if (!mustEscape(c)) {
                escaped.appendCodePoint(c);
            } else {
                escaped.append(escape(c));
            }
        });
        return escaped.toString();
    }

    /** The escape of one character; for characters that must be escaped. */
    static String escape(int c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case 0x1b -> "\\e";
            default -> c <= 0xff ? String.format("\\x%02X", c) : String.format("\\u%04X", c);
        };
    }

    private static boolean mustEscape(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE;
    }

    /**
     * Text for XML 1.0 (the JUnit report): characters XML 1.0 cannot hold at all (controls other than tab, newline and
     * carriage return; lone surrogates; U+FFFE, U+FFFF) become the escape above; the rest is kept (the serializer
     * escapes markup).
     */
    public static String xml(String text) {
        if (text == null || allKept(text, true)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> {
            if (xmlChar(c)) {
                kept.appendCodePoint(c);
            } else {
                kept.append(escape(c));
            }
        });
        return kept.toString();
    }

    /**
     * Whether the text needs no escape ({@code forXml}: of {@link #xml}, else of {@link #escape}); a plain loop, as the
     * reports of large theatres pass megabytes of messages through here.
     */
    private static boolean allKept(String text, boolean forXml) {
        for (int i = 0; i < text.length();) {
            int c = text.codePointAt(i);
            if (forXml ? !xmlChar(c) : mustEscape(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    private static boolean xmlChar(int c) {
        return c == 0x9 || c == 0xa || c == 0xd || c >= 0x20 && c <= 0xd7ff || c >= 0xe000 && c <= 0xfffd || c >= 0x10000 && c <= 0x10ffff;
    }
}
