package io.bulwark.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * One entry of the outline: a document symbol of the language's symbol service (the language server's outline),
 * labelled as its declaration reads ("battery THAAD_Seongju : THAAD"), with the offsets of its name.
 */
public record OutlineNode(String label, SymbolKind kind, int nameOffset, int nameLength, List<OutlineNode> children) {

    /** The outline of a parsed file, from the symbols of the language. */
    public static List<OutlineNode> of(XtextResource resource, HierarchicalDocumentSymbolService symbols) {
        Document document = new Document(1, resource.getParseResult().getRootNode().getText());
        return of(symbols.getSymbols(resource, CancelIndicator.NullImpl), "", document);
    }

    /** The symbols' names are qualified: each is shown relative to its parent's ("TPY2_Seongju" under "Korea2016"). */
    private static List<OutlineNode> of(List<DocumentSymbol> symbols, String parent, Document document) {
        List<OutlineNode> nodes = new ArrayList<>();
        for (DocumentSymbol symbol : symbols) {
            int start = document.getOffSet(symbol.getRange().getStart());
            int nameStart = document.getOffSet(symbol.getSelectionRange().getStart());
            int nameEnd = document.getOffSet(symbol.getSelectionRange().getEnd());
            // the keyword that opens the declaration ("radar", "battery", "package"...), as written
            String keyword = document.getContents().substring(start, Math.max(start, nameStart)).strip().split("\\s+")[0];
            String detail = symbol.getDetail() == null || symbol.getDetail().isEmpty() ? "" : " " + symbol.getDetail();
            String name = !parent.isEmpty() && symbol.getName().startsWith(parent + ".") ? symbol.getName().substring(parent.length() + 1)
                    : symbol.getName();
            String label = (keyword.isEmpty() ? "" : keyword + " ") + name + detail;
            nodes.add(new OutlineNode(label, symbol.getKind(), nameStart, nameEnd - nameStart, of(symbol.getChildren(), symbol.getName(), document)));
        }
        return nodes;
    }
}
