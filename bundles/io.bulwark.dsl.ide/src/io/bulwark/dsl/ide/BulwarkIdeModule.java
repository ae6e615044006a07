package io.bulwark.dsl.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;

import io.bulwark.dsl.ide.contentassist.BulwarkIdeContentProposalProvider;
import io.bulwark.dsl.ide.folding.BulwarkFoldingRangeProvider;
import io.bulwark.dsl.ide.highlighting.BulwarkSemanticHighlightingCalculator;
import io.bulwark.dsl.ide.server.BulwarkCodeActionService;
import io.bulwark.dsl.ide.server.BulwarkHoverService;
import io.bulwark.dsl.ide.symbols.BulwarkSymbols;

/** Bindings of the language services (language server, and the IDE's editor through the same services). */
public class BulwarkIdeModule extends AbstractBulwarkIdeModule {

    /** Hovers with key figures; a radar's lists its detection range against each missile type of the scenario. */
    public Class<? extends IHoverService> bindIHoverService() {
        return BulwarkHoverService.class;
    }

    /** Code actions from the fix data of the diagnostics. */
    public Class<? extends ICodeActionService2> bindICodeActionService2() {
        return BulwarkCodeActionService.class;
    }

    /** Keywords, numbers, units, comments, strings and names by the kind of element they name. */
    public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
        return BulwarkSemanticHighlightingCalculator.class;
    }

    /** Units and hemisphere letters after a number; each element once, only the scenario's own. */
    public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
        return BulwarkIdeContentProposalProvider.class;
    }

    /** Runs of line comments fold too. */
    public Class<? extends IFoldingRangeProvider> bindIFoldingRangeProvider() {
        return BulwarkFoldingRangeProvider.class;
    }

    /** Outline symbols: their kinds, and what the declaration says after the name. */
    public Class<? extends DocumentSymbolMapper.DocumentSymbolKindProvider> bindDocumentSymbolKindProvider() {
        return BulwarkSymbols.Kinds.class;
    }

    public Class<? extends DocumentSymbolMapper.DocumentSymbolDetailsProvider> bindDocumentSymbolDetailsProvider() {
        return BulwarkSymbols.Details.class;
    }
}
