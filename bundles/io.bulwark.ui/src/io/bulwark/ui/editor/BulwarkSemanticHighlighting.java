package io.bulwark.ui.editor;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;

import io.bulwark.ui.editor.SemanticHighlights.Highlight;
import io.bulwark.ui.editor.SemanticHighlights.Kind;

/**
 * Semantic highlighting for the generic editor: after each reconcile the document is parsed, its names are
 * classified ({@link SemanticHighlights}) and the colours are merged into the lexical presentation. While the
 * text changes faster than the parser, the last highlights are held back rather than drawn at stale offsets.
 */
public class BulwarkSemanticHighlighting extends WholeDocumentStrategy implements ITextPresentationListener {

    /** The colours of the coverage map, so that a radar is blue in the editor as on the map. */
    private static final Map<Kind, Color> COLOURS = new EnumMap<>(Map.of(Kind.FORCE, new Color(0, 96, 0), Kind.RADAR,
            new Color(31, 95, 168), Kind.BATTERY, new Color(191, 54, 12), Kind.ASSET, new Color(120, 30, 30), Kind.RAID,
            new Color(160, 20, 60), Kind.REGION, new Color(94, 63, 134), Kind.AGREEMENT, new Color(60, 60, 60), Kind.CATALOG_TYPE,
            new Color(0, 110, 110)));

    private volatile Snapshot current = new Snapshot(-1, List.of());

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
        List<Highlight> highlights = BulwarkDocuments.compute(doc, SemanticHighlights::calculate);
        if (highlights == null || stamp != stamp(doc)) {
            return;
        }
        current = new Snapshot(stamp, highlights);
        Display display = Display.getDefault();
        display.asyncExec(() -> {
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
            if (highlight.offset() + highlight.length() <= start || highlight.offset() >= end) {
                continue;
            }
            StyleRange style = new StyleRange(highlight.offset(), highlight.length(), COLOURS.get(highlight.kind()), null,
                    highlight.declaration() ? SWT.BOLD : SWT.NORMAL);
            presentation.mergeStyleRange(style);
        }
    }

    private static long stamp(IDocument document) {
        return document instanceof IDocumentExtension4 extension ? extension.getModificationStamp() : document.getLength();
    }

    /** The highlights drawn now (tests). */
    public List<Highlight> highlights() {
        return current.highlights();
    }
}
