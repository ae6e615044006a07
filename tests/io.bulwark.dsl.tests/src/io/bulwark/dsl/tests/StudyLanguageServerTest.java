package io.bulwark.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
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
import io.bulwark.dsl.validation.StudyIssueCodes;

/** A study file in the language server, spoken to over LSP in-process: its faults located, content assist for its clauses. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StudyLanguageServerTest {

    /** 0-based lines: 2 the land-only grid, 3 an inverted range, 5 an empty line in the study's body. */
    private static final String STUDY = """
            import cat.*
            study S for T {
                site P grid around 36 N, 127 E radius 40 km step 20 km within land
                vary P salvo 3 .. 1
                objective worst-negation X
            \s\s\s\s
                constraint X covered
            }
            """;

    private Path dir;
    private final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();
    private LanguageServer server;
    private String uri;

    @BeforeAll
    void start() throws Exception {
        dir = Files.createTempDirectory("bulwark-study-lsp");
        Files.writeString(dir.resolve("cat.bulwark"), Language.CATALOG);
        Files.writeString(dir.resolve("t.bulwark"), StudyLanguageTest.SCENARIO);
        Path study = dir.resolve("s.bulwark");
        Files.writeString(study, STUDY);
        uri = study.toUri().toString();
        PipedInputStream serverIn = new PipedInputStream();
        PipedOutputStream clientOut = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream();
        PipedOutputStream serverOut = new PipedOutputStream(clientIn);
        BulwarkLanguageServer.run(serverIn, serverOut);
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new Client(), clientIn, clientOut);
        launcher.startListening();
        server = launcher.getRemoteProxy();
        InitializeParams init = new InitializeParams();
        init.setWorkspaceFolders(List.of(new WorkspaceFolder(dir.toUri().toString(), "study")));
        init.setRootUri(dir.toUri().toString());
        server.initialize(init).get(60, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "bulwark", 1, STUDY)));
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

    private List<Diagnostic> published() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            List<Diagnostic> found = diagnostics.get(uri);
            if (found != null && !found.isEmpty()) {
                return found;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no diagnostics published for the study; got " + diagnostics);
    }

    private List<String> completion(int line, int character) throws Exception {
        var result = server.getTextDocumentService().completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(line, character)))
                .get(30, TimeUnit.SECONDS);
        return (result.isLeft() ? result.getLeft() : result.getRight().getItems()).stream().map(CompletionItem::getLabel).toList();
    }

    @Test
    void theStudysOnlyErrorIsTheInvertedRangeOnItsLine() throws Exception {
        List<Diagnostic> errors = published().stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Error).toList();
        assertEquals(1, errors.size(), "the land-only grid and the rest are fine: " + errors);
        Diagnostic inverted = errors.get(0);
        assertEquals(StudyIssueCodes.INVALID_STUDY_VALUE, inverted.getCode().getLeft());
        assertEquals(3, inverted.getRange().getStart().getLine(), "0-based line of 'vary P salvo 3 .. 1'");
        assertTrue(inverted.getMessage().getLeft().contains("Inverted range: 3 > 1"), inverted.getMessage().getLeft());
    }

    @Test
    void anEmptyLineOfAStudyOffersItsClauses() throws Exception {
        List<String> labels = completion(5, 4);
        for (String clause : List.of("site", "vary", "add", "remove", "monte-carlo", "objective", "constraint")) {
            assertTrue(labels.contains(clause), clause + " in " + labels);
        }
        assertTrue(!labels.contains("scenario") && !labels.contains("radar"), "no scenario keywords inside a study: " + labels);
    }

    @Test
    void afterWithinComeLandAndTheScenariosRegions() throws Exception {
        int character = STUDY.lines().toList().get(2).indexOf("within ") + "within ".length();
        List<String> labels = completion(2, character);
        assertTrue(labels.contains("land"), "the keyword: " + labels);
        assertTrue(labels.contains("Land"), "the scenario's region: " + labels);
    }

    /** Collects the published diagnostics; answers nothing else. */
    private final class Client implements LanguageClient {
        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            diagnostics.put(params.getUri(), params.getDiagnostics());
        }

        @Override
        public void telemetryEvent(Object object) {
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
