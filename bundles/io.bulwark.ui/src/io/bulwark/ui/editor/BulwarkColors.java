package io.bulwark.ui.editor;

import java.util.Map;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;

import io.bulwark.dsl.ide.highlighting.BulwarkHighlightingStyles;

/**
 * The colours of the Bulwark editor by highlighting style id (those of the language's highlighting calculator): the
 * lexical styles those of the Xtext/JDT defaults, so the editor looks familiar; the kinds of element those of the
 * coverage map, so that a radar is blue in the editor as on the map. A declaration is bold.
 */
final class BulwarkColors {

    private static final TextAttribute DEFAULT = new TextAttribute(null);

    private static final Map<String, TextAttribute> BY_STYLE = Map.ofEntries(
            Map.entry(BulwarkHighlightingStyles.KEYWORD, new TextAttribute(new Color(127, 0, 85), null, SWT.BOLD)),
            Map.entry(BulwarkHighlightingStyles.COMMENT, new TextAttribute(new Color(63, 127, 95))),
            Map.entry(BulwarkHighlightingStyles.STRING, new TextAttribute(new Color(42, 0, 255))),
            Map.entry(BulwarkHighlightingStyles.NUMBER, new TextAttribute(new Color(125, 125, 125))),
            Map.entry(BulwarkHighlightingStyles.UNIT, new TextAttribute(new Color(0, 110, 140), null, SWT.ITALIC)),
            Map.entry(BulwarkHighlightingStyles.FORCE, new TextAttribute(new Color(0, 96, 0))),
            Map.entry(BulwarkHighlightingStyles.RADAR, new TextAttribute(new Color(31, 95, 168))),
            Map.entry(BulwarkHighlightingStyles.BATTERY, new TextAttribute(new Color(191, 54, 12))),
            Map.entry(BulwarkHighlightingStyles.ASSET, new TextAttribute(new Color(120, 30, 30))),
            Map.entry(BulwarkHighlightingStyles.RAID, new TextAttribute(new Color(160, 20, 60))),
            Map.entry(BulwarkHighlightingStyles.REGION, new TextAttribute(new Color(94, 63, 134))),
            Map.entry(BulwarkHighlightingStyles.AGREEMENT, new TextAttribute(new Color(60, 60, 60))),
            Map.entry(BulwarkHighlightingStyles.CATALOG_TYPE, new TextAttribute(new Color(0, 110, 110))),
            Map.entry(BulwarkHighlightingStyles.DECLARATION, new TextAttribute(null, null, SWT.BOLD)));

    private BulwarkColors() {
    }

    /** The colour of a style id; the default for a style without one (punctuation, identifiers). */
    static TextAttribute of(String style) {
        return BY_STYLE.getOrDefault(style, DEFAULT);
    }

    /** The style of a range with several style ids: the first colour among them, and all their font styles. */
    static StyleRange style(int offset, int length, String... styles) {
        StyleRange range = new StyleRange(offset, length, null, null, SWT.NORMAL);
        for (String style : styles) {
            TextAttribute attribute = of(style);
            if (range.foreground == null) {
                range.foreground = attribute.getForeground();
            }
            range.fontStyle |= attribute.getStyle();
        }
        return range;
    }
}
