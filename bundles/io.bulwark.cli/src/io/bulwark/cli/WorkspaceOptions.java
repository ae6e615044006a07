package io.bulwark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Options and steps every command that reads scenarios shares: loading, threads, verbosity, writing the output. */
final class WorkspaceOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    /** More threads than this are refused: the analysis gains nothing beyond the processors, and each thread costs memory. */
    static final int MAX_THREADS = 256;

    @Option(names = "--threads", description = "Worker threads of the analysis, 1 to " + MAX_THREADS
            + " (default: one per processor; results do not depend on it).")
    private Integer threads;

    @Option(names = "--max-file-size", paramLabel = "MB", description = "Refuse .bulwark files larger than this (default: 4 MB).")
    private double maxFileMegabytes = ScenarioWorkspace.DEFAULT_MAX_FILE_BYTES / 1048576.0;

    @Option(names = { "-v", "--verbose" }, description = "Print progress details and, on an internal error, its stack trace.")
    boolean verbose;

    private List<ScenarioWorkspace.Input> inputs = List.of();

    /** Loads the files and those their single files import ({@link ImportSearch}), or prints why not and returns null. */
    ScenarioWorkspace load(List<Path> paths) {
        return loadExactly(ImportSearch.complete(paths));
    }

    /** Loads exactly the files named (format never touches a file it was not given), or prints why not and returns null. */
    ScenarioWorkspace loadExactly(List<Path> paths) {
        if (threads != null && (threads < 1 || threads > MAX_THREADS)) {
            err().println("bulwark: --threads must be between 1 and " + MAX_THREADS + ", not " + threads);
            return null;
        }
        if (!(maxFileMegabytes > 0)) {
            err().println("bulwark: --max-file-size must be positive");
            return null;
        }
        long start = System.nanoTime();
        ScenarioWorkspace workspace;
        try {
            workspace = ScenarioWorkspace.load(paths, (long) (maxFileMegabytes * 1048576));
        } catch (ScenarioWorkspace.InputException e) {
            err().println("bulwark: " + e.getMessage());
            return null;
        }
        inputs = workspace.inputs();
        workspace.useThreads(threads != null ? threads : Runtime.getRuntime().availableProcessors());
        if (verbose) {
            err().printf("bulwark: loaded %d files in %d ms%n", workspace.files().size(), (System.nanoTime() - start) / 1_000_000);
        }
        return workspace;
    }

    /**
     * Prints the text, or writes it atomically to {@code output}; false (with a message) when the write fails or
     * {@code output} is one of the files read (a report never replaces a scenario).
     */
    boolean emit(String text, Path output) {
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
            return true;
        }
        if (!SafeFiles.isStream(output)) {
            try {
                ScenarioWorkspace.Input input = inputAt(SafeFiles.destination(output));
                if (input != null) {
                    err().println("bulwark: the output " + Escapes.escape(output) + " is " + Escapes.escape(input.file())
                            + ", one of the files read; it is left as it was");
                    return false;
                }
            } catch (IOException e) {
                return cannotWrite(output, e);
            }
        }
        return write(text, output);
    }

    /** The input that is the file at {@code destination} (same real path, or a hard link to it), or null. */
    private ScenarioWorkspace.Input inputAt(Path destination) throws IOException {
        Object fileKey = Files.exists(destination) ? Files.readAttributes(destination, BasicFileAttributes.class).fileKey() : null;
        for (ScenarioWorkspace.Input input : inputs) {
            if (input.realPath().equals(destination) || fileKey != null && fileKey.equals(input.fileKey())) {
                return input;
            }
        }
        return null;
    }

    /** Replaces an input file with its new text (format --write), atomically; false (with a message) on failure. */
    boolean rewrite(String text, Path input) {
        return write(text, input);
    }

    private boolean write(String text, Path output) {
        try {
            SafeFiles.write(output, text);
            if (verbose) {
                err().println("bulwark: wrote " + Escapes.escape(output));
            }
            return true;
        } catch (IOException e) {
            return cannotWrite(output, e);
        }
    }

    private boolean cannotWrite(Path output, IOException e) {
        err().println("bulwark: cannot write " + Escapes.escape(output) + " (" + SafeFiles.reason(e) + "); it is left as it was");
        return false;
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    CommandLine commandLine() {
        return spec.commandLine();
    }
}
