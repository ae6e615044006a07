package io.bulwark.robustness.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bulwark lsp} under a real third-party client: Debian's neovim, headless, with its built-in LSP client (no
 * plugin), on a copy of the example folder. The client starts the server as an editor would, opens the Korea scenario,
 * waits for the diagnostics and asks for the references of a radar and the semantic tokens; a Lua script writes what
 * the client holds to a file that the test reads. Skipped, with the reason printed, where nvim is not installed.
 */
class NeovimClientTest {

    private static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();

    /** What the client does: neovim 0.7's API (vim.lsp.start_client, vim.diagnostic). */
    private static final String SCRIPT = """
            local env = vim.env
            local lines = {}
            local started = vim.loop.hrtime()
            local client = vim.lsp.start_client({
              name = 'bulwark',
              cmd = { env.BULWARK_JAVA, '-Xmx1g', env.BULWARK_MARK, '-cp', env.BULWARK_PLUGINS, 'io.bulwark.cli.BulwarkCommand', 'lsp' },
              root_dir = env.BULWARK_ROOT,
            })
            vim.cmd('edit ' .. vim.fn.fnameescape(env.BULWARK_FILE))
            local buffer = vim.api.nvim_get_current_buf()
            vim.lsp.buf_attach_client(buffer, client)
            local published = vim.wait(180000, function() return #vim.diagnostic.get(buffer) > 0 end, 20)
            table.insert(lines, 'first-diagnostics-ms ' .. math.floor((vim.loop.hrtime() - started) / 1e6))
            if not published then
              table.insert(lines, 'timeout')
            end
            for _, d in ipairs(vim.diagnostic.get(buffer)) do
              local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or ''
              table.insert(lines, string.format('diagnostic %d %d %s %s', d.lnum + 1, d.severity, code, (d.message:gsub('\\n', ' '))))
            end
            local uri = vim.uri_from_bufnr(buffer)
            local position = { line = tonumber(env.BULWARK_LINE), character = tonumber(env.BULWARK_CHARACTER) }
            local references = vim.lsp.buf_request_sync(buffer, 'textDocument/references',
              { textDocument = { uri = uri }, position = position, context = { includeDeclaration = true } }, 60000)
            for _, answer in pairs(references or {}) do
              for _, location in ipairs(answer.result or {}) do
                table.insert(lines, string.format('reference %s %d', vim.fn.fnamemodify(vim.uri_to_fname(location.uri), ':t'),
                  location.range.start.line + 1))
              end
            end
            local tokens = vim.lsp.buf_request_sync(buffer, 'textDocument/semanticTokens/full', { textDocument = { uri = uri } }, 60000)
            for _, answer in pairs(tokens or {}) do
              table.insert(lines, 'semantic-token-numbers ' .. #((answer.result or {}).data or {}))
            end
            vim.fn.writefile(lines, env.BULWARK_OUT)
            vim.lsp.stop_client(client)
            vim.wait(10000, function() return vim.lsp.get_client_by_id(client) == nil end, 50)
            vim.cmd('qa!')
            """;

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(folder -> !folder.isEmpty() && Files.isExecutable(Path.of(folder, command)));
    }

    /**
     * The server ends with its client (neovim stops it, then quits): one still running after a while is stopped and
     * fails the test, instead of running on through the rest of the build.
     */
    private static void assertNoServerLeft(String mark) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        List<ProcessHandle> left = servers(mark);
        while (!left.isEmpty() && System.nanoTime() < end) {
            Thread.sleep(100);
            left = servers(mark);
        }
        left.forEach(ProcessHandle::destroyForcibly);
        assertEquals(List.of(), left.stream().map(ProcessHandle::pid).toList(), "language servers still running 30 s after neovim ended");
    }

    private static List<ProcessHandle> servers(String mark) {
        return ProcessHandle.allProcesses().filter(p -> p.info().arguments().map(args -> List.of(args).contains(mark)).orElse(false)).toList();
    }

    @Test
    void neovimGetsTheFindingsAndTheReferencesOfARadar(@TempDir Path folder) throws Exception {
        if (!onPath("nvim")) {
            String reason = "NeovimClientTest skipped: nvim is not installed (apt-get install neovim)";
            System.out.println(reason);
            Assumptions.abort(reason);
        }
        Path examples = folder.resolve("examples");
        try (Stream<Path> files = Files.walk(EXAMPLES)) {
            for (Path file : files.toList()) {
                Path copy = examples.resolve(EXAMPLES.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        Path korea = examples.resolve("korea2016.bulwark");
        String text = Files.readString(korea);
        int declaration = text.indexOf("radar TPY2_Seongju") + "radar ".length();
        int line = (int) text.substring(0, declaration).chars().filter(c -> c == '\n').count();
        int character = declaration - (text.lastIndexOf('\n', declaration) + 1);

        Path script = Files.writeString(folder.resolve("client.lua"), SCRIPT);
        Path out = folder.resolve("client.out");
        Path plugins = Path.of(System.getProperty("bulwark.cli.plugins", "../../releng/io.bulwark.cli.dist/target/repository/plugins"));
        ProcessBuilder builder = new ProcessBuilder("nvim", "--headless", "--clean", "-n", "-i", "NONE", "-c", "luafile " + script)
                .directory(folder.toFile()).redirectErrorStream(true).redirectOutput(folder.resolve("nvim.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("BULWARK_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        env.put("BULWARK_PLUGINS", plugins.toAbsolutePath() + File.separator + "*");
        env.put("BULWARK_ROOT", examples.toString());
        env.put("BULWARK_FILE", korea.toString());
        env.put("BULWARK_LINE", Integer.toString(line));
        env.put("BULWARK_CHARACTER", Integer.toString(character));
        env.put("BULWARK_OUT", out.toString());
        // a mark on the server's command line: the server neovim started is found (and stopped) after neovim ended
        String mark = "-Dbulwark.test.client=" + out;
        env.put("BULWARK_MARK", mark);
        // the client's state, log and cache in the test's folder: not the HOME of whoever runs the build (read-only or shared)
        for (String kind : List.of("CONFIG", "DATA", "STATE", "CACHE")) {
            env.put("XDG_" + kind + "_HOME", Files.createDirectories(folder.resolve("xdg").resolve(kind.toLowerCase(java.util.Locale.ROOT))).toString());
        }
        Process nvim = builder.start();
        if (!nvim.waitFor(300, TimeUnit.SECONDS)) {
            nvim.descendants().forEach(ProcessHandle::destroyForcibly);
            nvim.destroyForcibly();
            throw new AssertionError("neovim did not finish in 300 s: " + Files.readString(folder.resolve("nvim.log")));
        }
        assertNoServerLeft(mark);
        assertTrue(Files.exists(out), "the client wrote nothing: " + Files.readString(folder.resolve("nvim.log")));
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        System.out.println("NeovimClientTest: " + lines.get(0) + " (JVM start included)");
        assertTrue(lines.stream().noneMatch("timeout"::equals), "no diagnostics within 180 s: " + lines);

        // the coverage findings of the example (README: Seoul and Pyeongtaek below their required negation), as errors (1)
        List<String> uncovered = lines.stream().filter(l -> l.startsWith("diagnostic ") && l.contains(" 1 BULWARK-COV-001 ")).toList();
        assertTrue(uncovered.stream().anyMatch(l -> l.contains("Seoul")), lines.toString());
        assertTrue(uncovered.stream().anyMatch(l -> l.contains("Pyeongtaek")), lines.toString());
        assertEquals(List.of(), lines.stream().filter(l -> l.startsWith("diagnostic ") && l.contains(" io.bulwark.")).toList(),
                "no language errors in the example");

        // every line that names the radar outside a comment, and only those
        TreeSet<Integer> expected = new TreeSet<>();
        String[] source = text.split("\n", -1);
        Matcher name = Pattern.compile("\\bTPY2_Seongju\\b").matcher("");
        for (int i = 0; i < source.length; i++) {
            String code = source[i].contains("//") ? source[i].substring(0, source[i].indexOf("//")) : source[i];
            if (name.reset(code).find()) {
                expected.add(i + 1);
            }
        }
        List<Integer> references = new ArrayList<>();
        for (String l : lines) {
            if (l.startsWith("reference korea2016.bulwark ")) {
                references.add(Integer.parseInt(l.substring(l.lastIndexOf(' ') + 1)));
            }
        }
        assertTrue(expected.size() >= 3, "declaration and uses: " + expected);
        assertEquals(expected, new TreeSet<>(references), lines.toString());
        assertEquals(expected.size(), references.size(), "each once: " + references);
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("reference ") && !l.startsWith("reference korea2016.bulwark ")),
                "sharing.bulwark's radar of the same name is another element: " + lines);

        int tokenNumbers = lines.stream().filter(l -> l.startsWith("semantic-token-numbers ")).mapToInt(l -> Integer.parseInt(l.split(" ")[1]))
                .findFirst().orElse(0);
        assertTrue(tokenNumbers > 500 && tokenNumbers % 5 == 0, "five numbers a token, hundreds of tokens: " + tokenNumbers);
    }
}
