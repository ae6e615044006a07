package io.bulwark.robustness.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/**
 * {@code bulwark lsp} as an editor starts it: a JVM of the shipped jars with a 1 GB heap, spoken to in raw bytes on
 * its standard input and output.
 */
class LanguageServerProcessTest {

    private static final String BROKEN = "scenario T\nforce A\nradar R : Nope { owner A at 36 N, 127 E facing 0 deg }\n";

    private static Process start() throws Exception {
        Path plugins = Path.of(System.getProperty("bulwark.cli.plugins", "../../releng/io.bulwark.cli.dist/target/repository/plugins"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx1g", "-cp", plugins.toAbsolutePath() + File.separator + "*", "io.bulwark.cli.BulwarkCommand", "lsp")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void stop(Process process, RawLspClient lsp) throws Exception {
        lsp.request(99, "shutdown", "null");
        lsp.notify("exit", "null");
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the server ends on exit");
        assertEquals(0, process.exitValue());
    }

    @Test
    void garbageRootlessFiftyMegabytesUnknownMethodsAndOutOfRangePositions(@TempDir Path folder) throws Exception {
        Process process = start();
        try {
            RawLspClient lsp = new RawLspClient(process.getOutputStream(), process.getInputStream());
            lsp.raw("\u0000\u00ffgarbage\r\n\r\nContent-Length: 7\r\n\r\n{\"id\":Content-Length: 99999999999\r\n\r\n{".getBytes(StandardCharsets.ISO_8859_1));
            JsonObject init = lsp.request(1, "initialize", "{\"processId\":null,\"rootUri\":null,\"rootPath\":null,\"capabilities\":{}}");
            assertTrue(init.getAsJsonObject("result").has("capabilities"), init.toString());
            lsp.notify("initialized", "{}");

            String huge = folder.resolve("huge.bulwark").toUri().toString();
            lsp.open(huge, "// " + "x".repeat(50 * 1024 * 1024));
            JsonObject refused = lsp.diagnostics(huge, d -> d.contains("BULWARK-SYN-003"));
            assertEquals(1, refused.getAsJsonArray("diagnostics").size(), refused.toString());
            assertTrue(refused.toString().contains("This document is 50.0 MB, larger than the 4.0 MB limit"), refused.toString());

            String small = folder.resolve("small.bulwark").toUri().toString();
            lsp.open(small, BROKEN);
            lsp.diagnostics(small, d -> d.contains("BULWARK-REF-001"));
            assertEquals(-32601, lsp.request(2, "bulwark/noSuchMethod", "{}").getAsJsonObject("error").get("code").getAsInt());
            JsonObject outside = lsp.request(3, "textDocument/hover", RawLspClient.position(small, 40, 0));
            assertEquals(-32602, outside.getAsJsonObject("error").get("code").getAsInt(), outside.toString());
            assertFalse(outside.toString().contains("\\tat ") || outside.toString().contains("Exception"), outside.toString());
            assertTrue(lsp.request(4, "textDocument/hover", RawLspClient.position(small, 2, 7)).has("result"));
            stop(process, lsp);
        } finally {
            // a failed test leaves no server running: a JVM of 1 GB that outlives the test would slow every later one
            process.destroyForcibly();
        }
    }

    @Test
    void aWorkspaceOfSymbolicLinkLoopsIsAnswered(@TempDir Path folder) throws Exception {
        Path sub = Files.createDirectories(folder.resolve("a/b"));
        Files.writeString(sub.resolve("broken.bulwark"), BROKEN);
        Files.createSymbolicLink(sub.resolve("loop"), folder);
        Files.createSymbolicLink(sub.resolve("again"), folder.resolve("a"));
        Files.createSymbolicLink(folder.resolve("b2"), sub);
        Process process = start();
        try {
            RawLspClient lsp = new RawLspClient(process.getOutputStream(), process.getInputStream());
            JsonObject init = lsp.request(1, "initialize", "{\"processId\":null,\"rootUri\":\"" + folder.toUri() + "\",\"capabilities\":{}}");
            assertTrue(init.has("result"), init.toString());
            lsp.notify("initialized", "{}");
            lsp.diagnostics(sub.resolve("broken.bulwark").toUri().toString(), d -> d.contains("BULWARK-REF-001"));
            List<JsonObject> before = lsp.takeAll();
            assertTrue(before.stream().noneMatch(m -> m.toString().contains("loop/") || m.toString().contains("again/")),
                    "each file once, by one path: " + before);
            stop(process, lsp);
        } finally {
            process.destroyForcibly();
        }
    }
}
