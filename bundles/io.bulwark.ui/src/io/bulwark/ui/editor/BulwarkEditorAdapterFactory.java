package io.bulwark.ui.editor;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/** Gives the generic editor an Outline page when it edits a .bulwark file (the editor asks the adapter manager). */
public class BulwarkEditorAdapterFactory implements IAdapterFactory {

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> type) {
        if (type == IContentOutlinePage.class && adaptable instanceof ITextEditor editor && BulwarkDocuments.bulwarkEditor(editor) != null) {
            return type.cast(new BulwarkOutlinePage(editor));
        }
        return null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { IContentOutlinePage.class };
    }
}
