package io.bulwark.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.json.ConcurrentMessageProcessor;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.semantictokens.SemanticTokensService;
import org.eclipse.xtext.util.IFileSystemScanner;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

import io.bulwark.dsl.FileLimits;

/**
 * The Bulwark language server (LSP over standard input and output): diagnostics with the coverage findings,
 * completion, hover, document symbols, formatting, go to definition, references, document highlight, rename,
 * semantic tokens ({@link BulwarkSemanticTokensService}) and code actions, for any LSP editor. Xtext's {@link ServerModule} finds the language through META-INF/services/org.eclipse.xtext.ISetup
 * (generated into src-gen, naming {@code io.bulwark.dsl.ide.BulwarkIdeSetup}); {@link BoundedLanguageServer},
 * {@link WorkspaceScanner} and {@link ResynchronisingMessageProducer} keep it alive and bounded whatever it is sent.
 */
public final class BulwarkLanguageServer {

    /** The largest frame read: a document at the size limit fits even with every character escaped (6 bytes). */
    public static final long MAX_CONTENT_LENGTH = 16 * FileLimits.DEFAULT_MAX_FILE_BYTES;

    private static final Logger LOG = Logger.getLogger(BulwarkLanguageServer.class.getName());

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
        Injector injector = Guice.createInjector(Modules.override(new ServerModule()).with(binder -> {
            binder.bind(LanguageServerImpl.class).to(BoundedLanguageServer.class);
            binder.bind(IFileSystemScanner.class).to(WorkspaceScanner.class);
            binder.bind(SemanticTokensService.class).to(BulwarkSemanticTokensService.class);
        }));
        BoundedLanguageServer server = (BoundedLanguageServer) injector.getInstance(LanguageServerImpl.class);
        LanguageClient[] client = new LanguageClient[1];
        Launcher<LanguageClient> launcher = new ServerLauncherBuilder(server, message -> {
            LOG.warning(message);
            if (client[0] != null) {
                client[0].logMessage(new MessageParams(MessageType.Warning, message));
            }
        }).setLocalService(server).setRemoteInterface(LanguageClient.class).setInput(in).setOutput(out)
                .setExceptionHandler(BulwarkLanguageServer::responseError).create();
        client[0] = launcher.getRemoteProxy();
        server.connect(client[0]);
        injector.getInstance(WorkspaceScanner.class)
                .onWarning(message -> client[0].showMessage(new MessageParams(MessageType.Warning, message)));
        return launcher.startListening();
    }

    /** The protocol's error for a failed request; an internal failure goes to the log, never its stack trace to the client. */
    private static ResponseError responseError(Throwable throwable) {
        Throwable cause = throwable;
        while ((cause instanceof CompletionException || cause instanceof InvocationTargetException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof ResponseErrorException error) {
            return error.getResponseError();
        }
        if (cause instanceof UnsupportedOperationException) {
            // a method of the protocol that Xtext declares but does not implement
            return new ResponseError(ResponseErrorCode.MethodNotFound, "The Bulwark language server does not support this request.", null);
        }
        LOG.log(Level.SEVERE, "a request failed", throwable);
        return new ResponseError(ResponseErrorCode.InternalError, "Internal error in the Bulwark language server (details in its log).", null);
    }

    /** LSP4J's server launcher with {@link ResynchronisingMessageProducer} reading the client's frames. */
    private static final class ServerLauncherBuilder extends LSPLauncher.Builder<LanguageClient> {
        private final BoundedLanguageServer server;
        private final java.util.function.Consumer<String> problems;
        private MessageJsonHandler jsonHandler;
        private RemoteEndpoint remoteEndpoint;

        ServerLauncherBuilder(BoundedLanguageServer server, java.util.function.Consumer<String> problems) {
            this.server = server;
            this.problems = problems;
        }

        @Override
        protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler handler) {
            jsonHandler = handler;
            remoteEndpoint = super.createRemoteEndpoint(handler);
            return remoteEndpoint;
        }

        @Override
        protected ConcurrentMessageProcessor createMessageProcessor(MessageProducer reader, MessageConsumer messageConsumer,
                LanguageClient remoteProxy) {
            return new ConcurrentMessageProcessor(new ResynchronisingMessageProducer(input, jsonHandler, remoteEndpoint, MAX_CONTENT_LENGTH,
                    problems), untilInitialized(messageConsumer));
        }

        /**
         * Before {@code initialize}, requests answer ServerNotInitialized and notifications other than {@code exit} are
         * dropped, as LSP says: a document sent earlier would fail Xtext's build and then its workspace set-up.
         */
        private MessageConsumer untilInitialized(MessageConsumer next) {
            return message -> {
                if (server.isInitialized() || message instanceof ResponseMessage
                        || message instanceof RequestMessage request && "initialize".equals(request.getMethod())
                        || message instanceof NotificationMessage notification && "exit".equals(notification.getMethod())) {
                    next.consume(message);
                } else if (message instanceof RequestMessage) {
                    remoteEndpoint.handle(message, List.of(new MessageIssue("The server is not initialized yet: send initialize first.",
                            ResponseErrorCode.ServerNotInitialized.getValue())));
                }
            };
        }
    }
}
