package io.bulwark.dsl;

/** What the tools read of one scenario file: the same limit for the command line and the language server. */
public final class FileLimits {

    /** Files larger than this are refused unless the caller raises the limit: scenarios are hand-written text. */
    public static final long DEFAULT_MAX_FILE_BYTES = 4L * 1024 * 1024;

    private FileLimits() {
    }

    /** The size of the text in UTF-8, the encoding of scenario files, without encoding it. */
    public static long utf8Length(CharSequence text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** "4.0 MB": sizes in messages, in the CLI's wording. */
    public static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
}
