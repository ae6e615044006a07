package io.bulwark.dsl.ide.server;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.util.IFileSystemScanner;
import org.eclipse.xtext.util.UriExtensions;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import io.bulwark.dsl.FileLimits;

/**
 * The files of the workspace that the server loads when it starts: regular files of the language only, each folder and
 * file visited once by its real identity (symbolic links are followed, loops and second paths to the same folder are
 * not), files above the CLI's size limit left out, and the whole bounded in number, total size and folders visited.
 * What was left out is said once per scan, to the client when one is connected.
 */
@Singleton
public class WorkspaceScanner implements IFileSystemScanner {

    /** Scenario files loaded at most: the initial build holds each one parsed and linked in memory. */
    public static final int MAX_FILES = 2_000;

    /** Total size of the loaded files at most (their models take several times their text). */
    public static final long MAX_TOTAL_BYTES = 32L * 1024 * 1024;

    /** Folders visited at most, so that a home folder opened as a workspace cannot keep the scan going for minutes. */
    public static final int MAX_FOLDERS = 20_000;

    @Inject
    private IResourceServiceProvider.Registry languages;

    @Inject
    private UriExtensions uriExtensions;

    private volatile boolean scanNothing;

    private volatile Consumer<String> warnings = message -> System.err.println("bulwark lsp: " + message);

    /** Where the scan reports what it left out (the server sends it to the client's window). */
    public void onWarning(Consumer<String> receiver) {
        warnings = receiver;
    }

    /** The client named no folder: the server holds the opened documents only. */
    public void scanNothing() {
        scanNothing = true;
    }

    @Override
    public void scan(URI root, IAcceptor<URI> acceptor) {
        if (scanNothing || root == null || !root.isFile()) {
            return;
        }
        Path start = Paths.get(root.toFileString());
        Scan scan = new Scan(start, acceptor);
        try {
            Files.walkFileTree(start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, scan);
        } catch (IOException e) {
            // the visitor reports every failure itself and never throws
            throw new java.io.UncheckedIOException(e);
        }
        scan.report(start);
    }

    private final class Scan extends SimpleFileVisitor<Path> {
        private final IAcceptor<URI> acceptor;
        private final Set<Object> visited = new HashSet<>();
        private int files;
        private long bytes;
        private int folders;
        private int tooLarge;
        private String stoppedBecause;
        private String unreadable;

        private final Path start;
        private final Path realStart;

        Scan(Path start, IAcceptor<URI> acceptor) {
            this.acceptor = acceptor;
            this.start = start;
            this.realStart = realPath(start);
        }

        /**
         * The path a file is known by, whichever link the walk came through: its real location, seen from the
         * workspace folder when it lies inside it (the project must contain it), else the path walked.
         */
        private Path canonical(Path file) {
            Path real = realPath(file);
            return real.startsWith(realStart) ? start.resolve(realStart.relativize(real)) : file;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            if (!visited.add(identity(dir, attributes))) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            if (++folders > MAX_FOLDERS) {
                stoppedBecause = "more than " + MAX_FOLDERS + " folders";
                return FileVisitResult.TERMINATE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            // as Xtext's own scanner writes it (file:///...), the form of the client's URIs and of the index
            URI uri = uriExtensions.toEmfUri(canonical(file).toAbsolutePath().toUri());
            if (!attributes.isRegularFile() || languages.getResourceServiceProvider(uri) == null || !visited.add(identity(file, attributes))) {
                return FileVisitResult.CONTINUE;
            }
            if (attributes.size() > FileLimits.DEFAULT_MAX_FILE_BYTES) {
                tooLarge++;
                return FileVisitResult.CONTINUE;
            }
            if (files + 1 > MAX_FILES) {
                stoppedBecause = "more than " + MAX_FILES + " scenario files";
                return FileVisitResult.TERMINATE;
            }
            if (bytes + attributes.size() > MAX_TOTAL_BYTES) {
                stoppedBecause = "more than " + FileLimits.megabytes(MAX_TOTAL_BYTES) + " of scenario files";
                return FileVisitResult.TERMINATE;
            }
            files++;
            bytes += attributes.size();
            acceptor.accept(uri);
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            // a symbolic link loop, an unreadable folder, a dangling link: left out, the rest is scanned
            if (!(e instanceof FileSystemLoopException) && unreadable == null) {
                unreadable = file.toString();
            }
            return FileVisitResult.CONTINUE;
        }

        void report(Path start) {
            if (stoppedBecause != null) {
                warnings.accept("The workspace " + start + " has " + stoppedBecause + "; the language server loaded the first " + files
                        + " files (" + FileLimits.megabytes(bytes) + "). Open a smaller folder to have all of them checked.");
            }
            if (tooLarge > 0) {
                warnings.accept(tooLarge + " scenario file(s) in " + start + " are larger than the " + FileLimits.megabytes(FileLimits.DEFAULT_MAX_FILE_BYTES)
                        + " limit and were not loaded.");
            }
            if (unreadable != null) {
                warnings.accept("Some of the workspace could not be read and was left out, e.g. " + unreadable + ".");
            }
        }
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    /** A file's identity: its file key where the file system has one, else its real path. */
    private static Object identity(Path path, BasicFileAttributes attributes) {
        Object key = attributes.fileKey();
        return key != null ? key : realPath(path);
    }
}
