package io.bulwark.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.util.CancelIndicator;

import io.bulwark.ui.Activator;

/**
 * Semantic highlighting for the generic editor: after each reconcile the document is parsed and classified by the
 * language's {@link ISemanticHighlightingCalculator} (the language server's semantic tokens come from the same one),
 * and its styles are merged into the lexical presentation. While the text changes faster than the parser, the last
 * highlights are held back rather than drawn at stale offsets.
 */
public class BulwarkSemanticHighlighting extends WholeDocumentStrategy implements ITextPresentationListener {

    private volatile Snapshot current = new Snapshot(-1, List.of());

    /** A classified range of the text with its style ids. */
    private record Highlight(int offset, int length, String[] styles) {
    }

    private record Snapshot(long stamp, List<Highlight> highlights) {
    }

    @Override
    public void install(ITextViewer textViewer) {
        super.install(textViewer);
        if (textViewer instanceof ITextViewerExtension4 extension) {
            extension.addTextPresentationListener(this);
        }
    }

    @Override
    public void uninstall() {
        if (viewer instanceof ITextViewerExtension4 extension) {
            extension.removeTextPresentationListener(this);
        }
        super.uninstall();
    }

    @Override
    protected void update() {
        IDocument doc = document;
        if (doc == null) {
            return;
        }
        long stamp = stamp(doc);
        CancelIndicator cancel = () -> monitor != null && monitor.isCanceled();
        List<Highlight> highlights = BulwarkDocuments.compute(doc, resource -> {
            List<Highlight> result = new ArrayList<>();
            Activator.injector().getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource,
                    (offset, length, styles) -> result.add(new Highlight(offset, length, styles)), cancel);
            return result;
        });
        if (highlights == null || stamp != stamp(doc)) {
            return;
        }
        current = new Snapshot(stamp, highlights);
        Display.getDefault().asyncExec(() -> {
            ITextViewer textViewer = viewer;
            if (textViewer != null && textViewer.getTextWidget() != null && !textViewer.getTextWidget().isDisposed()
                    && textViewer.getDocument() == doc && stamp(doc) == stamp) {
                textViewer.invalidateTextPresentation();
            }
        });
    }

    @Override
    public void applyTextPresentation(TextPresentation presentation) {
        Snapshot snapshot = current;
        IDocument doc = document;
        if (doc == null || snapshot.stamp() != stamp(doc)) {
            return;
        }
        IRegion extent = presentation.getExtent();
        int start = extent.getOffset();
        int end = start + extent.getLength();
        for (Highlight highlight : snapshot.highlights()) {
            if (highlight.offset() + highlight.length() > start && highlight.offset() < end) {
                presentation.mergeStyleRange(BulwarkColors.style(highlight.offset(), highlight.length(), highlight.styles()));
            }
        }
    }

    private static long stamp(IDocument document) {
        return document instanceof IDocumentExtension4 extension ? extension.getModificationStamp() : document.getLength();
    }
}
