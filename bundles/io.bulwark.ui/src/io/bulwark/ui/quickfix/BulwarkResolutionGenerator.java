package io.bulwark.ui.quickfix;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import io.bulwark.dsl.fixes.QuickFixes;
import io.bulwark.model.bulwark.Model;
import io.bulwark.ui.Activator;
import io.bulwark.ui.builder.BulwarkMarkers;
import io.bulwark.ui.editor.BulwarkEditing.Replacement;

/**
 * Quick fixes of Bulwark markers, computed by the language's {@link QuickFixes} from the marker's code and data:
 * a unit, a close name for an unknown reference, an owner, and for BULWARK-COV-005 a data-sharing agreement.
 * Every fix replaces or inserts only the text it needs.
 */
public class BulwarkResolutionGenerator implements IMarkerResolutionGenerator2 {

    @Override
    public boolean hasResolutions(IMarker marker) {
        return QuickFixes.hasFixes(BulwarkMarkers.code(marker), BulwarkMarkers.data(marker));
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        int start = marker.getAttribute(IMarker.CHAR_START, -1);
        int end = marker.getAttribute(IMarker.CHAR_END, -1);
        String code = BulwarkMarkers.code(marker);
        List<String> data = BulwarkMarkers.data(marker);
        String text;
        try {
            text = FileEdits.text((IFile) marker.getResource());
        } catch (CoreException e) {
            Activator.log("Bulwark: cannot read " + marker.getResource().getFullPath(), e);
            return new IMarkerResolution[0];
        }
        List<IMarkerResolution> resolutions = new ArrayList<>();
        for (QuickFixes.Fix fix : QuickFixes.fixes(code, data, start, end, text, parse(text))) {
            // the edits are computed again on the text of the moment the user applies the fix
            resolutions.add(new Fix(fix.label(), fix.description(), document -> QuickFixes
                    .fixes(code, data, start, end, document.get(), parse(document.get())).stream()
                    .filter(f -> f.label().equals(fix.label())).findFirst()
                    .map(f -> f.edits().stream().map(e -> new Replacement(e.offset(), e.length(), e.text())).toList())
                    .orElse(List.of())));
        }
        return resolutions.toArray(IMarkerResolution[]::new);
    }

    private static Model parse(String text) {
        XtextResourceSet set = Activator.injector().getInstance(XtextResourceSet.class);
        Resource resource = set.createResource(URI.createURI("quickfix:/scratch.bulwark"));
        try {
            resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                    Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
        } catch (IOException e) {
            return null;
        }
        return resource.getContents().isEmpty() ? null : (Model) resource.getContents().get(0);
    }

    /** One quick fix: a label and the edits it makes on the marker's file. */
    private static final class Fix implements IMarkerResolution2 {
        private final String label;
        private final String description;
        private final Function<IDocument, List<Replacement>> edits;

        Fix(String label, String description, Function<IDocument, List<Replacement>> edits) {
            this.label = label;
            this.description = description;
            this.edits = edits;
        }

        @Override
        public String getLabel() {
            return label;
        }

        @Override
        public String getDescription() {
            return description;
        }

        @Override
        public Image getImage() {
            return null;
        }

        @Override
        public void run(IMarker marker) {
            if (!(marker.getResource() instanceof IFile file)) {
                return;
            }
            try {
                FileEdits.edit(file, edits);
            } catch (CoreException e) {
                Activator.log("Bulwark quick fix failed: " + label, e);
            }
        }
    }
}
