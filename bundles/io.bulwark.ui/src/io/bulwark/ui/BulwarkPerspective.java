package io.bulwark.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import io.bulwark.ui.view.CoverageView;

/** The Bulwark perspective: Project Explorer, the editors, Outline, Problems and the Coverage view. */
public class BulwarkPerspective implements IPerspectiveFactory {

    public static final String ID = "io.bulwark.ui.perspective";
    private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.18f, editors);
        left.addView(PROJECT_EXPLORER);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.55f, editors);
        bottom.addView(CoverageView.ID);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.78f, editors);
        right.addView(IPageLayout.ID_OUTLINE);

        layout.addShowViewShortcut(CoverageView.ID);
        layout.addShowViewShortcut(PROJECT_EXPLORER);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addNewWizardShortcut("io.bulwark.ui.newProjectWizard");
        layout.addNewWizardShortcut("io.bulwark.ui.newScenarioWizard");
        layout.addNewWizardShortcut("io.bulwark.ui.exampleWizard");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
    }
}
