package io.bulwark.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Writes files atomically: a temporary file beside the target, then a move; a failure leaves the target intact. A
 * symbolic link is followed and its final target replaced (the link stays); a folder or a special file (FIFO, device,
 * socket) is refused, except the process's own streams and the null device, which are written through. Temporary
 * files still open when the process is interrupted (SIGINT, SIGTERM) are removed on the way out.
 */
final class SafeFiles {

    /** Names of the process's own streams and the null device: written to as they are, never replaced. */
    private static final Pattern STREAM = Pattern.compile("/dev/(stdout|stderr|null|fd/\\d+)|/proc/self/fd/\\d+");

    /** Links followed before a write gives up (the kernel's own limit). */
    private static final int MAX_LINKS = 40;

    private static final Set<Path> TEMPORARIES = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(SafeFiles::deleteTemporaries, "bulwark-temporaries"));
    }

    private SafeFiles() {
    }

    static void write(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    static void write(Path target, byte[] bytes) throws IOException {
        if (isStream(target)) {
            try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                out.write(bytes);
            }
            return;
        }
        Path destination = destination(target);
        Path temp = Files.createTempFile(destination.getParent(), ".bulwark-", ".tmp");
        TEMPORARIES.add(temp);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true); // the new content is on disk before it replaces the old
            }
            keepPermissions(destination, temp);
            Files.move(temp, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
            TEMPORARIES.remove(temp);
        }
    }

    /** /dev/stdout, /dev/stderr, /dev/null, /dev/fd/N or /proc/self/fd/N: written through, with no temporary file. */
    static boolean isStream(Path target) {
        return STREAM.matcher(target.toAbsolutePath().normalize().toString()).matches();
    }

    /**
     * The file a write to {@code target} replaces: symbolic links followed to their end, the folder by its real path.
     * Refuses (with the reason) a folder, a special file, a missing folder, a loop of links.
     */
    static Path destination(Path target) throws IOException {
        Path path = target.toAbsolutePath();
        for (int links = 0; Files.isSymbolicLink(path); links++) {
            if (links == MAX_LINKS) {
                throw new FileSystemException(target.toString(), null, "too many levels of symbolic links");
            }
            path = path.resolveSibling(Files.readSymbolicLink(path));
        }
        Path parent = path.getParent();
        if (parent == null || path.getFileName() == null) {
            throw new FileSystemException(target.toString(), null, "is a folder");
        }
        if (!Files.isDirectory(parent)) {
            throw new NoSuchFileException(parent.toString(), null, "no such folder");
        }
        Path real = parent.toRealPath().resolve(path.getFileName());
        if (Files.exists(real, LinkOption.NOFOLLOW_LINKS)) {
            BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attributes.isDirectory()) {
                throw new FileSystemException(target.toString(), null, "is a folder");
            }
            if (!attributes.isRegularFile()) {
                throw new FileSystemException(target.toString(), null,
                        "is " + kind(real) + ", not a regular file; bulwark writes regular files (and /dev/stdout, /dev/stderr, /dev/null)");
            }
        }
        return real;
    }

    /** What a path that is neither a regular file nor a folder is, for a message. */
    static String kind(Path path) {
        try {
            int type = (Integer) Files.getAttribute(path, "unix:mode") & 0170000;
            return switch (type) {
                case 0010000 -> "a FIFO";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "a special file";
        }
    }

    private static void deleteTemporaries() {
        for (Path temp : TEMPORARIES) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // the process is ending; nothing else can be done about it
            }
        }
    }

    /**
     * A temporary file is created owner-only; the written file should have the permissions the target had, or
     * those of a file made the ordinary way (rw-r--r--).
     */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    /** Why an operation on a file failed, without the file's name and Java exception names. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException fs) {
            return fs.getReason() != null ? fs.getReason() : "no such file or folder";
        }
        if (e instanceof FileSystemException fs) {
            if (fs.getReason() != null && !fs.getReason().isEmpty()) {
                return Escapes.escape(fs.getReason().substring(0, 1).toLowerCase(java.util.Locale.ROOT) + fs.getReason().substring(1));
            }
            return "cannot access it";
        }
        return e.getMessage() == null ? "input/output error" : Escapes.escape(e.getMessage());
    }
}
