package io.bulwark.ui.editor;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerLifecycle;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;

/**
 * A reconciling strategy that recomputes from the whole document whatever region changed (the language is
 * parsed as a whole anyway): validation, folding and semantic highlighting share this lifecycle.
 */
abstract class WholeDocumentStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension, ITextViewerLifecycle {

    protected volatile ITextViewer viewer;
    protected volatile IDocument document;
    protected volatile IProgressMonitor monitor;

    /** Recomputes from the current document; runs on the reconciler's thread. */
    protected abstract void update();

    @Override
    public void install(ITextViewer textViewer) {
        viewer = textViewer;
    }

    @Override
    public void uninstall() {
        viewer = null;
    }

    @Override
    public void setDocument(IDocument document) {
        this.document = document;
    }

    @Override
    public void setProgressMonitor(IProgressMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public void initialReconcile() {
        update();
    }

    @Override
    public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
        update();
    }

    @Override
    public void reconcile(IRegion partition) {
        update();
    }
}
