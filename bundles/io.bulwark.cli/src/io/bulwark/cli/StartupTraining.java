package io.bulwark.cli;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

import io.bulwark.dsl.ide.server.BulwarkLanguageServer;

/**
 * The training run of the JVM's start-up cache, which {@code ./bulwark} makes once for its jars and JDK:
 * {@code check} of a folder and a language-server session on it (initialize, open its files, wait for their
 * diagnostics, shut down), in one process, so that the cache holds what both commands load. Prints what it saw.
 */
public final class StartupTraining {

    /** A session whose files are not all diagnosed in this time has still trained what it loaded; the run goes on. */
    private static final long DIAGNOSTICS_TIMEOUT_SECONDS = 120;

    private StartupTraining() {
    }

    /** {@code StartupTraining FOLDER}: trains on the .bulwark files of FOLDER; exits 0. */
    public static void main(String[] args) throws Exception {
        System.out.println(train(Path.of(args[0])));
        System.exit(BulwarkCommand.OK); // Xtext's idle workers would keep the JVM up
    }

    /**
     * What a training run did: the exit code of {@code check}, the number of files the session opened (every .bulwark
     * file of the folder) and of their diagnostics (-1 when they did not all come in time).
     */
    public record Result(int checkExitCode, int opened, int diagnostics) {
        @Override
        public String toString() {
            return "check: exit code " + checkExitCode + "; language server: " + opened + " files opened, "
                    + (diagnostics < 0 ? "not all diagnosed within " + DIAGNOSTICS_TIMEOUT_SECONDS + " s" : diagnostics + " diagnostics");
        }
    }

    /** Runs {@code check} and a language-server session on the folder. */
    public static Result train(Path folder) throws IOException, InterruptedException, ExecutionException {
        StringWriter output = new StringWriter();
        int exitCode = BulwarkCommand.execute(new String[] { "check", folder.toString() }, new PrintWriter(output), new PrintWriter(output));
        List<Path> files;
        try (Stream<Path> found = Files.walk(folder)) {
            files = found.filter(file -> file.toString().endsWith(".bulwark") && Files.isRegularFile(file)).map(StartupTraining::normal)
                    .sorted().toList();
        }
        return new Result(exitCode, files.size(), files.isEmpty() ? 0 : session(folder, files));
    }

    private static Path normal(Path file) {
        return file.toAbsolutePath().normalize();
    }

    /** An in-process session on piped streams; the number of diagnostics of the files, -1 when not all came in time. */
    private static int session(Path folder, List<Path> files) throws IOException, InterruptedException, ExecutionException {
        PipedInputStream serverIn = new PipedInputStream();
        PipedOutputStream clientOut = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream();
        PipedOutputStream serverOut = new PipedOutputStream(clientIn);
        BulwarkLanguageServer.run(serverIn, serverOut);
        DiagnosticsOf client = new DiagnosticsOf(files);
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, clientIn, clientOut);
        launcher.startListening();
        LanguageServer server = launcher.getRemoteProxy();
        InitializeParams initialize = new InitializeParams();
        initialize.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "training")));
        server.initialize(initialize).get();
        server.initialized(new InitializedParams());
        for (Path file : files) {
            client.opened(file);
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                    new TextDocumentItem(file.toUri().toString(), "bulwark", 1, Files.readString(file))));
        }
        int diagnostics;
        try {
            diagnostics = client.all.get(DIAGNOSTICS_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            diagnostics = -1;
        }
        server.shutdown().get();
        clientOut.close();
        return diagnostics;
    }

    /** A client that waits until every file has diagnostics published after it was opened; counts the latest of each. */
    private static final class DiagnosticsOf implements LanguageClient {
        private final Set<Path> files;
        private final Set<Path> opened = ConcurrentHashMap.newKeySet();
        private final Map<Path, Integer> diagnosed = new ConcurrentHashMap<>();
        final CompletableFuture<Integer> all = new CompletableFuture<>();

        DiagnosticsOf(List<Path> files) {
            this.files = Set.copyOf(files);
        }

        void opened(Path file) {
            opened.add(file);
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            Path file;
            try {
                file = normal(Path.of(URI.create(params.getUri())));
            } catch (IllegalArgumentException | FileSystemNotFoundException e) {
                return; // not a file URI: none of the files
            }
            if (opened.contains(file)) {
                diagnosed.put(file, params.getDiagnostics().size());
                if (diagnosed.keySet().containsAll(files)) {
                    all.complete(diagnosed.values().stream().mapToInt(Integer::intValue).sum());
                }
            }
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams message) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
        }
    }
}
