package io.bulwark.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.bulwark.dsl.ide.highlighting.BulwarkHighlightingStyles;
import io.bulwark.dsl.ide.textmate.TextMateGrammar;

/**
 * The committed TextMate grammar is the generator's output for today's grammar, and it colours the examples as the
 * language's own highlighting does: every keyword, number, unit, comment and string the calculator finds gets the
 * matching TextMate scope (read with a small TextMate tokenizer over java.util.regex, whose syntax of these patterns is
 * Oniguruma's).
 */
class TextMateGrammarTest {

    private static final Path COMMITTED = Path.of("../../bundles/io.bulwark.dsl.ide", TextMateGrammar.FILE);

    private static String generated() {
        return TextMateGrammar.json(Language.injector().getInstance(IGrammarAccess.class).getGrammar());
    }

    @Test
    void theCommittedGrammarIsTheGeneratorsOutput() throws Exception {
        String generated = generated();
        Path fresh = Path.of("target", "bulwark.tmLanguage.json");
        Files.createDirectories(fresh.getParent());
        Files.writeString(fresh, generated, StandardCharsets.UTF_8);
        assertEquals(generated, Files.readString(COMMITTED),
                "the grammar's keywords changed: copy tests/io.bulwark.dsl.tests/" + fresh + " to bundles/io.bulwark.dsl.ide/" + TextMateGrammar.FILE);
    }

    @Test
    void everyKeywordOfTheLanguageIsAKeywordScope() throws Exception {
        Tokenizer tokenizer = new Tokenizer(Files.readString(COMMITTED));
        List<String> keywords = TextMateGrammar.wordKeywords(Language.injector().getInstance(IGrammarAccess.class).getGrammar());
        assertTrue(keywords.containsAll(List.of("shoot-look-shoot", "fire-control", "monte-carlo", "T+", "radar", "x")), keywords.toString());
        for (String keyword : keywords) {
            List<String> tokens = tokenizer.tokens(keyword + " 1");
            assertEquals(keyword + ":keyword.control.bulwark", tokens.get(0), keyword);
        }
        assertEquals(List.of("^range:variable.other.bulwark"), tokenizer.tokens("^range"), "an escaped keyword is a name");
        assertEquals(List.of("interceptors:keyword.control.bulwark", "48:constant.numeric.bulwark", "doctrine:keyword.control.bulwark"),
                tokenizer.tokens("interceptors 48 doctrine"), "a keyword after a number is no unit");
        assertEquals(List.of("speed:keyword.control.bulwark", "2.8:constant.numeric.bulwark", "km/s:keyword.other.unit.bulwark"),
                tokenizer.tokens("speed 2.8 km/s"));
        assertEquals(List.of("TPY2_Seongju:variable.other.bulwark", "-33.9:constant.numeric.bulwark", "T+:keyword.control.bulwark",
                "30:constant.numeric.bulwark", "s:keyword.other.unit.bulwark"), tokenizer.tokens("TPY2_Seongju -33.9 T+30 s"));
    }

    /** Every file of the examples: the calculator's lexical classes, position by position, have the matching scopes. */
    @Test
    void theGrammarColoursTheExamplesAsTheLanguageDoes() throws Exception {
        Tokenizer tokenizer = new Tokenizer(Files.readString(COMMITTED));
        Map<String, String> scopes = Map.of(BulwarkHighlightingStyles.KEYWORD, "keyword.control", BulwarkHighlightingStyles.NUMBER,
                "constant.numeric", BulwarkHighlightingStyles.UNIT, "keyword.other.unit", BulwarkHighlightingStyles.COMMENT, "comment",
                BulwarkHighlightingStyles.STRING, "string");
        XtextResourceSet set = Language.examples();
        ISemanticHighlightingCalculator calculator = Language.injector().getInstance(ISemanticHighlightingCalculator.class);
        int compared = 0;
        for (var resource : set.getResources()) {
            String text = ((XtextResource) resource).getParseResult().getRootNode().getText();
            Map<Integer, String> tokens = tokenizer.scopesByOffset(text);
            List<String> mismatches = new ArrayList<>();
            int[] count = { 0 };
            calculator.provideHighlightingFor((XtextResource) resource, (offset, length, ids) -> {
                String expected = scopes.get(ids[0]);
                if (expected != null) {
                    count[0]++;
                    String scope = tokens.get(offset);
                    if (scope == null || !scope.startsWith(expected)) {
                        mismatches.add(text.substring(offset, offset + length) + " at " + offset + ": " + scope + " instead of " + expected);
                    }
                }
            }, CancelIndicator.NullImpl);
            assertEquals(List.of(), mismatches, resource.getURI().lastSegment());
            compared += count[0];
        }
        assertTrue(compared > 500, "tokens compared: " + compared);
    }

