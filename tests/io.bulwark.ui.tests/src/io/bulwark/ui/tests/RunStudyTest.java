package io.bulwark.ui.tests;

import static io.bulwark.ui.tests.Workbench.await;
import static io.bulwark.ui.tests.Workbench.page;
import static io.bulwark.ui.tests.Workbench.screenshot;
import static io.bulwark.ui.tests.Workbench.ui;
import static io.bulwark.ui.tests.Workbench.uiRun;
import static io.bulwark.ui.tests.Workbench.waitForBuild;
import static io.bulwark.ui.tests.Workbench.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import io.bulwark.ui.study.StudyJob;
import io.bulwark.ui.wizards.ExampleProjects;

/**
 * Run Study in a real workbench: the command of a .bulwark editor starts the study runner (a separate Java process on
 * the jars of bundles/io.bulwark.study, passed by the pom as bulwark.study.home), reports its progress, writes the
 * results beside the file and opens the report in the workbench's browser; Cancel stops the runner.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(Leftovers.class)
class RunStudyTest {

    private static final String RUN_STUDY = "io.bulwark.ui.runStudy";
    private static final String RUNNER_MAIN = "io.bulwark.study.StudyCommand";

    private IProject project;

    @BeforeAll
    void installTheExampleAndCheckTheRunner() throws Exception {
        String home = System.getProperty("bulwark.study.home");
        assertNotNull(home, "the pom passes -Dbulwark.study.home (bundles/io.bulwark.study)");
        Path lib = Path.of(home, "target", "lib");
        try (var jars = Files.isDirectory(lib) ? Files.list(lib) : java.util.stream.Stream.<Path>empty()) {
            if (jars.noneMatch(jar -> jar.getFileName().toString().startsWith("spark-core"))) {
                fail("the study runner is not built: " + lib + " holds no Spark jars; build bundles/io.bulwark.study (mvn package) first");
            }
        }
        project = ExampleProjects.createExample("study-test", new NullProgressMonitor());
        waitForBuild();
    }

    @Test
    @Order(1)
    void runStudyWritesOneRowPerVariantReportsProgressAndOpensTheReport() throws Exception {
        IFile file = project.getFile("tiny.bulwark");
        write(file, """
                import catalog.*
                // three variants: THAAD's magazine
                study Tiny for Korea2016 {
                    vary THAAD_Seongju interceptors 8, 24, 48
                    objective worst-negation Seoul
                    objective interceptors-spent
                }
                """);
        waitForBuild();
        StudyJob job = runStudy(file);
        // Spark's start dominates: seconds on an idle machine, far more on a loaded one
        await("the end of study Tiny", job::getState, state -> state == Job.NONE);
        IStatus result = job.getResult();
        assertEquals(IStatus.OK, result.getSeverity(), result.getMessage());
        String progress = job.progressText();
        assertNotNull(progress, "the job should report the runner's progress");
        assertTrue(progress.matches("(\\d+) of \\1 parts"), "the last progress is all parts done: " + progress);

        Path out = file.getParent().getLocation().toFile().toPath().resolve("study-Tiny");
        List<String> rows = Files.readAllLines(out.resolve("results.csv"));
        assertEquals(1 + 3, rows.size(), "a header and one row per variant:\n" + String.join("\n", rows));
        assertTrue(Files.size(out.resolve("study.html")) > 0, "the HTML report is written");
        assertTrue(project.getFolder("study-Tiny").getFile("results.csv").exists(), "the workspace sees the results");

        if (ui(() -> PlatformUI.getWorkbench().getBrowserSupport().isInternalWebBrowserAvailable())) {
            IEditorReference browser = await("the report in the workbench's browser, among the editors",
                    () -> ui(() -> Arrays.stream(page().getEditorReferences()).filter(e -> e.getTitle().equals("Study Tiny")).findFirst()),
                    Optional::isPresent).orElseThrow();
            assertEquals("org.eclipse.ui.browser.editor", browser.getId());
            Workbench.processEvents(3000);
            screenshot("run-study.png");
        } else {
            // no WebKitGTK on this machine: the workbench says where the report is
            // the job's progress window has the same title while it closes: the message is the one that says it is done
            Shell shown = await("a message that says where the report is", () -> ui(() -> Arrays.stream(Display.getDefault().getShells())
                    .filter(s -> s.isVisible() && s.getText().equals("Study Tiny") && labels(s).contains("is done")).findFirst()),
                    Optional::isPresent).orElseThrow();
            String message = ui(() -> labels(shown));
            assertTrue(message.contains("Study Tiny is done. Its report is " + out.resolve("study.html")), message);
            Workbench.processEvents(500);
            screenshot("run-study.png");
            uiRun(shown::close);
        }
    }

    /** The text of a dialog's labels. */
    private static String labels(Composite composite) {
        StringBuilder text = new StringBuilder();
        for (Control child : composite.getChildren()) {
            if (child instanceof Label label) {
                text.append(label.getText()).append('\n');
            } else if (child instanceof Composite inner) {
                text.append(labels(inner));
            }
        }
        return text.toString();
    }

    @Test
    @Order(2)
    void cancelStopsTheRunnerWithAClearMessage() throws Exception {
        IFile file = project.getFile("long.bulwark");
        write(file, """
                import catalog.*
                // far more variants than the test waits for
                study Long for Korea2016 {
                    monte-carlo 90000 samples seed 11 {
                        launch North1 within 3 km
                    }
                    objective worst-negation Seoul
                }
                """);
        waitForBuild();
        StudyJob job = runStudy(file);
        List<ProcessHandle> started = await("the runner process of study Long", () -> runners("Long"), runners -> !runners.isEmpty());
        // cancelled once Spark works on the variants (a cancel during Spark's start is the same to the job)
        await("the first progress of study Long", () -> job.progressText() != null || job.getState() == Job.NONE, seen -> seen);
        assertEquals(Job.RUNNING, job.getState(), "the long study should still run when cancelled (progress " + job.progressText() + ")");
        job.cancel();
        // the job waits 10 s for Spark's shutdown, then kills the runner
        await("the end of the cancelled study", job::getState, state -> state == Job.NONE);
        IStatus result = job.getResult();
        assertEquals(IStatus.CANCEL, result.getSeverity());
        assertEquals("Study Long was cancelled: its runner is stopped, study-Long/ holds no complete results.", result.getMessage());
        for (ProcessHandle runner : started) {
            assertFalse(runner.isAlive(), "the runner process " + runner.pid() + " should be gone");
        }
        assertTrue(runners("Long").isEmpty(), "no runner of the study is left");
    }

    /**
     * Opens the file in its editor and runs the command as its context menu does (through the handler service). The
     * command runs outside the test's steps: where it asks or refuses in a dialog, the dialog waits for its answer on the
     * UI thread and the test, which waits for the study job, fails naming the windows that are open.
     */
    private static StudyJob runStudy(IFile file) {
        uiRun(() -> {
            try {
                IDE.openEditor(page(), file, true);
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        Display.getDefault().asyncExec(() -> {
            try {
                page().getWorkbenchWindow().getService(IHandlerService.class).executeCommand(RUN_STUDY, null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Job[] jobs = await("the study job of Run Study", () -> Job.getJobManager().find(StudyJob.FAMILY), found -> found.length > 0
                || !ui(RunStudyTest::dialogs).isEmpty());
        assertEquals(1, jobs.length, "Run Study should start one study job: " + Arrays.toString(jobs) + "; windows: " + ui(RunStudyTest::dialogs));
        return (StudyJob) jobs[0];
    }

    /** The titles of the windows open besides the workbench's (UI thread). */
    private static List<String> dialogs() {
        List<Shell> workbench = Arrays.stream(PlatformUI.getWorkbench().getWorkbenchWindows()).map(w -> w.getShell()).toList();
        return Arrays.stream(Display.getDefault().getShells()).filter(s -> s.isVisible() && !workbench.contains(s)).map(Shell::getText).toList();
    }

    /** The runner processes of a study that this workbench started (not another's on the same machine). */
    private static List<ProcessHandle> runners(String study) {
        return ProcessHandle.current().descendants().filter(p -> p.info().arguments()
                .map(args -> Arrays.asList(args).contains(RUNNER_MAIN) && Arrays.asList(args).contains(study)).orElse(false)).toList();
    }
}
