package io.bulwark.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.IFragmentProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.IResourceValidator;

import io.bulwark.dsl.conversion.BulwarkValueConverterService;
import io.bulwark.dsl.linking.CloseNameLinkingDiagnosticMessageProvider;
import io.bulwark.dsl.parser.ShortSyntaxErrorMessageProvider;
import io.bulwark.dsl.resource.BulwarkResource;
import io.bulwark.dsl.resource.NameBasedFragmentProvider;
import io.bulwark.dsl.validation.BulwarkResourceValidator;

/** Runtime bindings of the Bulwark language (also used outside Eclipse: CLI, language server, tests). */
public class BulwarkRuntimeModule extends AbstractBulwarkRuntimeModule {

    /** Name-based URI fragments: diagrams and markers survive reordering of the text. */
    public Class<? extends IFragmentProvider> bindIFragmentProvider() {
        return NameBasedFragmentProvider.class;
    }

    /** A UTF-8 byte-order mark is skipped when a file is read. */
    @Override
    public Class<? extends XtextResource> bindXtextResource() {
        return BulwarkResource.class;
    }

    /** Plain decimals, never in exponent notation. */
    @Override
    public Class<? extends IValueConverterService> bindIValueConverterService() {
        return BulwarkValueConverterService.class;
    }

    /** Syntax errors quote at most a few dozen characters of the offending text. */
    public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
        return ShortSyntaxErrorMessageProvider.class;
    }

    /** "Coverage not analysed" is an error only when no other error of the file says why. */
    public Class<? extends IResourceValidator> bindIResourceValidator() {
        return BulwarkResourceValidator.class;
    }

    /** Unknown references name the closest candidates, as data for quick fixes. */
    public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
        return CloseNameLinkingDiagnosticMessageProvider.class;
    }
}
