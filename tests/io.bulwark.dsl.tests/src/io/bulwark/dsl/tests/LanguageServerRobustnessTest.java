package io.bulwark.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.bulwark.dsl.FileLimits;
import io.bulwark.dsl.ide.server.BoundedLanguageServer;
import io.bulwark.dsl.ide.server.BulwarkLanguageServer;
import io.bulwark.dsl.validation.IssueCodes;

/**
 * The language server in-process, spoken to in raw bytes as a broken or hostile client would: it resynchronises after
 * broken frames, starts without a folder and in a workspace of symbolic link loops, refuses an oversized document with
 * one diagnostic, and answers unknown methods and positions outside the document with the protocol's error codes,
 * never with a stack trace.
 */
class LanguageServerRobustnessTest {

    private static final String VALID = """
            package cat
            radar Surveillance { detects 1000 km at 1 m2 sector 120 deg elevation 0 deg .. 90 deg track 10 s }
            """;

    /** An unknown radar type on line 2 (0-based). */
    private static final String BROKEN = "scenario T\nforce A\nradar R : Nope { owner A at 36 N, 127 E facing 0 deg }\n";

    private final List<Path> folders = new ArrayList<>();
    private RawClient client;

    @AfterEach
    void stop() throws IOException {
        if (client != null) {
            client.close();
        }
        for (Path folder : folders) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private Path folder() throws IOException {
        Path folder = Files.createTempDirectory("bulwark-lsp-robust");
        folders.add(folder);
        return folder;
    }

    private RawClient start() throws IOException {
        client = RawClient.inProcess();
        return client;
    }

    @Test
    void afterBrokenFramesTheServerAnswersTheNextValidOne() throws Exception {
        RawClient lsp = start();
        lsp.raw("garbage without any header\r\n\r\n");
        lsp.raw("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":90,\"method\":\"shutdown\"}");
        lsp.raw("Content-Length: 5\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":91,\"method\":\"shutdown\"}");
        lsp.raw("Content-Length: 12\r\n\r\nnot json !!!");
        lsp.raw("Content-Length: abc\r\n\r\n{}");
        lsp.raw("Content-Length: 99999999999999999999999\r\n\r\n{\"jsonrpc\":");
        JsonObject init = lsp.request(1, "initialize", "{\"processId\":null,\"rootUri\":null,\"capabilities\":{}}");
        assertTrue(init.has("result"), init.toString());
        // a Content-Length larger than the body: the next frame's header ends it
        lsp.raw("Content-Length: 4000\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":92,\"method\":\"shutdown\"");
        JsonObject symbols = lsp.request(2, "workspace/symbol", "{\"query\":\"x\"}");
        assertTrue(symbols.has("result"), symbols.toString());
        assertEquals(List.of(), lsp.responsesTo(90, 91, 92), "broken frames are not answered as if they were whole");
    }

    @Test
    void beforeInitializeRequestsAnswerServerNotInitializedAndDocumentsAreDropped() throws Exception {
        RawClient lsp = start();
        String uri = folder().resolve("early.bulwark").toUri().toString();
        lsp.open(uri, BROKEN);
        JsonObject early = lsp.request(1, "textDocument/hover", position(uri, 0, 0));
        assertEquals(-32002, errorCode(early), early.toString());
        JsonObject init = lsp.request(2, "initialize", "{\"processId\":null,\"rootUri\":null,\"capabilities\":{}}");
        assertTrue(init.has("result"), "a document sent too early does not break the workspace's set-up: " + init);
        lsp.notify("initialized", "{}");
        lsp.open(uri, BROKEN);
        lsp.diagnostics(uri, d -> d.size() > 0);
    }

    @Test
    void withoutAFolderTheServerWorksOnOpenedDocuments() throws Exception {
        RawClient lsp = start();
        JsonObject init = lsp.request(1, "initialize", "{\"processId\":null,\"rootUri\":null,\"rootPath\":null,\"capabilities\":{}}");
        assertTrue(init.getAsJsonObject("result").has("capabilities"), init.toString());
        lsp.notify("initialized", "{}");
        String uri = folder().resolve("unsaved.bulwark").toUri().toString();
        lsp.open(uri, BROKEN);
        JsonObject diagnostics = lsp.diagnostics(uri, d -> d.size() > 0);
        assertEquals(IssueCodes.UNKNOWN_REFERENCE, diagnostics.getAsJsonArray("diagnostics").get(0).getAsJsonObject().get("code").getAsString());
        JsonObject hover = lsp.request(2, "textDocument/hover", position(uri, 2, 7));
        assertTrue(hover.has("result"), hover.toString());
    }

    @Test
    void aWorkspaceOfSymbolicLinkLoopsIsScannedOncePerFile() throws Exception {
        Path root = folder();
        Path sub = Files.createDirectories(root.resolve("sub"));
        Files.writeString(sub.resolve("cat.bulwark"), VALID);
        Files.writeString(root.resolve("broken.bulwark"), BROKEN);
        Files.createSymbolicLink(sub.resolve("up"), root);
        Files.createSymbolicLink(sub.resolve("self"), sub);
        Files.createSymbolicLink(root.resolve("twin"), sub);
        Files.createSymbolicLink(root.resolve("dangling.bulwark"), root.resolve("missing.bulwark"));
        Files.createSymbolicLink(root.resolve("folder.bulwark"), root.resolve("sub"));
        mkfifo(root.resolve("pipe.bulwark"));
        RawClient lsp = start();
        JsonObject init = lsp.request(1, "initialize", "{\"processId\":null,\"rootUri\":\"" + root.toUri() + "\",\"capabilities\":{}}");
        assertTrue(init.has("result"), init.toString());
        lsp.notify("initialized", "{}");
        String broken = root.resolve("broken.bulwark").toUri().toString();
        lsp.diagnostics(broken, d -> d.size() > 0);
        JsonObject symbols = lsp.request(2, "workspace/symbol", "{\"query\":\"Surveillance\"}");
        assertEquals(1, symbols.getAsJsonArray("result").size(), "the catalog once, not once per path through the links: " + symbols);
        // opened by the editor, a scanned file is the same document (its URI as the client writes it)
        lsp.open(sub.resolve("cat.bulwark").toUri().toString(), VALID);
        JsonObject again = lsp.request(3, "workspace/symbol", "{\"query\":\"Surveillance\"}");
        assertEquals(1, again.getAsJsonArray("result").size(), "one resource per file: " + again);
    }

    /** A named pipe: reading it blocks until a writer comes, which none does. */
    private static void mkfifo(Path path) throws Exception {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor());
    }

