package io.bulwark.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.xtext.resource.XtextResource;

import io.bulwark.dsl.formatting2.BulwarkFormatter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bulwark format [--check|--write] PATH...}: the language's formatter over files. Files with syntax
 * errors are left alone (a formatter working on a broken parse could move text); writes are atomic.
 */
@Command(name = "format", mixinStandardHelpOptions = true, version = BulwarkCommand.VERSION_LINE, sortOptions = false,
        description = "Format .bulwark files: print one file formatted, check (--check) or rewrite (--write) many.",
        footerHeading = "%nExamples:%n", footer = { "  bulwark format examples/korea2016.bulwark   # print it formatted",
                "  bulwark format --check examples/             # exit 1 if a file is not formatted",
                "  bulwark format --write examples/             # rewrite them (whitespace only)" })
final class FormatCommand implements Callable<Integer> {

    @Mixin
    private WorkspaceOptions workspaceOptions;

    static final class Mode {
        @Option(names = "--check", description = "List the files that are not formatted; exit 1 if any.")
        boolean check;

        @Option(names = "--write", description = "Rewrite the files that are not formatted, in place (atomically).")
        boolean write;
    }

    @ArgGroup(exclusive = true)
    private Mode mode = new Mode();

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders of .bulwark files.")
    private List<Path> paths;

    @Override
    public Integer call() {
        ScenarioWorkspace workspace = workspaceOptions.loadExactly(paths);
        if (workspace == null) {
            return BulwarkCommand.INPUT_ERROR;
        }
        if (!mode.check && !mode.write && workspace.files().size() != 1) {
            workspaceOptions.err().println("bulwark: format prints one file; use --check or --write for " + workspace.files().size() + " files");
            return BulwarkCommand.INPUT_ERROR;
        }
        List<Path> unformatted = new ArrayList<>();
        boolean broken = false;
        for (Path file : workspace.files()) {
            XtextResource resource = workspace.resource(file);
            if (!resource.getParseResult().getSyntaxErrors().iterator().hasNext()) {
                String text = resource.getParseResult().getRootNode().getText();
                String formatted = BulwarkFormatter.formattedText(workspace.languageInjector(), resource);
                if (!mode.check && !mode.write) {
                    workspaceOptions.commandLine().getOut().print(formatted);
                    workspaceOptions.commandLine().getOut().flush();
                } else if (!formatted.equals(text)) {
                    unformatted.add(file);
                    if (mode.write && !rewrite(file, text, formatted)) {
                        return BulwarkCommand.INPUT_ERROR;
                    }
                }
            } else {
                workspaceOptions.err().println("bulwark: " + Escapes.escape(file) + " has syntax errors and is left as it is (bulwark check "
                        + Escapes.escape(file) + ")");
                broken = true;
            }
        }
        for (Path file : unformatted) {
            workspaceOptions.commandLine().getOut().println((mode.write ? "formatted " : "not formatted: ") + Escapes.escape(file));
        }
        if (broken) {
            return BulwarkCommand.INPUT_ERROR;
        }
        return mode.check && !unformatted.isEmpty() ? BulwarkCommand.FINDINGS : BulwarkCommand.OK;
    }

    /** Rewrites the file unless it changed on disk since it was read. */
    private boolean rewrite(Path file, String original, String formatted) {
        try {
            if (!Files.readString(file, StandardCharsets.UTF_8).equals(original)) {
                workspaceOptions.err().println("bulwark: " + Escapes.escape(file) + " changed while formatting; left as it is");
                return false;
            }
        } catch (IOException e) {
            workspaceOptions.err().println("bulwark: cannot read " + Escapes.escape(file) + " (" + SafeFiles.reason(e) + ")");
            return false;
        }
        return workspaceOptions.rewrite(formatted, file);
    }
}
