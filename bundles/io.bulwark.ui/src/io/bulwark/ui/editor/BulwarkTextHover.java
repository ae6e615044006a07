package io.bulwark.ui.editor;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.util.CancelIndicator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

import io.bulwark.ui.Activator;

/** Hover through the Xtext ide hover service (the language's key figures of the element under the mouse). */
public class BulwarkTextHover implements ITextHover {

    @Override
    public String getHoverInfo(ITextViewer viewer, IRegion region) {
        return BulwarkDocuments.compute(viewer.getDocument(), resource -> {
            Document doc = new Document(1, viewer.getDocument().get());
            HoverParams params = new HoverParams(new TextDocumentIdentifier(resource.getURI().toString()), doc.getPosition(region.getOffset()));
            Hover hover = Activator.injector().getInstance(IHoverService.class).hover(doc, resource, params, CancelIndicator.NullImpl);
            String text = hover == null ? null : plainText(hover);
            return text != null ? text : declaration(resource, region.getOffset());
        });
    }

    /**
     * When the language's hover has nothing to say (no documentation): the declaration of the element under the
     * mouse, or of the element a reference names, as one line of tokens without comments: its key figures.
     */
    static String declaration(XtextResource resource, int offset) {
        EObjectAtOffsetHelper helper = Activator.injector().getInstance(EObjectAtOffsetHelper.class);
        EObject element = helper.resolveElementAt(resource, offset);
        if (element == null || element.eIsProxy() || element instanceof io.bulwark.model.bulwark.Model) {
            return null;
        }
        ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
        if (node == null) {
            return null;
        }
        String tokens = NodeModelUtils.getTokenText(node);
        if (element instanceof io.bulwark.model.bulwark.Scenario) {
            return null;
        }
        return tokens.length() > 400 ? tokens.substring(0, 400) + " ..." : tokens;
    }

    static String plainText(Hover hover) {
        String text;
        if (hover.getContents() == null) {
            return null;
        }
        if (hover.getContents().isRight()) {
            MarkupContent content = hover.getContents().getRight();
            text = content.getValue();
        } else {
            StringBuilder builder = new StringBuilder();
            hover.getContents().getLeft().forEach(part -> builder.append(part.isLeft() ? part.getLeft() : part.getRight().getValue()).append('\n'));
            text = builder.toString();
        }
        if (text == null || text.isBlank()) {
            return null;
        }
        // the hover is Markdown for language clients; the platform's hover shows plain text
        return text.replace("**", "").replace("`", "").replaceAll("(?m)^#+\\s*", "").replace("\\_", "_").strip();
    }

    @Override
    public IRegion getHoverRegion(ITextViewer viewer, int offset) {
        String text = viewer.getDocument().get();
        int start = offset;
        int end = offset;
        while (start > 0 && Character.isJavaIdentifierPart(text.charAt(start - 1))) {
            start--;
        }
        while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
            end++;
        }
        return new Region(start, end - start);
    }
}