    @Test
    void changedFilesThatAreNotRegularOrTooLargeAreTreatedAsGone() throws Exception {
        Path root = folder();
        Files.writeString(root.resolve("cat.bulwark"), VALID);
        RawClient lsp = start();
        lsp.request(1, "initialize", "{\"processId\":null,\"rootUri\":\"" + root.toUri() + "\",\"capabilities\":{}}");
        lsp.notify("initialized", "{}");
        assertEquals(1, lsp.request(2, "workspace/symbol", "{\"query\":\"Surveillance\"}").getAsJsonArray("result").size());
        Path pipe = root.resolve("pipe.bulwark");
        mkfifo(pipe);
        Path large = root.resolve("large.bulwark");
        Files.writeString(large, "// " + "x".repeat((int) FileLimits.DEFAULT_MAX_FILE_BYTES));
        Files.writeString(root.resolve("cat.bulwark"), VALID + "x".repeat((int) FileLimits.DEFAULT_MAX_FILE_BYTES));
        lsp.notify("workspace/didChangeWatchedFiles", "{\"changes\":[{\"uri\":\"" + pipe.toUri() + "\",\"type\":1},{\"uri\":\"" + large.toUri()
                + "\",\"type\":1},{\"uri\":\"" + root.resolve("cat.bulwark").toUri() + "\",\"type\":2}]}");
        JsonObject symbols = lsp.request(3, "workspace/symbol", "{\"query\":\"Surveillance\"}");
        assertEquals(0, symbols.getAsJsonArray("result").size(), "the catalog grew past the limit: gone, as if deleted: " + symbols);
    }

    @Test
    void foldersAreTakenFromWhicheverFieldTheClientFills() throws Exception {
        Path root = folder();
        Files.writeString(root.resolve("cat.bulwark"), VALID);
        RawClient lsp = start();
        // workspace folders without the (deprecated) root and without claiming the capability
        lsp.request(1, "initialize", "{\"processId\":null,\"workspaceFolders\":[{\"uri\":\"" + root.toUri() + "\",\"name\":\"w\"}],"
                + "\"capabilities\":{}}");
        lsp.notify("initialized", "{}");
        assertEquals(1, lsp.request(2, "workspace/symbol", "{\"query\":\"Surveillance\"}").getAsJsonArray("result").size());
        lsp.close();
        // a root the server cannot read from disk: the opened documents only
        lsp = start();
        assertTrue(lsp.request(1, "initialize", "{\"processId\":null,\"rootUri\":\"https://example.com/w\",\"capabilities\":{}}").has("result"));
        lsp.notify("initialized", "{}");
        String uri = root.resolve("other.bulwark").toUri().toString();
        lsp.open(uri, BROKEN);
        lsp.diagnostics(uri, d -> d.size() > 0);
    }

