package io.bulwark.dsl.formatting2;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.UnorderedGroup;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;

import com.google.inject.Injector;

import io.bulwark.model.bulwark.GeoPoint;
import io.bulwark.model.bulwark.Link;
import io.bulwark.model.bulwark.Model;
import io.bulwark.model.bulwark.Region;
import io.bulwark.model.bulwark.Scenario;

/**
 * The Bulwark formatter: normalizes the whitespace between tokens and leaves every token and comment as
 * written. Rules, applied to each run of whitespace:
 * <ul>
 * <li>a line's indentation is four spaces per open brace (one less on a line that starts with the closing
 * brace), comments included; trailing spaces go; at most one blank line in a row; one newline at the end;</li>
 * <li>a block written over several lines has its braces on their own lines and one member per line (a clause,
 * an agreement link, a region vertex); a block written on one line stays on one line, with a space inside each
 * brace;</li>
 * <li>each import, catalog type and scenario element starts on a line of its own;</li>
 * <li>within a line tokens are one space apart, none before a comma and none inside qualified names and
 * {@code T+30}; runs of spaces that align columns stay: after an element's name and before a comment;</li>
 * <li>a comment that ends a line stays on that line, even after an opening brace.</li>
 * </ul>
 * Only whitespace changes, so formatting keeps the model and is idempotent.
 */
public class BulwarkFormatter implements IFormatter2 {

    private static final String INDENT = "    ";

    /** A token (keyword, name, number, comment) with the whitespace that precedes it. */
    private record Token(ILeafNode leaf, String text, int whitespaceOffset, String whitespace) {
        boolean isComment() {
            return leaf.isHidden();
        }

        boolean isLineComment() {
            return isComment() && text.startsWith("//");
        }
    }

    /** The resource's text formatted: the formatter's replacements applied (they change whitespace only). */
    public static String formattedText(Injector injector, XtextResource resource) {
        FormatterRequest request = injector.getInstance(FormatterRequest.class);
        request.setTextRegionAccess(injector.getInstance(TextRegionAccessBuilder.class).forNodeModel(resource).create());
        request.setAllowIdentityEdits(false);
        List<ITextReplacement> replacements = new ArrayList<>(injector.getInstance(IFormatter2.class).format(request));
        replacements.sort(Comparator.comparingInt(ITextReplacement::getOffset).reversed());
        StringBuilder text = new StringBuilder(resource.getParseResult().getRootNode().getText());
        for (ITextReplacement replacement : replacements) {
            text.replace(replacement.getOffset(), replacement.getEndOffset(), replacement.getReplacementText());
        }
        return text.toString();
    }

    @Override
    public List<ITextReplacement> format(FormatterRequest request) {
        ITextRegionAccess access = request.getTextRegionAccess();
        if (access == null || access.hasSyntaxError() || !(access.getResource() instanceof XtextResource resource)
                || resource.getParseResult() == null) {
            return List.of();
        }
        String document = resource.getParseResult().getRootNode().getText();
        String newline = document.contains("\r\n") ? "\r\n" : "\n";
        List<Token> tokens = tokens(resource.getParseResult().getRootNode());
        Set<ILeafNode> multiLineBraces = multiLineBraces(tokens);
        Set<ILeafNode> elementStarts = elementStarts(resource);
        Set<ILeafNode> memberStarts = memberStarts(resource, tokens);
        List<ITextReplacement> replacements = new ArrayList<>();
        Deque<ILeafNode> openBraces = new ArrayDeque<>();
        Token previous = null;
        for (Token token : tokens) {
            int depth = isKeyword(token, "}") ? Math.max(0, openBraces.size() - 1) : openBraces.size();
            boolean lineStart = elementStarts.contains(token.leaf())
                    || memberStarts.contains(token.leaf()) && multiLineBraces.contains(openBraces.peek());
            String wanted = whitespace(previous, token, depth, newline, multiLineBraces, lineStart);
            if (wanted != null && !wanted.equals(token.whitespace())) {
                replacements.add(access.getRewriter().createReplacement(token.whitespaceOffset(), token.whitespace().length(), wanted));
            }
            if (isKeyword(token, "{")) {
                openBraces.push(token.leaf());
            } else if (isKeyword(token, "}") && !openBraces.isEmpty()) {
                openBraces.pop();
            }
            previous = token;
        }
        String tail = document.substring(previous == null ? 0 : previous.leaf().getEndOffset());
        if (previous != null) {
            String wantedTail = previous.isLineComment() && previous.text().endsWith("\n") ? "" : newline;
            if (!tail.equals(wantedTail)) {
                replacements.add(access.getRewriter().createReplacement(previous.leaf().getEndOffset(), tail.length(), wantedTail));
            }
        }
        return inRequestedRegions(replacements, request);
    }

