package io.bulwark.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

import io.bulwark.dsl.ide.server.BulwarkLanguageServer;
import picocli.CommandLine.Command;

/** {@code bulwark lsp}: the language server on standard input and output, for any LSP editor. */
@Command(name = "lsp", mixinStandardHelpOptions = true, version = BulwarkCommand.VERSION_LINE, sortOptions = false,
        description = "Run the Bulwark language server on standard input/output (LSP), for any LSP editor.",
        footerHeading = "%nExample:%n", footer = "  bulwark lsp     # the command an editor's LSP client starts")
final class LspCommand implements Callable<Integer> {

    @Override
    public Integer call() throws InterruptedException, ExecutionException {
        BulwarkLanguageServer.run(System.in, System.out).get();
        return BulwarkCommand.OK;
    }
}
