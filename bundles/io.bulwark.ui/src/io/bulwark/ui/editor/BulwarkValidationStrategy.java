package io.bulwark.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import io.bulwark.dsl.validation.Acceptances;

/**
 * Validation while typing: when the document has unsaved changes, its issues (syntax, units, references and
 * coverage findings) are shown as annotations; once saved, the builder's markers take over.
 */
public class BulwarkValidationStrategy extends WholeDocumentStrategy {

    private static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
    private static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";
    private static final String INFO = "org.eclipse.ui.workbench.texteditor.info";
    /** Greyed: a finding a bulwark:accept comment accepts (the marker's annotation, plugin.xml). */
    private static final String ACCEPTED = "io.bulwark.ui.acceptedAnnotation";

    private final List<Annotation> shown = new ArrayList<>();

    @Override
    protected void update() {
        IDocument doc = document;
        if (!(viewer instanceof ISourceViewer sourceViewer) || doc == null || sourceViewer.getAnnotationModel() == null) {
            return;
        }
        ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(doc);
        List<Issue> issues = List.of();
        Map<Issue, String> accepted = Map.of();
        if (buffer != null && buffer.isDirty()) {
            IProgressMonitor progress = monitor;
            CancelIndicator cancel = () -> progress != null && progress.isCanceled();
            Acceptances.Result found = BulwarkDocuments.compute(doc, resource -> Acceptances.apply(resource,
                    resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL, cancel)));
            issues = found == null ? List.of() : found.issues();
            accepted = found == null ? Map.of() : found.accepted();
        }
        Map<Annotation, Position> added = new HashMap<>();
        for (Issue issue : issues) {
            if (issue.getOffset() == null || issue.getLength() == null) {
                continue;
            }
            String type = accepted.containsKey(issue) ? ACCEPTED : switch (issue.getSeverity()) {
                case ERROR -> ERROR;
                case WARNING -> WARNING;
                default -> INFO;
            };
            String code = issue.getCode() != null && issue.getCode().startsWith("BULWARK-") ? "[" + issue.getCode() + "] " : "";
            String reason = accepted.containsKey(issue) ? " (accepted: " + accepted.get(issue) + ")" : "";
            added.put(new Annotation(type, false, code + issue.getMessage() + reason), new Position(issue.getOffset(), issue.getLength()));
        }
        IAnnotationModel model = sourceViewer.getAnnotationModel();
        synchronized (shown) {
            if (shown.isEmpty() && added.isEmpty()) {
                return;
            }
            if (model instanceof IAnnotationModelExtension extension) {
                extension.replaceAnnotations(shown.toArray(Annotation[]::new), added);
            } else {
                for (Iterator<Annotation> it = shown.iterator(); it.hasNext();) {
                    model.removeAnnotation(it.next());
                }
                added.forEach(model::addAnnotation);
            }
            shown.clear();
            shown.addAll(added.keySet());
        }
    }
}
