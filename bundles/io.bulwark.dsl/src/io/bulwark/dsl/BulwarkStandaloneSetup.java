package io.bulwark.dsl;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.xtext.XtextPackage;
import org.eclipse.xtext.resource.impl.BinaryGrammarResourceFactoryImpl;

import com.google.inject.Injector;

import io.bulwark.model.bulwark.BulwarkPackage;

/**
 * Initializes the language outside Eclipse (CLI, language server, tests). The grammar imports the
 * metamodel of io.bulwark.model instead of generating it, so its package is registered here;
 * under OSGi the model bundle's generated_package extension does the same.
 */
public class BulwarkStandaloneSetup extends BulwarkStandaloneSetupGenerated {

    public static void doSetup() {
        new BulwarkStandaloneSetup().createInjectorAndDoEMFRegistration();
    }

    /**
     * The generated setup's steps, with the registrations of {@code TerminalsStandaloneSetup} (the resource factories
     * that read the compiled grammar, the Xtext metamodel) made here directly: that setup also builds an injector for
     * the Terminals language and discards it (a quarter of the command line's Java samples at start-up, part of it the
     * first use of Guice, which the language's injector then pays).
     */
    @Override
    public Injector createInjectorAndDoEMFRegistration() {
        EPackage.Registry.INSTANCE.putIfAbsent(BulwarkPackage.eNS_URI, BulwarkPackage.eINSTANCE);
        EPackage.Registry.INSTANCE.putIfAbsent(XtextPackage.eNS_URI, XtextPackage.eINSTANCE);
        var factories = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap();
        factories.putIfAbsent("ecore", new EcoreResourceFactoryImpl());
        factories.putIfAbsent("xmi", new XMIResourceFactoryImpl());
        factories.putIfAbsent("xtextbin", new BinaryGrammarResourceFactoryImpl());
        Injector injector = createInjector();
        register(injector);
        return injector;
    }
}
