package io.bulwark.dsl.parser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

import io.bulwark.dsl.validation.IssueCodes;

/**
 * The parser's messages quote the offending token; a token can be a whole line of garbage, megabytes
 * long. Quotes longer than {@value #MAX_QUOTE} characters are cut so that a message stays one readable line.
 * Syntax errors carry the language's codes: a grammar error, or a token that cannot be read as its value.
 */
public class ShortSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

    static final int MAX_QUOTE = 40;

    private static final Pattern LONG_QUOTE = Pattern.compile("'([^']{" + MAX_QUOTE + "})([^']+)'");

    @Override
    public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
        SyntaxErrorMessage message = super.getSyntaxErrorMessage(context);
        return new SyntaxErrorMessage(shorten(message.getMessage()), IssueCodes.SYNTAX_ERROR, message.getIssueData());
    }

    @Override
    public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
        SyntaxErrorMessage message = super.getSyntaxErrorMessage(context);
        return new SyntaxErrorMessage(shorten(message.getMessage()), IssueCodes.UNREADABLE_TOKEN, message.getIssueData());
    }

    static String shorten(String message) {
        if (message == null) {
            return null;
        }
        Matcher matcher = LONG_QUOTE.matcher(message);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(result,
                    Matcher.quoteReplacement("'" + matcher.group(1) + "...' (" + (MAX_QUOTE + matcher.group(2).length()) + " characters)"));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