    @Test
    void anOversizedDocumentGetsOneDiagnosticInsteadOfBeingParsed() throws Exception {
        RawClient lsp = start();
        lsp.request(1, "initialize", "{\"processId\":null,\"rootUri\":\"" + folder().toUri() + "\",\"capabilities\":{}}");
        lsp.notify("initialized", "{}");
        String uri = folders.get(0).resolve("huge.bulwark").toUri().toString();
        int size = (int) FileLimits.DEFAULT_MAX_FILE_BYTES + 1;
        lsp.open(uri, "// " + "x".repeat(size - 3));
        JsonObject published = lsp.diagnostics(uri, d -> d.size() > 0);
        assertEquals(1, published.getAsJsonArray("diagnostics").size(), published.toString());
        JsonObject diagnostic = published.getAsJsonArray("diagnostics").get(0).getAsJsonObject();
        assertEquals(BoundedLanguageServer.FILE_TOO_LARGE, diagnostic.get("code").getAsString());
        assertEquals("This document is 4.0 MB, larger than the 4.0 MB limit for a scenario file; it is not checked.",
                diagnostic.get("message").getAsString());
        JsonObject hover = lsp.request(2, "textDocument/hover", position(uri, 0, 1));
        assertTrue(hover.has("result"), "a refused document is an unknown one: " + hover);
        // the user cuts it down: the full text comes back and is checked
        lsp.notify("textDocument/didChange", "{\"textDocument\":{\"uri\":\"" + uri + "\",\"version\":2},\"contentChanges\":[{\"text\":"
                + quote(BROKEN) + "}]}");
        JsonObject checked = lsp.diagnostics(uri, d -> d.size() > 0 && !d.toString().contains(BoundedLanguageServer.FILE_TOO_LARGE));
        assertEquals(IssueCodes.UNKNOWN_REFERENCE, checked.getAsJsonArray("diagnostics").get(0).getAsJsonObject().get("code").getAsString());
        // and grows past the limit by an edit
        lsp.notify("textDocument/didChange", "{\"textDocument\":{\"uri\":\"" + uri + "\",\"version\":3},\"contentChanges\":[{\"range\":"
                + "{\"start\":{\"line\":0,\"character\":0},\"end\":{\"line\":0,\"character\":0}},\"text\":" + quote("//" + "y".repeat(size) + "\n") + "}]}");
        lsp.diagnostics(uri, d -> d.toString().contains(BoundedLanguageServer.FILE_TOO_LARGE));
    }

    @Test
    void unknownMethodsAnswerMethodNotFoundAndNotificationsAreIgnored() throws Exception {
        RawClient lsp = start();
        lsp.request(1, "initialize", "{\"processId\":null,\"rootUri\":null,\"capabilities\":{}}");
        lsp.notify("bulwark/noSuchNotification", "{}");
        lsp.notify("$/noSuchNotification", "{}");
        JsonObject unknown = lsp.request(2, "bulwark/noSuchRequest", "{}");
        assertEquals(-32601, unknown.getAsJsonObject("error").get("code").getAsInt(), unknown.toString());
        JsonObject dollar = lsp.request(3, "$/noSuchRequest", "{}");
        assertEquals(-32601, dollar.getAsJsonObject("error").get("code").getAsInt(), dollar.toString());
        JsonObject again = lsp.request(4, "initialize", "{\"processId\":null,\"rootUri\":null,\"capabilities\":{}}");
        assertEquals(-32600, again.getAsJsonObject("error").get("code").getAsInt(), "initialize twice: " + again);
    }

