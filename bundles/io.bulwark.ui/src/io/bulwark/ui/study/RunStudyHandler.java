package io.bulwark.ui.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

/** "Run Study" on a .bulwark file with studies: picks the study (asks when the file has several) and starts a {@link StudyJob}. */
public final class RunStudyHandler extends AbstractHandler {

    /** A study's header: "study NAME for" at the start of a line (comments and strings hold no such line in a valid file). */
    private static final Pattern STUDY = Pattern.compile("(?m)^\\s*study\\s+(\\^?[A-Za-z_][A-Za-z0-9_]*)\\s+for\\b");

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        IFile file = editor == null ? null : editor.getEditorInput().getAdapter(IFile.class);
        if (file == null || file.getLocation() == null) {
            return null;
        }
        if (editor.isDirty()) {
            editor.doSave(null); // the runner reads the file from disk
        }
        String text = editor instanceof ITextEditor textEditor ? textEditor.getDocumentProvider().getDocument(editor.getEditorInput()).get() : "";
        List<String> studies = studiesIn(text);
        if (studies.isEmpty()) {
            MessageDialog.openInformation(shell, "Run Study", file.getName() + " has no study (a study: study NAME for SCENARIO { ... }).");
            return null;
        }
        String study = studies.get(0);
        if (studies.size() > 1) {
            ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider());
            dialog.setTitle("Run Study");
            dialog.setMessage("The study to run on Spark (local, every core):");
            dialog.setElements(studies.toArray());
            if (dialog.open() != ElementListSelectionDialog.OK) {
                return null;
            }
            study = (String) dialog.getFirstResult();
        }
        Path location = file.getLocation().toFile().toPath();
        StudyRunner runner = StudyRunner.find(location).orElse(null);
        if (runner == null) {
            MessageDialog.openError(shell, "Run Study", StudyRunner.missing());
            return null;
        }
        new StudyJob(study, file.getParent(), runner).schedule();
        return null;
    }

    /** The names of the studies declared in a file's text, in order. */
    static List<String> studiesIn(String text) {
        List<String> names = new ArrayList<>();
        Matcher matcher = STUDY.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1).replace("^", ""));
        }
        return names;
    }
}
