package io.bulwark.core.scenario;

import java.util.Arrays;
import java.util.Optional;

/**
 * The named scenario elements and the word the language writes for each ({@code battery}): the one table of these
 * words, read by the model's element kinds, the rendered maps' element keys and the exported features' kinds.
 */
public enum ElementKeyword {
    FORCE("force"),
    RADAR("radar"),
    BATTERY("battery"),
    ASSET("asset"),
    REGION("region"),
    RAID("raid");

    private final String word;

    ElementKeyword(String word) {
        this.word = word;
    }

    /** The keyword of the element in a .bulwark file, e.g. {@code battery}. */
    public String word() {
        return word;
    }

    /** The element written so ({@code radar}), if any. */
    public static Optional<ElementKeyword> ofWord(String word) {
        return Arrays.stream(values()).filter(keyword -> keyword.word.equals(word)).findFirst();
    }
}
