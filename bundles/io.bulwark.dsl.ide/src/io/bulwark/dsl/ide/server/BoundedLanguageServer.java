package io.bulwark.dsl.ide.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameOptions;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SignatureHelp;
import org.eclipse.lsp4j.SignatureHelpParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.BuildManager.Buildable;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.signatureHelp.ISignatureHelpService;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

import io.bulwark.dsl.FileLimits;
import io.bulwark.dsl.validation.IssueCodes;

/**
 * Xtext's language server, kept alive and bounded whatever the client sends: a workspace without a folder serves the
 * opened documents; a document above the size limit gets one diagnostic instead of being parsed; a request on an
 * unknown document answers an empty result and one with a position outside its document answers InvalidParams; an
 * unknown request answers MethodNotFound.
 */
public class BoundedLanguageServer extends LanguageServerImpl {

    /** The code of the diagnostic on a document above the size limit, raised before any parsing. */
    public static final String FILE_TOO_LARGE = IssueCodes.FILE_TOO_LARGE;

    /** Stands for the whole file system when the client names no folder: a project that holds every opened file. */
    private static final String NO_FOLDER = "file:///";

    @Inject
    private WorkspaceScanner scanner;

    /** Documents open in the client but refused for their size: Xtext does not hold them. */
    private final Set<String> tooLarge = ConcurrentHashMap.newKeySet();

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        if (params == null) {
            throw invalidParams("initialize needs its parameters");
        }
        if (isInitialized()) {
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidRequest, "The server is already initialized.", null));
        }
        // Xtext reads the folders or the root depending on the client's capabilities: both are made to agree
        List<WorkspaceFolder> folders = params.getWorkspaceFolders() == null ? List.of()
                : params.getWorkspaceFolders().stream().filter(folder -> folder != null && isFileUri(folder.getUri())).toList();
        String root = params.getRootUri() != null ? params.getRootUri() : rootPathUri(params.getRootPath());
        if (!isFileUri(root)) {
            root = folders.isEmpty() ? null : folders.get(0).getUri();
        }
        if (root == null) {
            // no folder (allowed by the protocol) or none the server can read: the opened documents only
            scanner.scanNothing();
            root = NO_FOLDER;
        }
        params.setRootUri(root);
        params.setWorkspaceFolders(folders.isEmpty() ? List.of(new WorkspaceFolder(root, "workspace")) : folders);
        return super.initialize(params);
    }

    /** A URI of a file or folder on this machine (absolute, hierarchical, no query): what the server can read. */
    private static boolean isFileUri(String uri) {
        try {
            return uri != null && "file".equals(new java.net.URI(uri).getScheme()) && Path.of(new java.net.URI(uri)).isAbsolute();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String rootPathUri(String rootPath) {
        try {
            return rootPath == null ? null : Path.of(rootPath).toAbsolutePath().toUri().toString();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** Whether {@code initialize} was accepted: until then Xtext has no workspace. */
    public boolean isInitialized() {
        return getLanguageServerAccess().getInitializeParams() != null;
    }

    @Override
    public CompletableFuture<?> request(String method, Object parameter) {
        if (!getExtensionProviders().containsKey(method)) {
            return CompletableFuture.failedFuture(
                    new ResponseErrorException(new ResponseError(ResponseErrorCode.MethodNotFound, "Unknown request method: " + method, null)));
        }
        return super.request(method, parameter);
    }

    // documents: the size limit applies before Xtext holds or parses the text

    @Override
    protected Buildable toBuildable(DidOpenTextDocumentParams params) {
        TextDocumentItem item = params.getTextDocument();
        long bytes = FileLimits.utf8Length(item.getText());
        if (bytes > FileLimits.DEFAULT_MAX_FILE_BYTES) {
            tooLarge.add(item.getUri());
            return refused(item.getUri(), bytes);
        }
        tooLarge.remove(item.getUri());
        return super.toBuildable(params);
    }

    @Override
    protected Buildable toBuildable(DidChangeTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        if (tooLarge.contains(uri)) {
            return changeOfRefused(params);
        }
        Buildable change = super.toBuildable(params);
        long bytes = getWorkspaceManager().doRead(getURI(params.getTextDocument()),
                (document, resource) -> document == null ? 0L : FileLimits.utf8Length(document.getContents()));
        if (bytes <= FileLimits.DEFAULT_MAX_FILE_BYTES) {
            return change;
        }
        // grown past the limit: Xtext lets go of the text (back to the saved file), the client is told why
        tooLarge.add(uri);
        Buildable close = getWorkspaceManager().didClose(getURI(params.getTextDocument()));
        return cancelIndicator -> {
            var deltas = close.build(cancelIndicator);
            publish(uri, List.of(tooLargeDiagnostic(bytes)));
            return deltas;
        };
    }

    /** A refused document comes back when a full-text change makes it small enough; other changes cannot be applied. */
    private Buildable changeOfRefused(DidChangeTextDocumentParams params) {
        List<TextDocumentContentChangeEvent> changes = params.getContentChanges();
        int lastFullText = -1;
        for (int i = 0; i < changes.size(); i++) {
            if (changes.get(i).getRange() == null) {
                lastFullText = i;
            }
        }
        if (lastFullText < 0) {
            return cancelIndicator -> List.of();
        }
        Integer version = params.getTextDocument().getVersion();
        Document document = new Document(version, changes.get(lastFullText).getText())
                .applyTextDocumentChanges(changes.subList(lastFullText + 1, changes.size()));
        String uri = params.getTextDocument().getUri();
        long bytes = FileLimits.utf8Length(document.getContents());
        if (bytes > FileLimits.DEFAULT_MAX_FILE_BYTES) {
            return refused(uri, bytes);
        }
        tooLarge.remove(uri);
        return getWorkspaceManager().didOpen(getURI(params.getTextDocument()), version, document.getContents());
    }

    @Override
    protected Buildable toBuildable(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        if (tooLarge.remove(uri)) {
            // Xtext never held it: closing must not make it read the (large) saved file
            return cancelIndicator -> {
                publish(uri, List.of());
                return List.of();
            };
        }
        return super.toBuildable(params);
    }

    /** A changed file on disk that is not a regular file within the size limit is treated as gone, as the scan does. */
    @Override
    protected Buildable toBuildable(DidChangeWatchedFilesParams params) {
        List<FileEvent> changes = params.getChanges().stream()
                .map(event -> event.getType() != FileChangeType.Deleted && !readable(event.getUri()) ? new FileEvent(event.getUri(), FileChangeType.Deleted) : event)
                .toList();
        return super.toBuildable(new DidChangeWatchedFilesParams(changes));
    }

    private static boolean readable(String uri) {
        if (!isFileUri(uri)) {
            return true; // not a file the server reads from disk
        }
        try {
            Path file = Path.of(new java.net.URI(uri));
            return !Files.exists(file) || Files.isRegularFile(file) && Files.size(file) <= FileLimits.DEFAULT_MAX_FILE_BYTES;
        } catch (java.net.URISyntaxException | IOException e) {
            return false;
        }
    }

    private Buildable refused(String uri, long bytes) {
        return cancelIndicator -> {
            publish(uri, List.of(tooLargeDiagnostic(bytes)));
            return List.of();
        };
    }

    private static Diagnostic tooLargeDiagnostic(long bytes) {
        Diagnostic diagnostic = new Diagnostic(new Range(new Position(0, 0), new Position(0, 0)),
                String.format("This document is %s, larger than the %s limit for a scenario file; it is not checked.",
                        FileLimits.megabytes(bytes), FileLimits.megabytes(FileLimits.DEFAULT_MAX_FILE_BYTES)),
                DiagnosticSeverity.Error, "bulwark", FILE_TOO_LARGE);
        return diagnostic;
    }

    private void publish(String uri, List<Diagnostic> diagnostics) {
        if (getLanguageClient() != null) {
            getLanguageClient().publishDiagnostics(new PublishDiagnosticsParams(uri, diagnostics));
        }
    }

    // requests: an unknown document answers an empty result, a position outside the document InvalidParams

    @Override
    protected Either<List<CompletionItem>, CompletionList> completion(CancelIndicator cancelIndicator, CompletionParams params) {
        return guarded(params == null ? null : params.getTextDocument(), Either.forRight(new CompletionList()),
                () -> super.completion(cancelIndicator, params), positions(params == null ? null : params.getPosition()));
    }

    @Override
    protected Either<List<? extends Location>, List<? extends LocationLink>> definition(DefinitionParams params, CancelIndicator cancelIndicator) {
        return guarded(params == null ? null : params.getTextDocument(), Either.forLeft(List.of()), () -> super.definition(params, cancelIndicator),
                positions(params == null ? null : params.getPosition()));
    }

    @Override
    protected List<? extends Location> references(ReferenceParams params, CancelIndicator cancelIndicator) {
        return guarded(params == null ? null : params.getTextDocument(), List.of(), () -> everyUse(params, cancelIndicator),
                positions(params == null ? null : params.getPosition()));
    }

    /**
     * Xtext's references (from the index: the uses in other files) with the uses in the element's own file, which
     * Xtext's search leaves out here; each location once.
     */
    private List<Location> everyUse(ReferenceParams params, CancelIndicator cancelIndicator) {
        Set<Location> uses = new LinkedHashSet<>(super.references(params, cancelIndicator));
        getWorkspaceManager().doRead(getURI(params.getTextDocument()), (document, resource) -> {
            EObject element = resource.getResourceServiceProvider().get(EObjectAtOffsetHelper.class).resolveElementAt(resource,
                    document.getOffSet(params.getPosition()));
            if (element != null && element.eResource() != null) {
                DocumentExtensions locations = resource.getResourceServiceProvider().get(DocumentExtensions.class);
                for (TreeIterator<EObject> it = element.eResource().getAllContents(); it.hasNext();) {
                    EObject source = it.next();
                    for (EReference reference : source.eClass().getEAllReferences()) {
                        if (reference.isContainment() || reference.isContainer() || !source.eIsSet(reference)) {
                            continue;
                        }
                        List<?> targets = reference.isMany() ? (List<?>) source.eGet(reference) : List.of(source.eGet(reference));
                        for (int i = 0; i < targets.size(); i++) {
                            if (targets.get(i) == element) {
                                Location use = locations.newLocation(source, reference, reference.isMany() ? i : -1);
                                if (use != null) {
                                    uses.add(use);
                                }
                            }
                        }
                    }
                }
            }
            return null;
        });
        return new ArrayList<>(uses);
    }

    @Override
    protected List<DocumentSymbol> documentSymbol(DocumentSymbolParams params, CancelIndicator cancelIndicator) {
        return guarded(params == null ? null : params.getTextDocument(), List.of(), () -> super.documentSymbol(params, cancelIndicator), List.of());
    }

    @Override
    protected Hover hover(HoverParams params, CancelIndicator cancelIndicator) {
        return guarded(params == null ? null : params.getTextDocument(), IHoverService.EMPTY_HOVER, () -> super.hover(params, cancelIndicator),
                positions(params == null ? null : params.getPosition()));
    }

    @Override
    protected SignatureHelp signatureHelp(SignatureHelpParams params, CancelIndicator cancelIndicator) {
        return guarded(params == null ? null : params.getTextDocument(), ISignatureHelpService.EMPTY,
                () -> super.signatureHelp(params, cancelIndicator), positions(params == null ? null : params.getPosition()));
    }

    @Override
    protected List<? extends DocumentHighlight> documentHighlight(DocumentHighlightParams params, CancelIndicator cancelIndicator) {
        return guarded(params == null ? null : params.getTextDocument(), List.of(), () -> super.documentHighlight(params, cancelIndicator),
                positions(params == null ? null : params.getPosition()));
    }

    @Override
    protected List<Either<Command, CodeAction>> codeAction(CodeActionParams params, CancelIndicator cancelIndicator) {
        List<Position> positions = new ArrayList<>();
        if (params != null) {
            positions.addAll(positions(params.getRange()));
            if (params.getContext() != null && params.getContext().getDiagnostics() != null) {
                for (Diagnostic diagnostic : params.getContext().getDiagnostics()) {
                    positions.addAll(positions(diagnostic == null ? null : diagnostic.getRange()));
                }
            }
        }
        return guarded(params == null ? null : params.getTextDocument(), List.of(), () -> super.codeAction(params, cancelIndicator), positions);
    }

    @Override
    protected List<? extends CodeLens> codeLens(CodeLensParams params, CancelIndicator cancelIndicator) {
        return guarded(params == null ? null : params.getTextDocument(), List.of(), () -> super.codeLens(params, cancelIndicator), List.of());
    }

    @Override
    protected List<? extends TextEdit> formatting(DocumentFormattingParams params, CancelIndicator cancelIndicator) {
        return guarded(params == null ? null : params.getTextDocument(), List.of(), () -> super.formatting(params, cancelIndicator), List.of());
    }

    @Override
    protected List<? extends TextEdit> rangeFormatting(DocumentRangeFormattingParams params, CancelIndicator cancelIndicator) {
        return guarded(params == null ? null : params.getTextDocument(), List.of(), () -> super.rangeFormatting(params, cancelIndicator),
                positions(params == null ? null : params.getRange()));
    }

    @Override
    protected WorkspaceEdit rename(RenameParams params, CancelIndicator cancelIndicator) {
        return guarded(params == null ? null : params.getTextDocument(), new WorkspaceEdit(), () -> renameEverywhere(params, cancelIndicator),
                positions(params == null ? null : params.getPosition()));
    }

    /**
     * Renames the element at the position: its declaration and every reference in every file, each edit replacing only
     * the name (the last segment of a qualified reference), so that comments and layout stay. A name the language
     * would not read as the element's, or one that another element already has, is refused with the reason.
     */
    private WorkspaceEdit renameEverywhere(RenameParams params, CancelIndicator cancelIndicator) {
        if (params.getNewName() == null) {
            throw invalidParams("rename needs a new name");
        }
        URI uri = getURI(params.getTextDocument());
        Plan plan = getWorkspaceManager().doRead(uri, (document, resource) -> {
            Renaming renaming = resource.getResourceServiceProvider().get(Renaming.class);
            Renaming.Target target = renaming.targetAt(resource, document.getOffSet(params.getPosition()));
            if (target == null) {
                return new Plan("Nothing to rename at line " + (params.getPosition().getLine() + 1) + ", column "
                        + (params.getPosition().getCharacter() + 1) + ": only the names of scenario elements and catalog types are renamed.", null);
            }
            return new Plan(renaming.refusal(target.element(), params.getNewName(), getWorkspaceManager().getIndex(), resource.getResourceSet()),
                    renaming.importedName(target.element()));
        });
        if (plan.refusal() != null) {
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, plan.refusal(), null));
        }
        ReferenceParams uses = new ReferenceParams(params.getTextDocument(), params.getPosition(), new ReferenceContext(true));
        Map<String, List<TextEdit>> changes = new TreeMap<>();
        for (Location use : everyUse(uses, cancelIndicator)) {
            Range name = getWorkspaceManager().doRead(getURI(new TextDocumentIdentifier(use.getUri())), (document, resource) -> {
                int start = document.getOffSet(use.getRange().getStart());
                int end = document.getOffSet(use.getRange().getEnd());
                // a qualified reference keeps its qualifier: only the characters after its last dot change
                int dot = document.getContents().substring(start, end).lastIndexOf('.');
                return new Range(document.getPosition(start + dot + 1), use.getRange().getEnd());
            });
            changes.computeIfAbsent(use.getUri(), file -> new ArrayList<>()).add(new TextEdit(name, params.getNewName()));
        }
        // an import of the element by its name ("import cat.Upper") in a file that uses it follows the new name
        for (String file : List.copyOf(changes.keySet())) {
            getWorkspaceManager().doRead(getURI(new TextDocumentIdentifier(file)), (document, resource) -> {
                if (plan.importedName() != null) {
                    for (var region : resource.getResourceServiceProvider().get(Renaming.class).importsOf(plan.importedName(), resource)) {
                        changes.get(file).add(new TextEdit(new Range(document.getPosition(region.getOffset()),
                                document.getPosition(region.getOffset() + region.getLength())), params.getNewName()));
                    }
                }
                return null;
            });
        }
        return new WorkspaceEdit(changes);
    }

    /** Why a rename is refused (null: it is not), and the renamed element's name as an import writes it. */
    private record Plan(String refusal, String importedName) {
    }

    @Override
    protected Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> prepareRename(PrepareRenameParams params,
            CancelIndicator cancelIndicator) {
        // null means "nothing to rename here"
        return guarded(params == null ? null : params.getTextDocument(), null, () -> getWorkspaceManager().doRead(getURI(params),
                (document, resource) -> {
                    Renaming.Target target = resource.getResourceServiceProvider().get(Renaming.class).targetAt(resource,
                            document.getOffSet(params.getPosition()));
                    if (target == null) {
                        return null;
                    }
                    Range range = new Range(document.getPosition(target.name().getOffset()), document.getPosition(target.name().getOffset()
                            + target.name().getLength()));
                    return Either3.forSecond(new PrepareRenameResult(range, target.element().getName()));
                }), positions(params == null ? null : params.getPosition()));
    }

    /** Rename is served by this server for every element {@link Renaming} allows, with prepareRename when the client asks first. */
    @Override
    protected ServerCapabilities createServerCapabilities(InitializeParams params) {
        ServerCapabilities capabilities = super.createServerCapabilities(params);
        boolean prepare = params.getCapabilities() != null && params.getCapabilities().getTextDocument() != null
                && params.getCapabilities().getTextDocument().getRename() != null
                && Boolean.TRUE.equals(params.getCapabilities().getTextDocument().getRename().getPrepareSupport());
        capabilities.setRenameProvider(prepare ? Either.forRight(new RenameOptions(true)) : Either.forLeft(true));
        return capabilities;
    }

    @Override
    protected List<FoldingRange> foldingRange(FoldingRangeRequestParams params, CancelIndicator cancelIndicator) {
        return guarded(params == null ? null : params.getTextDocument(), List.of(), () -> super.foldingRange(params, cancelIndicator), List.of());
    }

    @Override
    protected SemanticTokens semanticTokensFull(SemanticTokensParams params, CancelIndicator cancelIndicator) {
        return guarded(params == null ? null : params.getTextDocument(), new SemanticTokens(List.of()),
                () -> super.semanticTokensFull(params, cancelIndicator), List.of());
    }

    @Override
    protected List<? extends WorkspaceSymbol> symbol(WorkspaceSymbolParams params, CancelIndicator cancelIndicator) {
        if (params == null || params.getQuery() == null) {
            throw invalidParams("workspace/symbol needs a query");
        }
        return super.symbol(params, cancelIndicator);
    }

    @Override
    protected Object executeCommand(ExecuteCommandParams params, CancelIndicator cancelIndicator) {
        if (params == null || params.getCommand() == null) {
            throw invalidParams("workspace/executeCommand needs a command");
        }
        return super.executeCommand(params, cancelIndicator);
    }

    @Override
    public CompletableFuture<CodeLens> resolveCodeLens(CodeLens unresolved) {
        if (unresolved == null) {
            return CompletableFuture.failedFuture(invalidParams("codeLens/resolve needs a code lens"));
        }
        return super.resolveCodeLens(unresolved);
    }

    private static List<Position> positions(Position position) {
        List<Position> positions = new ArrayList<>();
        positions.add(position);
        return positions;
    }

    private static List<Position> positions(Range range) {
        if (range == null) {
            return positions((Position) null);
        }
        if (range.getStart() != null && range.getEnd() != null && (range.getStart().getLine() > range.getEnd().getLine()
                || range.getStart().getLine() == range.getEnd().getLine() && range.getStart().getCharacter() > range.getEnd().getCharacter())) {
            throw invalidParams("the range ends before it starts: " + range.getStart().getLine() + ":" + range.getStart().getCharacter() + " to "
                    + range.getEnd().getLine() + ":" + range.getEnd().getCharacter());
        }
        List<Position> positions = positions(range.getStart());
        positions.add(range.getEnd());
        return positions;
    }

    /**
     * Runs the request on a known document with valid positions: a document the server neither has open nor can read
     * answers {@code empty}; a position on a line the document does not have answers InvalidParams; a character beyond
     * the end of its line means the end of the line, as the protocol says.
     */
    private <T> T guarded(TextDocumentIdentifier identifier, T empty, Supplier<T> request, List<Position> positions) {
        if (identifier == null || identifier.getUri() == null) {
            throw invalidParams("the request names no text document");
        }
        for (Position position : positions) {
            if (position == null) {
                throw invalidParams("the request has no position");
            }
            if (position.getLine() < 0 || position.getCharacter() < 0) {
                throw invalidParams("negative position " + position.getLine() + ":" + position.getCharacter());
            }
        }
        Document document = document(identifier);
        if (document == null) {
            return empty;
        }
        String text = document.getContents();
        for (Position position : positions) {
            clampToLine(text, position);
        }
        return request.get();
    }

    private Document document(TextDocumentIdentifier identifier) {
        if (tooLarge.contains(identifier.getUri())) {
            return null;
        }
        URI uri;
        try {
            uri = getURI(identifier);
        } catch (IllegalArgumentException e) {
            throw invalidParams("not a document URI: " + identifier.getUri());
        }
        try {
            return getWorkspaceManager().doRead(uri, (document, resource) -> document);
        } catch (RuntimeException e) {
            // neither open nor a file the workspace can load (a missing file, another scheme)
            return null;
        }
    }

    private static void clampToLine(String text, Position position) {
        int line = position.getLine();
        int start = 0;
        for (int i = 0; i < line; i++) {
            int newline = text.indexOf('\n', start);
            if (newline < 0) {
                throw invalidParams("line " + line + " is beyond the end of the document (" + (i + 1) + " lines)");
            }
            start = newline + 1;
        }
        int end = text.indexOf('\n', start);
        if (end < 0) {
            end = text.length();
        }
        if (end > start && text.charAt(end - 1) == '\r') {
            end--;
        }
        position.setCharacter(Math.min(position.getCharacter(), end - start));
    }

    private static ResponseErrorException invalidParams(String message) {
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, "Invalid parameters: " + message, null));
    }
}
