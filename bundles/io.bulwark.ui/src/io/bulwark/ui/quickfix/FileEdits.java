package io.bulwark.ui.quickfix;

import java.util.List;
import java.util.function.Function;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;

import io.bulwark.ui.editor.BulwarkEditing;
import io.bulwark.ui.editor.BulwarkEditing.Replacement;

/**
 * Edits a file through its text file buffer: the same document an open editor shows, so only the replaced
 * text changes (comments and layout survive) and the edit is undoable there. A file without unsaved changes is
 * saved afterwards, which rebuilds it; a file with unsaved changes is left for the user to save.
 */
public final class FileEdits {

    private FileEdits() {
    }

    /** The file's text as its editor shows it (unsaved changes included). */
    public static String text(IFile file) throws CoreException {
        ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
        IPath path = file.getFullPath();
        manager.connect(path, LocationKind.IFILE, new NullProgressMonitor());
        try {
            return manager.getTextFileBuffer(path, LocationKind.IFILE).getDocument().get();
        } finally {
            manager.disconnect(path, LocationKind.IFILE, new NullProgressMonitor());
        }
    }

    /** Applies the replacements computed on the file's current document; returns whether anything changed. */
    public static boolean edit(IFile file, Function<IDocument, List<Replacement>> compute) throws CoreException {
        ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
        IPath path = file.getFullPath();
        NullProgressMonitor monitor = new NullProgressMonitor();
        manager.connect(path, LocationKind.IFILE, monitor);
        try {
            ITextFileBuffer buffer = manager.getTextFileBuffer(path, LocationKind.IFILE);
            boolean hadUnsavedChanges = buffer.isDirty();
            IDocument document = buffer.getDocument();
            List<Replacement> replacements = compute.apply(document);
            if (replacements == null || replacements.isEmpty()) {
                return false;
            }
            BulwarkEditing.apply(document, replacements);
            if (!hadUnsavedChanges) {
                buffer.commit(monitor, true);
            }
            return true;
        } finally {
            manager.disconnect(path, LocationKind.IFILE, monitor);
        }
    }
}
