package io.bulwark.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import io.bulwark.dsl.BulwarkStandaloneSetup;

/**
 * The .bulwark files named on the command line (files or folders, searched recursively), loaded
 * into one resource set so that imports resolve across them, in a stable (sorted) order.
 */
public final class ScenarioWorkspace {

    /** A file that could not be read as text. */
    public static final class InputException extends Exception {
        private static final long serialVersionUID = 1L;

        public InputException(String message) {
            super(message);
        }
    }

    /** A loaded file with its issues, in line order. */
    public record FileIssues(Path file, XtextResource resource, List<Issue> issues) {
    }

    private static Injector injector;

    private final Injector languageInjector;
    private final XtextResourceSet resourceSet;
    private final List<Path> files;

    private ScenarioWorkspace(List<Path> files) {
        this.languageInjector = injector();
        this.resourceSet = languageInjector.getInstance(XtextResourceSet.class);
        this.files = files;
    }

    static synchronized Injector injector() {
        if (injector == null) {
            injector = new BulwarkStandaloneSetup().createInjectorAndDoEMFRegistration();
        }
        return injector;
    }

    /** Collects and loads the files; folders contribute every .bulwark file below them. */
    public static ScenarioWorkspace load(List<Path> paths) throws InputException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new InputException(path + ": no such file or folder");
            }
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(p -> p.getFileName().toString().endsWith(".bulwark") && Files.isRegularFile(p)).sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new InputException(path + ": cannot list the folder (" + e.getMessage() + ")");
                }
            } else {
                files.add(path);
            }
        }
        if (files.isEmpty()) {
            throw new InputException("no .bulwark files in " + paths);
        }
        ScenarioWorkspace workspace = new ScenarioWorkspace(files.stream().map(Path::normalize).distinct().toList());
        workspace.loadAll();
        return workspace;
    }

    private void loadAll() throws InputException {
        for (Path file : files) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new InputException(file + ": cannot read (" + e.getMessage() + ")");
            }
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes));
            } catch (CharacterCodingException e) {
                throw new InputException(file + ": not a UTF-8 text file");
            }
            Resource resource = resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
            try (var in = new java.io.ByteArrayInputStream(bytes)) {
                resource.load(in, resourceSet.getLoadOptions());
            } catch (IOException e) {
                throw new InputException(file + ": cannot load (" + e.getMessage() + ")");
            }
        }
        EcoreUtil.resolveAll(resourceSet);
    }

    public List<Path> files() {
        return files;
    }

    /** Validates every file (syntax, units, references, coverage). */
    public List<FileIssues> validate() {
        IResourceValidator validator = languageInjector.getInstance(IResourceValidator.class);
        List<FileIssues> result = new ArrayList<>();
        for (Path file : files) {
            XtextResource resource = resource(file);
            List<Issue> issues = new ArrayList<>(validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl));
            issues.sort(java.util.Comparator.comparing((Issue i) -> i.getLineNumber() == null ? 0 : i.getLineNumber())
                    .thenComparing(i -> i.getColumn() == null ? 0 : i.getColumn())
                    .thenComparing(i -> i.getCode() == null ? "" : i.getCode())
                    .thenComparing(Issue::getMessage));
            result.add(new FileIssues(file, resource, issues));
        }
        return result;
    }

    public XtextResource resource(Path file) {
        return (XtextResource) resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().toString()), false);
    }

    public Injector languageInjector() {
        return languageInjector;
    }
}