    @Test
    void positionsOutsideTheDocumentAnswerInvalidParamsAndUnknownDocumentsAnEmptyResult() throws Exception {
        RawClient lsp = start();
        lsp.request(1, "initialize", "{\"processId\":null,\"rootUri\":null,\"capabilities\":{}}");
        lsp.notify("initialized", "{}");
        String uri = folder().resolve("open.bulwark").toUri().toString();
        lsp.open(uri, BROKEN);
        lsp.diagnostics(uri, d -> d.size() > 0);
        int id = 10;
        String[] positional = { "textDocument/hover", "textDocument/completion", "textDocument/definition", "textDocument/documentHighlight",
                "textDocument/signatureHelp", "textDocument/prepareRename" };
        for (String method : positional) {
            for (int[] outside : new int[][] { { 4, 0 }, { 1000, 0 }, { -1, 0 }, { 0, -5 } }) {
                JsonObject answer = lsp.request(id++, method, position(uri, outside[0], outside[1]));
                assertEquals(-32602, errorCode(answer), method + " at " + outside[0] + ":" + outside[1] + ": " + answer);
            }
            JsonObject clamped = lsp.request(id++, method, position(uri, 0, 500));
            assertTrue(clamped.has("result"), method + ": a character beyond the line means its end: " + clamped);
            JsonObject unknown = lsp.request(id++, method, position("file:///no/such/folder/x.bulwark", 0, 0));
            assertTrue(unknown.has("result"), method + " on an unknown document: " + unknown);
        }
        JsonObject references = lsp.request(id++, "textDocument/references", "{\"textDocument\":{\"uri\":\"" + uri
                + "\"},\"position\":{\"line\":99,\"character\":0},\"context\":{\"includeDeclaration\":true}}");
        assertEquals(-32602, errorCode(references), references.toString());
        JsonObject rename = lsp.request(id++, "textDocument/rename", "{\"textDocument\":{\"uri\":\"" + uri
                + "\"},\"position\":{\"line\":99,\"character\":0},\"newName\":\"X\"}");
        assertEquals(-32602, errorCode(rename), rename.toString());
        String outsideRange = "{\"start\":{\"line\":0,\"character\":0},\"end\":{\"line\":40,\"character\":0}}";
        JsonObject rangeFormatting = lsp.request(id++, "textDocument/rangeFormatting", "{\"textDocument\":{\"uri\":\"" + uri
                + "\"},\"range\":" + outsideRange + ",\"options\":{\"tabSize\":4,\"insertSpaces\":true}}");
        assertEquals(-32602, errorCode(rangeFormatting), rangeFormatting.toString());
        JsonObject codeAction = lsp.request(id++, "textDocument/codeAction", "{\"textDocument\":{\"uri\":\"" + uri
                + "\"},\"range\":{\"start\":{\"line\":0,\"character\":0},\"end\":{\"line\":0,\"character\":1}},\"context\":{\"diagnostics\":"
                + "[{\"range\":" + outsideRange + ",\"message\":\"m\",\"code\":\"" + IssueCodes.UNKNOWN_REFERENCE + "\",\"data\":[\"x\"]}]}}");
        assertEquals(-32602, errorCode(codeAction), codeAction.toString());
        JsonObject inverted = lsp.request(id++, "textDocument/codeAction", "{\"textDocument\":{\"uri\":\"" + uri
                + "\"},\"range\":{\"start\":{\"line\":2,\"character\":0},\"end\":{\"line\":0,\"character\":0}},\"context\":{\"diagnostics\":[]}}");
        assertEquals(-32602, errorCode(inverted), inverted.toString());
        JsonObject noDocument = lsp.request(id++, "textDocument/hover", "{\"position\":{\"line\":0,\"character\":0}}");
        assertEquals(-32602, errorCode(noDocument), noDocument.toString());
        for (String method : new String[] { "textDocument/documentSymbol", "textDocument/formatting", "textDocument/semanticTokens/full",
                "textDocument/foldingRange" }) {
            JsonObject unknown = lsp.request(id++, method, "{\"textDocument\":{\"uri\":\"file:///no/such/folder/x.bulwark\"},"
                    + "\"options\":{\"tabSize\":4,\"insertSpaces\":true}}");
            assertTrue(unknown.has("result"), method + " on an unknown document: " + unknown);
            JsonObject known = lsp.request(id++, method, "{\"textDocument\":{\"uri\":\"" + uri + "\"},\"options\":{\"tabSize\":4,\"insertSpaces\":true}}");
            assertTrue(known.has("result"), method + ": " + known);
        }
        assertFalse(lsp.everything().contains("\\tat ") || lsp.everything().contains("Exception"), "a stack trace reached the client: "
                + lsp.everything());
    }

    private static int errorCode(JsonObject response) {
        return response.has("error") ? response.getAsJsonObject("error").get("code").getAsInt() : 0;
    }

    private static String position(String uri, int line, int character) {
        return "{\"textDocument\":{\"uri\":\"" + uri + "\"},\"position\":{\"line\":" + line + ",\"character\":" + character + "}}";
    }

    static String quote(String text) {
        return new com.google.gson.JsonPrimitive(text).toString();
    }

