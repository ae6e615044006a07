package io.bulwark.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.util.CancelIndicator;

import io.bulwark.model.units.Dimension;
import io.bulwark.ui.Activator;

/**
 * Content assist through the Xtext ide {@link ContentAssistService} (keywords, and cross-references across
 * the project's files), plus the units a number may take where it stands and the hemisphere letters of a
 * coordinate, which the grammar leaves to the validator (they are plain identifiers in the syntax).
 */
public class BulwarkContentAssistProcessor implements IContentAssistProcessor {

    /** The clause keyword before a number decides its dimension (see the grammar's rules). */
    private static final Map<String, Dimension> DIMENSION_AFTER = Map.ofEntries(
            Map.entry("range", Dimension.LENGTH), Map.entry("altitude", Dimension.LENGTH), Map.entry("reach", Dimension.LENGTH),
            Map.entry("detects", Dimension.LENGTH), Map.entry("apogee", Dimension.LENGTH),
            Map.entry("speed", Dimension.SPEED),
            Map.entry("reaction", Dimension.TIME), Map.entry("track", Dimension.TIME), Map.entry("latency", Dimension.TIME),
            Map.entry("assess", Dimension.TIME), Map.entry("T+", Dimension.TIME),
            Map.entry("rcs", Dimension.RADAR_CROSS_SECTION),
            Map.entry("sector", Dimension.ANGLE), Map.entry("elevation", Dimension.ANGLE), Map.entry("facing", Dimension.ANGLE));

    private static final Pattern AFTER_NUMBER = Pattern.compile("(-?\\d+(?:\\.\\d+)?)([ \\t]+)([A-Za-z/]*)$");
    private static final Pattern WORD = Pattern.compile("T\\+|[A-Za-z_][A-Za-z0-9_-]*|,");

    @Override
    public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
        IDocument document = viewer.getDocument();
        List<BulwarkProposal> proposals = BulwarkDocuments.compute(document, resource -> {
            String text = document.get();
            Document doc = new Document(1, text);
            CompletionParams params = new CompletionParams(new TextDocumentIdentifier(resource.getURI().toString()), doc.getPosition(offset));
            CompletionList list = Activator.injector().getInstance(ContentAssistService.class)
                    .createCompletionList(doc, resource, params, CancelIndicator.NullImpl);
            List<BulwarkProposal> result = new ArrayList<>();
            for (CompletionItem item : list.getItems()) {
                result.add(toProposal(doc, offset, item));
            }
            return result;
        });
        // units first: after a number they are what the user most likely wants
        List<BulwarkProposal> all = new ArrayList<>();
        addUnitsAndHemispheres(document, offset, all);
        if (proposals != null) {
            all.addAll(proposals);
        }
        Set<String> seen = new LinkedHashSet<>();
        return all.stream().filter(p -> seen.add(p.getReplacement() + "@" + p.getOffset())).toArray(ICompletionProposal[]::new);
    }

    private static BulwarkProposal toProposal(Document doc, int caret, CompletionItem item) {
        String newText = item.getInsertText() != null ? item.getInsertText() : item.getLabel();
        int start = caret;
        int end = caret;
        if (item.getTextEdit() != null && item.getTextEdit().isLeft()) {
            TextEdit edit = item.getTextEdit().getLeft();
            newText = edit.getNewText();
            start = offset(doc, edit.getRange().getStart(), caret);
            end = offset(doc, edit.getRange().getEnd(), caret);
        }
        return new BulwarkProposal(newText, start, Math.max(0, end - start), item.getLabel(), item.getDetail());
    }

    private static int offset(Document doc, Position position, int fallback) {
        try {
            return doc.getOffSet(position);
        } catch (IndexOutOfBoundsException e) {
            return fallback;
        }
    }

    /** After a number: the units of the clause's dimension, or N/S, E/W inside a coordinate. */
    static void addUnitsAndHemispheres(IDocument document, int offset, List<BulwarkProposal> proposals) {
        String before;
        try {
            int line = document.getLineOfOffset(offset);
            int lineStart = document.getLineOffset(line);
            before = document.get(lineStart, offset - lineStart);
        } catch (org.eclipse.jface.text.BadLocationException e) {
            return;
        }
        Matcher matcher = AFTER_NUMBER.matcher(before);
        if (!matcher.find()) {
            return;
        }
        String prefix = matcher.group(3);
        String head = before.substring(0, matcher.start());
        List<String> candidates = new ArrayList<>();
        String detail;
        int commas = 0;
        String clause = null;
        Matcher words = WORD.matcher(head);
        while (words.find()) {
            String word = words.group();
            if (word.equals(",")) {
                commas++;
            } else if (DIMENSION_AFTER.containsKey(word) || word.equals("at") || word.equals("from")) {
                clause = word;
                commas = 0;
            } else if (BulwarkCodeScanner.keywords().contains(word)) {
                clause = null; // another clause ('requires', 'x', ...): no unit follows its number
            }
        }
        if (clause == null) {
            return;
        }
        Dimension dimension = DIMENSION_AFTER.get(clause);
        if (dimension == null) {
            // a coordinate after 'at' or 'from': latitude, longitude, then an altitude
            if (clause.equals("at") && head.trim().endsWith("rcs")) {
                dimension = Dimension.RADAR_CROSS_SECTION;
            } else if (commas == 0) {
                candidates.addAll(List.of("N", "S"));
            } else if (commas == 1) {
                candidates.addAll(List.of("E", "W"));
            } else {
                dimension = Dimension.LENGTH;
            }
        }
        if (dimension != null) {
            candidates.addAll(dimension.units());
            detail = dimension.label() + " unit";
        } else {
            detail = "hemisphere";
        }
        for (String candidate : candidates) {
            if (candidate.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT))) {
                proposals.add(new BulwarkProposal(candidate, offset - prefix.length(), prefix.length(), candidate, detail));
            }
        }
    }

    @Override
    public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
        return null;
    }

    @Override
    public char[] getCompletionProposalAutoActivationCharacters() {
        return new char[] { '.' };
    }

    @Override
    public char[] getContextInformationAutoActivationCharacters() {
        return null;
    }

    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public IContextInformationValidator getContextInformationValidator() {
        return null;
    }
}
