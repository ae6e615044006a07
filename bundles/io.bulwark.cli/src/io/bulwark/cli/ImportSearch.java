package io.bulwark.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.validation.Issue;

import io.bulwark.dsl.validation.IssueCodes;

/**
 * The files that a .bulwark file named on the command line imports, so that a file given alone resolves its
 * imports. Within a project (the nearest folder above the file holding a {@value #PROJECT_MARKER} file), the
 * packages it imports that no file given declares are searched in the file's folder with its subfolders, then in
 * the parent folder with its subfolders, and so on up to the project's folder, until every import is found; a
 * folder's files that declare a wanted package are added. Outside a project nothing is searched: a folder of
 * unrelated files (a test corpus, downloads) must not lend a file its packages. docs/language.md states the rule.
 */
final class ImportSearch {

    static final String PROJECT_MARKER = "bulwark.properties";

    private static final String NAME = "[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*";
    private static final Pattern IMPORT = Pattern.compile("(?m)^[ \\t]*import[ \\t]+(" + NAME + ")");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^[ \\t]*package[ \\t]+(" + NAME + ")");
    /** Enough of a file to find its package line (which comes first, after comments). */
    private static final int HEAD_BYTES = 64 * 1024;
    /** A search looks at no more files than this: a wrong root must not read a whole disk. */
    private static final int MAX_FILES = 10_000;

    private ImportSearch() {
    }

    /** The paths, followed by the files their single files import (each once, in search order). */
    static List<Path> complete(List<Path> paths) {
        Set<String> given = new HashSet<>();
        int[] budget = { MAX_FILES };
        for (Path path : paths) {
            for (Path file : Files.isDirectory(path) ? bulwarkFiles(path, Set.of(), budget) : isBulwarkFile(path) ? List.of(path) : List.<Path>of()) {
                given.add(packageOf(file));
            }
        }
        Set<Path> added = new LinkedHashSet<>();
        for (Path path : paths) {
            if (isBulwarkFile(path)) {
                added.addAll(imported(path.toAbsolutePath().normalize(), given));
            }
        }
        List<Path> result = new ArrayList<>(paths);
        result.addAll(added);
        return result;
    }

    private static List<Path> imported(Path file, Set<String> given) {
        Path root = root(file.getParent());
        if (root == null) {
            return List.of();
        }
        Set<String> wanted = new HashSet<>();
        Matcher imports = IMPORT.matcher(head(file));
        while (imports.find()) {
            String name = imports.group(1);
            if (given.stream().noneMatch(declared -> declared != null && (name.equals(declared) || name.startsWith(declared + ".")))) {
                wanted.add(name);
            }
        }
        List<Path> found = new ArrayList<>();
        Set<Path> searched = new HashSet<>();
        int[] budget = { MAX_FILES };
        for (Path folder = file.getParent(); folder != null && !wanted.isEmpty() && budget[0] > 0; folder = folder.getParent()) {
            Set<String> resolved = new HashSet<>();
            for (Path candidate : bulwarkFiles(folder, searched, budget)) {
                String declared = packageOf(candidate);
                if (declared == null || candidate.equals(file)) {
                    continue;
                }
                List<String> matches = wanted.stream().filter(name -> name.equals(declared) || name.startsWith(declared + ".")).toList();
                if (!matches.isEmpty()) {
                    found.add(candidate);
                    resolved.addAll(matches);
                }
            }
            wanted.removeAll(resolved);
            searched.add(folder);
            if (folder.equals(root)) {
                break;
            }
        }
        return found;
    }

    /**
     * Says, on each import that still matches nothing, what was searched and what to pass: the command line's part of
     * the language's error (which knows only the files read).
     */
    static void explainUnresolved(List<ScenarioWorkspace.FileIssues> files, List<Path> paths) {
        for (ScenarioWorkspace.FileIssues file : files) {
            for (Issue issue : file.issues()) {
                if (IssueCodes.UNRESOLVED_IMPORT.equals(issue.getCode()) && issue instanceof Issue.IssueImpl unresolved) {
                    unresolved.setMessage(issue.getMessage() + "; " + searched(file.file(), paths));
                }
            }
        }
    }

    private static String searched(Path file, List<Path> paths) {
        String example = "bulwark check " + Escapes.escape(file) + " FOLDER";
        if (!paths.contains(file) || !isBulwarkFile(file)) {
            return "read were the files of " + Escapes.escape(paths) + "; pass the file or folder that declares it too (" + example + ")";
        }
        Path folder = file.toAbsolutePath().normalize().getParent();
        Path root = root(folder);
        if (root == null) {
            return "nothing was searched: no folder above " + Escapes.escape(folder) + " holds a " + PROJECT_MARKER
                    + " (the mark of a project); pass the folder that declares it (" + example + "), or put a " + PROJECT_MARKER
                    + " at the root of the project";
        }
        return "searched " + Escapes.escape(root) + " and its subfolders (the project of its " + PROJECT_MARKER
                + "); pass the file or folder that declares it (" + example + ")";
    }

    /** The nearest folder holding the project marker, or null. */
    static Path root(Path folder) {
        for (Path up = folder; up != null; up = up.getParent()) {
            if (Files.isRegularFile(up.resolve(PROJECT_MARKER))) {
                return up;
            }
        }
        return null;
    }

    /** The .bulwark files below {@code folder} in path order, without the folders searched before, hidden ones and build output. */
    private static List<Path> bulwarkFiles(Path folder, Set<Path> searched, int[] budget) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    boolean skip = searched.contains(dir) || !dir.equals(folder) && (name.startsWith(".") || name.equals("target"));
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && file.getFileName().toString().endsWith(".bulwark")) {
                        files.add(file);
                    }
                    return --budget[0] > 0 ? FileVisitResult.CONTINUE : FileVisitResult.TERMINATE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // an unreadable folder holds nothing to import
                }
            });
        } catch (IOException e) {
            return files;
        }
        files.sort(null);
        return files;
    }

    /** Only regular .bulwark files are read here: a FIFO or a device would block or never end (the workspace refuses them). */
    private static boolean isBulwarkFile(Path path) {
        return Files.isRegularFile(path) && path.getFileName() != null && path.getFileName().toString().endsWith(".bulwark");
    }

    private static String packageOf(Path file) {
        Matcher declared = PACKAGE.matcher(head(file));
        return declared.find() ? declared.group(1) : null;
    }

    /** The file's first bytes as text; empty when unreadable (the workspace reports unreadable inputs itself). */
    private static String head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