    /** A client that writes frames as bytes and reads the server's messages, keeping all it receives. */
    static final class RawClient implements AutoCloseable {
        private final OutputStream toServer;
        private final LinkedBlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
        private final List<JsonObject> seen = new ArrayList<>();
        private final StringBuilder everything = new StringBuilder();

        private RawClient(OutputStream toServer, InputStream fromServer) {
            this.toServer = toServer;
            Thread reader = new Thread(() -> read(fromServer), "raw-lsp-client");
            reader.setDaemon(true);
            reader.start();
        }

        static RawClient inProcess() throws IOException {
            // channel pipes: a piped stream fails once the thread that last wrote to it has ended (a worker of the server)
            Pipe toServer = Pipe.open();
            Pipe fromServer = Pipe.open();
            BulwarkLanguageServer.run(Channels.newInputStream(toServer.source()), Channels.newOutputStream(fromServer.sink()));
            return new RawClient(Channels.newOutputStream(toServer.sink()), Channels.newInputStream(fromServer.source()));
        }

        private void read(InputStream in) {
            try {
                while (true) {
                    int length = -1;
                    StringBuilder line = new StringBuilder();
                    while (true) {
                        int b = in.read();
                        if (b < 0) {
                            return;
                        }
                        if (b == '\n') {
                            String header = line.toString().trim();
                            if (header.isEmpty()) {
                                break;
                            }
                            if (header.startsWith("Content-Length:")) {
                                length = Integer.parseInt(header.substring(15).trim());
                            }
                            line.setLength(0);
                        } else {
                            line.append((char) b);
                        }
                    }
                    byte[] body = in.readNBytes(length);
                    String json = new String(body, StandardCharsets.UTF_8);
                    synchronized (everything) {
                        everything.append(json).append('\n');
                    }
                    received.add(JsonParser.parseString(json).getAsJsonObject());
                }
            } catch (IOException e) {
                // the server is gone
            }
        }

        String everything() {
            synchronized (everything) {
                return everything.toString();
            }
        }

        void raw(String bytes) throws IOException {
            toServer.write(bytes.getBytes(StandardCharsets.UTF_8));
            toServer.flush();
        }

        void frame(String json) throws IOException {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            toServer.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            toServer.write(body);
            toServer.flush();
        }

        void notify(String method, String params) throws IOException {
            frame("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":" + params + "}");
        }

        void open(String uri, String text) throws IOException {
            notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":\"" + uri + "\",\"languageId\":\"bulwark\",\"version\":1,\"text\":"
                    + quote(text) + "}}");
        }

        JsonObject request(int id, String method, String params) throws Exception {
            frame("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}");
            return await(m -> m.has("id") && !m.has("method") && m.get("id").getAsInt() == id, "the answer to " + method + " (id " + id + ")");
        }

        /** The next diagnostics published for the document that satisfy the condition. */
        JsonObject diagnostics(String uri, Predicate<com.google.gson.JsonArray> condition) throws Exception {
            return await(m -> m.has("method") && m.get("method").getAsString().equals("textDocument/publishDiagnostics")
                    && m.getAsJsonObject("params").get("uri").getAsString().equals(uri)
                    && condition.test(m.getAsJsonObject("params").getAsJsonArray("diagnostics")), "diagnostics for " + uri)
                    .getAsJsonObject("params");
        }

        /** Ids of the responses received so far among the given ones. */
        List<Integer> responsesTo(int... ids) {
            List<Integer> found = new ArrayList<>();
            synchronized (seen) {
                for (JsonObject message : seen) {
                    JsonElement id = message.get("id");
                    for (int wanted : ids) {
                        if (id != null && !message.has("method") && id.getAsInt() == wanted) {
                            found.add(wanted);
                        }
                    }
                }
            }
            return found;
        }

        private JsonObject await(Predicate<JsonObject> wanted, String what) throws InterruptedException {
            synchronized (seen) {
                for (JsonObject message : seen) {
                    if (wanted.test(message)) {
                        seen.remove(message);
                        return message;
                    }
                }
            }
            // a guard against a hang, not a timing assertion: the server answers in well under a second
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (System.nanoTime() < deadline) {
                JsonObject message = received.poll(1, TimeUnit.SECONDS);
                if (message == null) {
                    continue;
                }
                if (wanted.test(message)) {
                    return message;
                }
                synchronized (seen) {
                    seen.add(message);
                }
            }
            throw new AssertionError("never received " + what + "; got " + everything());
        }

        @Override
        public void close() throws IOException {
            toServer.close();
        }
    }
}
