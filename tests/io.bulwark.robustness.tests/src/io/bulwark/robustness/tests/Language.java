package io.bulwark.robustness.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import io.bulwark.dsl.BulwarkStandaloneSetup;

/**
 * The language in-process, as the command's ScenarioWorkspace drives it: one XtextResourceSet from the language's
 * injector, every file loaded into it, references resolved, then IResourceValidator (syntax, links, values, names and
 * the coverage findings) on the file under test. Errors the framework catches and only logs (a validator that throws)
 * are collected too, so that a test can fail on them.
 */
final class Language {

    private static final Injector INJECTOR = new BulwarkStandaloneSetup().createInjectorAndDoEMFRegistration();
    private static final LoggedErrors LOGGED = new LoggedErrors();

    static {
        Logger.getRootLogger().addAppender(LOGGED);
    }

    /** The issues of {@code file}, in the command's order (line, column, code, message), and what was logged meanwhile. */
    record Result(List<Issue> issues, List<String> loggedErrors) {
    }

    private Language() {
    }

    /** Validates {@code file} loaded together with {@code others} (files, e.g. a catalog). */
    static Result validate(Path file, List<Path> others) throws IOException {
        LOGGED.start();
        try {
            XtextResourceSet set = INJECTOR.getInstance(XtextResourceSet.class);
            Resource resource = set.getResource(uri(file), true);
            for (Path other : others) {
                set.getResource(uri(other), true);
            }
            EcoreUtil.resolveAll(set);
            List<Issue> issues = new ArrayList<>(INJECTOR.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL,
                    CancelIndicator.NullImpl));
            issues.sort(Comparator.comparing((Issue i) -> i.getLineNumber() == null ? 0 : i.getLineNumber())
                    .thenComparing(i -> i.getColumn() == null ? 0 : i.getColumn())
                    .thenComparing(i -> i.getCode() == null ? "" : i.getCode())
                    .thenComparing(i -> i.getMessage() == null ? "" : i.getMessage()));
            return new Result(issues, LOGGED.stop());
        } catch (RuntimeException e) {
            LOGGED.stop();
            throw e;
        }
    }

    private static URI uri(Path file) {
        return URI.createFileURI(file.toAbsolutePath().normalize().toString());
    }

    /** Errors logged on the current thread between start() and stop(). */
    private static final class LoggedErrors extends AppenderSkeleton {
        private final ThreadLocal<List<String>> events = new ThreadLocal<>();

        void start() {
            events.set(new ArrayList<>());
        }

        List<String> stop() {
            List<String> logged = events.get();
            events.remove();
            return logged == null ? List.of() : logged;
        }

        @Override
        protected void append(LoggingEvent event) {
            List<String> logged = events.get();
            if (logged != null && event.getLevel().isGreaterOrEqual(Level.ERROR)) {
                var thrown = event.getThrowableInformation();
                logged.add(event.getRenderedMessage() + (thrown == null ? "" : ": " + thrown.getThrowable()));
            }
        }

        @Override
        public void close() {
        }

        @Override
        public boolean requiresLayout() {
            return false;
        }
    }
}
