package io.bulwark.ui.editor;

import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;

import io.bulwark.ui.Activator;

/** The Outline of a .bulwark editor: the symbols of the language (package, types, scenario and its elements); a click selects the name. */
public class BulwarkOutlinePage extends ContentOutlinePage {

    private final ITextEditor editor;
    private final IDocumentListener listener = BulwarkDocuments.afterEachChange(() -> scheduleRefresh());
    private IDocument document;
    private boolean refreshScheduled;
    private boolean selecting;

    public BulwarkOutlinePage(ITextEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object parentElement) {
                return ((OutlineNode) parentElement).children().toArray();
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return !((OutlineNode) element).children().isEmpty();
            }
        });
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((OutlineNode) element).label();
            }

            @Override
            public Image getImage(Object element) {
                String key = switch (((OutlineNode) element).kind()) {
                    case Package, Module -> ISharedImages.IMG_OBJ_FOLDER;
                    default -> ISharedImages.IMG_OBJ_ELEMENT;
                };
                return PlatformUI.getWorkbench().getSharedImages().getImage(key);
            }
        });
        viewer.addSelectionChangedListener(event -> {
            if (!selecting && event.getSelection() instanceof IStructuredSelection selection
                    && selection.getFirstElement() instanceof OutlineNode node) {
                editor.selectAndReveal(node.nameOffset(), node.nameLength());
            }
        });
        document = BulwarkDocuments.document(editor);
        if (document != null) {
            document.addDocumentListener(listener);
        }
        refresh();
    }

    /** The tree, for tests that select in it as a user does. */
    @Override
    public TreeViewer getTreeViewer() {
        return super.getTreeViewer();
    }

    /** The nodes shown, for tests. */
    @SuppressWarnings("unchecked")
    public List<OutlineNode> getNodes() {
        Object input = getTreeViewer() == null ? null : getTreeViewer().getInput();
        return input == null ? List.of() : (List<OutlineNode>) input;
    }

    private void scheduleRefresh() {
        if (refreshScheduled) {
            return;
        }
        refreshScheduled = true;
        Display.getDefault().timerExec(500, () -> {
            refreshScheduled = false;
            refresh();
        });
    }

    public void refresh() {
        TreeViewer viewer = getTreeViewer();
        if (viewer == null || viewer.getControl().isDisposed() || document == null) {
            return;
        }
        HierarchicalDocumentSymbolService symbols = Activator.injector().getInstance(HierarchicalDocumentSymbolService.class);
        List<OutlineNode> nodes = BulwarkDocuments.compute(document, resource -> OutlineNode.of(resource, symbols));
        selecting = true;
        try {
            viewer.setInput(nodes == null ? List.of() : nodes);
            viewer.expandToLevel(2);
        } finally {
            selecting = false;
        }
    }

    @Override
    public void dispose() {
        if (document != null) {
            document.removeDocumentListener(listener);
            document = null;
        }
        super.dispose();
    }
}
