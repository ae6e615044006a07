package io.bulwark.dsl.parser;

import java.util.Map;
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

    /** The parser's names of terminals, in the words of the language guide. */
    private static final Map<String, String> TERMINALS = Map.of(
            "RULE_INT", "a number",
            "RULE_ID", "a name",
            "RULE_STRING", "a quoted text",
            "'<EOF>'", "the end of the file",
            "EOF", "the end of the file");

    private static final Pattern TERMINAL = Pattern.compile("RULE_INT|RULE_ID|RULE_STRING|'<EOF>'|\\bEOF\\b");

    @Override
    public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
        SyntaxErrorMessage message = super.getSyntaxErrorMessage(context);
        return new SyntaxErrorMessage(shorten(plainTerminals(message.getMessage())), IssueCodes.SYNTAX_ERROR, message.getIssueData());
    }

    static String plainTerminals(String message) {
        return message == null ? null
                : TERMINAL.matcher(message.replace("missing EOF at", "expected the end of the file at"))
                        .replaceAll(found -> Matcher.quoteReplacement(TERMINALS.get(found.group())));
    }

    /**
     * The converter's own message: the default one is its cause's, a Java message ("Cannot invoke ...", "Character
     * is neither a decimal digit ...") that means nothing to a user.
     */
    @Override
    public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
        SyntaxErrorMessage message = super.getSyntaxErrorMessage(context);
        String own = context.getValueConverterException() == null ? null : context.getValueConverterException().getMessage();
        String cause = context.getValueConverterException() == null || context.getValueConverterException().getCause() == null ? null
                : context.getValueConverterException().getCause().getMessage();
        String text = own != null && !own.equals(cause) ? own : "this token cannot be read as a value";
        return new SyntaxErrorMessage(shorten(text), IssueCodes.UNREADABLE_TOKEN, message.getIssueData());
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
