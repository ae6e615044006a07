package io.bulwark.ui.editor;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultAntlrTokenToAttributeIdMapper;
import org.eclipse.xtext.parser.antlr.Lexer;

import io.bulwark.ui.Activator;

/**
 * Colours the code partition by the tokens of the language's own lexer: keywords, numbers, strings and comments
 * (style ids of the Xtext highlighting, as the semantic highlighting uses them). It runs on every keystroke and needs
 * no parse; the semantic highlighting, which classifies units and names, follows a reconcile later.
 */
public class BulwarkTokenScanner implements ITokenScanner {

    private Lexer lexer;
    private DefaultAntlrTokenToAttributeIdMapper styles;
    private int base;
    private int tokenOffset;
    private int tokenLength;

    @Override
    public void setRange(IDocument document, int offset, int length) {
        if (lexer == null) {
            lexer = Activator.injector().getInstance(Lexer.class);
            styles = Activator.injector().getInstance(DefaultAntlrTokenToAttributeIdMapper.class);
        }
        String text;
        try {
            text = document.get(offset, length);
        } catch (BadLocationException e) {
            text = "";
        }
        lexer.setCharStream(new ANTLRStringStream(text));
        base = offset;
    }

    @Override
    public IToken nextToken() {
        org.antlr.runtime.Token token = lexer.nextToken();
        if (token == null || token.getType() == org.antlr.runtime.Token.EOF) {
            return Token.EOF;
        }
        CommonToken common = (CommonToken) token;
        tokenOffset = base + common.getStartIndex();
        tokenLength = common.getStopIndex() - common.getStartIndex() + 1;
        return new Token(BulwarkColors.of(styles.getId(token.getType())));
    }

    @Override
    public int getTokenOffset() {
        return tokenOffset;
    }

    @Override
    public int getTokenLength() {
        return tokenLength;
    }
}
