package io.bulwark.design;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Plugin;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.BundleContext;

/**
 * Registers {@code description/bulwark.odesign} with Sirius's viewpoint registry while the bundle is active.
 *
 * <p>Sirius is an optional requirement (it is not on Maven Central, so the build and the tests run without
 * it): the registry is reached by reflection. When Sirius is absent the Activator logs one information
 * message and does nothing else.
 */
public class Activator extends Plugin {

    /** The bundle's symbolic name. */
    public static final String PLUGIN_ID = "io.bulwark.design";

    /** Path of the viewpoint specification, as {@code ViewpointRegistry.registerFromPlugin} expects it. */
    public static final String ODESIGN_PATH = PLUGIN_ID + "/description/bulwark.odesign";

    static final String REGISTRY_CLASS = "org.eclipse.sirius.business.api.componentization.ViewpointRegistry";
    static final String VIEWPOINT_CLASS = "org.eclipse.sirius.viewpoint.description.Viewpoint";

    private static Activator plugin;

    /** The viewpoints registered in {@link #start}, to dispose in {@link #stop}. */
    private final List<Object> viewpoints = new ArrayList<>();

    private boolean absenceLogged;

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        plugin = this;
        Class<?> registryClass = siriusClass(REGISTRY_CLASS);
        if (registryClass == null) {
            logSiriusAbsent();
            return;
        }
        Object registry = registryClass.getMethod("getInstance").invoke(null);
        Object registered = registryClass.getMethod("registerFromPlugin", String.class).invoke(registry, ODESIGN_PATH);
        if (registered instanceof Collection<?> set) {
            viewpoints.addAll(set);
        }
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        try {
            Class<?> registryClass = viewpoints.isEmpty() ? null : siriusClass(REGISTRY_CLASS);
            Class<?> viewpointClass = registryClass == null ? null : siriusClass(VIEWPOINT_CLASS);
            if (registryClass != null && viewpointClass != null) {
                Object registry = registryClass.getMethod("getInstance").invoke(null);
                Method dispose = registryClass.getMethod("disposeFromPlugin", viewpointClass);
                for (Object viewpoint : viewpoints) {
                    dispose.invoke(registry, viewpoint);
                }
            }
        } catch (InvocationTargetException e) {
            getLog().log(Status.error("Could not unregister the Bulwark viewpoints from Sirius", e.getCause()));
        } finally {
            viewpoints.clear();
            plugin = null;
            super.stop(context);
        }
    }

    /** The running instance, or null when the bundle is not active. */
    public static Activator getDefault() {
        return plugin;
    }

    /** The class from the Sirius bundles wired to this one, or null when Sirius is not installed. */
    private static Class<?> siriusClass(String name) {
        try {
            return Class.forName(name, true, Activator.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private void logSiriusAbsent() {
        if (absenceLogged) {
            return;
        }
        absenceLogged = true;
        ILog log = getLog();
        log.log(new Status(IStatus.INFO, PLUGIN_ID, "Sirius is not installed: the Bulwark diagrams (" + ODESIGN_PATH
                + ") are not registered. Install Sirius next to the io.bulwark.design feature to use them."));
    }
}
