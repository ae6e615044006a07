package io.bulwark.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * References, document highlight, rename, semantic tokens, completion and hover of the language server, over LSP on
 * real files: two scenarios, a catalog and a study of one scenario in a file of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguageServerNavigationTest {

    static final String ALPHA = """
            scenario Alpha
            import cat.*
            force A
            force Other
            radar R : Surveillance { owner A at 36 N, 127 E facing 0 deg }
            battery B : Upper { // defends X
                owner A   at 36 N, 127 E  interceptors 4
                cued by R fire-control R
            }
            asset X at 36 N, 127 E requires 0.9
            raid Q : SRBM from 38 N, 127 E at X at T+30 s
            """;

    static final String BETA = """
            scenario Beta
            import cat.Surveillance
            import cat.Upper
            force A
            radar R2 : Surveillance { owner A at 35 N, 127 E facing 0 deg }
            battery B2 : Upper { owner A at 35 N, 127 E interceptors 4 cued by R2 }
            asset Y at 35 N, 127 E
            """;

    static final String STUDY = """
            study More for Alpha {
                remove R
                vary B interceptors 8, 16
            }
            """;

    private LspSession lsp;
    private TextDocumentService documents;

    @BeforeAll
    void start() throws Exception {
        lsp = new LspSession(new TreeMap<>(Map.of("cat.bulwark", Language.CATALOG, "alpha.bulwark", ALPHA, "beta.bulwark", BETA,
                "more.bulwark", STUDY)));
        documents = lsp.server.getTextDocumentService();
        lsp.open("alpha.bulwark");
        lsp.open("beta.bulwark");
        lsp.open("more.bulwark");
        lsp.diagnostics("alpha.bulwark", 60_000);
    }

    @AfterAll
    void stop() throws Exception {
        lsp.close();
    }

    private TextDocumentIdentifier doc(String file) {
        return new TextDocumentIdentifier(lsp.uri(file));
    }

    /** "file:line:character" of each location, sorted. */
    private List<String> where(List<? extends Location> locations) {
        List<String> result = new ArrayList<>();
        for (Location location : locations) {
            String file = location.getUri().substring(location.getUri().lastIndexOf('/') + 1);
            result.add(file + ":" + location.getRange().getStart().getLine() + ":" + location.getRange().getStart().getCharacter() + "-"
                    + location.getRange().getEnd().getCharacter());
        }
        result.sort(Comparator.naturalOrder());
        return result;
    }

    private List<? extends Location> references(String file, Position position, boolean declaration) throws Exception {
        ReferenceParams params = new ReferenceParams(doc(file), position, new ReferenceContext(declaration));
        return documents.references(params).get(30, TimeUnit.SECONDS);
    }

    @Test
    void referencesOfARadarAreEveryUseInEveryFile() throws Exception {
        Position declaration = lsp.position("alpha.bulwark", "radar R", 0, 6);
        assertEquals(List.of("alpha.bulwark:7:12-13", "alpha.bulwark:7:27-28", "more.bulwark:1:11-12"),
                where(references("alpha.bulwark", declaration, false)));
        assertEquals(List.of("alpha.bulwark:4:6-7", "alpha.bulwark:7:12-13", "alpha.bulwark:7:27-28", "more.bulwark:1:11-12"),
                where(references("alpha.bulwark", declaration, true)), "with the declaration");
        assertEquals(where(references("alpha.bulwark", declaration, true)),
                where(references("alpha.bulwark", lsp.position("alpha.bulwark", "fire-control R", 0, 13), true)), "asked on a use");
    }

    @Test
    void referencesOfACatalogTypeSpanTheScenariosThatImportIt() throws Exception {
        Position type = lsp.position("alpha.bulwark", "Surveillance", 0, 3);
        assertEquals(List.of("alpha.bulwark:4:10-22", "beta.bulwark:4:11-23"), where(references("alpha.bulwark", type, false)));
    }

    @Test
    void documentHighlightMarksTheDeclarationAndTheUsesInTheFile() throws Exception {
        List<? extends DocumentHighlight> highlights = documents
                .documentHighlight(new DocumentHighlightParams(doc("alpha.bulwark"), lsp.position("alpha.bulwark", "cued by R", 0, 8)))
                .get(30, TimeUnit.SECONDS);
        List<String> ranges = highlights.stream().map(h -> h.getRange().getStart().getLine() + ":" + h.getRange().getStart().getCharacter())
                .sorted().toList();
        assertEquals(List.of("4:6", "7:12", "7:27"), ranges);
    }

    // rename

    private WorkspaceEdit rename(String file, Position position, String name) throws Exception {
        return documents.rename(new RenameParams(doc(file), position, name)).get(30, TimeUnit.SECONDS);
    }

    /** The edits by file name: "line:character-character=newText", sorted. */
    private Map<String, List<String>> edits(WorkspaceEdit edit) {
        Map<String, List<String>> result = new TreeMap<>();
        for (Map.Entry<String, List<TextEdit>> entry : edit.getChanges().entrySet()) {
            String name = entry.getKey().substring(entry.getKey().lastIndexOf('/') + 1);
            result.put(name, entry.getValue().stream().map(e -> {
                Range r = e.getRange();
                return r.getStart().getLine() + ":" + r.getStart().getCharacter() + "-" + r.getEnd().getCharacter() + "=" + e.getNewText();
            }).sorted().toList());
        }
        return result;
    }

    @Test
    void renameARadarEditsEveryUseInEveryFileAndNothingElse() throws Exception {
        WorkspaceEdit edit = rename("alpha.bulwark", lsp.position("alpha.bulwark", "cued by R", 0, 8), "TPY2");
        assertEquals(Map.of("alpha.bulwark", List.of("4:6-7=TPY2", "7:12-13=TPY2", "7:27-28=TPY2"), "more.bulwark", List.of("1:11-12=TPY2")),
                edits(edit), "the comment '// defends X' and the layout stay");
    }

    @Test
    void renameACatalogTypeEditsTheScenariosThatUseIt() throws Exception {
        WorkspaceEdit edit = rename("cat.bulwark", lsp.position("cat.bulwark", "interceptor Upper", 0, 12), "Upper2");
        assertEquals(Map.of("cat.bulwark", List.of("1:12-17=Upper2"), "alpha.bulwark", List.of("5:12-17=Upper2"), "beta.bulwark",
                List.of("2:11-16=Upper2", "5:13-18=Upper2")), edits(edit), "the import of the type by its name too");
    }

    private ResponseErrorException refusedRename(String file, Position position, String name) {
        try {
            WorkspaceEdit edit = rename(file, position, name);
            throw new AssertionError("renamed to " + name + ": " + edits(edit));
        } catch (ExecutionException failure) {
            assertTrue(failure.getCause() instanceof ResponseErrorException, String.valueOf(failure.getCause()));
            return (ResponseErrorException) failure.getCause();
        } catch (Exception other) {
            throw new AssertionError(other);
        }
    }

    @Test
    void renameRefusesANameThatCollidesOrIsNoName() throws Exception {
        Position force = lsp.position("alpha.bulwark", "force Other", 0, 6);
        ResponseErrorException taken = refusedRename("alpha.bulwark", force, "A");
        assertEquals(ResponseErrorCode.InvalidParams.getValue(), taken.getResponseError().getCode());
        assertEquals("Cannot rename force Other to A: scenario Alpha already has a force A (alpha.bulwark, line 3).", taken.getResponseError().getMessage());
        ResponseErrorException battery = refusedRename("alpha.bulwark", lsp.position("alpha.bulwark", "radar R", 0, 6), "B");
        assertEquals("Cannot rename radar R to B: scenario Alpha already has a battery B (alpha.bulwark, line 6).", battery.getResponseError().getMessage());
        ResponseErrorException type = refusedRename("cat.bulwark", lsp.position("cat.bulwark", "missile SRBM", 0, 8), "Upper");
        assertEquals("Cannot rename missile SRBM to Upper: package cat already has an interceptor Upper (cat.bulwark, line 2).",
                type.getResponseError().getMessage());
        ResponseErrorException elsewhere = refusedRename("alpha.bulwark", lsp.position("alpha.bulwark", "Surveillance", 0, 0), "Upper");
        assertEquals("Cannot rename radar Surveillance to Upper: package cat already has an interceptor Upper (cat.bulwark, line 2).",
                elsewhere.getResponseError().getMessage(), "asked on a reference in another file");
        assertEquals("Cannot rename force Other to range: 'range' is a keyword of the language (write ^range to use it as a name).",
                refusedRename("alpha.bulwark", force, "range").getResponseError().getMessage());
        assertEquals("Cannot rename force Other to 9th: a name is letters, digits and '_', not starting with a digit.",
                refusedRename("alpha.bulwark", force, "9th").getResponseError().getMessage());
        WorkspaceEdit escaped = rename("alpha.bulwark", force, "^range");
        assertEquals(Map.of("alpha.bulwark", List.of("3:6-11=^range")), edits(escaped), "an escaped keyword is a name");
    }

    @Test
    void prepareRenameAnswersTheNameUnderTheCursorOrNothing() throws Exception {
        var onReference = documents.prepareRename(new PrepareRenameParams(doc("alpha.bulwark"), lsp.position("alpha.bulwark", "at X", 0, 3)))
                .get(30, TimeUnit.SECONDS);
        assertNotNull(onReference);
        Range range = onReference.isFirst() ? onReference.getFirst() : onReference.getSecond().getRange();
        assertEquals(new Range(new Position(10, 34), new Position(10, 35)), range, "the asset's name where the raid refers to it");
        var onKeyword = documents.prepareRename(new PrepareRenameParams(doc("alpha.bulwark"), lsp.position("alpha.bulwark", "interceptors", 0, 2)))
                .get(30, TimeUnit.SECONDS);
        assertNull(onKeyword, "a keyword is not renamed");
    }

    // semantic tokens

    /** The decoded tokens of the file: "line:character text type[+modifiers]". */
    private List<String> tokens(String file) throws Exception {
        SemanticTokensLegend legend = lsp.initialized.getCapabilities().getSemanticTokensProvider().getLegend();
        SemanticTokens tokens = documents.semanticTokensFull(new SemanticTokensParams(doc(file))).get(30, TimeUnit.SECONDS);
        List<Integer> data = tokens.getData();
        String[] lines = lsp.texts.get(file).split("\n", -1);
        List<String> decoded = new ArrayList<>();
        int line = 0;
        int character = 0;
        for (int i = 0; i < data.size(); i += 5) {
            line += data.get(i);
            character = data.get(i) == 0 ? character + data.get(i + 1) : data.get(i + 1);
            StringBuilder token = new StringBuilder(line + ":" + character + " " + lines[line].substring(character, character + data.get(i + 2))
                    + " " + legend.getTokenTypes().get(data.get(i + 3)));
            for (int bit = 0; bit < legend.getTokenModifiers().size(); bit++) {
                if ((data.get(i + 4) & (1 << bit)) != 0) {
                    token.append('+').append(legend.getTokenModifiers().get(bit));
                }
            }
            decoded.add(token.toString());
        }
        return decoded;
    }

    @Test
    void semanticTokensCarryTheEditorsClassification() throws Exception {
        List<String> tokens = tokens("alpha.bulwark");
        assertEquals(List.of("4:0 radar keyword", "4:6 R variable+declaration+radar", "4:10 Surveillance type+catalogType", "4:25 owner keyword",
                "4:31 A namespace+force", "4:33 at keyword", "4:36 36 number", "4:39 N enumMember", "4:42 127 number", "4:46 E enumMember",
                "4:48 facing keyword", "4:55 0 number", "4:57 deg enumMember"),
                tokens.stream().filter(t -> t.startsWith("4:")).toList());
        assertTrue(tokens.contains("5:20 // defends X comment"), tokens.toString());
        assertEquals(List.of("7:4 cued keyword", "7:9 by keyword", "7:12 R variable+radar", "7:14 fire-control keyword", "7:27 R variable+radar"),
                tokens.stream().filter(t -> t.startsWith("7:")).toList());
    }

    @Test
    void aCommentOverSeveralLinesIsATokenPerLine() throws Exception {
        try (LspSession session = new LspSession(Map.of("c.bulwark", "/* one\n   two */\npackage c\n"))) {
            session.open("c.bulwark");
            session.diagnostics("c.bulwark", 60_000);
            SemanticTokens tokens = session.server.getTextDocumentService()
                    .semanticTokensFull(new SemanticTokensParams(new TextDocumentIdentifier(session.uri("c.bulwark")))).get(30, TimeUnit.SECONDS);
            int comment = session.initialized.getCapabilities().getSemanticTokensProvider().getLegend().getTokenTypes().indexOf("comment");
            int keyword = session.initialized.getCapabilities().getSemanticTokensProvider().getLegend().getTokenTypes().indexOf("keyword");
            assertEquals(List.of(0, 0, 6, comment, 0, 1, 0, 9, comment, 0, 1, 0, 7, keyword, 0), tokens.getData());
        }
    }

    // completion and hover

    private List<String> completion(String file, Position position) throws Exception {
        var result = documents.completion(new CompletionParams(doc(file), position)).get(30, TimeUnit.SECONDS);
        List<CompletionItem> items = result.isLeft() ? result.getLeft() : result.getRight().getItems();
        return items.stream().map(CompletionItem::getLabel).toList();
    }

    @Test
    void completionOffersEachRadarOfTheScenarioOnce() throws Exception {
        List<String> labels = completion("alpha.bulwark", lsp.position("alpha.bulwark", "cued by R", 0, 8));
        assertEquals(labels.stream().distinct().toList(), labels, "no duplicates");
        assertTrue(labels.contains("R"), labels.toString());
        assertFalse(labels.stream().anyMatch(l -> l.contains("R2")), "Beta's radar belongs to another scenario: " + labels);
        List<String> owners = completion("alpha.bulwark", lsp.position("alpha.bulwark", "owner A", 0, 6));
        assertEquals(owners.stream().distinct().toList(), owners, "no duplicates");
        assertTrue(owners.containsAll(List.of("A", "Other")), owners.toString());
        assertFalse(owners.stream().anyMatch(l -> l.startsWith("Beta")), owners.toString());
    }

    @Test
    void completionOfTypesOffersEachTypeOnce() throws Exception {
        List<String> labels = completion("alpha.bulwark", lsp.position("alpha.bulwark", "Surveillance", 0, 0));
        assertEquals(labels.stream().distinct().toList(), labels, "no duplicates");
        assertTrue(labels.contains("Surveillance"), labels.toString());
    }

    private String hover(String file, Position position) throws Exception {
        Hover hover = documents.hover(new HoverParams(doc(file), position)).get(30, TimeUnit.SECONDS);
        return hover.getContents().getRight().getValue();
    }

    @Test
    void theHoverOfAReferenceShowsTheSignatureOfItsType() throws Exception {
        String battery = hover("more.bulwark", lsp.position("more.bulwark", "vary B", 0, 5));
        assertTrue(battery.startsWith("**battery B** : Upper"), battery);
        assertTrue(battery.contains("range 0 .. 200 km, altitude 10 .. 150 km, fly-out 3 km/s, reaction 10 s, pk 0.8"), battery);
        String raid = hover("more.bulwark", lsp.position("more.bulwark", "remove R", 0, 7));
        assertTrue(raid.startsWith("**radar R** : Surveillance"), raid);
        assertTrue(raid.contains("Detection range (reference 1000 km at 1 m2"), raid);
        String missile = hover("alpha.bulwark", lsp.position("alpha.bulwark", "raid Q", 0, 5));
        assertEquals("**raid Q**: 1 x SRBM from 38 N, 127 E at X\n\n**missile SRBM**: reach 600 km, RCS 1 m2", missile);
    }
}
