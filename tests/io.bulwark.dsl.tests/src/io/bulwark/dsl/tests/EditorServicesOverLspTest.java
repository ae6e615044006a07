package io.bulwark.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;


/**
 * The services the Eclipse editor shares with the language server, asked over LSP: units and hemisphere letters
 * after a number, folding of blocks and comment runs, document symbols with their kinds and details.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditorServicesOverLspTest {

    /** 0-based lines: a comment run (0-2), the scenario (3-12), a radar block (6-10). */
    private static final String SCENARIO = """
            // Three line comments
            // fold together
            // like a file's header.
            scenario E
            import cat.*
            force A nation "Japan"
            radar R : Surveillance {
                owner A
                at 36.5 N, 127.25 E
                facing 330 deg
            }
            // two comments
            // do not fold
            raid Q : SRBM x 3 from 38 N, 127 E at 36 N, 127 E apogee 80 km
            """;

    private LspSession session;
    private LanguageServer server;
    private String uri;

    @BeforeAll
    void start() throws Exception {
        session = new LspSession(Map.of("cat.bulwark", Language.CATALOG, "e.bulwark", SCENARIO));
        server = session.server;
        uri = session.uri("e.bulwark");
        session.open("e.bulwark");
    }

    @AfterAll
    void stop() throws Exception {
        session.close();
    }

    /** The labels offered at the end of the given text, which replaces the document's. */
    private List<String> completionAfter(String text) throws Exception {
        Path file = Files.writeString(session.dir.resolve("c" + Math.abs(text.hashCode()) + ".bulwark"), text);
        String fileUri = file.toUri().toString();
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(fileUri, "bulwark", 1, text)));
        String[] lines = text.split("\n", -1);
        CompletionParams params = new CompletionParams(new TextDocumentIdentifier(fileUri),
                new Position(lines.length - 1, lines[lines.length - 1].length()));
        var result = server.getTextDocumentService().completion(params).get(30, TimeUnit.SECONDS);
        List<CompletionItem> items = result.isLeft() ? result.getLeft() : result.getRight().getItems();
        return items.stream().sorted(Comparator.comparing(item -> item.getSortText() == null ? "" : item.getSortText()))
                .map(CompletionItem::getLabel).toList();
    }

    @Test
    void completionOffersTheUnitsOfTheClauseFirstAndTheHemispheresOfTheCoordinate() throws Exception {
        String head = "scenario C\nimport cat.*\nforce A\n";
        assertEquals(List.of("deg"), completionAfter(head + "radar R : Surveillance { facing 330 ").subList(0, 1));
        assertEquals(List.of("s", "min"), completionAfter(head + "battery B : Upper { assess 10 ").subList(0, 2));
        assertEquals(List.of("km", "m", "nmi"), completionAfter(head + "raid Q : SRBM from 38 N, 127 E at 36 N, 127 E apogee 80 ").subList(0, 3));
        assertEquals(List.of("N", "S"), completionAfter(head + "asset X at 36 ").subList(0, 2));
        assertEquals(List.of("E", "W"), completionAfter(head + "asset X at 36 N, 127 ").subList(0, 2));
        assertEquals(List.of("km/s", "m/s"), completionAfter("package p\ninterceptor I { speed 3 ").subList(0, 2));
        assertEquals(List.of("m2", "dBsm"), completionAfter("package p\nmissile M { rcs 0.1 ").subList(0, 2));
        List<String> afterAsset = completionAfter(head + "asset X at 36 N, 127 E requires 0.9 ");
        assertTrue(afterAsset.stream().noneMatch(label -> label.matches("km|m|nmi|s|min|deg|m2|dBsm|N|S|E|W")),
                "a requirement takes no unit: " + afterAsset);
    }

    @Test
    void foldingCoversBlocksTheScenarioAndRunsOfThreeLineComments() throws Exception {
        List<FoldingRange> ranges = server.getTextDocumentService().foldingRange(new FoldingRangeRequestParams(new TextDocumentIdentifier(uri)))
                .get(30, TimeUnit.SECONDS);
        List<String> folded = ranges.stream().map(r -> r.getStartLine() + "-" + r.getEndLine() + (r.getKind() == null ? "" : " " + r.getKind()))
                .sorted().toList();
        assertEquals(List.of("0-2 comment", "3-13", "6-10"), folded);
    }

    @Test
    void documentSymbolsCarryTheirKindsAndWhatTheDeclarationSaysAfterTheName() throws Exception {
        var result = server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri)))
                .get(30, TimeUnit.SECONDS);
        List<DocumentSymbol> roots = result.stream().map(e -> e.getRight()).toList();
        assertEquals(1, roots.size(), roots.toString());
        DocumentSymbol scenario = roots.get(0);
        assertEquals("E", scenario.getName());
        assertEquals(SymbolKind.Module, scenario.getKind());
        List<String> children = scenario.getChildren().stream().map(s -> s.getName() + " " + s.getKind() + " " + s.getDetail()).toList();
        assertEquals(List.of("E.A Object (Japan)", "E.R Object : Surveillance", "E.Q Event : SRBM x 3"), children);
    }
}
