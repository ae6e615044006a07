package io.bulwark.dsl.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import io.bulwark.dsl.ide.BulwarkIdeSetup;

/** The real language (parser, linker, validators) on texts and files; one injector for all tests. */
final class Language {

    static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();

    private static Injector injector;

    private Language() {
    }

    static synchronized Injector injector() {
        if (injector == null) {
            injector = new BulwarkIdeSetup().createInjectorAndDoEMFRegistration();
        }
        return injector;
    }

    /** Loads the texts as files {@code name -> text} of one resource set (so imports resolve) and links them. */
    static XtextResourceSet load(Map<String, String> files) throws IOException {
        XtextResourceSet set = injector().getInstance(XtextResourceSet.class);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Resource resource = set.createResource(URI.createURI("test:/" + file.getKey()));
            resource.load(new ByteArrayInputStream(file.getValue().getBytes(StandardCharsets.UTF_8)),
                    Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
        }
        EcoreUtil.resolveAll(set);
        return set;
    }

    static XtextResource parse(String text) throws IOException {
        return (XtextResource) load(Map.of("test.bulwark", text)).getResources().get(0);
    }

    static XtextResource resource(XtextResourceSet set, String name) {
        return (XtextResource) set.getResource(URI.createURI("test:/" + name), false);
    }

    /** Every issue of the resource, in line, column, code order. */
    static List<Issue> validate(Resource resource) {
        List<Issue> issues = new ArrayList<>(injector().getInstance(IResourceValidator.class)
                .validate(resource, CheckMode.ALL, CancelIndicator.NullImpl));
        issues.sort(Comparator.comparing((Issue i) -> i.getLineNumber()).thenComparing(Issue::getColumn)
                .thenComparing(i -> i.getCode() == null ? "" : i.getCode()));
        return issues;
    }

    /** The examples folder's files, loaded together. */
    static XtextResourceSet examples() throws IOException {
        XtextResourceSet set = injector().getInstance(XtextResourceSet.class);
        try (var files = Files.walk(EXAMPLES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".bulwark")).sorted().toList()) {
                set.getResource(URI.createFileURI(file.toString()), true);
            }
        }
        EcoreUtil.resolveAll(set);
        return set;
    }

    static XtextResource example(XtextResourceSet set, String relative) {
        return (XtextResource) set.getResource(URI.createFileURI(EXAMPLES.resolve(relative).toString()), false);
    }

    /** The 1-based line of the first occurrence of {@code fragment}. */
    static int lineOf(String text, String fragment) {
        int at = text.indexOf(fragment);
        if (at < 0) {
            throw new IllegalArgumentException(fragment + " is not in the text");
        }
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    /** A catalog for the tests' scenarios. */
    static final String CATALOG = """
            package cat
            interceptor Upper { range 0 .. 200 km altitude 10 .. 150 km speed 3 km/s reaction 10 s pk 0.8 }
            radar Surveillance { detects 1000 km at rcs 1 m2 sector 360 deg elevation 0 .. 90 deg track 5 s }
            missile SRBM { reach 600 km rcs 1 m2 }
            """;
}
