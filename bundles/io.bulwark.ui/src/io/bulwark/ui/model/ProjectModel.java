package io.bulwark.ui.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

/**
 * The live model of one project: every .bulwark file of the project in one {@link XtextResourceSet}, so
 * references resolve across files as in the builder and the command line. Each file is loaded from the text
 * its editor shows (or from disk); a file whose text changed is reparsed and the others relinked. All access
 * is serialized on this object: callers get the resource inside {@link #compute}, never outside.
 */
public final class ProjectModel {

    private final IProject project;
    private final Injector injector;
    private XtextResourceSet resourceSet;
    private final Map<URI, String> loadedText = new HashMap<>();
    private boolean stale = true;

    ProjectModel(IProject project, Injector injector) {
        this.project = project;
        this.injector = injector;
    }

    public IProject getProject() {
        return project;
    }

    /** Forgets everything: the next access reloads the project's files (a file was added, removed or saved). */
    synchronized void invalidate() {
        stale = true;
    }

    /**
     * Runs {@code work} on the resource of {@code file} holding {@code text} (the editor's document), with every
     * other file of the project loaded in the same resource set.
     */
    public synchronized <T> T compute(IFile file, String text, Function<XtextResource, T> work) throws CoreException {
        synchronize(file, text);
        XtextResource resource = (XtextResource) resourceSet.getResource(BulwarkFiles.uriOf(file), false);
        return work.apply(resource);
    }

    /** Runs {@code work} on the resource set itself (all files synchronized with their editors). */
    public synchronized <T> T computeAll(Function<XtextResourceSet, T> work) throws CoreException {
        synchronize(null, null);
        return work.apply(resourceSet);
    }

    private void synchronize(IFile target, String targetText) throws CoreException {
        if (stale || resourceSet == null) {
            reloadAll(target, targetText);
            return;
        }
        boolean changed = false;
        List<IFile> files = BulwarkFiles.filesOf(project);
        if (target != null && !files.contains(target)) {
            files = new java.util.ArrayList<>(files);
            files.add(target);
        }
        for (IFile file : files) {
            // files without an editor change on disk only, and then ProjectModels invalidates this model
            String text = file.equals(target) ? targetText : BulwarkFiles.openText(file);
            URI uri = BulwarkFiles.uriOf(file);
            if (text != null && !text.equals(loadedText.get(uri))) {
                XtextResource resource = (XtextResource) resourceSet.getResource(uri, false);
                try {
                    if (resource == null) {
                        load(uri, text);
                    } else {
                        resource.reparse(text);
                    }
                } catch (IOException e) {
                    throw new CoreException(org.eclipse.core.runtime.Status.error("cannot parse " + file.getFullPath(), e));
                }
                loadedText.put(uri, text);
                changed = true;
            }
        }
        if (changed) {
            // references into a reparsed file point at its old objects: link every file again
            for (Resource resource : List.copyOf(resourceSet.getResources())) {
                if (resource instanceof XtextResource xtext) {
                    xtext.relink();
                }
            }
        }
    }

    private void reloadAll(IFile target, String targetText) throws CoreException {
        resourceSet = injector.getInstance(XtextResourceSet.class);
        resourceSet.setClasspathURIContext(getClass().getClassLoader());
        loadedText.clear();
        for (IFile file : BulwarkFiles.filesOf(project)) {
            String text = file.equals(target) ? targetText : BulwarkFiles.currentText(file);
            loadQuietly(BulwarkFiles.uriOf(file), text);
        }
        if (target != null && resourceSet.getResource(BulwarkFiles.uriOf(target), false) == null) {
            loadQuietly(BulwarkFiles.uriOf(target), targetText);
        }
        stale = false;
    }

    private void loadQuietly(URI uri, String text) throws CoreException {
        try {
            load(uri, text);
            loadedText.put(uri, text);
        } catch (IOException e) {
            throw new CoreException(org.eclipse.core.runtime.Status.error("cannot parse " + uri, e));
        }
    }

    private void load(URI uri, String text) throws IOException {
        Resource resource = resourceSet.createResource(uri);
        resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
    }
}
