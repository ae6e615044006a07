package io.bulwark.ui.editor;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;

import io.bulwark.model.units.Dimension;
import io.bulwark.ui.Activator;

/**
 * Tokens of the code partition: the grammar's keywords, numbers, and the units and hemispheres that follow a
 * number (a unit is an identifier only in that position, so a word list alone could not tell).
 */
public class BulwarkCodeScanner implements ITokenScanner {

    private static volatile List<String> keywords;

    private final IToken keyword = new Token(BulwarkColors.KEYWORD);
    private final IToken number = new Token(BulwarkColors.NUMBER);
    private final IToken unit = new Token(BulwarkColors.UNIT);
    private final IToken comment = new Token(BulwarkColors.COMMENT);
    private final IToken string = new Token(BulwarkColors.STRING);
    private final IToken other = new Token(BulwarkColors.DEFAULT);

    private String text = "";
    private int base;
    private int position;
    private int tokenStart;
    private boolean afterNumber;

    /** The word keywords of the grammar, longest first (so "shoot-look-shoot" wins over "shoot"). */
    public static List<String> keywords() {
        List<String> result = keywords;
        if (result == null) {
            Set<String> words = new TreeSet<>();
            for (String keyword : GrammarUtil.getAllKeywords(Activator.injector().getInstance(IGrammarAccess.class).getGrammar())) {
                if (!keyword.isEmpty() && Character.isLetter(keyword.charAt(0))) {
                    words.add(keyword);
                }
            }
            result = words.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
            keywords = result;
        }
        return result;
    }

    public static boolean isUnit(String word) {
        for (Dimension dimension : Dimension.values()) {
            if (dimension.units().contains(word)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void setRange(IDocument document, int offset, int length) {
        try {
            text = document.get(offset, length);
        } catch (BadLocationException e) {
            text = "";
        }
        base = offset;
        position = 0;
        afterNumber = false;
        // a number just before the range still makes a unit at its start a unit
        try {
            int i = offset - 1;
            while (i >= 0 && Character.isWhitespace(document.getChar(i)) && document.getChar(i) != '\n') {
                i--;
            }
            afterNumber = i >= 0 && i < offset - 1 && Character.isDigit(document.getChar(i));
        } catch (BadLocationException e) {
            afterNumber = false;
        }
    }

    @Override
    public IToken nextToken() {
        tokenStart = position;
        if (position >= text.length()) {
            return Token.EOF;
        }
        char c = text.charAt(position);
        if (Character.isWhitespace(c)) {
            while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
                position++;
            }
            return Token.WHITESPACE;
        }
        if (text.startsWith("//", position)) {
            int end = text.indexOf('\n', position);
            position = end < 0 ? text.length() : end;
            return comment;
        }
        if (text.startsWith("/*", position)) {
            int end = text.indexOf("*/", position + 2);
            position = end < 0 ? text.length() : end + 2;
            return comment;
        }
        if (c == '"') {
            position++;
            while (position < text.length() && text.charAt(position) != '"' && text.charAt(position) != '\n') {
                position += text.charAt(position) == '\\' ? 2 : 1;
            }
            position = Math.min(text.length(), position + 1);
            afterNumber = false;
            return string;
        }
        if (Character.isDigit(c) || (c == '-' && position + 1 < text.length() && Character.isDigit(text.charAt(position + 1))
                && (position == 0 || !Character.isLetterOrDigit(text.charAt(position - 1))))) {
            position++;
            skipDigits();
            if (position + 1 < text.length() && text.charAt(position) == '.' && Character.isDigit(text.charAt(position + 1))) {
                position++;
                skipDigits();
            }
            afterNumber = true;
            return number;
        }
        if (Character.isLetter(c) || c == '_' || c == '^') {
            boolean wasAfterNumber = afterNumber;
            afterNumber = false;
            for (String word : keywords()) {
                if (word.indexOf('-') > 0 && text.startsWith(word, position) && !isWordChar(position + word.length())) {
                    position += word.length();
                    return keyword;
                }
            }
            while (isWordChar(position)) {
                position++;
            }
            String word = text.substring(tokenStart, position);
            if (wasAfterNumber) {
                if (position + 1 < text.length() && text.charAt(position) == '/' && Character.isLetter(text.charAt(position + 1))) {
                    position++;
                    while (isWordChar(position)) {
                        position++;
                    }
                    return unit;
                }
                if (isUnit(word) || word.matches("[NSEW]")) {
                    return unit;
                }
            }
            if (word.equals("T") && position < text.length() && text.charAt(position) == '+') {
                position++;
                return keyword;
            }
            return keywords().contains(word) ? keyword : other;
        }
        afterNumber = false;
        position++;
        return other;
    }

    private void skipDigits() {
        while (position < text.length() && Character.isDigit(text.charAt(position))) {
            position++;
        }
    }

    private boolean isWordChar(int index) {
        return index < text.length() && (Character.isLetterOrDigit(text.charAt(index)) || text.charAt(index) == '_');
    }

    @Override
    public int getTokenOffset() {
        return base + tokenStart;
    }

    @Override
    public int getTokenLength() {
        return position - tokenStart;
    }
}
