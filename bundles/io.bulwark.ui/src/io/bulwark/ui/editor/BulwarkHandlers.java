package io.bulwark.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.dialogs.ListDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.util.ITextRegion;

import io.bulwark.ui.Activator;
import io.bulwark.ui.model.BulwarkFiles;

/** Command handlers of the Bulwark editor: Format (Ctrl+Shift+F), Toggle Comment (Ctrl+/), Find References (Ctrl+Shift+G). */
public final class BulwarkHandlers {

    private BulwarkHandlers() {
    }

    private static ITextEditor editor(ExecutionEvent event) {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        return BulwarkDocuments.bulwarkEditor(part);
    }

    public static class Format extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            ITextEditor editor = editor(event);
            if (editor != null) {
                IDocument document = BulwarkDocuments.document(editor);
                ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
                boolean whole = selection == null || selection.getLength() == 0;
                BulwarkEditing.format(document, whole ? 0 : selection.getOffset(), whole ? document.getLength() : selection.getLength());
            }
            return null;
        }
    }

    public static class ToggleComment extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            ITextEditor editor = editor(event);
            if (editor != null && editor.getSelectionProvider().getSelection() instanceof ITextSelection selection) {
                IDocument document = BulwarkDocuments.document(editor);
                try {
                    int last = selection.getEndLine();
                    if (selection.getLength() > 0 && last > selection.getStartLine()
                            && document.getLineOffset(last) == selection.getOffset() + selection.getLength()) {
                        last--; // a selection ending at a line start does not include that line
                    }
                    BulwarkEditing.toggleComment(document, selection.getStartLine(), last);
                } catch (BadLocationException e) {
                    Activator.log("Bulwark: toggle comment failed", e);
                }
            }
            return null;
        }
    }

    /** A place in a file: for the references list. */
    public record Location(IFile file, int offset, int length, int line, String text) {
        @Override
        public String toString() {
            return file.getProjectRelativePath() + ":" + line + ":  " + text.strip();
        }
    }

    /** Every reference to the element at the offset (declaration or reference), across the project's files. */
    public static List<Location> findReferences(IDocument document, int offset) {
        List<Location> found = BulwarkDocuments.compute(document, resource -> {
            EObjectAtOffsetHelper helper = Activator.injector().getInstance(EObjectAtOffsetHelper.class);
            EObject target = helper.resolveElementAt(resource, offset);
            if (target == null) {
                return List.of();
            }
            ILocationInFileProvider locations = Activator.injector().getInstance(ILocationInFileProvider.class);
            List<Location> result = new ArrayList<>();
            EcoreUtil.resolveAll(resource.getResourceSet());
            Collection<EStructuralFeature.Setting> usages = EcoreUtil.UsageCrossReferencer.find(target, resource.getResourceSet());
            for (EStructuralFeature.Setting usage : usages) {
                if (!(usage.getEStructuralFeature() instanceof EReference reference) || reference.isContainment()) {
                    continue;
                }
                EObject source = usage.getEObject();
                int index = reference.isMany() ? ((List<?>) source.eGet(reference)).indexOf(target) : -1;
                ITextRegion region = locations.getFullTextRegion(source, reference, Math.max(index, 0));
                IFile file = BulwarkFiles.fileOf(source.eResource().getURI());
                if (region == null || file == null) {
                    continue;
                }
                var node = NodeModelUtils.findActualNodeFor(source);
                String lineText = node == null ? "" : node.getRootNode().getText();
                int lineStart = lineText.lastIndexOf('\n', Math.max(0, region.getOffset() - 1)) + 1;
                int lineEnd = lineText.indexOf('\n', region.getOffset());
                String snippet = lineText.substring(lineStart, lineEnd < 0 ? lineText.length() : lineEnd);
                int line = (int) lineText.substring(0, region.getOffset()).chars().filter(c -> c == '\n').count() + 1;
                result.add(new Location(file, region.getOffset(), region.getLength(), line, snippet));
            }
            result.sort((a, b) -> a.toString().compareTo(b.toString()));
            return result;
        });
        return found == null ? List.of() : found;
    }

    public static class FindReferences extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            ITextEditor editor = editor(event);
            if (editor == null) {
                return null;
            }
            List<Location> references = findReferences(BulwarkDocuments.document(editor), BulwarkDocuments.caret(editor));
            ListDialog dialog = new ListDialog(HandlerUtil.getActiveShell(event));
            dialog.setTitle("References");
            dialog.setMessage(references.isEmpty() ? "No references to the element at the cursor."
                    : references.size() + " reference" + (references.size() == 1 ? "" : "s") + " in the project:");
            dialog.setContentProvider(ArrayContentProvider.getInstance());
            dialog.setLabelProvider(new LabelProvider());
            dialog.setInput(references);
            dialog.setWidthInChars(80);
            if (dialog.open() == Window.OK && dialog.getResult().length > 0 && dialog.getResult()[0] instanceof Location location) {
                BulwarkDocuments.openAndSelect(location.file(), location.offset(), location.length());
            }
            return null;
        }
    }
}
