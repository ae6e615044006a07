package io.bulwark.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;

import io.bulwark.dsl.ide.highlighting.BulwarkHighlightingStyles;

/** Lexical highlighting of .bulwark files: comments and strings by partition, the code by the language's lexer. */
public class BulwarkPresentationReconciler extends PresentationReconciler {

    public BulwarkPresentationReconciler() {
        setDocumentPartitioning(BulwarkPartitions.PARTITIONING);
        DefaultDamagerRepairer code = new DefaultDamagerRepairer(new BulwarkTokenScanner());
        setDamager(code, IDocument.DEFAULT_CONTENT_TYPE);
        setRepairer(code, IDocument.DEFAULT_CONTENT_TYPE);
        DefaultDamagerRepairer comment = new DefaultDamagerRepairer(single(BulwarkColors.of(BulwarkHighlightingStyles.COMMENT)));
        setDamager(comment, BulwarkPartitions.COMMENT);
        setRepairer(comment, BulwarkPartitions.COMMENT);
        DefaultDamagerRepairer string = new DefaultDamagerRepairer(single(BulwarkColors.of(BulwarkHighlightingStyles.STRING)));
        setDamager(string, BulwarkPartitions.STRING);
        setRepairer(string, BulwarkPartitions.STRING);
    }

    private static RuleBasedScanner single(org.eclipse.jface.text.TextAttribute attribute) {
        RuleBasedScanner scanner = new RuleBasedScanner();
        scanner.setDefaultReturnToken(new Token(attribute));
        return scanner;
    }
}
