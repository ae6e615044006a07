package io.bulwark.ui.editor;

import java.util.Locale;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;

/** One completion: replaces [offset, offset+length) by the text; stays in the list while the typed text is its prefix. */
public final class BulwarkProposal implements ICompletionProposal, ICompletionProposalExtension2 {

    private final String replacement;
    private final int offset;
    private final int length;
    private final String label;
    private final String detail;
    private int cursor;

    public BulwarkProposal(String replacement, int offset, int length, String label, String detail) {
        this.replacement = replacement;
        this.offset = offset;
        this.length = length;
        this.label = label;
        this.detail = detail;
        this.cursor = replacement.length();
    }

    public String getReplacement() {
        return replacement;
    }

    public int getOffset() {
        return offset;
    }

    @Override
    public void apply(IDocument document) {
        try {
            document.replace(offset, length, replacement);
        } catch (BadLocationException e) {
            // the document changed under the proposal: nothing to apply
        }
    }

    @Override
    public void apply(ITextViewer viewer, char trigger, int stateMask, int caret) {
        IDocument document = viewer.getDocument();
        try {
            // the user may have typed on since the proposals were computed
            document.replace(offset, Math.max(length, caret - offset), replacement);
        } catch (BadLocationException e) {
            // nothing to apply
        }
    }

    @Override
    public Point getSelection(IDocument document) {
        return new Point(offset + cursor, 0);
    }

    @Override
    public String getAdditionalProposalInfo() {
        return detail;
    }

    @Override
    public String getDisplayString() {
        return detail == null || detail.isBlank() ? label : label + " - " + detail;
    }

    @Override
    public Image getImage() {
        return null;
    }

    @Override
    public IContextInformation getContextInformation() {
        return null;
    }

    @Override
    public void selected(ITextViewer viewer, boolean smartToggle) {
    }

    @Override
    public void unselected(ITextViewer viewer) {
    }

    @Override
    public boolean validate(IDocument document, int caret, org.eclipse.jface.text.DocumentEvent event) {
        if (caret < offset) {
            return false;
        }
        try {
            String typed = document.get(offset, caret - offset).toLowerCase(Locale.ROOT);
            return replacement.toLowerCase(Locale.ROOT).startsWith(typed);
        } catch (BadLocationException e) {
            return false;
        }
    }
}
