package io.bulwark.install.probe;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.ide.IDE;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

/**
 * Checks an Eclipse into which Bulwark was installed, as a user would find it: opens the workbench, puts a
 * .bulwark file into a project with the Bulwark nature, opens it and waits for the build, then writes what
 * it saw to a report file (one fact a line) and closes the workbench. It uses no Bulwark class: only ids that
 * a user meets (nature, content type, marker type), so it also runs, and reports the absence, where Bulwark
 * is not installed.
 *
 * <p>Arguments: {@code <report file> <.bulwark file to open>}. Report lines:
 * {@code bundle <id> <state after the editor opened> <state after start()>}, {@code editor <id or none>},
 * {@code contentType <id>}, {@code marker <severity> <line> <message>}, {@code error <text>}.
 */
public class InstallCheck implements IApplication {

    private static final String NATURE = "io.bulwark.ui.bulwarkNature";
    private static final String PROBLEM_MARKER = "io.bulwark.ui.problem";

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        Path report = Path.of(args[0]);
        Path scenario = Path.of(args[1]);
        List<String> lines = new ArrayList<>();
        Display display = PlatformUI.createDisplay();
        try {
            PlatformUI.createAndRunWorkbench(display, new WorkbenchAdvisor() {
                @Override
                public String getInitialWindowPerspectiveId() {
                    return "org.eclipse.ui.resourcePerspective";
                }

                @Override
                public void postStartup() {
                    Thread checker = new Thread(() -> {
                        try {
                            check(display, scenario, lines);
                        } catch (Exception | LinkageError e) {
                            lines.add("error " + e);
                        } finally {
                            display.asyncExec(() -> PlatformUI.getWorkbench().close());
                        }
                    }, "Bulwark install check");
                    checker.start();
                }
            });
        } finally {
            display.dispose();
            Files.write(report, lines, StandardCharsets.UTF_8);
        }
        return EXIT_OK;
    }

    private static void check(Display display, Path scenario, List<String> lines) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("installcheck");
        project.create(null);
        project.open(null);
        if (Platform.getBundle("io.bulwark.ui") != null) {
            IProjectDescription description = project.getDescription();
            description.setNatureIds(new String[] { NATURE });
            project.setDescription(description, null);
        }
        IFile file = project.getFile(scenario.getFileName().toString());
        try (InputStream in = Files.newInputStream(scenario)) {
            file.create(in, true, null);
        }
        waitForBuild();
        // Only an editor the installation associates with the file is opened: an unknown file type would make the
        // workbench start the system's external editor or ask which editor to use.
        IEditorDescriptor associated = IDE.getDefaultEditor(file);
        if (associated == null) {
            lines.add("editor none");
        } else {
            AtomicReference<Object> opened = new AtomicReference<>();
            display.syncExec(() -> {
                try {
                    opened.set(IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(),
                            file, associated.getId()));
                } catch (Exception e) {
                    opened.set(e);
                }
            });
            if (opened.get() instanceof IEditorPart editor) {
                lines.add("editor " + editor.getSite().getId());
            } else {
                lines.add("error cannot open " + file.getName() + ": " + opened.get());
            }
        }
        IContentType type = file.getContentDescription() == null ? null : file.getContentDescription().getContentType();
        lines.add("contentType " + (type == null ? "none" : type.getId()));
        waitForBuild();
        for (IMarker marker : markers(file)) {
            lines.add("marker " + severity(marker) + " " + marker.getAttribute(IMarker.LINE_NUMBER, -1) + " "
                    + marker.getAttribute(IMarker.MESSAGE, ""));
        }
        for (Bundle bundle : FrameworkUtil.getBundle(InstallCheck.class).getBundleContext().getBundles()) {
            String id = bundle.getSymbolicName();
            if (id.startsWith("io.bulwark.") && !id.equals("io.bulwark.install.probe")) {
                String seen = state(bundle);
                lines.add("bundle " + id + " " + seen + " " + started(bundle));
            }
        }
    }

    /** Starts the bundle as the framework would on its first class load, and says the state it reached. */
    private static String started(Bundle bundle) {
        try {
            bundle.start(Bundle.START_TRANSIENT);
            return state(bundle);
        } catch (BundleException e) {
            return "FAILED:" + e.getMessage().replace(' ', '_');
        }
    }

    private static IMarker[] markers(IFile file) throws CoreException {
        IMarker[] found = file.findMarkers(PROBLEM_MARKER, true, IResource.DEPTH_ZERO);
        Arrays.sort(found, (a, b) -> Integer.compare(a.getAttribute(IMarker.LINE_NUMBER, -1),
                b.getAttribute(IMarker.LINE_NUMBER, -1)));
        return found;
    }

    private static String severity(IMarker marker) {
        return switch (marker.getAttribute(IMarker.SEVERITY, -1)) {
            case IMarker.SEVERITY_ERROR -> "ERROR";
            case IMarker.SEVERITY_WARNING -> "WARNING";
            case IMarker.SEVERITY_INFO -> "INFO";
            default -> "NONE";
        };
    }

    private static String state(Bundle bundle) {
        return Map.of(Bundle.INSTALLED, "INSTALLED", Bundle.RESOLVED, "RESOLVED", Bundle.STARTING, "STARTING",
                Bundle.ACTIVE, "ACTIVE", Bundle.STOPPING, "STOPPING", Bundle.UNINSTALLED, "UNINSTALLED")
                .getOrDefault(bundle.getState(), "UNKNOWN");
    }

    private static void waitForBuild() throws Exception {
        Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
        ResourcesPlugin.getWorkspace().build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
        Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
    }

    @Override
    public void stop() {
        // the workbench closes itself when the check is done
    }
}
