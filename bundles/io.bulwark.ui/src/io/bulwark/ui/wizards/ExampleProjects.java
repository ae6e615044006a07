package io.bulwark.ui.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.framework.Bundle;

import io.bulwark.ui.Activator;
import io.bulwark.ui.builder.BulwarkNature;

/**
 * Creates Bulwark projects: empty ones (with the example catalog) and the Korea 2016 example. The examples are
 * the repository's examples/ folder, copied into this bundle by its build.
 */
public final class ExampleProjects {

    public static final String EXAMPLE_PROJECT = "korea2016";
    public static final String EXAMPLE_SCENARIO = "korea2016.bulwark";
    public static final String CATALOG = "catalog/systems.bulwark";
    private static final String EXAMPLES = "examples";

    private ExampleProjects() {
    }

    /** The example files shipped in the bundle, relative to examples/ ("catalog/systems.bulwark", "korea2016.bulwark", ...). */
    public static List<String> exampleFiles() {
        Bundle bundle = Platform.getBundle(Activator.PLUGIN_ID);
        Enumeration<URL> entries = bundle.findEntries(EXAMPLES, "*.bulwark", true);
        List<String> files = new ArrayList<>();
        if (entries != null) {
            for (URL url : Collections.list(entries)) {
                String path = url.getPath();
                files.add(path.substring(path.indexOf(EXAMPLES + "/") + EXAMPLES.length() + 1));
            }
        }
        Collections.sort(files);
        return files;
    }

    /** Creates (or completes) a project with the Korea 2016 example: every example file, the nature, built by the workspace. */
    public static IProject createExample(String projectName, IProgressMonitor monitor) throws CoreException {
        return create(projectName, exampleFiles(), monitor);
    }

    /** Creates a project with the Bulwark nature and the example catalog under catalog/. */
    public static IProject createProject(String projectName, IPath location, IProgressMonitor monitor) throws CoreException {
        return create(projectName, location, List.of(CATALOG), monitor);
    }

    private static IProject create(String projectName, List<String> files, IProgressMonitor monitor) throws CoreException {
        return create(projectName, null, files, monitor);
    }

    private static IProject create(String projectName, IPath location, List<String> files, IProgressMonitor monitor) throws CoreException {
        if (files.isEmpty()) {
            throw new CoreException(Status.error("The Bulwark examples are missing from the io.bulwark.ui bundle."));
        }
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        IProject project = workspace.getRoot().getProject(projectName);
        workspace.run(m -> {
            SubMonitor progress = SubMonitor.convert(m, "Creating " + projectName, 3 + files.size());
            if (!project.exists()) {
                var description = workspace.newProjectDescription(projectName);
                if (location != null && !location.equals(workspace.getRoot().getLocation().append(projectName))) {
                    description.setLocation(location);
                }
                project.create(description, progress.split(1));
            } else {
                progress.worked(1);
            }
            project.open(progress.split(1));
            BulwarkNature.addTo(project, progress.split(1));
            for (String path : files) {
                copy(path, project.getFile(IPath.fromPortableString(path)), progress.split(1));
            }
        }, workspace.getRoot(), IWorkspace.AVOID_UPDATE, monitor); // setting the nature needs the workspace rule
        return project;
    }

    private static void copy(String examplePath, IFile target, IProgressMonitor monitor) throws CoreException {
        if (target.exists()) {
            return;
        }
        createParents(target.getParent(), monitor);
        URL entry = Platform.getBundle(Activator.PLUGIN_ID).getEntry(EXAMPLES + "/" + examplePath);
        if (entry == null) {
            throw new CoreException(Status.error("No example " + examplePath + " in the io.bulwark.ui bundle."));
        }
        try (InputStream in = entry.openStream()) {
            target.create(in, true, monitor);
            target.setCharset("UTF-8", monitor);
        } catch (IOException e) {
            throw new CoreException(Status.error("Cannot read the example " + examplePath, e));
        }
    }

    private static void createParents(IContainer container, IProgressMonitor monitor) throws CoreException {
        if (container instanceof IFolder folder && !folder.exists()) {
            createParents(folder.getParent(), monitor);
            folder.create(true, true, monitor);
        }
    }
}
