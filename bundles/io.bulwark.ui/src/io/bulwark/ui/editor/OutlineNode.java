package io.bulwark.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;

import io.bulwark.model.bulwark.Agreement;
import io.bulwark.model.bulwark.Asset;
import io.bulwark.model.bulwark.Battery;
import io.bulwark.model.bulwark.CatalogType;
import io.bulwark.model.bulwark.Force;
import io.bulwark.model.bulwark.InterceptorType;
import io.bulwark.model.bulwark.MissileType;
import io.bulwark.model.bulwark.Model;
import io.bulwark.model.bulwark.Radar;
import io.bulwark.model.bulwark.RadarType;
import io.bulwark.model.bulwark.Raid;
import io.bulwark.model.bulwark.Region;
import io.bulwark.model.bulwark.Scenario;
import io.bulwark.model.bulwark.ScenarioElement;

/** One entry of the outline: kind, name and the text regions of the element (whole and name). */
public record OutlineNode(String kind, String label, int offset, int length, int nameOffset, int nameLength, List<OutlineNode> children) {

    /** The outline of a file: package, types, then the scenario with its elements. */
    public static List<OutlineNode> of(XtextResource resource, ILocationInFileProvider locations) {
        List<OutlineNode> roots = new ArrayList<>();
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
            return roots;
        }
        if (model.getName() != null) {
            roots.add(node("package", model.getName(), model, locations, List.of()));
        }
        for (CatalogType type : model.getTypes()) {
            String kind = switch (type) {
                case InterceptorType i -> "interceptor";
                case RadarType r -> "radar type";
                case MissileType m -> "missile";
                default -> "type";
            };
            roots.add(node(kind, type.getName(), type, locations, List.of()));
        }
        Scenario scenario = model.getScenario();
        if (scenario != null) {
            List<OutlineNode> elements = new ArrayList<>();
            for (ScenarioElement element : scenario.getElements()) {
                elements.add(node(kind(element), label(element), element, locations, List.of()));
            }
            roots.add(node("scenario", scenario.getName(), scenario, locations, elements));
        }
        return roots;
    }

    private static String kind(ScenarioElement element) {
        return switch (element) {
            case Force f -> "force";
            case Agreement a -> "agreement";
            case Radar r -> "radar";
            case Battery b -> "battery";
            case Asset a -> "asset";
            case Region r -> "region";
            case Raid r -> "raid";
            default -> element.eClass().getName().toLowerCase();
        };
    }

    private static String label(ScenarioElement element) {
        String name = String.valueOf(element.getName());
        return switch (element) {
            case Radar r when r.getType() != null && !r.getType().eIsProxy() -> name + " : " + r.getType().getName();
            case Battery b when b.getType() != null && !b.getType().eIsProxy() -> name + " : " + b.getType().getName();
            case Raid r when r.getMissile() != null && !r.getMissile().eIsProxy() -> name + " : " + r.getMissile().getName()
                    + (r.getCount() > 1 ? " x " + r.getCount() : "");
            case Force f when f.getNation() != null -> name + " (" + f.getNation() + ")";
            default -> name;
        };
    }

    private static OutlineNode node(String kind, String label, EObject element, ILocationInFileProvider locations, List<OutlineNode> children) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
        int offset = node == null ? 0 : node.getOffset();
        int length = node == null ? 0 : node.getLength();
        ITextRegion name = locations.getSignificantTextRegion(element);
        return new OutlineNode(kind, label == null ? "" : label, offset, length, name == null ? offset : name.getOffset(),
                name == null ? 0 : name.getLength(), children);
    }
}
