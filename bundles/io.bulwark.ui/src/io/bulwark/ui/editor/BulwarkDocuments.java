package io.bulwark.ui.editor;

import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.resource.XtextResource;

import io.bulwark.ui.Activator;
import io.bulwark.ui.model.BulwarkFiles;
import io.bulwark.ui.model.ProjectModel;

/** The bridge between an editor's document and the language: the document's resource in its project's model. */
public final class BulwarkDocuments {

    private BulwarkDocuments() {
    }

    /** Runs {@code work} on the resource holding the document's current text; null when the document is not a workspace .bulwark file. */
    public static <T> T compute(IDocument document, Function<XtextResource, T> work) {
        IFile file = BulwarkFiles.fileOf(document);
        if (file == null || !BulwarkFiles.isBulwark(file)) {
            return null;
        }
        return compute(file, document.get(), work);
    }

    public static <T> T compute(IFile file, String text, Function<XtextResource, T> work) {
        try {
            return model(file).compute(file, text, work);
        } catch (CoreException | RuntimeException e) {
            Activator.log("Bulwark: language service failed on " + file.getFullPath(), e);
            return null;
        }
    }

    public static ProjectModel model(IFile file) {
        return Activator.getDefault().getProjectModels().of(file);
    }

    /** Opens the file in its editor and selects the region (UI thread). */
    public static IEditorPart openAndSelect(IFile file, int offset, int length) {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null ? null
                : PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        if (page == null) {
            return null;
        }
        try {
            IEditorPart editor = IDE.openEditor(page, file, true);
            if (editor instanceof ITextEditor text && offset >= 0) {
                text.selectAndReveal(offset, Math.max(0, length));
            }
            return editor;
        } catch (PartInitException e) {
            Activator.log("cannot open " + file.getFullPath(), e);
            return null;
        }
    }

    /** The text editor of a part, if it edits a .bulwark file. */
    public static ITextEditor bulwarkEditor(IEditorPart part) {
        if (part instanceof ITextEditor editor && editor.getEditorInput() != null) {
            IFile file = editor.getEditorInput().getAdapter(IFile.class);
            if (BulwarkFiles.isBulwark(file)) {
                return editor;
            }
        }
        return null;
    }

    public static IDocument document(ITextEditor editor) {
        // a closed editor has no provider any more
        return editor.getDocumentProvider() == null ? null : editor.getDocumentProvider().getDocument(editor.getEditorInput());
    }

    public static IFile file(ITextEditor editor) {
        return editor.getEditorInput().getAdapter(IFile.class);
    }

    public static int caret(ITextEditor editor) {
        return editor.getSelectionProvider().getSelection() instanceof ITextSelection selection ? selection.getOffset() : 0;
    }

    /** A document listener that runs {@code action} after each change (a view or page refreshing what it shows). */
    public static IDocumentListener afterEachChange(Runnable action) {
        return new IDocumentListener() {
            @Override
            public void documentAboutToBeChanged(DocumentEvent event) {
            }

            @Override
            public void documentChanged(DocumentEvent event) {
                action.run();
            }
        };
    }
}