    /** The whitespace wanted before {@code token}, or null to keep what is there. */
    private static String whitespace(Token previous, Token token, int depth, String newline, Set<ILeafNode> multiLineBraces,
            boolean lineStart) {
        String current = token.whitespace();
        if (previous == null) {
            return null; // whatever precedes the file's first token stays
        }
        if (current.isEmpty() && (joins(previous) || joins(token)) || sameDatatypeValue(previous.leaf(), token.leaf())) {
            return null; // inside a number, unit or qualified name: no whitespace is possible there
        }
        int breaks = count(current, '\n');
        boolean lineEnded = previous.isLineComment() && previous.text().endsWith("\n");
        boolean breakNeeded = lineStart
                || isKeyword(previous, "{") && multiLineBraces.contains(previous.leaf())
                || isKeyword(token, "}") && multiLineBraces.contains(token.leaf());
        if (lineEnded) {
            return newline.repeat(Math.min(breaks, 1)) + INDENT.repeat(depth); // at most one blank line after the comment
        }
        if (token.isComment() && breaks == 0) {
            // a trailing comment (after a brace too) stays on the line it comments, at its column
            return current.isEmpty() || current.indexOf('\t') >= 0 ? " " : null;
        }
        if (breaks > 0 || breakNeeded) {
            return newline.repeat(Math.max(1, Math.min(breaks, 2))) + INDENT.repeat(depth);
        }
        if (isKeyword(token, ",") || isKeyword(previous, "T+")) {
            return "";
        }
        if (current.isEmpty() || current.indexOf('\t') >= 0) {
            return " ";
        }
        return isElementName(previous.leaf()) ? null : " "; // a column aligned after a name stays
    }

    /** The punctuation inside numbers (-36.5), units (km/s) and qualified names (catalog.*). */
    private static boolean joins(Token token) {
        return isKeyword(token, ".") || isKeyword(token, "-") || isKeyword(token, "/") || isKeyword(token, ".*");
    }

    /** Whether two adjacent leaves belong to one value of a datatype rule (Decimal, Unit, QualifiedName). */
    private static boolean sameDatatypeValue(ILeafNode a, ILeafNode b) {
        INode valueOfA = datatypeValue(a);
        return valueOfA != null && valueOfA == datatypeValue(b);
    }

    /** The outermost node around the leaf that is a call of a datatype rule, or null. */
    private static INode datatypeValue(ILeafNode leaf) {
        INode value = null;
        for (INode node = leaf.getParent(); node != null; node = node.getParent()) {
            if (node.getGrammarElement() instanceof RuleCall call && call.getRule() instanceof ParserRule rule
                    && GrammarUtil.isDatatypeRule(rule)) {
                value = node;
            } else if (value != null) {
                break;
            }
        }
        return value;
    }

