package io.bulwark.robustness.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.gson.JsonObject;

/**
 * Any bytes as the client's side of the language server's connection (frames, headers, bodies, garbage), then one
 * valid request: the server (in-process, from the shipped jars) must answer that request, so it resynchronised and is
 * alive; no answer is an internal error and none carries a Java stack trace. One server takes every input in turn, as
 * one long, hostile session. An {@code exit} notification would end the JVM (the protocol asks that of a server), so
 * the word is defused in the input.
 */
class LanguageServerFramingFuzzTest {

    private static final Pattern STACK_FRAME = Pattern.compile("\tat |\\bat [\\w$.]+\\([\\w$]*\\.java:\\d+\\)|\"stackTrace\"");

    private static URLClassLoader cli;
    private static RawLspClient client;
    private static long nextId = 1_000_000;
    /** Held: a logger nobody references may be collected, and its level with it. */
    private static final List<Logger> SILENCED = List.of(Logger.getLogger("io.bulwark.dsl.ide.server"), Logger.getLogger("org.eclipse.lsp4j"));

    @BeforeAll
    static void startTheServer() throws Exception {
        Path plugins = Path.of(System.getProperty("bulwark.cli.plugins", "../../releng/io.bulwark.cli.dist/target/repository/plugins"));
        List<Path> jars;
        try (Stream<Path> files = Files.list(plugins)) {
            jars = files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = jars.get(i).toUri().toURL();
        }
        cli = new URLClassLoader("bulwark-lsp", urls, LanguageServerFramingFuzzTest.class.getClassLoader());
        if (System.getenv("JAZZER_FUZZ") != null) {
            // the server logs every skipped frame: thousands of inputs a second would flood the output
            SILENCED.forEach(logger -> logger.setLevel(Level.OFF));
        }
        Method run = cli.loadClass("io.bulwark.dsl.ide.server.BulwarkLanguageServer").getMethod("run", InputStream.class, OutputStream.class);
        // channel pipes: a piped stream fails once the thread that last wrote to it has ended, and each input is
        // written from a thread of its own (the time limit's)
        Pipe toServer = Pipe.open();
        Pipe fromServer = Pipe.open();
        // Xtext finds the language through the context class loader (ServiceLoader); the server's threads inherit it
        ClassLoader testLoader = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(cli);
        try {
            run.invoke(null, Channels.newInputStream(toServer.source()), Channels.newOutputStream(fromServer.sink()));
        } finally {
            Thread.currentThread().setContextClassLoader(testLoader);
        }
        client = new RawLspClient(Channels.newOutputStream(toServer.sink()), Channels.newInputStream(fromServer.source()));
        // an initialized session without a folder: the inputs reach every handler (before initialize, all but
        // initialize answer ServerNotInitialized; LanguageServerRobustnessTest covers that)
        JsonObject initialized = client.request(1, "initialize", "{\"processId\":null,\"rootUri\":null,\"capabilities\":{}}");
        assertTrue(initialized.has("result"), initialized::toString);
        client.notify("initialized", "{}");
    }

    @AfterAll
    static void stopTheServer() throws IOException {
        client.close();
        cli.close();
    }

    @FuzzTest(maxDuration = "5m")
    void framing(byte[] data) throws Exception {
        byte[] input = new String(data, StandardCharsets.ISO_8859_1).replace("exit", "ex1t").getBytes(StandardCharsets.ISO_8859_1);
        long id = nextId++;
        JsonObject answer = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            client.raw(input);
            return client.request(id, "bulwark/ping", "{}");
        });
        assertEquals(-32601, answer.getAsJsonObject("error").get("code").getAsInt(), answer::toString);
        for (JsonObject message : client.takeAll()) {
            if (message.has("method")) {
                continue; // the server's own notifications and requests quote the input
            }
            String text = message.toString();
            assertFalse(STACK_FRAME.matcher(text).find(), () -> "a stack trace reached the client: " + text);
            if (message.has("error")) {
                assertNotEquals(-32603, message.getAsJsonObject("error").get("code").getAsInt(), () -> "an internal error: " + text);
            }
        }
    }

    /** The oracle can fail: a frame cut short and garbage still leave the server answering, and only then. */
    @Test
    void theHarnessSeesTheAnswerAfterGarbage() throws Exception {
        client.raw("Content-Length: 40\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":7,\"me".getBytes(StandardCharsets.US_ASCII));
        JsonObject answer = client.request(nextId++, "bulwark/ping", "{}");
        assertEquals(-32601, answer.getAsJsonObject("error").get("code").getAsInt(), answer.toString());
        JsonObject hover = client.request(nextId++, "textDocument/hover", RawLspClient.position("file:///x.bulwark", -1, 0));
        assertEquals(-32602, hover.getAsJsonObject("error").get("code").getAsInt(), hover.toString());
    }
}
