package io.bulwark.ui.editor;

import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;

/** Bracket matching of { } and ( ) outside comments and strings. */
public class BulwarkPairMatcher extends DefaultCharacterPairMatcher {

    public BulwarkPairMatcher() {
        super(new char[] { '{', '}', '(', ')' }, BulwarkPartitions.PARTITIONING, true);
    }
}
