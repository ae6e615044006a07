package io.bulwark.dsl;

import org.eclipse.emf.ecore.EPackage;

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

    @Override
    public Injector createInjectorAndDoEMFRegistration() {
        EPackage.Registry.INSTANCE.putIfAbsent(BulwarkPackage.eNS_URI, BulwarkPackage.eINSTANCE);
        return super.createInjectorAndDoEMFRegistration();
    }
}
