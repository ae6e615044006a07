package io.bulwark.robustness.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/** A language client in raw bytes: writes frames (or anything) to the server and keeps every message it answers. */
final class RawLspClient implements AutoCloseable {

    private final OutputStream toServer;
    private final LinkedBlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
    private final List<JsonObject> unclaimed = new ArrayList<>();

    RawLspClient(OutputStream toServer, InputStream fromServer) {
        this.toServer = toServer;
        Thread reader = new Thread(() -> read(fromServer), "raw-lsp-client");
        reader.setDaemon(true);
        reader.start();
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
                received.add(JsonParser.parseString(new String(in.readNBytes(length), StandardCharsets.UTF_8)).getAsJsonObject());
            }
        } catch (IOException e) {
            // the server is gone
        }
    }

    static String quote(String text) {
        return new JsonPrimitive(text).toString();
    }

    static String position(String uri, int line, int character) {
        return "{\"textDocument\":{\"uri\":\"" + uri + "\"},\"position\":{\"line\":" + line + ",\"character\":" + character + "}}";
    }

    void raw(byte[] bytes) throws IOException {
        toServer.write(bytes);
        toServer.flush();
    }

    void frame(String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        raw(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        raw(body);
    }

    void notify(String method, String params) throws IOException {
        frame("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":" + params + "}");
    }

    void open(String uri, String text) throws IOException {
        notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":\"" + uri + "\",\"languageId\":\"bulwark\",\"version\":1,\"text\":"
                + quote(text) + "}}");
    }

    JsonObject request(long id, String method, String params) throws Exception {
        frame("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}");
        return answer(id);
    }

    /** The response with the id, the messages before it kept for {@link #takeAll()}. */
    JsonObject answer(long id) throws InterruptedException {
        return await(m -> m.has("id") && !m.has("method") && m.get("id").isJsonPrimitive() && m.get("id").getAsJsonPrimitive().isNumber()
                && m.get("id").getAsLong() == id, "the answer to request " + id);
    }

    /** The next diagnostics published for the document that satisfy the condition. */
    JsonObject diagnostics(String uri, Predicate<String> condition) throws InterruptedException {
        return await(m -> m.has("method") && m.get("method").getAsString().equals("textDocument/publishDiagnostics")
                && m.getAsJsonObject("params").get("uri").getAsString().equals(uri)
                && condition.test(m.getAsJsonObject("params").getAsJsonArray("diagnostics").toString()), "diagnostics for " + uri)
                .getAsJsonObject("params");
    }

    /** Every message received and not yet claimed. */
    synchronized List<JsonObject> takeAll() {
        received.drainTo(unclaimed);
        List<JsonObject> all = new ArrayList<>(unclaimed);
        unclaimed.clear();
        return all;
    }

    private JsonObject await(Predicate<JsonObject> wanted, String what) throws InterruptedException {
        synchronized (this) {
            for (JsonObject message : unclaimed) {
                if (wanted.test(message)) {
                    unclaimed.remove(message);
                    return message;
                }
            }
        }
        // a guard against a hang, not a timing assertion
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            JsonObject message = received.poll(1, TimeUnit.SECONDS);
            if (message == null) {
                continue;
            }
            if (wanted.test(message)) {
                return message;
            }
            synchronized (this) {
                unclaimed.add(message);
            }
        }
        throw new AssertionError("never received " + what + "; got " + takeAll());
    }

    @Override
    public void close() throws IOException {
        toServer.close();
    }
}
