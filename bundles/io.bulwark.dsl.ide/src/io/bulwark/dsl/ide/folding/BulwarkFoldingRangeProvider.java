package io.bulwark.dsl.ide.folding;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.ide.editor.folding.DefaultFoldingRangeProvider;
import org.eclipse.xtext.ide.editor.folding.FoldingRangeKind;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeAcceptor;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Folding of every element that spans lines and of block comments (Xtext's default), plus runs of three or more
 * line comments that each start their line, such as a scenario's header: a .bulwark file documents itself with
 * {@code //} lines more than with block comments.
 */
public class BulwarkFoldingRangeProvider extends DefaultFoldingRangeProvider {

    private static final int MIN_COMMENT_RUN = 3;

    @Override
    protected void computeCommentFolding(XtextResource resource, IFoldingRangeAcceptor acceptor) {
        super.computeCommentFolding(resource, acceptor);
        if (resource.getParseResult() == null || resource.getParseResult().getRootNode() == null) {
            return;
        }
        String text = resource.getParseResult().getRootNode().getText();
        int runStart = -1;
        int runEnd = -1;
        int runLines = 0;
        for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
            if (isRule(leaf.getGrammarElement(), "WS")) {
                continue; // the line breaks and indentation between the comments of a run
            }
            if (!isRule(leaf.getGrammarElement(), "SL_COMMENT") || !startsItsLine(text, leaf.getOffset())) {
                acceptRun(acceptor, runStart, runEnd, runLines);
                runStart = -1;
                runLines = 0;
                continue;
            }
            int end = withoutLineBreak(text, leaf.getOffset(), leaf.getEndOffset());
            if (runStart >= 0 && text.substring(runEnd, leaf.getOffset()).chars().filter(c -> c == '\n').count() <= 1) {
                runLines++;
            } else {
                acceptRun(acceptor, runStart, runEnd, runLines);
                runStart = leaf.getOffset();
                runLines = 1;
            }
            runEnd = end;
        }
        acceptRun(acceptor, runStart, runEnd, runLines);
    }

    private static void acceptRun(IFoldingRangeAcceptor acceptor, int start, int end, int lines) {
        if (start >= 0 && lines >= MIN_COMMENT_RUN) {
            acceptor.accept(start, end - start, FoldingRangeKind.COMMENT);
        }
    }

    private static boolean isRule(EObject grammarElement, String name) {
        return grammarElement instanceof TerminalRule rule && name.equals(rule.getName());
    }

    private static boolean startsItsLine(String text, int offset) {
        for (int i = offset - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A line comment's token takes its line break: the comment ends before it. */
    private static int withoutLineBreak(String text, int start, int end) {
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }
}
