package io.bulwark.ui.quickfix;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import io.bulwark.dsl.validation.IssueCodes;
import io.bulwark.model.bulwark.Agreement;
import io.bulwark.model.bulwark.Force;
import io.bulwark.model.bulwark.Model;
import io.bulwark.model.bulwark.ScenarioElement;
import io.bulwark.ui.Activator;
import io.bulwark.ui.builder.BulwarkMarkers;
import io.bulwark.ui.editor.BulwarkEditing.Replacement;

/**
 * Quick fixes of Bulwark markers, computed from the marker's code and data: a unit (one per valid unit), a close
 * name for an unknown reference, an owner (one per force), and for BULWARK-COV-005 a data-sharing agreement.
 * Every fix replaces or inserts only the text it needs.
 */
public class BulwarkResolutionGenerator implements IMarkerResolutionGenerator2 {

    /** The coverage finding "force pair without a data-sharing path" (data: fromForce, toForce). */
    public static final String MISSING_SHARING_PATH = "BULWARK-COV-005";

    private static final Set<String> CODES = Set.of(IssueCodes.MISSING_UNIT, IssueCodes.WRONG_UNIT, IssueCodes.UNKNOWN_REFERENCE,
            IssueCodes.MISSING_OWNER, MISSING_SHARING_PATH);

    @Override
    public boolean hasResolutions(IMarker marker) {
        return CODES.contains(BulwarkMarkers.code(marker)) && (!BulwarkMarkers.data(marker).isEmpty());
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        List<IMarkerResolution> resolutions = new ArrayList<>();
        int start = marker.getAttribute(IMarker.CHAR_START, -1);
        int end = marker.getAttribute(IMarker.CHAR_END, -1);
        if (start < 0 || end < start) {
            return new IMarkerResolution[0];
        }
        List<String> data = BulwarkMarkers.data(marker);
        switch (BulwarkMarkers.code(marker)) {
            case IssueCodes.MISSING_UNIT -> data.forEach(unit -> resolutions.add(new Fix("Add unit '" + unit + "'",
                    "Writes " + unit + " after the number.", doc -> List.of(new Replacement(end, 0, " " + unit)))));
            case IssueCodes.WRONG_UNIT -> data.forEach(unit -> resolutions.add(new Fix("Change unit to '" + unit + "'",
                    "Replaces the unit by " + unit + ".", doc -> List.of(new Replacement(start, end - start, unit)))));
            case IssueCodes.UNKNOWN_REFERENCE -> data.forEach(name -> resolutions.add(new Fix("Change to '" + name + "'",
                    "Replaces the unknown name by " + name + ".", doc -> List.of(new Replacement(start, end - start, name)))));
            case IssueCodes.MISSING_OWNER -> data.forEach(force -> resolutions.add(new Fix("Add owner " + force,
                    "Adds 'owner " + force + "' as the first clause of the block.", doc -> addOwner(doc, end, force))));
            case MISSING_SHARING_PATH -> {
                String from = BulwarkMarkers.dataValue(marker, "fromForce");
                String to = BulwarkMarkers.dataValue(marker, "toForce");
                if (from != null && to != null) {
                    resolutions.add(new Fix("Add agreement " + from + " -> " + to,
                            "Declares a one-way data-sharing agreement from " + from + " to " + to
                                    + " after the scenario's agreements (set its latency).",
                            doc -> addAgreement(doc, from, to)));
                }
            }
            default -> {
            }
        }
        return resolutions.toArray(IMarkerResolution[]::new);
    }

    /**
     * "owner FORCE" as the first clause of the block: on its own line after the line of the '{' when the rest of that
     * line is empty or a comment (which stays where it is), else right after the '{'.
     */
    static List<Replacement> addOwner(IDocument document, int afterName, String force) {
        String text = document.get();
        int brace = text.indexOf('{', afterName);
        if (brace < 0) {
            return List.of();
        }
        try {
            int line = document.getLineOfOffset(brace);
            int lineOffset = document.getLineOffset(line);
            String lineText = document.get(lineOffset, document.getLineLength(line)).replaceAll("[\\r\\n]+$", "");
            String rest = lineText.substring(brace - lineOffset + 1).strip();
            if (rest.isEmpty() || rest.startsWith("//")) {
                String indent = lineText.substring(0, lineText.length() - lineText.stripLeading().length());
                return List.of(new Replacement(lineOffset + lineText.length(), 0, "\n" + indent + "    owner " + force));
            }
            return List.of(new Replacement(brace + 1, 0, " owner " + force));
        } catch (BadLocationException e) {
            return List.of();
        }
    }

    /** A new line "agreement FROM_to_TO { FROM -> TO }" after the last agreement, else after the last force. */
    static List<Replacement> addAgreement(IDocument document, String from, String to) {
        String text = document.get();
        Model model = parse(text);
        if (model == null || model.getScenario() == null) {
            return List.of();
        }
        EObject anchor = null;
        Set<String> names = new java.util.HashSet<>();
        for (ScenarioElement element : model.getScenario().getElements()) {
            names.add(element.getName());
            if (element instanceof Agreement) {
                anchor = element;
            }
        }
        if (anchor == null) {
            for (ScenarioElement element : model.getScenario().getElements()) {
                if (element instanceof Force) {
                    anchor = element;
                }
            }
        }
        String name = from + "_to_" + to;
        for (int i = 2; names.contains(name); i++) {
            name = from + "_to_" + to + "_" + i;
        }
        String declaration = "agreement " + name + " { " + from + " -> " + to + " }";
        if (anchor == null) {
            ICompositeNode scenarioNode = NodeModelUtils.findActualNodeFor(model.getScenario());
            int at = endOfLine(text, scenarioNode == null ? text.length() : scenarioNode.getOffset());
            return List.of(new Replacement(at, 0, "\n" + declaration));
        }
        ICompositeNode node = NodeModelUtils.findActualNodeFor(anchor);
        int at = endOfLine(text, node.getEndOffset());
        return List.of(new Replacement(at, 0, "\n" + declaration));
    }

    private static int endOfLine(String text, int offset) {
        int end = text.indexOf('\n', offset);
        return end < 0 ? text.length() : end;
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
