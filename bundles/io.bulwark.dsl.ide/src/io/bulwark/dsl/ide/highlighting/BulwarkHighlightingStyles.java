package io.bulwark.dsl.ide.highlighting;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.editor.syntaxcoloring.HighlightingStyles;

import io.bulwark.model.bulwark.BulwarkPackage;

/**
 * The style ids of {@link BulwarkSemanticHighlightingCalculator}: the lexical classes (keyword, comment, string, number,
 * unit) and the kind of element a name denotes, so that {@code TPY2_Seongju} reads as a radar wherever it appears. A
 * declaring occurrence carries {@link #DECLARATION} besides its kind.
 */
public final class BulwarkHighlightingStyles {

    public static final String KEYWORD = HighlightingStyles.KEYWORD_ID;
    public static final String COMMENT = HighlightingStyles.COMMENT_ID;
    public static final String STRING = HighlightingStyles.STRING_ID;
    public static final String NUMBER = HighlightingStyles.NUMBER_ID;
    /** A unit after a number ({@code km}, {@code km/s}) or a coordinate's hemisphere ({@code N}, {@code E}). */
    public static final String UNIT = "unit";

    public static final String FORCE = "force";
    public static final String RADAR = "radar";
    public static final String BATTERY = "battery";
    public static final String ASSET = "asset";
    public static final String RAID = "raid";
    public static final String REGION = "region";
    public static final String AGREEMENT = "agreement";
    /** An interceptor, radar or missile type of a catalog. */
    public static final String CATALOG_TYPE = "catalogType";

    /** Added to the kind of a name where it is declared. */
    public static final String DECLARATION = "declaration";

    /** The styles of the kinds of named element, in a fixed order. */
    public static final List<String> ELEMENT_KINDS = List.of(FORCE, RADAR, BATTERY, ASSET, RAID, REGION, AGREEMENT, CATALOG_TYPE);

    private BulwarkHighlightingStyles() {
    }

    /** The style of the kind of the element, or null for an element whose names are not highlighted (scenario, study). */
    public static String kindOf(EObject element) {
        BulwarkPackage p = BulwarkPackage.eINSTANCE;
        if (p.getCatalogType().isInstance(element)) {
            return CATALOG_TYPE;
        }
        if (p.getForce().isInstance(element)) {
            return FORCE;
        }
        if (p.getRadar().isInstance(element)) {
            return RADAR;
        }
        if (p.getBattery().isInstance(element)) {
            return BATTERY;
        }
        if (p.getAsset().isInstance(element)) {
            return ASSET;
        }
        if (p.getRaid().isInstance(element)) {
            return RAID;
        }
        if (p.getRegion().isInstance(element)) {
            return REGION;
        }
        if (p.getAgreement().isInstance(element)) {
            return AGREEMENT;
        }
        return null;
    }
}
