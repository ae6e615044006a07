package io.bulwark.ui.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;

/** Workspace files of the language: finding them, their EMF URIs and their current text. */
public final class BulwarkFiles {

    public static final String EXTENSION = "bulwark";

    private BulwarkFiles() {
    }

    public static boolean isBulwark(IResource resource) {
        return resource != null && resource.getType() == IResource.FILE && EXTENSION.equals(resource.getFileExtension());
    }

    /** Every .bulwark file of the project (outside derived folders and bin/ target/), in path order. */
    public static List<IFile> filesOf(IProject project) throws CoreException {
        List<IFile> files = new ArrayList<>();
        if (project.isAccessible()) {
            collect(project, files);
        }
        files.sort((a, b) -> a.getFullPath().toString().compareTo(b.getFullPath().toString()));
        return files;
    }

    private static void collect(IContainer container, List<IFile> files) throws CoreException {
        for (IResource member : container.members()) {
            if (member.isDerived() || member.getName().startsWith(".")) {
                continue;
            }
            if (member instanceof IContainer folder) {
                collect(folder, files);
            } else if (isBulwark(member)) {
                files.add((IFile) member);
            }
        }
    }

    public static URI uriOf(IFile file) {
        return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
    }

    /** The workspace file of a platform:/resource URI, or null. */
    public static IFile fileOf(URI uri) {
        if (uri == null || !uri.isPlatformResource()) {
            return null;
        }
        return ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromOSString(uri.toPlatformString(true)));
    }

    /** The file a document is open on (through its text file buffer), or null. */
    public static IFile fileOf(IDocument document) {
        if (document == null) {
            return null;
        }
        ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
        if (buffer == null || buffer.getLocation() == null) {
            return null;
        }
        IResource resource = ResourcesPlugin.getWorkspace().getRoot().findMember(buffer.getLocation());
        return resource instanceof IFile file ? file : null;
    }

    /** The text an editor shows for the file if one has it open, else the file's contents on disk. */
    public static String currentText(IFile file) throws CoreException {
        ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
        if (buffer != null) {
            return buffer.getDocument().get();
        }
        return diskText(file);
    }

    /** The text of the file's open document (text file buffer), or null when no editor has it open. */
    public static String openText(IFile file) {
        ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
        return buffer == null ? null : buffer.getDocument().get();
    }

    public static String diskText(IFile file) throws CoreException {
        Charset charset;
        try {
            charset = Charset.forName(file.getCharset());
        } catch (RuntimeException e) {
            charset = StandardCharsets.UTF_8;
        }
        try (InputStream in = file.getContents(true)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(charset);
        } catch (IOException e) {
            throw new CoreException(org.eclipse.core.runtime.Status.error("cannot read " + file.getFullPath(), e));
        }
    }
}
