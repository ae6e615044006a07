package io.bulwark.model.mapping;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

import io.bulwark.model.bulwark.Asset;
import io.bulwark.model.bulwark.Battery;
import io.bulwark.model.bulwark.Force;
import io.bulwark.model.bulwark.Radar;
import io.bulwark.model.bulwark.Raid;
import io.bulwark.model.bulwark.Region;

/** The named scenario elements the analysis refers to by name, with the word the language writes for each. */
public enum ElementKind {
    FORCE("force", Force.class),
    RADAR("radar", Radar.class),
    BATTERY("battery", Battery.class),
    ASSET("asset", Asset.class),
    REGION("region", Region.class),
    RAID("raid", Raid.class);

    private final String word;
    private final Class<? extends EObject> type;

    ElementKind(String word, Class<? extends EObject> type) {
        this.word = word;
        this.type = type;
    }

    /** The keyword of the element in a .bulwark file, e.g. {@code battery}. */
    public String word() {
        return word;
    }

    /** The model class of elements of this kind. */
    public Class<? extends EObject> type() {
        return type;
    }

    /** The kind of a scenario element; empty for other elements (agreements, catalog types...). */
    public static Optional<ElementKind> of(EObject element) {
        return Arrays.stream(values()).filter(kind -> kind.type.isInstance(element)).findFirst();
    }

    /** The kind written so ({@code radar}), if any. */
    public static Optional<ElementKind> ofWord(String word) {
        return Arrays.stream(values()).filter(kind -> kind.word.equals(word)).findFirst();
    }
}
