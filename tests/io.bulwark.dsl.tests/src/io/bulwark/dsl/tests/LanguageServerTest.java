package io.bulwark.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.bulwark.dsl.ide.server.BulwarkLanguageServer;
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

    private Path dir;

    private final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();
    private LanguageServer server;
    private String uri;
    private String brokenUri;

    @BeforeAll
    void start() throws Exception {
        dir = Files.createTempDirectory("bulwark-lsp");
        Files.writeString(dir.resolve("cat.bulwark"), Language.CATALOG);
        Files.writeString(dir.resolve("small.bulwark"), SMALL);
        Path broken = dir.resolve("broken.bulwark");
        Files.writeString(broken, BROKEN);
        brokenUri = broken.toUri().toString();
        Path scenario = dir.resolve("t.bulwark");
        Files.writeString(scenario, SCENARIO);
        uri = scenario.toUri().toString();

        PipedInputStream serverIn = new PipedInputStream();
        PipedOutputStream clientOut = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream();
        PipedOutputStream serverOut = new PipedOutputStream(clientIn);
        BulwarkLanguageServer.run(serverIn, serverOut);
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new Client(), clientIn, clientOut);
        launcher.startListening();
        server = launcher.getRemoteProxy();

        InitializeParams init = new InitializeParams();
        init.setWorkspaceFolders(List.of(new WorkspaceFolder(dir.toUri().toString(), "test")));
        init.setRootUri(dir.toUri().toString()); // what the server reads to find the project
        assertTrue(server.initialize(init).get(60, TimeUnit.SECONDS).getCapabilities().getHoverProvider().isLeft());
        server.initialized(new InitializedParams());
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "bulwark", 1, SCENARIO)));
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(brokenUri, "bulwark", 1, BROKEN)));
    }

    @AfterAll
    void stop() throws Exception {
        server.shutdown().get(30, TimeUnit.SECONDS);
        try (var files = Files.walk(dir)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private List<Diagnostic> diagnosticsOf(String code) throws InterruptedException {
        return diagnosticsOf(uri, code);
    }

    /** The diagnostics with the code published for the file, waiting for the server's build. */
    private List<Diagnostic> diagnosticsOf(String file, String code) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            List<Diagnostic> found = diagnostics.getOrDefault(file, List.of()).stream()
                    .filter(d -> d.getCode() != null && code.equals(d.getCode().getLeft())).toList();
            if (!found.isEmpty()) {
                return found;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(code + " never published; got " + diagnostics);
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
        String file = dir.resolve("codes.bulwark").toUri().toString();
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(file, "bulwark", 1, text)));
        assertEquals(3, diagnosticsOf(file, IssueCodes.SYNTAX_ERROR).get(0).getRange().getStart().getLine());
        assertEquals(3, diagnosticsOf(file, IssueCodes.UNKNOWN_REFERENCE).get(0).getRange().getStart().getLine());
        assertEquals(1, diagnosticsOf(file, IssueCodes.UNRESOLVED_IMPORT).get(0).getRange().getStart().getLine());
        for (Diagnostic diagnostic : diagnostics.get(file)) {
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
        Diagnostic unknown = diagnosticsOf(brokenUri, IssueCodes.UNKNOWN_REFERENCE).get(0);
        assertEquals(3, unknown.getRange().getStart().getLine());
        List<CodeAction> actions = codeActions(brokenUri, unknown);
        assertEquals(List.of("Change to 'Surveillance'"), actions.stream().map(CodeAction::getTitle).toList());
        TextEdit edit = actions.get(0).getEdit().getChanges().get(brokenUri).get(0);
        assertEquals("Surveillance", edit.getNewText());
        assertEquals(unknown.getRange(), edit.getRange());
    }

    @Test
    void aMissingOwnerHasACodeActionPerForce() throws Exception {
        Diagnostic missingOwner = diagnosticsOf(brokenUri, IssueCodes.MISSING_OWNER).get(0);
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
                .get(30, TimeUnit.SECONDS).stream()
                .map(e -> e.isLeft() ? e.getLeft().getName() : e.getRight().getName()).toList();
        assertTrue(symbols.containsAll(List.of("T.R", "T.B", "T.X", "T.Q")), symbols.toString());
    }

    /** The editor's side: keeps the published diagnostics. */
    private final class Client implements LanguageClient {
        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            diagnostics.put(params.getUri(), params.getDiagnostics());
        }

        @Override
        public void showMessage(MessageParams params) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams params) {
        }
    }
}
