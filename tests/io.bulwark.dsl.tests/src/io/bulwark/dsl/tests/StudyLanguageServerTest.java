package io.bulwark.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.bulwark.dsl.validation.StudyIssueCodes;

/** A study file in the language server, spoken to over LSP in-process: its faults located, content assist for its clauses. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StudyLanguageServerTest {

    /** 0-based lines: 2 the land-only grid, 3 an inverted range, 5 an empty line in the study's body. */
    private static final String STUDY = """
            import cat.*
            study S for T {
                site P grid around 36 N, 127 E radius 40 km step 20 km within land
                vary P salvo 3 .. 1
                objective worst-negation X
            \s\s\s\s
                constraint X covered
            }
            """;

    private LspSession session;

    @BeforeAll
    void start() throws Exception {
        session = new LspSession(Map.of("cat.bulwark", Language.CATALOG, "t.bulwark", StudyLanguageTest.SCENARIO, "s.bulwark", STUDY));
        session.open("s.bulwark");
    }

    @AfterAll
    void stop() throws Exception {
        session.close();
    }

    private List<Diagnostic> published() throws InterruptedException {
        return session.diagnostics("s.bulwark", found -> !found.isEmpty(), 60_000);
    }

    private List<String> completion(int line, int character) throws Exception {
        var result = session.server.getTextDocumentService()
                .completion(new CompletionParams(new TextDocumentIdentifier(session.uri("s.bulwark")), new Position(line, character)))
                .get(30, TimeUnit.SECONDS);
        return (result.isLeft() ? result.getLeft() : result.getRight().getItems()).stream().map(CompletionItem::getLabel).toList();
    }

    @Test
    void theStudysOnlyErrorIsTheInvertedRangeOnItsLine() throws Exception {
        List<Diagnostic> errors = published().stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Error).toList();
        assertEquals(1, errors.size(), "the land-only grid and the rest are fine: " + errors);
        Diagnostic inverted = errors.get(0);
        assertEquals(StudyIssueCodes.INVALID_STUDY_VALUE, inverted.getCode().getLeft());
        assertEquals(3, inverted.getRange().getStart().getLine(), "0-based line of 'vary P salvo 3 .. 1'");
        assertTrue(inverted.getMessage().getLeft().contains("Inverted range: 3 > 1"), inverted.getMessage().getLeft());
    }

    @Test
    void anEmptyLineOfAStudyOffersItsClauses() throws Exception {
        List<String> labels = completion(5, 4);
        for (String clause : List.of("site", "vary", "add", "remove", "monte-carlo", "objective", "constraint")) {
            assertTrue(labels.contains(clause), clause + " in " + labels);
        }
        assertTrue(!labels.contains("scenario") && !labels.contains("radar"), "no scenario keywords inside a study: " + labels);
    }

    @Test
    void afterWithinComeLandAndTheScenariosRegions() throws Exception {
        int character = STUDY.lines().toList().get(2).indexOf("within ") + "within ".length();
        List<String> labels = completion(2, character);
        assertTrue(labels.contains("land"), "the keyword: " + labels);
        assertTrue(labels.contains("Land"), "the scenario's region: " + labels);
    }
}
