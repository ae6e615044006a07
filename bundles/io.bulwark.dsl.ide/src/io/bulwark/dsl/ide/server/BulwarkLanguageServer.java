package io.bulwark.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;

import com.google.inject.Guice;

/**
 * The Bulwark language server (LSP over standard input and output): diagnostics with the coverage findings,
 * completion, hover, document symbols, formatting, go to definition, references and code actions, for any
 * LSP editor. The language is found through META-INF/services/org.eclipse.xtext.ISetup.
 */
public final class BulwarkLanguageServer {

    private BulwarkLanguageServer() {
    }

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        start(System.in, System.out).get();
    }

    /** Starts a server on the streams; the future completes when the client closes the connection. */
    public static Future<Void> start(InputStream in, OutputStream out) {
        LanguageServerImpl server = Guice.createInjector(new ServerModule()).getInstance(LanguageServerImpl.class);
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        return launcher.startListening();
    }
}
