package io.bulwark.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.bulwark.dsl.validation.IssueCodes;

/** The language server started in-process and spoken to over LSP, as an editor would, on real files. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguageServerTest {

    private static final String SCENARIO = """
            scenario T
            import cat.*
            force A
            radar R : Surveillance { owner A at 36 N, 127 E facing 0 deg }
            battery B:Upper{ owner A at 36 N, 127 E interceptors 4 }
            asset X at 36 N, 127 E requires 0.9
            raid Q : SRBM from 38 N, 127 E at X at T+30
            raid Q2 : Small from 37 N, 127 E at X
            """;

    /** A second catalog file of the same package: a missile ten times smaller than the radar's reference RCS. */
    private static final String SMALL = "package cat\nmissile Small { reach 300 km rcs 0.1 m2 }\n";

    /** An unknown type (line 3) and a battery without an owner (line 4), 0-based. */
    private static final String BROKEN = """
            scenario Broken
            import cat.*
            force A
            radar R : Survelance { owner A at 36 N, 127 E facing 0 deg }
            battery C : Upper { // no owner
                at 36 N, 127 E interceptors 4
            }
            """;

    private LspSession session;
    private LanguageServer server;
    private String uri;
    private String brokenUri;

    @BeforeAll
    void start() throws Exception {
        session = new LspSession(
                Map.of("cat.bulwark", Language.CATALOG, "small.bulwark", SMALL, "broken.bulwark", BROKEN, "t.bulwark", SCENARIO));
        server = session.server;
        assertTrue(session.initialized.getCapabilities().getHoverProvider().isLeft());
        uri = session.uri("t.bulwark");
        brokenUri = session.uri("broken.bulwark");
        session.open("t.bulwark");
        session.open("broken.bulwark");
    }

    @AfterAll
    void stop() throws Exception {
        session.close();
    }

    private List<Diagnostic> diagnosticsOf(String code) throws InterruptedException {
        return diagnosticsOf("t.bulwark", code);
    }

    /** The diagnostics with the code published for the file, waiting for the server's build. */
    private List<Diagnostic> diagnosticsOf(String file, String code) throws InterruptedException {
        return session.diagnostics(file, published -> published.stream().anyMatch(d -> hasCode(d, code)), 60_000).stream()
                .filter(d -> hasCode(d, code)).toList();
    }

    private static boolean hasCode(Diagnostic diagnostic, String code) {
        return diagnostic.getCode() != null && code.equals(diagnostic.getCode().getLeft());
    }

    @Test
    void diagnosticsArePublishedForTheFileWithTheirLines() throws Exception {
        Diagnostic missingUnit = diagnosticsOf(IssueCodes.MISSING_UNIT).get(0);
        assertEquals(6, missingUnit.getRange().getStart().getLine(), "0-based line of the raid");
        assertTrue(missingUnit.getMessage().getLeft().contains("Missing unit"), missingUnit.getMessage().getLeft());
    }

    @Test
    void completionOffersTheRadarTypesOfTheImportedCatalog() throws Exception {
        CompletionParams params = new CompletionParams(new TextDocumentIdentifier(uri), new Position(3, 10));
        var result = server.getTextDocumentService().completion(params).get(30, TimeUnit.SECONDS);
        List<CompletionItem> items = result.isLeft() ? result.getLeft() : result.getRight().getItems();
        List<String> labels = items.stream().map(CompletionItem::getLabel).toList();
        assertTrue(labels.contains("Surveillance"), labels.toString());
        assertFalse(labels.contains("Upper"), "an interceptor type is no radar type: " + labels);
    }

    private String hover(int line, int character) throws Exception {
        Hover hover = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(line, character)))
                .get(30, TimeUnit.SECONDS);
        return hover.getContents().getRight().getValue();
    }

    @Test
    void aRadarsHoverListsItsDetectionRangePerMissileType() throws Exception {
        String text = hover(3, 6);
        assertTrue(text.contains("**radar R** : Surveillance, owner A"), text);
        assertTrue(text.contains("| SRBM | 1 m2 | 1000.0 km |"), text);
        assertTrue(text.contains("| Small | 0.1 m2 | 562.3 km |"), "1000 km x (0.1 / 1)^(1/4): " + text);
    }

    @Test
    void otherElementsHoverWithTheirKeyFigures() throws Exception {
        String battery = hover(4, 8);
        assertTrue(battery.startsWith("**battery B** : Upper, owner A, at 36 N, 127 E"), battery);
        assertTrue(battery.contains("4 interceptors, shoot-shoot"), battery);
        assertTrue(battery.contains("range 0 .. 200 km, altitude 10 .. 150 km"), battery);
        assertEquals("**asset X** at 36 N, 127 E, requires negation 0.9", hover(5, 6));
        assertEquals("**missile SRBM**: reach 600 km, RCS 1 m2", hover(6, 10), "on the raid's reference to the type");
    }

    @Test
    void syntaxAndLinkingDiagnosticsCarryTheLanguagesCodes() throws Exception {
        String text = "scenario Codes\nimport nowhere.*\nforce A\nradar R : Nothing { owner A at 36 N 127 E }\n";
        String file = "codes.bulwark";
        session.open(file, text);
        assertEquals(3, diagnosticsOf(file, IssueCodes.SYNTAX_ERROR).get(0).getRange().getStart().getLine());
        assertEquals(3, diagnosticsOf(file, IssueCodes.UNKNOWN_REFERENCE).get(0).getRange().getStart().getLine());
        assertEquals(1, diagnosticsOf(file, IssueCodes.UNRESOLVED_IMPORT).get(0).getRange().getStart().getLine());
        for (Diagnostic diagnostic : session.diagnostics(file, 60_000)) {
            assertTrue(diagnostic.getCode().getLeft().matches("BULWARK-(SYN|REF|VAL|COV)-\\d{3}"), diagnostic.toString());
        }
    }

    @Test
    void aMissingUnitHasCodeActionsThatAddIt() throws Exception {
        Diagnostic missingUnit = diagnosticsOf(IssueCodes.MISSING_UNIT).get(0);
        CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri), missingUnit.getRange(),
                new CodeActionContext(List.of(missingUnit)));
        List<CodeAction> actions = server.getTextDocumentService().codeAction(params).get(30, TimeUnit.SECONDS).stream()
                .map(e -> e.getRight()).toList();
        CodeAction seconds = actions.stream().filter(a -> a.getTitle().equals("Add unit 's'")).findFirst()
                .orElseThrow(() -> new AssertionError(actions.stream().map(CodeAction::getTitle).toList().toString()));
        TextEdit edit = seconds.getEdit().getChanges().get(uri).get(0);
        assertEquals(" s", edit.getNewText());
        assertEquals(missingUnit.getRange().getEnd(), edit.getRange().getStart());
    }

    private List<CodeAction> codeActions(String file, Diagnostic diagnostic) throws Exception {
        CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(file), diagnostic.getRange(),
                new CodeActionContext(List.of(diagnostic)));
        return server.getTextDocumentService().codeAction(params).get(30, TimeUnit.SECONDS).stream().map(e -> e.getRight()).toList();
    }

    @Test
    void anUnknownTypeHasCodeActionsWithTheCloseNames() throws Exception {
        Diagnostic unknown = diagnosticsOf("broken.bulwark", IssueCodes.UNKNOWN_REFERENCE).get(0);
        assertEquals(3, unknown.getRange().getStart().getLine());
        List<CodeAction> actions = codeActions(brokenUri, unknown);
        assertEquals(List.of("Change to 'Surveillance'"), actions.stream().map(CodeAction::getTitle).toList());
        TextEdit edit = actions.get(0).getEdit().getChanges().get(brokenUri).get(0);
        assertEquals("Surveillance", edit.getNewText());
        assertEquals(unknown.getRange(), edit.getRange());
    }

    @Test
    void aMissingOwnerHasACodeActionPerForce() throws Exception {
        Diagnostic missingOwner = diagnosticsOf("broken.bulwark", IssueCodes.MISSING_OWNER).get(0);
        assertEquals(4, missingOwner.getRange().getStart().getLine());
        List<CodeAction> actions = codeActions(brokenUri, missingOwner);
        assertEquals(List.of("Add owner A"), actions.stream().map(CodeAction::getTitle).toList());
        TextEdit edit = actions.get(0).getEdit().getChanges().get(brokenUri).get(0);
        assertEquals("\n    owner A", edit.getNewText(), "a line of its own; the comment after the brace stays");
        assertEquals(new Position(4, "battery C : Upper { // no owner".length()), edit.getRange().getStart());
    }

    @Test
    void formattingAndDocumentSymbolsWork() throws Exception {
        List<? extends TextEdit> edits = server.getTextDocumentService()
                .formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(4, true)))
                .get(30, TimeUnit.SECONDS);
        assertFalse(edits.isEmpty(), "'battery B:Upper{' gets its spaces");
        assertTrue(edits.stream().allMatch(e -> e.getNewText().isBlank()), "only whitespace changes");
        List<String> symbols = server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri)))
                .get(30, TimeUnit.SECONDS).stream().flatMap(e -> names(e.getRight())).toList();
        assertTrue(symbols.containsAll(List.of("T.R", "T.B", "T.X", "T.Q")), symbols.toString());
    }

    /** The symbol's name and those of the symbols inside it. */
    private static Stream<String> names(DocumentSymbol symbol) {
        return Stream.concat(Stream.of(symbol.getName()), symbol.getChildren() == null ? Stream.empty()
                : symbol.getChildren().stream().flatMap(LanguageServerTest::names));
    }
}
