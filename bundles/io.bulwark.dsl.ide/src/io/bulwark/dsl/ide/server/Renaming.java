package io.bulwark.dsl.ide.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import io.bulwark.dsl.ide.highlighting.BulwarkHighlightingStyles;
import io.bulwark.model.bulwark.BulwarkPackage;
import io.bulwark.model.bulwark.Import;
import io.bulwark.model.bulwark.Named;

/**
 * What a rename may touch and which new names it refuses (a language service: the server finds the uses). The
 * renamable names are those of the elements the highlighting classifies (scenario elements and catalog types); a new
 * name must be a name of the language (a keyword only with its escape {@code ^}) and must not be taken by another
 * element of the same scenario, or of the same package for a catalog type.
 */
@Singleton
public class Renaming {

    @Inject
    private EObjectAtOffsetHelper elements;

    @Inject
    private IQualifiedNameProvider qualifiedNames;

    @Inject
    private IGrammarAccess grammar;

    private volatile Set<String> keywords;

    /** A renamable element and the range of its name under the cursor (the last segment of a qualified reference). */
    public record Target(Named element, ITextRegion name) {
    }

    /** The element whose name (declared or referred to) is at the offset, or null when there is none to rename. */
    public Target targetAt(XtextResource resource, int offset) {
        INode node = declaredName(resource, offset);
        EObject element = node != null ? node.getSemanticElement() : null;
        if (node == null) {
            node = elements.getCrossReferenceNode(resource, new TextRegion(offset, 0));
            element = node == null ? null : elements.getCrossReferencedElement(node);
        }
        if (!(element instanceof Named named) || named.eIsProxy() || named.getName() == null
                || BulwarkHighlightingStyles.kindOf(named) == null) {
            return null;
        }
        // the identifier under the cursor: a qualified reference renames its last segment
        ILeafNode last = lastLeaf(node);
        return last == null ? null : new Target(named, new TextRegion(last.getOffset(), last.getLength()));
    }

    /** The node of a declared name that holds the offset (its end included, where a cursor after the name stands). */
    private static INode declaredName(XtextResource resource, int offset) {
        ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
        if (leaf != null && (leaf.isHidden() || leaf.getOffset() == offset) && offset > 0) {
            ILeafNode before = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset - 1);
            leaf = before != null && !before.isHidden() ? before : leaf;
        }
        if (leaf == null || leaf.isHidden()) {
            return null;
        }
        Assignment assignment = GrammarUtil.containingAssignment(leaf.getGrammarElement());
        return assignment != null && "name".equals(assignment.getFeature()) ? leaf : null;
    }

    /** Why the element cannot be renamed to the name, or null when it can. */
    public String refusal(Named element, String newName, IResourceDescriptions index, ResourceSet resources) {
        String prefix = "Cannot rename " + word(element) + " " + element.getName() + " to " + newName + ": ";
        String bare = newName.startsWith("^") ? newName.substring(1) : newName;
        if (!bare.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            return prefix + "a name is letters, digits and '_', not starting with a digit.";
        }
        if (!newName.startsWith("^") && keywords().contains(bare)) {
            return prefix + "'" + bare + "' is a keyword of the language (write ^" + bare + " to use it as a name).";
        }
        QualifiedName name = qualifiedNames.getFullyQualifiedName(element);
        if (name == null || bare.equals(element.getName())) {
            return null;
        }
        QualifiedName renamed = name.skipLast(1).append(bare);
        for (IEObjectDescription other : index.getExportedObjects(EcorePackage.Literals.EOBJECT, renamed, false)) {
            EObject taken = resources.getEObject(other.getEObjectURI(), true);
            if (taken != null && taken != element) {
                return prefix + owner(element) + " already has " + article(word(taken)) + " " + bare + " (" + where(taken) + ").";
            }
        }
        return null;
    }

    /** The element's qualified name as an import writes it ({@code cat.Upper}), or null. */
    public String importedName(Named element) {
        QualifiedName name = qualifiedNames.getFullyQualifiedName(element);
        return name == null ? null : name.toString();
    }

    /** The last segment of each import of the qualified name in the resource ({@code Upper} of {@code import cat.Upper}). */
    public List<ITextRegion> importsOf(String importedName, XtextResource resource) {
        List<ITextRegion> regions = new ArrayList<>();
        for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            if (it.next() instanceof Import anImport && importedName.equals(anImport.getImportedNamespace())) {
                for (INode node : NodeModelUtils.findNodesForFeature(anImport, BulwarkPackage.Literals.IMPORT__IMPORTED_NAMESPACE)) {
                    ILeafNode last = lastLeaf(node);
                    if (last != null) {
                        regions.add(new TextRegion(last.getOffset(), last.getLength()));
                    }
                }
            }
        }
        return regions;
    }

    private static ILeafNode lastLeaf(INode node) {
        ILeafNode last = null;
        for (ILeafNode leaf : node.getLeafNodes()) {
            if (!leaf.isHidden()) {
                last = leaf;
            }
        }
        return last;
    }

    /** "scenario Alpha" or "package cat": what holds the element's name. */
    private String owner(Named element) {
        EObject container = element.eContainer();
        while (container != null && !(container instanceof Named)) {
            container = container.eContainer();
        }
        if (container instanceof Named holder) {
            return word(holder) + " " + holder.getName();
        }
        QualifiedName name = qualifiedNames.getFullyQualifiedName(element);
        return name != null && name.getSegmentCount() > 1 ? "package " + name.skipLast(1) : "the workspace";
    }

    /** "cat.bulwark, line 2": where the element that has the name is declared. */
    private static String where(EObject taken) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(taken);
        String file = URI.decode(taken.eResource().getURI().lastSegment());
        return node == null ? file : file + ", line " + node.getStartLine();
    }

    /** The keyword the element's declaration starts with ("radar", "interceptor", "alliance"): the file's own word for it. */
    private static String word(EObject element) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
        if (node != null) {
            for (ILeafNode leaf : node.getLeafNodes()) {
                if (!leaf.isHidden()) {
                    return leaf.getGrammarElement() instanceof Keyword keyword ? keyword.getValue() : element.eClass().getName().toLowerCase();
                }
            }
        }
        return element.eClass().getName().toLowerCase();
    }

    private static String article(String word) {
        return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }

    private Set<String> keywords() {
        Set<String> result = keywords;
        if (result == null) {
            result = new TreeSet<>(GrammarUtil.getAllKeywords(grammar.getGrammar()));
            keywords = result;
        }
        return result;
    }
}
