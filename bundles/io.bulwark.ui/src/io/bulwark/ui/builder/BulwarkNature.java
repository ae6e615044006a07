package io.bulwark.ui.builder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/** Marks a project as a Bulwark project: its .bulwark files are validated by {@link BulwarkBuilder}. */
public class BulwarkNature implements IProjectNature {

    public static final String ID = "io.bulwark.ui.bulwarkNature";

    private IProject project;

    @Override
    public void configure() throws CoreException {
        IProjectDescription description = project.getDescription();
        for (ICommand command : description.getBuildSpec()) {
            if (BulwarkBuilder.ID.equals(command.getBuilderName())) {
                return;
            }
        }
        List<ICommand> commands = new ArrayList<>(Arrays.asList(description.getBuildSpec()));
        ICommand command = description.newCommand();
        command.setBuilderName(BulwarkBuilder.ID);
        commands.add(command);
        description.setBuildSpec(commands.toArray(ICommand[]::new));
        project.setDescription(description, null);
    }

    @Override
    public void deconfigure() throws CoreException {
        IProjectDescription description = project.getDescription();
        description.setBuildSpec(Arrays.stream(description.getBuildSpec())
                .filter(command -> !BulwarkBuilder.ID.equals(command.getBuilderName())).toArray(ICommand[]::new));
        project.setDescription(description, null);
        project.deleteMarkers(BulwarkMarkers.PROBLEM, true, org.eclipse.core.resources.IResource.DEPTH_INFINITE);
    }

    @Override
    public IProject getProject() {
        return project;
    }

    @Override
    public void setProject(IProject project) {
        this.project = project;
    }

    /** Adds the nature (and so the builder) to a project that does not have it yet. */
    public static void addTo(IProject project, IProgressMonitor monitor) throws CoreException {
        if (project.hasNature(ID)) {
            return;
        }
        IProjectDescription description = project.getDescription();
        List<String> natures = new ArrayList<>(Arrays.asList(description.getNatureIds()));
        natures.add(ID);
        description.setNatureIds(natures.toArray(String[]::new));
        project.setDescription(description, monitor);
    }
}
