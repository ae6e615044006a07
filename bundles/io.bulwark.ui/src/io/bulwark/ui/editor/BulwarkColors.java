package io.bulwark.ui.editor;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/** The colors of the Bulwark editor (those of the Xtext/JDT defaults, so the editor looks familiar). */
final class BulwarkColors {

    static final TextAttribute KEYWORD = new TextAttribute(new Color(127, 0, 85), null, SWT.BOLD);
    static final TextAttribute COMMENT = new TextAttribute(new Color(63, 127, 95));
    static final TextAttribute STRING = new TextAttribute(new Color(42, 0, 255));
    static final TextAttribute NUMBER = new TextAttribute(new Color(125, 125, 125));
    static final TextAttribute UNIT = new TextAttribute(new Color(0, 110, 140), null, SWT.ITALIC);
    static final TextAttribute DEFAULT = new TextAttribute(null);

    private BulwarkColors() {
    }
}
