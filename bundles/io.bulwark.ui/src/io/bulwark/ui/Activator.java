package io.bulwark.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.eclipse.xtext.util.Modules2;
import org.osgi.framework.BundleContext;

import com.google.inject.Guice;
import com.google.inject.Injector;

import io.bulwark.dsl.BulwarkRuntimeModule;
import io.bulwark.dsl.BulwarkStandaloneSetup;
import io.bulwark.dsl.ide.BulwarkIdeModule;
import io.bulwark.ui.model.ProjectModels;

/**
 * The ui bundle: holds the one language injector of this runtime (the Xtext runtime and ide modules plus
 * {@link BulwarkUiModule}) and the models of the open projects.
 */
public class Activator extends AbstractUIPlugin {

    public static final String PLUGIN_ID = "io.bulwark.ui";

    private static Activator plugin;

    private volatile Injector injector;
    private ProjectModels projectModels;

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        plugin = this;
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        if (projectModels != null) {
            projectModels.dispose();
        }
        plugin = null;
        super.stop(context);
    }

    public static Activator getDefault() {
        return plugin;
    }

    /** The language injector: created once per runtime, with the EMF registration of the language. */
    public Injector getInjector() {
        Injector result = injector;
        if (result == null) {
            synchronized (this) {
                result = injector;
                if (result == null) {
                    result = new UiSetup().createInjectorAndDoEMFRegistration();
                    injector = result;
                }
            }
        }
        return result;
    }

    public static Injector injector() {
        return getDefault().getInjector();
    }

    /** The live models (one resource set per project) behind the editors and the Coverage view. */
    public synchronized ProjectModels getProjectModels() {
        if (projectModels == null) {
            projectModels = new ProjectModels();
        }
        return projectModels;
    }

    public static void log(String message, Throwable error) {
        ILog.of(Activator.class).log(Status.error(message, error));
    }

    public static void log(IStatus status) {
        ILog.of(Activator.class).log(status);
    }

    /** The ide setup of the language (BulwarkIdeSetup: runtime + ide modules) with the ui bindings mixed in last. */
    private static final class UiSetup extends BulwarkStandaloneSetup {
        @Override
        public Injector createInjector() {
            return Guice.createInjector(Modules2.mixin(new BulwarkRuntimeModule(), new BulwarkIdeModule(), new BulwarkUiModule()));
        }
    }
}
