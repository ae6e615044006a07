package io.bulwark.ui.editor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import io.bulwark.model.bulwark.BulwarkPackage;

/**
 * What the text's names denote, which the lexical scanner cannot know: each declared name and each resolved
 * reference is classified by the kind of element it names (a radar, a battery, a force...), so that
 * {@code TPY2_Seongju} reads as a radar wherever it appears.
 */
public final class SemanticHighlights {

    /** The kinds of named element, each with its own colour in the editor. */
    public enum Kind { FORCE, RADAR, BATTERY, ASSET, RAID, REGION, AGREEMENT, CATALOG_TYPE }

    /** A highlighted range of the text; {@code declaration} marks the defining occurrence. */
    public record Highlight(int offset, int length, Kind kind, boolean declaration) {
    }

    private SemanticHighlights() {
    }

    /** The highlights of a parsed resource, in text order; unresolved references get none. */
    public static List<Highlight> calculate(XtextResource resource) {
        List<Highlight> highlights = new ArrayList<>();
        if (resource == null || resource.getContents().isEmpty()) {
            return highlights;
        }
        EStructuralFeature name = BulwarkPackage.Literals.NAMED__NAME;
        for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            EObject element = it.next();
            Kind own = kind(element);
            if (own != null && element.eClass().getEAllStructuralFeatures().contains(name)) {
                for (INode node : NodeModelUtils.findNodesForFeature(element, name)) {
                    highlights.add(new Highlight(node.getOffset(), node.getLength(), own, true));
                }
            }
            for (EReference reference : element.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer()) {
                    continue;
                }
                List<INode> nodes = NodeModelUtils.findNodesForFeature(element, reference);
                Object value = element.eGet(reference, false);
                List<?> targets = reference.isMany() ? (List<?>) value : Collections.singletonList(value);
                for (int i = 0; i < nodes.size() && i < targets.size(); i++) {
                    if (targets.get(i) instanceof EObject target && !target.eIsProxy()) {
                        Kind kind = kind(target);
                        if (kind != null) {
                            highlights.add(new Highlight(nodes.get(i).getOffset(), nodes.get(i).getLength(), kind, false));
                        }
                    }
                }
            }
        }
        highlights.sort(Comparator.comparingInt(Highlight::offset));
        return highlights;
    }

    private static Kind kind(EObject element) {
        BulwarkPackage p = BulwarkPackage.eINSTANCE;
        if (p.getCatalogType().isInstance(element)) {
            return Kind.CATALOG_TYPE;
        }
        if (p.getForce().isInstance(element)) {
            return Kind.FORCE;
        }
        if (p.getRadar().isInstance(element)) {
            return Kind.RADAR;
        }
        if (p.getBattery().isInstance(element)) {
            return Kind.BATTERY;
        }
        if (p.getAsset().isInstance(element)) {
            return Kind.ASSET;
        }
        if (p.getRaid().isInstance(element)) {
            return Kind.RAID;
        }
        if (p.getRegion().isInstance(element)) {
            return Kind.REGION;
        }
        if (p.getAgreement().isInstance(element)) {
            return Kind.AGREEMENT;
        }
        return null;
    }
}
