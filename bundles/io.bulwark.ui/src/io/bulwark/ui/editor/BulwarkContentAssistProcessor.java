package io.bulwark.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.util.CancelIndicator;

import io.bulwark.ui.Activator;

/**
 * Content assist through the Xtext ide {@link ContentAssistService}, as the language server offers it: keywords,
 * names across the project's files, the units of the clause after a number and the hemisphere letters of a coordinate.
 */
public class BulwarkContentAssistProcessor implements IContentAssistProcessor {

    @Override
    public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
        IDocument document = viewer.getDocument();
        List<BulwarkProposal> proposals = BulwarkDocuments.compute(document, resource -> {
            String text = document.get();
            Document doc = new Document(1, text);
            CompletionParams params = new CompletionParams(new TextDocumentIdentifier(resource.getURI().toString()), doc.getPosition(offset));
            CompletionList list = Activator.injector().getInstance(ContentAssistService.class)
                    .createCompletionList(doc, resource, params, CancelIndicator.NullImpl);
            List<BulwarkProposal> result = new ArrayList<>();
            for (CompletionItem item : list.getItems()) {
                result.add(toProposal(doc, offset, item));
            }
            return result;
        });
        // the language's proposal provider offers each element once
        return proposals == null ? new ICompletionProposal[0] : proposals.toArray(ICompletionProposal[]::new);
    }

    private static BulwarkProposal toProposal(Document doc, int caret, CompletionItem item) {
        String newText = item.getInsertText() != null ? item.getInsertText() : item.getLabel();
        int start = caret;
        int end = caret;
        if (item.getTextEdit() != null && item.getTextEdit().isLeft()) {
            TextEdit edit = item.getTextEdit().getLeft();
            newText = edit.getNewText();
            start = offset(doc, edit.getRange().getStart(), caret);
            end = offset(doc, edit.getRange().getEnd(), caret);
        }
        return new BulwarkProposal(newText, start, Math.max(0, end - start), item.getLabel(), item.getDetail());
    }

    private static int offset(Document doc, Position position, int fallback) {
        try {
            return doc.getOffSet(position);
        } catch (IndexOutOfBoundsException e) {
            return fallback;
        }
    }

    @Override
    public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
        return null;
    }

    @Override
    public char[] getCompletionProposalAutoActivationCharacters() {
        return new char[] { '.' };
    }

    @Override
    public char[] getContextInformationAutoActivationCharacters() {
        return null;
    }

    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public IContextInformationValidator getContextInformationValidator() {
        return null;
    }
}
