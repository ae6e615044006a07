package io.bulwark.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;

import io.bulwark.model.bulwark.BulwarkPackage;
import io.bulwark.model.bulwark.Doctrine;
import io.bulwark.model.bulwark.Model;

/** The corpus parses and links without errors, and between its files it uses every construct and keyword of the language. */
class ParsingTest {

    @Test
    void everyFeatureOfTheMetamodelIsWrittenSomewhereInTheCorpus() throws IOException {
        XtextResourceSet set = Language.injector().getInstance(XtextResourceSet.class);
        try (var files = Files.list(Path.of("resources/corpus").toAbsolutePath())) {
            for (Path file : files.filter(p -> p.toString().endsWith(".bulwark")).sorted().toList()) {
                set.getResource(URI.createFileURI(file.toString()), true);
            }
        }
        EcoreUtil.resolveAll(set);
        Set<String> used = new TreeSet<>();
        Set<Doctrine> doctrines = new TreeSet<>();
        boolean mutual = false;
        boolean oneWay = false;
        for (Resource resource : set.getResources()) {
            assertTrue(resource.getErrors().isEmpty(), resource.getURI() + ": " + resource.getErrors());
            for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
                EObject element = it.next();
                for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
                    if (element.eIsSet(feature)) {
                        used.add(feature.getEContainingClass().getName() + "." + feature.getName());
                    }
                }
                if (element instanceof io.bulwark.model.bulwark.Battery battery && battery.getDoctrine() != null) {
                    doctrines.add(battery.getDoctrine());
                }
                if (element instanceof io.bulwark.model.bulwark.Link link) {
                    mutual |= link.isMutual();
                    oneWay |= !link.isMutual();
                }
            }
        }
        Set<String> missing = new TreeSet<>();
        for (EClassifier classifier : BulwarkPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass type) {
                for (EStructuralFeature feature : type.getEStructuralFeatures()) {
                    String name = type.getName() + "." + feature.getName();
                    if (!feature.isDerived() && !feature.isTransient() && !used.contains(name) && !name.equals("Model.name")) {
                        missing.add(name);
                    }
                }
            }
        }
        assertEquals(Set.of(), missing, "features no corpus file writes");
        assertEquals(Set.of(Doctrine.values()), doctrines);
        assertTrue(mutual && oneWay, "both kinds of link");
        assertTrue(set.getResources().stream().anyMatch(r -> ((Model) r.getContents().get(0)).getName() != null), "a package");
        assertTrue(set.getResources().size() >= 10, "corpus files: " + set.getResources().size());
    }

    @Test
    void everyKeywordOfTheGrammarIsWrittenSomewhereInTheCorpus() throws IOException {
        Set<String> written = new TreeSet<>();
        try (var files = Files.list(Path.of("resources/corpus").toAbsolutePath())) {
            for (Path file : files.filter(p -> p.toString().endsWith(".bulwark")).sorted().toList()) {
                XtextResource resource = Language.parse(Files.readString(file));
                for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
                    if (leaf.getGrammarElement() instanceof Keyword keyword) {
                        written.add(keyword.getValue());
                    } else if (leaf.getGrammarElement() instanceof EnumLiteralDeclaration literal) {
                        written.add(literal.getLiteral().getValue());
                    }
                }
            }
        }
        Set<String> keywords = new TreeSet<>(GrammarUtil.getAllKeywords(Language.injector().getInstance(IGrammarAccess.class).getGrammar()));
        keywords.removeAll(written);
        assertEquals(Set.of(), keywords, "keywords no corpus file writes");
    }
}
