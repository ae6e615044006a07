package io.bulwark.dsl.ide.symbols;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import io.bulwark.model.bulwark.BulwarkPackage;
import io.bulwark.model.bulwark.Force;
import io.bulwark.model.bulwark.Raid;

/**
 * The document symbols of a .bulwark file (the outline of the language server and of the Eclipse editor): every
 * named element by its qualified name (Xtext's default), with the kind of symbol it is and, as detail, what its
 * declaration says after the name ({@code : THAAD} for a battery, {@code : Scud_C x 4} for a raid, {@code (Japan)}
 * for a force).
 */
public final class BulwarkSymbols {

    private static final BulwarkPackage B = BulwarkPackage.eINSTANCE;

    private BulwarkSymbols() {
    }

    /** Packages and scenarios hold the rest; catalog types are classes; raids are events; the rest are objects. */
    public static class Kinds extends DocumentSymbolMapper.DocumentSymbolKindProvider {
        @Override
        protected SymbolKind getSymbolKind(EClass type) {
            if (type == null) {
                return SymbolKind.Property;
            }
            if (type == B.getModel()) {
                return SymbolKind.Package;
            }
            if (type == B.getScenario() || type == B.getStudy()) {
                return SymbolKind.Module;
            }
            if (B.getCatalogType().isSuperTypeOf(type)) {
                return SymbolKind.Class;
            }
            if (type == B.getRaid()) {
                return SymbolKind.Event;
            }
            return SymbolKind.Object;
        }
    }

    /** The type a deployment or raid names, as written (also while it does not resolve), and a force's nation. */
    public static class Details extends DocumentSymbolMapper.DocumentSymbolDetailsProvider {
        @Override
        public String getDetails(EObject object) {
            if (object instanceof Force force) {
                return force.getNation() == null ? "" : "(" + force.getNation() + ")";
            }
            for (EStructuralFeature type : List.of(B.getRadar_Type(), B.getBattery_Type(), B.getRaid_Missile())) {
                if (type.getEContainingClass().isInstance(object)) {
                    String written = written(object, type);
                    if (written.isEmpty()) {
                        return "";
                    }
                    return ": " + written + (object instanceof Raid raid && raid.getCount() > 1 ? " x " + raid.getCount() : "");
                }
            }
            return "";
        }

        private static String written(EObject object, EStructuralFeature feature) {
            List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
            return nodes.isEmpty() ? "" : NodeModelUtils.getTokenText(nodes.get(0));
        }
    }
}
