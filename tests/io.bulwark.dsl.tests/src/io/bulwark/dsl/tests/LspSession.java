package io.bulwark.dsl.tests;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RenameCapabilities;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

import io.bulwark.dsl.ide.server.BulwarkLanguageServer;

/**
 * The language server started in-process on a folder of real files and spoken to over LSP, as an editor would: the
 * files are written to a temporary folder, the server scans it, and the tests open the documents they ask about.
 */
final class LspSession implements AutoCloseable {

    final Path dir;
    final LanguageServer server;
    final InitializeResult initialized;
    /** The file texts by name, as written. */
    final Map<String, String> texts = new LinkedHashMap<>();
    private final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();

    LspSession(Map<String, String> files) throws Exception {
        dir = Files.createTempDirectory("bulwark-lsp");
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue());
            texts.put(file.getKey(), file.getValue());
        }
        PipedInputStream serverIn = new PipedInputStream(1 << 16);
        PipedOutputStream clientOut = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 16);
        PipedOutputStream serverOut = new PipedOutputStream(clientIn);
        BulwarkLanguageServer.run(serverIn, serverOut);
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new Client(), clientIn, clientOut);
        launcher.startListening();
        server = launcher.getRemoteProxy();
        InitializeParams init = new InitializeParams();
        init.setWorkspaceFolders(List.of(new WorkspaceFolder(dir.toUri().toString(), "test")));
        init.setRootUri(dir.toUri().toString());
        TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
        text.setRename(new RenameCapabilities(true, false));
        DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
        symbols.setHierarchicalDocumentSymbolSupport(true);
        text.setDocumentSymbol(symbols);
        init.setCapabilities(new ClientCapabilities(null, text, null));
        initialized = server.initialize(init).get(60, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
    }

    String uri(String file) {
        return dir.resolve(file).toUri().toString();
    }

    void open(String file) {
        open(file, texts.get(file));
    }

    /** Opens the file in the editor with this text, whatever is on disk (or when nothing is). */
    void open(String file, String text) {
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri(file), "bulwark", 1, text)));
    }

    /** The 0-based position of the n-th (0-based) occurrence of {@code fragment} in the file, plus {@code shift} characters. */
    Position position(String file, String fragment, int occurrence, int shift) {
        String text = texts.get(file);
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = text.indexOf(fragment, at + 1);
            if (at < 0) {
                throw new IllegalArgumentException(fragment + " #" + occurrence + " is not in " + file);
            }
        }
        at += shift;
        int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
        return new Position(line, at - (text.lastIndexOf('\n', at - 1) + 1));
    }

    /** The diagnostics published for the file, once there are some (waits for the server's build). */
    List<Diagnostic> diagnostics(String file, long timeoutMillis) throws InterruptedException {
        return diagnostics(file, published -> true, timeoutMillis);
    }

    /** The diagnostics published last for the file, once they are as {@code expected} says (waits for the server's build). */
    List<Diagnostic> diagnostics(String file, Predicate<List<Diagnostic>> expected, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            List<Diagnostic> found = diagnostics.get(uri(file));
            if (found != null && expected.test(found)) {
                return found;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no diagnostics as expected published for " + file + " in " + timeoutMillis + " ms; last: "
                + diagnostics.get(uri(file)));
    }

    @Override
    public void close() throws Exception {
        server.shutdown().get(30, TimeUnit.SECONDS);
        try (var files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            // a leftover temporary folder does not fail the tests
        }
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
