package io.bulwark.dsl.ide.highlighting;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

import io.bulwark.dsl.services.BulwarkGrammarAccess;

/**
 * Classifies the text of a .bulwark file from its node model, for the editor and for the language server's semantic
 * tokens alike: word keywords, comments, strings, numbers, units and hemispheres (an identifier is a unit only right
 * after a number, which the parser knows), and every declared name and resolved reference by the kind of element it
 * names ({@link BulwarkHighlightingStyles}). An unresolved reference gets no kind. Positions come in text order and do
 * not overlap.
 */
public class BulwarkSemanticHighlightingCalculator implements ISemanticHighlightingCalculator {

    @Inject
    private BulwarkGrammarAccess grammar;

    @Inject
    private EObjectAtOffsetHelper references;

    @Override
    public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor, CancelIndicator cancelIndicator) {
        if (resource == null || resource.getParseResult() == null || resource.getParseResult().getRootNode() == null) {
            return;
        }
        TreeIterator<INode> nodes = resource.getParseResult().getRootNode().getAsTreeIterable().iterator();
        while (nodes.hasNext()) {
            if (cancelIndicator != null && cancelIndicator.isCanceled()) {
                return;
            }
            INode node = nodes.next();
            EObject element = node.getGrammarElement();
            if (element instanceof CrossReference) {
                EObject target = references.getCrossReferencedElement(node);
                String kind = target == null || target.eIsProxy() ? null : BulwarkHighlightingStyles.kindOf(target);
                if (kind != null) {
                    add(acceptor, node, kind);
                }
                nodes.prune();
            } else if (element instanceof RuleCall call && call.getRule() instanceof EnumRule || element instanceof EnumLiteralDeclaration) {
                add(acceptor, node, BulwarkHighlightingStyles.KEYWORD); // shoot-look-shoot, worst-negation...
                nodes.prune();
            } else if (isCallOf(element, grammar.getDecimalRule())) {
                add(acceptor, node, BulwarkHighlightingStyles.NUMBER);
                nodes.prune();
            } else if (isCallOf(element, grammar.getUnitRule())) {
                add(acceptor, node, BulwarkHighlightingStyles.UNIT);
                nodes.prune();
            } else if (node instanceof ILeafNode leaf) {
                leaf(leaf, element, acceptor);
            }
        }
    }

    private void leaf(ILeafNode leaf, EObject element, IHighlightedPositionAcceptor acceptor) {
        if (leaf.isHidden()) {
            if (element instanceof AbstractRule terminal && (same(terminal, grammar.getML_COMMENTRule()) || same(terminal, grammar.getSL_COMMENTRule()))) {
                // a line comment's token takes its line break: the comment ends before it
                String text = leaf.getText();
                int length = text.length();
                while (length > 0 && (text.charAt(length - 1) == '\n' || text.charAt(length - 1) == '\r')) {
                    length--;
                }
                if (length > 0) {
                    acceptor.addPosition(leaf.getOffset(), length, BulwarkHighlightingStyles.COMMENT);
                }
            }
            return;
        }
        if (element instanceof Keyword keyword) {
            String value = keyword.getValue();
            if (!value.isEmpty() && (Character.isLetter(value.charAt(0)) || "T+".equals(value))) {
                add(acceptor, leaf, BulwarkHighlightingStyles.KEYWORD);
            }
            return;
        }
        AbstractRule rule = element instanceof RuleCall call ? call.getRule() : null;
        AbstractRule containingRule = element == null ? null : GrammarUtil.containingRule(element);
        if (same(rule, grammar.getSTRINGRule())) {
            add(acceptor, leaf, BulwarkHighlightingStyles.STRING);
        } else if (same(containingRule, grammar.getDecimalRule()) || same(rule, grammar.getINTRule())) {
            add(acceptor, leaf, BulwarkHighlightingStyles.NUMBER); // a number of one token may be a leaf of its own
        } else if (same(containingRule, grammar.getUnitRule()) || isAssignedTo(element, "hemisphere")) {
            add(acceptor, leaf, BulwarkHighlightingStyles.UNIT);
        } else if (isAssignedTo(element, "name")) {
            String kind = BulwarkHighlightingStyles.kindOf(leaf.getSemanticElement());
            if (kind != null) {
                add(acceptor, leaf, kind, BulwarkHighlightingStyles.DECLARATION);
            }
        }
    }

    private static boolean isCallOf(EObject grammarElement, AbstractRule rule) {
        return grammarElement instanceof RuleCall call && same(call.getRule(), rule);
    }

    /**
     * Rules compared by name: a resource parsed by another instance of the language (another injector in the same
     * JVM) has grammar elements of its own copy of the grammar.
     */
    private static boolean same(AbstractRule rule, AbstractRule expected) {
        return rule != null && rule.getName().equals(expected.getName());
    }

    private static boolean isAssignedTo(EObject grammarElement, String feature) {
        Assignment assignment = GrammarUtil.containingAssignment(grammarElement);
        return assignment != null && feature.equals(assignment.getFeature());
    }

    private static void add(IHighlightedPositionAcceptor acceptor, INode node, String... styles) {
        if (node.getLength() > 0) {
            acceptor.addPosition(node.getOffset(), node.getLength(), styles);
        }
    }
}
