package io.bulwark.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The value of {@code -o}: a file to write. A name ending in / means a folder and is refused before any work. */
final class OutputFile implements ITypeConverter<Path> {

    @Override
    public Path convert(String value) {
        if (value.isEmpty()) {
            throw new TypeConversionException("an empty file name");
        }
        if (value.endsWith("/")) {
            throw new TypeConversionException(Escapes.escape(value) + " ends with / and so names a folder; name the file to write");
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new TypeConversionException(Escapes.escape(value) + " is not a file name (" + Escapes.escape(e.getReason()) + ")");
        }
    }
}
