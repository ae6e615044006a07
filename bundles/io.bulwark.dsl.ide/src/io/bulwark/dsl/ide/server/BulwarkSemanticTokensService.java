package io.bulwark.dsl.ide.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.SemanticTokenModifiers;
import org.eclipse.lsp4j.SemanticTokenTypes;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.semantictokens.SemanticTokensService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import io.bulwark.dsl.ide.highlighting.BulwarkHighlightingStyles;

/**
 * Semantic tokens from the language's highlighting calculator, the classification the Eclipse editor draws. Each
 * style becomes a token type that editors' themes know (a radar is a {@code variable}, a catalog type a {@code type}, a
 * unit an {@code enumMember}); the kind of element is a modifier of its own ({@code radar}, {@code battery}...) beside
 * {@code declaration}, so that an editor can colour radars as the coverage map does. A comment over several lines
 * becomes one token per line, for clients without multi-line tokens.
 */
public class BulwarkSemanticTokensService extends SemanticTokensService {

    /** The token type of each style of the calculator. */
    private static final Map<String, String> TYPE_OF_STYLE = Map.ofEntries(
            Map.entry(BulwarkHighlightingStyles.KEYWORD, SemanticTokenTypes.Keyword),
            Map.entry(BulwarkHighlightingStyles.COMMENT, SemanticTokenTypes.Comment),
            Map.entry(BulwarkHighlightingStyles.STRING, SemanticTokenTypes.String),
            Map.entry(BulwarkHighlightingStyles.NUMBER, SemanticTokenTypes.Number),
            Map.entry(BulwarkHighlightingStyles.UNIT, SemanticTokenTypes.EnumMember),
            Map.entry(BulwarkHighlightingStyles.CATALOG_TYPE, SemanticTokenTypes.Type),
            Map.entry(BulwarkHighlightingStyles.FORCE, SemanticTokenTypes.Namespace),
            Map.entry(BulwarkHighlightingStyles.RADAR, SemanticTokenTypes.Variable),
            Map.entry(BulwarkHighlightingStyles.BATTERY, SemanticTokenTypes.Variable),
            Map.entry(BulwarkHighlightingStyles.ASSET, SemanticTokenTypes.Variable),
            Map.entry(BulwarkHighlightingStyles.RAID, SemanticTokenTypes.Variable),
            Map.entry(BulwarkHighlightingStyles.REGION, SemanticTokenTypes.Variable),
            Map.entry(BulwarkHighlightingStyles.AGREEMENT, SemanticTokenTypes.Variable));

    /** The legend's types: index = the type's number in the tokens. */
    public static final List<String> TOKEN_TYPES = List.of(SemanticTokenTypes.Keyword, SemanticTokenTypes.Comment, SemanticTokenTypes.String,
            SemanticTokenTypes.Number, SemanticTokenTypes.EnumMember, SemanticTokenTypes.Type, SemanticTokenTypes.Namespace,
            SemanticTokenTypes.Variable);

    /** The legend's modifiers: bit i = modifier i; {@code declaration}, then the kinds of element. */
    public static final List<String> TOKEN_MODIFIERS = concat(SemanticTokenModifiers.Declaration, BulwarkHighlightingStyles.ELEMENT_KINDS);

    private record Styled(int offset, int length, String[] styles) {
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return List.copyOf(all);
    }

    @Override
    public List<String> getTokenTypes() {
        return TOKEN_TYPES;
    }

    @Override
    public List<String> getTokenModifiers() {
        return TOKEN_MODIFIERS;
    }

    @Override
    public SemanticTokens semanticTokensFull(Document document, XtextResource resource, SemanticTokensParams params,
            CancelIndicator cancelIndicator) {
        if (document == null || resource == null || resource.getResourceServiceProvider() == null) {
            return new SemanticTokens(List.of());
        }
        ISemanticHighlightingCalculator calculator = resource.getResourceServiceProvider().get(ISemanticHighlightingCalculator.class);
        if (calculator == null) {
            return new SemanticTokens(List.of());
        }
        List<Styled> positions = new ArrayList<>();
        calculator.provideHighlightingFor(resource, (offset, length, styles) -> positions.add(new Styled(offset, length, styles)),
                cancelIndicator);
        positions.sort(Comparator.comparingInt(Styled::offset));
        String text = document.getContents();
        Encoder encoder = new Encoder(text);
        for (Styled position : positions) {
            int type = -1;
            int modifiers = 0;
            for (String style : position.styles()) {
                if (type < 0 && TYPE_OF_STYLE.containsKey(style)) {
                    type = TOKEN_TYPES.indexOf(TYPE_OF_STYLE.get(style));
                }
                int modifier = TOKEN_MODIFIERS.indexOf(BulwarkHighlightingStyles.DECLARATION.equals(style) ? SemanticTokenModifiers.Declaration : style);
                if (modifier >= 0) {
                    modifiers |= 1 << modifier;
                }
            }
            if (type >= 0) {
                encoder.add(position.offset(), Math.min(text.length(), position.offset() + position.length()), type, modifiers);
            }
        }
        return new SemanticTokens(encoder.data);
    }

    /** The protocol's relative encoding: line delta, start delta, length, type, modifiers; one token per line. */
    private static final class Encoder {
        private final String text;
        private final int[] lineStarts;
        private final List<Integer> data = new ArrayList<>();
        private int lastLine;
        private int lastStart;
        private int lastEnd = -1;

        Encoder(String text) {
            this.text = text;
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        void add(int start, int end, int type, int modifiers) {
            if (start < lastEnd) {
                return; // tokens must not overlap; the calculator's do not, but a client must never get a broken stream
            }
            int line = line(start);
            int from = start;
            while (from < end) {
                int lineEnd = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length();
                int to = Math.min(end, lineEnd);
                while (to > from && (text.charAt(to - 1) == '\r' || text.charAt(to - 1) == '\n')) {
                    to--;
                }
                if (to > from) {
                    int character = from - lineStarts[line];
                    data.add(line - lastLine);
                    data.add(line == lastLine ? character - lastStart : character);
                    data.add(to - from);
                    data.add(type);
                    data.add(modifiers);
                    lastLine = line;
                    lastStart = character;
                }
                line++;
                from = line < lineStarts.length ? Math.max(from, lineStarts[line]) : end;
            }
            lastEnd = end;
        }

        private int line(int offset) {
            int index = Arrays.binarySearch(lineStarts, offset);
            return index >= 0 ? index : -index - 2;
        }
    }
}