    /** Enough of TextMate for a flat grammar: at each point the leftmost match of the top patterns wins, ties by order. */
    private static final class Tokenizer {
        private record Rule(String scope, Pattern match, Pattern begin, Pattern end, Map<Integer, String> captures) {
        }

        private final List<Rule> rules = new ArrayList<>();

        Tokenizer(String json) {
            JsonObject grammar = JsonParser.parseString(json).getAsJsonObject();
            JsonObject repository = grammar.getAsJsonObject("repository");
            for (JsonElement include : grammar.getAsJsonArray("patterns")) {
                String name = include.getAsJsonObject().get("include").getAsString().substring(1);
                JsonArray patterns = repository.getAsJsonObject(name).getAsJsonArray("patterns");
                for (JsonElement element : patterns) {
                    JsonObject rule = element.getAsJsonObject();
                    Map<Integer, String> captures = new HashMap<>();
                    if (rule.has("captures")) {
                        for (var capture : rule.getAsJsonObject("captures").entrySet()) {
                            captures.put(Integer.parseInt(capture.getKey()), capture.getValue().getAsJsonObject().get("name").getAsString());
                        }
                    }
                    rules.add(new Rule(rule.has("name") ? rule.get("name").getAsString() : null, compile(rule, "match"), compile(rule, "begin"),
                            compile(rule, "end"), captures));
                }
            }
        }

        private static Pattern compile(JsonObject rule, String key) {
            return rule.has(key) ? Pattern.compile(rule.get(key).getAsString(), Pattern.MULTILINE) : null;
        }

        /** "text:scope" of each token of the text. */
        List<String> tokens(String text) {
            List<String> tokens = new ArrayList<>();
            scan(text, (offset, end, scope) -> tokens.add(text.substring(offset, end) + ":" + scope));
            return tokens;
        }

        Map<Integer, String> scopesByOffset(String text) {
            Map<Integer, String> scopes = new HashMap<>();
            scan(text, (offset, end, scope) -> scopes.put(offset, scope));
            return scopes;
        }

        private interface Sink {
            void token(int offset, int end, String scope);
        }

        private void scan(String text, Sink sink) {
            int position = 0;
            while (position < text.length()) {
                Rule best = null;
                Matcher bestMatcher = null;
                for (Rule rule : rules) {
                    Matcher matcher = (rule.match() != null ? rule.match() : rule.begin()).matcher(text);
                    // a line's patterns see the line only, as TextMate reads a file line by line
                    int lineEnd = text.indexOf('\n', position);
                    matcher.region(position, lineEnd < 0 ? text.length() : lineEnd);
                    matcher.useTransparentBounds(true).useAnchoringBounds(false);
                    if (matcher.find() && matcher.end() > matcher.start() && (bestMatcher == null || matcher.start() < bestMatcher.start())) {
                        best = rule;
                        bestMatcher = matcher;
                    }
                }
                if (bestMatcher == null) {
                    int lineEnd = text.indexOf('\n', position);
                    position = lineEnd < 0 ? text.length() : lineEnd + 1;
                    continue;
                }
                if (best.match() != null && best.captures().isEmpty()) {
                    sink.token(bestMatcher.start(), bestMatcher.end(), best.scope());
                    position = bestMatcher.end();
                } else if (best.match() != null) {
                    for (var capture : best.captures().entrySet()) {
                        if (bestMatcher.group(capture.getKey()) != null) {
                            sink.token(bestMatcher.start(capture.getKey()), bestMatcher.end(capture.getKey()), capture.getValue());
                        }
                    }
                    position = bestMatcher.end();
                } else {
                    Matcher end = best.end().matcher(text);
                    end.region(bestMatcher.end(), text.length());
                    int stop = end.find() ? end.end() : text.length();
                    sink.token(bestMatcher.start(), stop, best.scope());
                    position = stop;
                }
            }
        }
    }
}
