package io.bulwark.ui.view;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

import io.bulwark.dsl.edits.ScenarioEdits;
import io.bulwark.dsl.fixes.QuickFixes.Edit;
import io.bulwark.model.bulwark.Model;
import io.bulwark.model.bulwark.ScenarioElement;
import io.bulwark.model.mapping.ElementKind;
import io.bulwark.ui.editor.BulwarkDocuments;
import io.bulwark.ui.editor.BulwarkEditing.Replacement;
import io.bulwark.ui.quickfix.FileEdits;

/**
 * Applies a {@link ScenarioEdits} edit of the map or the architecture diagram to a scenario file: computed on the text
 * of the file's document (the open editor's, unsaved changes included) and applied to that document as one undoable
 * change through its file buffer, as the quick fixes are. The editor is opened first when it is not, so the change can
 * be undone there.
 */
public final class ScenarioEditing {

    /** The file's text now and its parse in the project's model. */
    public record Target(String text, Model model) {

        /** The scenario element of this kind and name (of a map handle or a diagram box); refused when there is none. */
        public ScenarioElement element(ElementKind kind, String name) {
            Class<? extends ScenarioElement> type = kind.type().asSubclass(ScenarioElement.class);
            ScenarioElement element = model.getScenario() == null ? null : ScenarioEdits.find(model.getScenario(), type, name);
            if (element == null) {
                throw new IllegalArgumentException("No " + kind.word() + " " + name + " in the scenario (was it renamed or deleted?)");
            }
            return element;
        }
    }

    private ScenarioEditing() {
    }

    /** Applies the edit; returns null when it was applied (or had nothing to change), else the one-line reason why not. */
    public static String apply(IFile file, Function<Target, List<Edit>> edit) {
        openEditor(file);
        AtomicReference<String> refusal = new AtomicReference<>();
        try {
            FileEdits.edit(file, document -> {
                String text = document.get();
                List<Replacement> replacements = BulwarkDocuments.compute(file, text, resource -> {
                    if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
                        refusal.set(file.getName() + " has no scenario to edit");
                        return List.of();
                    }
                    EcoreUtil.resolveAll(resource);
                    try {
                        return edit.apply(new Target(text, model)).stream().map(e -> new Replacement(e.offset(), e.length(), e.text())).toList();
                    } catch (IllegalArgumentException refused) {
                        refusal.set(refused.getMessage());
                        return List.of();
                    }
                });
                if (replacements == null && refusal.get() == null) {
                    refusal.set("The scenario could not be edited (see the error log)");
                }
                return replacements;
            });
        } catch (CoreException e) {
            return "Cannot edit " + file.getFullPath() + ": " + e.getMessage();
        }
        return refusal.get();
    }

    private static void openEditor(IFile file) {
        if (!PlatformUI.isWorkbenchRunning() || PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null) {
            return;
        }
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        if (page != null && page.findEditor(new org.eclipse.ui.part.FileEditorInput(file)) == null) {
            try {
                IDE.openEditor(page, file, false);
            } catch (PartInitException e) {
                io.bulwark.ui.Activator.log("Bulwark: cannot open " + file.getFullPath(), e);
            }
        }
    }
}
