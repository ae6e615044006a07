package io.bulwark.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.xtext.ide.LexerIdeBindings;
import org.eclipse.xtext.parser.antlr.AntlrTokenDefProvider;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;

import com.google.inject.AbstractModule;
import com.google.inject.name.Names;

import io.bulwark.dsl.validation.CoverageService;
import io.bulwark.ui.preferences.PreferenceCoverageService;

/** Bindings the in-process ide services need inside Eclipse, and the preference-aware coverage analysis. */
public class BulwarkUiModule extends AbstractModule {

    @Override
    protected void configure() {
        // ContentAssistContextFactory asks for a pool (the language server binds one the same way)
        bind(ExecutorService.class).toInstance(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "Bulwark content assist");
            thread.setDaemon(true);
            return thread;
        }));
        // the editor's token colouring maps the language's lexer tokens to highlighting styles through these token names
        bind(ITokenDefProvider.class).annotatedWith(Names.named(LexerIdeBindings.HIGHLIGHTING)).to(AntlrTokenDefProvider.class);
        bind(CoverageService.class).to(PreferenceCoverageService.class);
    }
}
