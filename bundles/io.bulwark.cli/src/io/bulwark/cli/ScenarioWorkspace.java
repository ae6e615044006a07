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
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import io.bulwark.core.scenario.InvalidScenarioException;
import io.bulwark.dsl.BulwarkStandaloneSetup;
import io.bulwark.dsl.validation.CoverageService;
import io.bulwark.model.bulwark.Model;
import io.bulwark.model.mapping.IncompleteModelException;

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

    /**
     * A loaded file with its issues, in line order, and the coverage analysis of its scenario when the file
     * holds one and has no errors other than coverage findings (else null).
     */
    public record FileIssues(Path file, XtextResource resource, List<Issue> issues, CoverageService.Result coverage) {

        /** Errors that stop the analysis: syntax, references, values (not the coverage findings themselves). */
        public boolean hasModelErrors() {
            return issues.stream().anyMatch(ScenarioWorkspace::isModelError);
        }
    }

    /** An error in the text or values (not a coverage finding): it stops the analysis. */
    public static boolean isModelError(Issue issue) {
        return issue.getSeverity() == Severity.ERROR && (issue.getCode() == null || !issue.getCode().startsWith(FINDING_CODE_PREFIX));
    }

    /** The prefix of the analysis core's finding codes. */
    public static final String FINDING_CODE_PREFIX = "BULWARK-COV-";

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

    /** Files larger than this are refused unless the caller raises the limit (the language server's limit too). */
    public static final long DEFAULT_MAX_FILE_BYTES = io.bulwark.dsl.FileLimits.DEFAULT_MAX_FILE_BYTES;

    /** Collects and loads the files; folders contribute every .bulwark file below them. */
    public static ScenarioWorkspace load(List<Path> paths) throws InputException {
        return load(paths, DEFAULT_MAX_FILE_BYTES);
    }

    /** As {@link #load(List)}, refusing files larger than {@code maxFileBytes}. */
    public static ScenarioWorkspace load(List<Path> paths, long maxFileBytes) throws InputException {
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
                    throw new InputException(path + ": cannot list the folder (" + SafeFiles.describe(e) + ")");
                }
            } else {
                files.add(path);
            }
        }
        if (files.isEmpty()) {
            throw new InputException("no .bulwark files in " + paths);
        }
        ScenarioWorkspace workspace = new ScenarioWorkspace(files.stream().map(Path::normalize).distinct().toList());
        workspace.loadAll(maxFileBytes);
        return workspace;
    }

    private void loadAll(long maxFileBytes) throws InputException {
        for (Path file : files) {
            byte[] bytes;
            try {
                long size = Files.size(file);
                if (size > maxFileBytes) {
                    throw new InputException(String.format(java.util.Locale.ROOT,
                            "%s: %.1f MB is larger than the %.1f MB limit for a scenario file (raise it with --max-file-size)", file,
                            size / 1048576.0, maxFileBytes / 1048576.0));
                }
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new InputException(file + ": cannot read (" + SafeFiles.describe(e) + ")");
            }
            if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
                throw new InputException(file + ": the file is empty");
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
                throw new InputException(file + ": cannot load (" + SafeFiles.describe(e) + ")");
            }
        }
        EcoreUtil.resolveAll(resourceSet);
    }

    public List<Path> files() {
        return files;
    }

    /** Validates every file (syntax, units, references, coverage) and analyses the scenarios without errors. */
    public List<FileIssues> validate() {
        IResourceValidator validator = languageInjector.getInstance(IResourceValidator.class);
        CoverageService coverage = languageInjector.getInstance(CoverageService.class);
        List<FileIssues> result = new ArrayList<>();
        for (Path file : files) {
            XtextResource resource = resource(file);
            List<Issue> issues = new ArrayList<>(validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl));
            issues.sort(java.util.Comparator.comparing((Issue i) -> i.getLineNumber() == null ? 0 : i.getLineNumber())
                    .thenComparing(i -> i.getColumn() == null ? 0 : i.getColumn())
                    .thenComparing(i -> i.getCode() == null ? "" : i.getCode())
                    .thenComparing(Issue::getMessage));
            FileIssues checked = new FileIssues(file, resource, issues, null);
            if (!checked.hasModelErrors()) {
                checked = new FileIssues(file, resource, issues, analyse(coverage, resource));
            }
            result.add(checked);
        }
        return result;
    }

    private static CoverageService.Result analyse(CoverageService coverage, XtextResource resource) {
        for (EObject content : resource.getContents()) {
            if (content instanceof Model model && model.getScenario() != null) {
                try {
                    return coverage.analyse(model.getScenario());
                } catch (IncompleteModelException | InvalidScenarioException e) {
                    return null; // the validator has reported it on the element
                }
            }
        }
        return null;
    }

    public XtextResource resource(Path file) {
        return (XtextResource) resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().toString()), false);
    }

    /** The element's qualified name as references write it, e.g. {@code catalog.KN_23}; null for unnamed elements. */
    public String qualifiedName(EObject element) {
        var name = languageInjector.getInstance(IQualifiedNameProvider.class).getFullyQualifiedName(element);
        return name == null ? null : name.toString();
    }

    public Injector languageInjector() {
        return languageInjector;
    }
}
