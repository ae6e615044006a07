package io.bulwark.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** {@code -o FILE} of the commands that always write a file (report, diagram, footprint, export). */
final class RequiredOutput {

    @Option(names = { "-o", "--output" }, converter = OutputFile.class, required = true, paramLabel = "<output>",
            description = "The file to write (atomically).")
    private Path file;

    Path file() {
        return file;
    }
}
