package io.bulwark.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import io.bulwark.core.finding.FindingKind;
import io.bulwark.core.report.Decimals;
import io.bulwark.dsl.BulwarkStandaloneSetup;
import io.bulwark.dsl.validation.AnalysedScenario;
import io.bulwark.dsl.validation.CoverageOptions;
import io.bulwark.dsl.validation.CoverageService;
import io.bulwark.model.bulwark.MissileType;
import io.bulwark.model.bulwark.Model;

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
    public record FileIssues(Path file, XtextResource resource, List<Issue> issues, AnalysedScenario.Analysed coverage) {

        /** Errors that stop the analysis: syntax, references, values (not the coverage findings themselves). */
        public boolean hasModelErrors() {
            return issues.stream().anyMatch(ScenarioWorkspace::isModelError);
        }
    }

    /** An error in the text or values (not a coverage finding): it stops the analysis. */
    public static boolean isModelError(Issue issue) {
        return issue.getSeverity() == Severity.ERROR && !isFinding(issue);
    }

    /** A finding of the coverage analysis (its code is one of the core's finding kinds). */
    public static boolean isFinding(Issue issue) {
        return FindingKind.ofCode(issue.getCode()).isPresent();
    }

    private static Injector injector;

    private final Injector languageInjector;
    private final XtextResourceSet resourceSet;
    private final List<Input> inputs;
    private CoverageOptions options = CoverageOptions.DEFAULT;
    /** The resource of each file by the path the command line named it with. */
    private final Map<Path, URI> uris = new java.util.HashMap<>();

    /** A file as the command line named it (for messages), its real path (the resource's URI) and its file key. */
    record Input(Path file, Path realPath, Object fileKey) {
    }

    private ScenarioWorkspace(List<Input> inputs) {
        this.languageInjector = injector();
        this.resourceSet = languageInjector.getInstance(XtextResourceSet.class);
        this.inputs = inputs;
        for (Input input : inputs) {
            uris.put(input.file(), uri(input));
        }
    }

    static synchronized Injector injector() {
        if (injector == null) {
            injector = new BulwarkStandaloneSetup().createInjectorAndDoEMFRegistration();
        }
        return injector;
    }

    /** Files larger than this are refused unless the caller raises the limit (the language server's limit too). */
    public static final long DEFAULT_MAX_FILE_BYTES = io.bulwark.dsl.FileLimits.DEFAULT_MAX_FILE_BYTES;

    /** The file name extension of scenario files. */
    private static final String EXTENSION = ".bulwark";

    /** Collects and loads the files; folders contribute every .bulwark file below them. */
    public static ScenarioWorkspace load(List<Path> paths) throws InputException {
        return load(paths, DEFAULT_MAX_FILE_BYTES);
    }

    /**
     * As {@link #load(List)}, refusing files larger than {@code maxFileBytes}. Regular files only (a FIFO or a device
     * named on the command line is refused, not opened); a file named twice, by whatever path, is read once.
     */
    public static ScenarioWorkspace load(List<Path> paths, long maxFileBytes) throws InputException {
        Map<Object, Input> files = new LinkedHashMap<>();
        for (Path path : paths) {
            BasicFileAttributes attributes = attributes(path);
            if (attributes.isDirectory()) {
                for (Path file : scan(path)) {
                    add(files, file);
                }
            } else if (!attributes.isRegularFile()) {
                throw new InputException(Escapes.escape(path) + ": " + SafeFiles.kind(path)
                        + " is not a scenario file; bulwark reads regular files and folders");
            } else if (!path.getFileName().toString().endsWith(EXTENSION)) {
                throw new InputException(Escapes.escape(path) + ": not a .bulwark file (scenario files end in .bulwark, in lower case)");
            } else {
                add(files, path);
            }
        }
        if (files.isEmpty()) {
            throw new InputException("no .bulwark files in " + Escapes.escape(paths));
        }
        ScenarioWorkspace workspace = new ScenarioWorkspace(List.copyOf(files.values()));
        workspace.loadAll(maxFileBytes);
        return workspace;
    }

    /** The attributes of a path named on the command line (links followed), or why it cannot be read. */
    private static BasicFileAttributes attributes(Path path) throws InputException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new InputException(Escapes.escape(path) + (Files.isSymbolicLink(path) ? ": a symbolic link to nothing" : ": no such file or folder"));
        } catch (IOException e) {
            throw new InputException(Escapes.escape(path) + ": cannot read (" + SafeFiles.reason(e) + ")");
        }
    }

    /** A file once: keyed by its file key (hard links too), else its real path. */
    private static void add(Map<Object, Input> files, Path file) throws InputException {
        try {
            Path realPath = file.toRealPath();
            Object fileKey = Files.readAttributes(realPath, BasicFileAttributes.class).fileKey();
            files.putIfAbsent(fileKey != null ? fileKey : realPath, new Input(file, realPath, fileKey));
        } catch (IOException e) {
            throw new InputException(Escapes.escape(file) + ": cannot read (" + SafeFiles.reason(e) + ")");
        }
    }

    /**
     * The .bulwark files below a folder, in path order. Links to folders are not followed (no loops); a folder that
     * cannot be read, or an entry that vanishes while it is read, stops the scan with its name.
     */
    private static List<Path> scan(Path folder) throws InputException {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (file.getFileName().toString().endsWith(EXTENSION)
                            && (attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(file))) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    throw e;
                }
            });
        } catch (NoSuchFileException e) {
            throw new InputException(Escapes.escape(e.getFile()) + ": vanished while " + Escapes.escape(folder) + " was read; nothing was checked");
        } catch (IOException e) {
            String file = e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() : folder.toString();
            throw new InputException(Escapes.escape(file) + ": cannot read the folder (" + SafeFiles.reason(e) + ")");
        }
        found.sort(null);
        return found;
    }

    private void loadAll(long maxFileBytes) throws InputException {
        for (Input input : inputs) {
            Path file = input.file();
            String shown = Escapes.escape(file);
            byte[] bytes;
            try (InputStream in = Files.newInputStream(input.realPath())) {
                // bounded while reading: a file may grow, or report no size at all
                bytes = in.readNBytes((int) Math.min(maxFileBytes + 1, Integer.MAX_VALUE - 8));
            } catch (IOException e) {
                throw new InputException(shown + ": cannot read (" + SafeFiles.reason(e) + ")");
            }
            if (bytes.length > maxFileBytes) {
                long size = Math.max(bytes.length, sizeOf(input.realPath()));
                String[] megabytes = Decimals.distinct(size / 1048576.0, maxFileBytes / 1048576.0, 1);
                throw new InputException(shown + ": " + megabytes[0] + " MB is larger than the " + megabytes[1]
                        + " MB limit for a scenario file (raise it with --max-file-size)");
            }
            if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
                throw new InputException(shown + ": the file is empty");
            }
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes));
            } catch (CharacterCodingException e) {
                throw new InputException(shown + ": not a UTF-8 text file");
            }
            Resource resource = resourceSet.createResource(uri(input));
            try (var in = new java.io.ByteArrayInputStream(bytes)) {
                resource.load(in, resourceSet.getLoadOptions());
            } catch (IOException e) {
                throw new InputException(shown + ": cannot load (" + SafeFiles.reason(e) + ")");
            }
        }
        installIndex();
        EcoreUtil.resolveAll(resourceSet);
    }

    /**
     * Indexes every file's exported names once, before linking and validation. Without it, each lookup of a name in
     * other files (references, the duplicate-name check) walks every file: quadratic in the number of files. The
     * files do not change once loaded, so the index stays right; Xtext's resource-set-based index consults it.
     */
    private void installIndex() {
        IResourceDescription.Manager descriptionManager = languageInjector.getInstance(IResourceDescription.Manager.class);
        List<IResourceDescription> descriptions = new ArrayList<>();
        for (Resource resource : resourceSet.getResources()) {
            descriptions.add(descriptionManager.getResourceDescription(resource));
        }
        ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet, new ResourceDescriptionsData(descriptions));
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static URI uri(Input input) {
        return URI.createFileURI(input.realPath().toString());
    }

    /** The files read, as the command line named them, each once. */
    public List<Path> files() {
        return inputs.stream().map(Input::file).toList();
    }

    /** The files read, with their real paths and file keys (a written file must be none of them). */
    List<Input> inputs() {
        return inputs;
    }

    /** The options of the analyses of this workspace's scenarios. */
    public CoverageOptions options() {
        return options;
    }

    /** Analyses with {@code threads} worker threads (the results do not depend on it). */
    public void useThreads(int threads) {
        options = options.withThreads(threads);
    }

    /**
     * Validates every file (syntax, units, references, coverage) and analyses the scenarios without errors. Each
     * scenario is analysed once: the validator's coverage check reads the analysis made here from the resource.
     */
    public List<FileIssues> validate() {
        IResourceValidator validator = languageInjector.getInstance(IResourceValidator.class);
        List<FileIssues> result = new ArrayList<>();
        for (Path file : files()) {
            XtextResource resource = resource(file);
            AnalysedScenario analysed = analyse(resource);
            List<Issue> issues = new ArrayList<>(validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl));
            issues.sort(java.util.Comparator.comparing((Issue i) -> i.getLineNumber() == null ? 0 : i.getLineNumber())
                    .thenComparing(i -> i.getColumn() == null ? 0 : i.getColumn())
                    .thenComparing(i -> i.getCode() == null ? "" : i.getCode())
                    .thenComparing(Issue::getMessage));
            FileIssues checked = new FileIssues(file, resource, issues, null);
            if (!checked.hasModelErrors() && analysed instanceof AnalysedScenario.Analysed coverage) {
                checked = new FileIssues(file, resource, issues, coverage);
            }
            result.add(checked);
        }
        return result;
    }

    /** The analysis of the file's scenario with this workspace's options; null for a file without one (a catalog). */
    private AnalysedScenario analyse(XtextResource resource) {
        for (EObject content : resource.getContents()) {
            if (content instanceof Model model && model.getScenario() != null) {
                return languageInjector.getInstance(CoverageService.class).analyse(model.getScenario(), options);
            }
        }
        return null;
    }

    public XtextResource resource(Path file) {
        URI uri = uris.get(file);
        if (uri == null) {
            throw new IllegalArgumentException(file + " is not one of the files read");
        }
        return (XtextResource) resourceSet.getResource(uri, false);
    }

    /** The element's qualified name as references write it, e.g. {@code catalog.KN_23}; null for unnamed elements. */
    public String qualifiedName(EObject element) {
        var name = languageInjector.getInstance(IQualifiedNameProvider.class).getFullyQualifiedName(element);
        return name == null ? null : name.toString();
    }

    /** Missile types named so in the files read, matched by simple or qualified name (the footprint's and export's MISSILE). */
    public List<MissileType> missileTypesNamed(String name) {
        List<MissileType> found = new ArrayList<>();
        for (Resource resource : resourceSet.getResources()) {
            for (TreeIterator<EObject> it = EcoreUtil.getAllContents(resource, true); it.hasNext();) {
                if (it.next() instanceof MissileType type && (name.equals(type.getName()) || name.equals(qualifiedName(type)))) {
                    found.add(type);
                }
            }
        }
        return found;
    }

    public Injector languageInjector() {
        return languageInjector;
    }
}
