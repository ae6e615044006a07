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
 * LSP editor. Xtext's {@link ServerModule} finds the language through META-INF/services/org.eclipse.xtext.ISetup
 * (generated into src-gen, naming {@code io.bulwark.dsl.ide.BulwarkIdeSetup}).
 */
public final class BulwarkLanguageServer {

    private BulwarkLanguageServer() {
    }

    /** {@code java io.bulwark.dsl.ide.server.BulwarkLanguageServer}: serves one client on stdin/stdout. */
    public static void main(String[] args) throws InterruptedException, ExecutionException {
        run(System.in, System.out).get();
        // the client is gone: Xtext's idle worker threads would otherwise keep the JVM up for a minute
        System.exit(0);
    }

    /**
     * Starts a server for one client on the streams and returns at once, with a future that completes when the
     * input stream ends. The client's {@code exit} notification ends the JVM (Xtext's handler: status 0 after
     * {@code shutdown}, else 1), as LSP requires of a server process; an in-process client sends only
     * {@code shutdown}. When {@code out} is {@code System.out}, System.out becomes System.err from then on, so
     * that a stray print (a console log appender) cannot corrupt the protocol.
     */
    public static Future<Void> run(InputStream in, OutputStream out) {
        if (out == System.out) {
            System.setOut(System.err);
        }
        LanguageServerImpl server = Guice.createInjector(new ServerModule()).getInstance(LanguageServerImpl.class);
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        return launcher.startListening();
    }
}
