package io.bulwark.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.xtext.ide.editor.folding.FoldingRange;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.util.CancelIndicator;

import io.bulwark.ui.Activator;

/**
 * Folding from the language's folding service (the language server's too): elements and comments that span lines,
 * each folded from the start of its first line to the end of its last.
 */
public class BulwarkFoldingStrategy extends WholeDocumentStrategy {

    @Override
    protected void update() {
        IDocument doc = document;
        if (!(viewer instanceof ProjectionViewer projection) || doc == null) {
            return;
        }
        ProjectionAnnotationModel model = projection.getProjectionAnnotationModel();
        if (model == null) {
            return;
        }
        List<Position> wanted = regions(doc);
        Map<Annotation, Position> additions = new HashMap<>();
        List<Annotation> deletions = new ArrayList<>();
        List<Position> kept = new ArrayList<>();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            Annotation annotation = it.next();
            Position position = model.getPosition(annotation);
            if (position != null && wanted.contains(position) && !kept.contains(position)) {
                kept.add(position);
            } else {
                deletions.add(annotation);
            }
        }
        for (Position position : wanted) {
            if (!kept.contains(position)) {
                additions.put(new ProjectionAnnotation(), position);
            }
        }
        if (!deletions.isEmpty() || !additions.isEmpty()) {
            model.modifyAnnotations(deletions.toArray(Annotation[]::new), additions, null);
        }
    }

    /** Whole-line positions of the regions the language's folding service finds in the document, in text order. */
    static List<Position> regions(IDocument doc) {
        List<FoldingRange> ranges = BulwarkDocuments.compute(doc, resource -> List.copyOf(
                Activator.injector().getInstance(IFoldingRangeProvider.class).getFoldingRanges(resource, CancelIndicator.NullImpl)));
        List<Position> result = new ArrayList<>();
        for (FoldingRange range : ranges == null ? List.<FoldingRange>of() : ranges) {
            try {
                int firstLine = doc.getLineOfOffset(range.getOffset());
                int lastLine = doc.getLineOfOffset(Math.min(range.getOffset() + range.getLength(), doc.getLength()));
                if (lastLine > firstLine) {
                    int offset = doc.getLineOffset(firstLine);
                    int end = lastLine + 1 < doc.getNumberOfLines() ? doc.getLineOffset(lastLine + 1) : doc.getLength();
                    Position position = new Position(offset, end - offset);
                    if (!result.contains(position)) {
                        result.add(position); // an element and the comment block inside it may share their lines
                    }
                }
            } catch (BadLocationException e) {
                return List.of(); // the document changed while folding was computed: the next reconcile folds it
            }
        }
        return result;
    }
}
