package io.bulwark.ui.model;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

import io.bulwark.ui.Activator;

/** One {@link ProjectModel} per project, invalidated when a .bulwark file of the project changes on disk. */
public final class ProjectModels implements IResourceChangeListener {

    private final Map<IProject, ProjectModel> models = new ConcurrentHashMap<>();

    public ProjectModels() {
        ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
    }

    public ProjectModel of(IProject project) {
        return models.computeIfAbsent(project, p -> new ProjectModel(p, Activator.injector()));
    }

    public ProjectModel of(IFile file) {
        return of(file.getProject());
    }

    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
        models.clear();
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        if (event.getDelta() == null) {
            return;
        }
        try {
            event.getDelta().accept(delta -> {
                IResource resource = delta.getResource();
                if (resource.getType() == IResource.PROJECT && (delta.getKind() == IResourceDelta.REMOVED
                        || (delta.getFlags() & IResourceDelta.OPEN) != 0)) {
                    models.remove(resource);
                    return false;
                }
                if (BulwarkFiles.isBulwark(resource) && (delta.getKind() != IResourceDelta.CHANGED
                        || (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED | IResourceDelta.MOVED_FROM)) != 0)) {
                    ProjectModel model = models.get(resource.getProject());
                    if (model != null) {
                        model.invalidate();
                    }
                }
                return true;
            });
        } catch (CoreException e) {
            Activator.log("cannot follow workspace changes", e);
        }
    }
}
