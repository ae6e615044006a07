package io.bulwark.ui.editor;

import java.util.Map;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.xtext.ide.editor.syntaxcoloring.HighlightingStyles;

/**
 * The colours of the Bulwark editor by highlighting style id: the lexical styles those of the Xtext/JDT defaults, so
 * the editor looks familiar.
 */
final class BulwarkColors {

    static final TextAttribute DEFAULT = new TextAttribute(null);

    private static final Map<String, TextAttribute> BY_STYLE = Map.of(
            HighlightingStyles.KEYWORD_ID, new TextAttribute(new Color(127, 0, 85), null, SWT.BOLD),
            HighlightingStyles.COMMENT_ID, new TextAttribute(new Color(63, 127, 95)),
            HighlightingStyles.STRING_ID, new TextAttribute(new Color(42, 0, 255)),
            HighlightingStyles.NUMBER_ID, new TextAttribute(new Color(125, 125, 125)));

    private BulwarkColors() {
    }

    /** The colour of a style id; the default for a style without one (punctuation, identifiers). */
    static TextAttribute of(String style) {
        return BY_STYLE.getOrDefault(style, DEFAULT);
    }
}
