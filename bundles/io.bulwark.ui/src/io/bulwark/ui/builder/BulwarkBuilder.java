package io.bulwark.ui.builder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import io.bulwark.dsl.validation.Acceptances;
import io.bulwark.ui.Activator;
import io.bulwark.ui.model.BulwarkFiles;
import io.bulwark.ui.preferences.BulwarkPreferences;

/**
 * Validates every .bulwark file of the project (syntax, units, references and the coverage findings:
 * {@link CheckMode#ALL}) and turns the issues into {@link BulwarkMarkers#PROBLEM} markers; a finding accepted by a
 * {@code // bulwark:accept CODE "reason"} comment is an {@link BulwarkMarkers#ACCEPTED} marker instead, shown greyed
 * with its reason (as the command line reports it: {@link Acceptances}). A change to any
 * .bulwark file revalidates all of them, because a catalog's change can change the findings of every scenario
 * that imports it. The saved files are what is validated; the files are loaded into one resource set so
 * imports resolve across them.
 */
public class BulwarkBuilder extends IncrementalProjectBuilder {

    public static final String ID = "io.bulwark.ui.bulwarkBuilder";

    @Override
    protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
        if (kind != FULL_BUILD && kind != CLEAN_BUILD) {
            IResourceDelta delta = getDelta(getProject());
            if (delta != null && !touchesBulwarkFiles(delta)) {
                return null;
            }
        }
        validateProject(getProject(), monitor);
        return null;
    }

    @Override
    protected void clean(IProgressMonitor monitor) throws CoreException {
        getProject().deleteMarkers(BulwarkMarkers.PROBLEM, true, IResource.DEPTH_INFINITE);
    }

    private static boolean touchesBulwarkFiles(IResourceDelta delta) throws CoreException {
        boolean[] found = new boolean[1];
        delta.accept(child -> {
            if (BulwarkFiles.isBulwark(child.getResource())) {
                found[0] = true;
            }
            return !found[0];
        });
        return found[0];
    }

    /** Validates every .bulwark file of the project and replaces their markers. */
    public static void validateProject(IProject project, IProgressMonitor monitor) throws CoreException {
        List<IFile> files = BulwarkFiles.filesOf(project);
        SubMonitor progress = SubMonitor.convert(monitor, "Validating Bulwark scenarios of " + project.getName(), 1 + 2 * files.size());
        Injector injector = Activator.injector();
        XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
        Map<IFile, Resource> resources = new HashMap<>();
        for (IFile file : files) {
            checkCanceled(progress);
            progress.subTask("Loading " + file.getProjectRelativePath());
            Resource resource = resourceSet.createResource(BulwarkFiles.uriOf(file));
            try {
                resource.load(new ByteArrayInputStream(BulwarkFiles.diskText(file).getBytes(StandardCharsets.UTF_8)),
                        Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
            } catch (IOException e) {
                Activator.log("cannot load " + file.getFullPath(), e);
            }
            resources.put(file, resource);
            progress.worked(1);
        }
        // markers of files that no longer exist go with them; the others are replaced file by file
        project.deleteMarkers(BulwarkMarkers.PROBLEM, true, IResource.DEPTH_INFINITE);
        boolean warningsAsErrors = BulwarkPreferences.warningsAsErrors();
        CancelIndicator cancel = () -> progress.isCanceled();
        for (IFile file : files) {
            checkCanceled(progress);
            progress.subTask("Validating " + file.getProjectRelativePath());
            Resource resource = resources.get(file);
            IResourceValidator validator = ((XtextResource) resource).getResourceServiceProvider().getResourceValidator();
            List<Issue> issues;
            try {
                issues = validator.validate(resource, CheckMode.ALL, cancel);
            } catch (OperationCanceledError e) {
                throw new OperationCanceledException();
            }
            checkCanceled(progress);
            Acceptances.Result checked = Acceptances.apply((XtextResource) resource, issues);
            for (Issue issue : checked.issues()) {
                createMarker(file, issue, warningsAsErrors, checked.accepted().get(issue));
            }
            progress.worked(1);
        }
        // the resource set is dropped, not unloaded: unloading computes proxy URIs for nothing
    }

    private static void checkCanceled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    /** The marker of an issue; {@code acceptedReason} is null unless a comment accepts it. */
    static IMarker createMarker(IFile file, Issue issue, boolean warningsAsErrors, String acceptedReason) throws CoreException {
        URI problem = issue.getUriToProblem();
        if (problem != null && problem.trimFragment() != null && !problem.trimFragment().equals(BulwarkFiles.uriOf(file))) {
            // an issue reported on another file's element (should not happen): keep it on this file's first line
            problem = null;
        }
        Map<String, Object> attributes = new HashMap<>();
        // findings carry their stable code in the message too, as on the command line
        String code = issue.getCode();
        String message = code != null && code.startsWith("BULWARK-") ? "[" + code + "] " + issue.getMessage() : issue.getMessage();
        attributes.put(IMarker.MESSAGE, acceptedReason == null ? message : message + " (accepted: " + acceptedReason + ")");
        // an accepted finding stays visible, at the lowest severity, with its own greyed annotation
        attributes.put(IMarker.SEVERITY, acceptedReason == null ? severity(issue, warningsAsErrors) : IMarker.SEVERITY_INFO);
        attributes.put(IMarker.LINE_NUMBER, issue.getLineNumber() == null ? 1 : issue.getLineNumber());
        if (issue.getOffset() != null && issue.getLength() != null) {
            attributes.put(IMarker.CHAR_START, issue.getOffset());
            attributes.put(IMarker.CHAR_END, issue.getOffset() + issue.getLength());
        }
        attributes.put(IMarker.SOURCE_ID, "Bulwark");
        if (code != null) {
            attributes.put(BulwarkMarkers.CODE, code);
        }
        attributes.put(BulwarkMarkers.DATA, BulwarkMarkers.joinData(issue.getData()));
        if (acceptedReason != null) {
            attributes.put(BulwarkMarkers.REASON, acceptedReason);
        }
        return file.createMarker(acceptedReason == null ? BulwarkMarkers.PROBLEM : BulwarkMarkers.ACCEPTED, attributes);
    }

    private static int severity(Issue issue, boolean warningsAsErrors) {
        return switch (issue.getSeverity()) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> warningsAsErrors ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING;
            default -> IMarker.SEVERITY_INFO;
        };
    }
}
