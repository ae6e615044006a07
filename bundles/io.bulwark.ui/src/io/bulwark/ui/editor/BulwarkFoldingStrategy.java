package io.bulwark.ui.editor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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

/** Folding of { } blocks and of comment blocks (a block comment, or three and more line comments) that span lines. */
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

    /** Whole-line positions of the foldable regions of the text. */
    static List<Position> regions(IDocument doc) {
        String text = doc.get();
        List<Position> result = new ArrayList<>();
        Deque<Integer> open = new ArrayDeque<>();
        int i = 0;
        int commentRunStart = -1;
        int commentRunLines = 0;
        int commentRunEnd = -1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                end = end < 0 ? text.length() : end;
                boolean startsLine = lineStartIsBlank(text, i);
                if (startsLine && commentRunStart >= 0 && onNextLine(text, commentRunEnd, i)) {
                    commentRunLines++;
                } else {
                    addRun(doc, result, commentRunStart, commentRunEnd, commentRunLines);
                    commentRunStart = startsLine ? i : -1;
                    commentRunLines = startsLine ? 1 : 0;
                }
                commentRunEnd = end;
                i = end;
                continue;
            }
            if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
                add(doc, result, i, end);
                i = end;
                continue;
            }
            if (c == '"') {
                i++;
                while (i < text.length() && text.charAt(i) != '"' && text.charAt(i) != '\n') {
                    i += text.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
                continue;
            }
            if (c == '{') {
                open.push(i);
            } else if (c == '}' && !open.isEmpty()) {
                add(doc, result, open.pop(), i + 1);
            }
            i++;
        }
        addRun(doc, result, commentRunStart, commentRunEnd, commentRunLines);
        return result;
    }

    private static boolean lineStartIsBlank(String text, int index) {
        for (int j = index - 1; j >= 0 && text.charAt(j) != '\n'; j--) {
            if (!Character.isWhitespace(text.charAt(j))) {
                return false;
            }
        }
        return true;
    }

    private static boolean onNextLine(String text, int previousEnd, int index) {
        return previousEnd >= 0 && text.substring(previousEnd, index).chars().filter(ch -> ch == '\n').count() == 1
                && text.substring(previousEnd, index).isBlank();
    }

    private static void addRun(IDocument doc, List<Position> result, int start, int end, int lines) {
        if (start >= 0 && lines >= 3) {
            add(doc, result, start, end);
        }
    }

    private static void add(IDocument doc, List<Position> result, int start, int end) {
        try {
            int firstLine = doc.getLineOfOffset(start);
            int lastLine = doc.getLineOfOffset(Math.min(end, doc.getLength()));
            if (lastLine > firstLine) {
                int offset = doc.getLineOffset(firstLine);
                int endOffset = lastLine + 1 < doc.getNumberOfLines() ? doc.getLineOffset(lastLine + 1) : doc.getLength();
                result.add(new Position(offset, endOffset - offset));
            }
        } catch (BadLocationException e) {
            // the document changed while folding was computed: the next reconcile fixes it
        }
    }
}
