package io.bulwark.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentRewriteSession;
import org.eclipse.jface.text.DocumentRewriteSessionType;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;

import io.bulwark.ui.Activator;

/** Text operations of the editor that tests and handlers share: formatting and toggling line comments. */
public final class BulwarkEditing {

    private BulwarkEditing() {
    }

    /** Formats the region of the document with the language's formatter; returns the number of edits made. */
    public static int format(IDocument document, int offset, int length) {
        String text = document.get();
        List<Replacement> edits = BulwarkDocuments.compute(document, resource -> {
            Document doc = new Document(1, text);
            FormattingOptions options = new FormattingOptions(4, true);
            List<TextEdit> result = Activator.injector().getInstance(FormattingService.class).format(resource, doc, offset, length, options);
            List<Replacement> replacements = new ArrayList<>();
            for (TextEdit edit : result) {
                int start = doc.getOffSet(edit.getRange().getStart());
                int end = doc.getOffSet(edit.getRange().getEnd());
                replacements.add(new Replacement(start, end - start, edit.getNewText()));
            }
            return replacements;
        });
        if (edits == null || edits.isEmpty()) {
            return 0;
        }
        apply(document, edits);
        return edits.size();
    }

    /** A replacement of [offset, offset+length) by text. */
    public record Replacement(int offset, int length, String text) {
    }

    /** Applies non-overlapping replacements, last first, as one rewrite session (one undo step). */
    public static void apply(IDocument document, List<Replacement> replacements) {
        DocumentRewriteSession session = document instanceof IDocumentExtension4 ext
                ? ext.startRewriteSession(DocumentRewriteSessionType.UNRESTRICTED_SMALL) : null;
        try {
            for (Replacement replacement : replacements.stream().sorted(Comparator.comparingInt(Replacement::offset).reversed()).toList()) {
                document.replace(replacement.offset(), replacement.length(), replacement.text());
            }
        } catch (BadLocationException e) {
            Activator.log("Bulwark: could not apply an edit", e);
        } finally {
            if (session != null) {
                ((IDocumentExtension4) document).stopRewriteSession(session);
            }
        }
    }

    /** Comments the lines from firstLine to lastLine with "//", or uncomments them if all are commented. */
    public static void toggleComment(IDocument document, int firstLine, int lastLine) throws BadLocationException {
        boolean allCommented = true;
        for (int line = firstLine; line <= lastLine; line++) {
            String text = lineText(document, line);
            if (!text.isBlank() && !text.stripLeading().startsWith("//")) {
                allCommented = false;
            }
        }
        List<Replacement> edits = new ArrayList<>();
        for (int line = firstLine; line <= lastLine; line++) {
            String text = lineText(document, line);
            int lineOffset = document.getLineOffset(line);
            if (allCommented) {
                int index = text.indexOf("//");
                if (index >= 0) {
                    edits.add(new Replacement(lineOffset + index, 2, ""));
                }
            } else if (!text.isBlank() || firstLine == lastLine) {
                edits.add(new Replacement(lineOffset, 0, "//"));
            }
        }
        apply(document, edits);
    }

    private static String lineText(IDocument document, int line) throws BadLocationException {
        return document.get(document.getLineOffset(line), document.getLineLength(line));
    }
}
