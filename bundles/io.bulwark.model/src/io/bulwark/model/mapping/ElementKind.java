package io.bulwark.model.mapping;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

import io.bulwark.core.scenario.ElementKeyword;
import io.bulwark.model.bulwark.Asset;
import io.bulwark.model.bulwark.Battery;
import io.bulwark.model.bulwark.Force;
import io.bulwark.model.bulwark.Radar;
import io.bulwark.model.bulwark.Raid;
import io.bulwark.model.bulwark.Region;

/** The named scenario elements the analysis refers to by name, with the word the language writes for each. */
public enum ElementKind {
    FORCE(ElementKeyword.FORCE, Force.class),
    RADAR(ElementKeyword.RADAR, Radar.class),
    BATTERY(ElementKeyword.BATTERY, Battery.class),
    ASSET(ElementKeyword.ASSET, Asset.class),
    REGION(ElementKeyword.REGION, Region.class),
    RAID(ElementKeyword.RAID, Raid.class);

    private final ElementKeyword keyword;
    private final Class<? extends EObject> type;

    ElementKind(ElementKeyword keyword, Class<? extends EObject> type) {
        this.keyword = keyword;
        this.type = type;
    }

    /** The keyword of the element in a .bulwark file, e.g. {@code battery}. */
    public String word() {
        return keyword.word();
    }

    /** The core's name of this kind, which the rendered maps use. */
    public ElementKeyword keyword() {
        return keyword;
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
        return ElementKeyword.ofWord(word).map(ElementKind::of);
    }

    /** The kind of the elements the core calls so. */
    public static ElementKind of(ElementKeyword keyword) {
        return Arrays.stream(values()).filter(kind -> kind.keyword == keyword).findFirst().orElseThrow();
    }
}