    /** Tokens and comments in text order, each with the whitespace before it. */
    private static List<Token> tokens(INode root) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder whitespace = new StringBuilder();
        int whitespaceOffset = 0;
        for (ILeafNode leaf : root.getLeafNodes()) {
            boolean blank = leaf.getText().isBlank();
            if (leaf.isHidden() && blank) {
                if (whitespace.length() == 0) {
                    whitespaceOffset = leaf.getOffset();
                }
                whitespace.append(leaf.getText());
                continue;
            }
            if (leaf.getLength() == 0) {
                continue;
            }
            int offset = whitespace.length() == 0 ? leaf.getOffset() : whitespaceOffset;
            tokens.add(new Token(leaf, leaf.getText(), offset, whitespace.toString()));
            whitespace.setLength(0);
        }
        return tokens;
    }

    /** The braces of blocks written over more than one line. */
    private static Set<ILeafNode> multiLineBraces(List<Token> tokens) {
        Set<ILeafNode> braces = new HashSet<>();
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (isKeyword(tokens.get(i), "{")) {
                open.push(i);
            } else if (isKeyword(tokens.get(i), "}") && !open.isEmpty()) {
                int start = open.pop();
                boolean multiLine = false;
                for (int j = start + 1; j <= i && !multiLine; j++) {
                    multiLine = tokens.get(j).whitespace().indexOf('\n') >= 0 || tokens.get(j - 1).isLineComment();
                }
                if (multiLine) {
                    braces.add(tokens.get(start).leaf());
                    braces.add(tokens.get(i).leaf());
                }
            }
        }
        return braces;
    }

    /** The first token of each import, catalog type and scenario element, and of the scenario itself. */
    private static Set<ILeafNode> elementStarts(XtextResource resource) {
        Set<ILeafNode> starts = new HashSet<>();
        for (EObject root : resource.getContents()) {
            if (root instanceof Model model) {
                List<EObject> elements = new ArrayList<>(model.getImports());
                elements.addAll(model.getTypes());
                if (model.getScenario() != null) {
                    elements.add(model.getScenario());
                    elements.addAll(model.getScenario().getImports());
                    elements.addAll(model.getScenario().getElements());
                }
                for (EObject element : elements) {
                    firstToken(element, starts);
                }
            }
        }
        return starts;
    }

    /**
     * The first token of each member of a block: a clause (the keyword that opens a group of an unordered group, such
     * as {@code range} or {@code cued}), an agreement link, a region vertex.
     */
    private static Set<ILeafNode> memberStarts(XtextResource resource, List<Token> tokens) {
        Set<ILeafNode> starts = new HashSet<>();
        for (Token token : tokens) {
            if (token.leaf().getGrammarElement() instanceof Keyword keyword && keyword.eContainer() instanceof Group group
                    && group.eContainer() instanceof UnorderedGroup && group.getElements().get(0) == keyword) {
                starts.add(token.leaf());
            }
        }
        for (Iterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            EObject element = it.next();
            if (element instanceof Link || element instanceof GeoPoint && element.eContainer() instanceof Region) {
                firstToken(element, starts);
            }
        }
        return starts;
    }

    /** Adds the element's first token (not whitespace or a comment) to {@code leaves}. */
    private static void firstToken(EObject element, Set<ILeafNode> leaves) {
        INode node = NodeModelUtils.findActualNodeFor(element);
        if (node != null) {
            for (ILeafNode leaf : node.getLeafNodes()) {
                if (!leaf.isHidden()) {
                    leaves.add(leaf);
                    return;
                }
            }
        }
    }

    /** The name of a top-level element (a scenario element, a catalog type): columns after it may be aligned. */
    private static boolean isElementName(ILeafNode leaf) {
        Assignment assignment = GrammarUtil.containingAssignment(leaf.getGrammarElement());
        if (assignment == null || !"name".equals(assignment.getFeature())) {
            return false;
        }
        EObject container = leaf.getSemanticElement() == null ? null : leaf.getSemanticElement().eContainer();
        return container instanceof Model || container instanceof Scenario;
    }

    private static boolean isKeyword(Token token, String keyword) {
        return token != null && token.leaf().getGrammarElement() instanceof Keyword k && k.getValue().equals(keyword);
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** Only the replacements inside the regions the request names (all of them when it names none). */
    private static List<ITextReplacement> inRequestedRegions(List<ITextReplacement> replacements, FormatterRequest request) {
        List<ITextRegion> regions = new ArrayList<>(request.getRegions());
        if (regions.isEmpty()) {
            return replacements;
        }
        return replacements.stream().filter(r -> regions.stream()
                .anyMatch(region -> r.getOffset() >= region.getOffset() && r.getEndOffset() <= region.getOffset() + region.getLength()))
                .toList();
    }
}
