package io.bulwark.ui.tests;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

import io.bulwark.ui.builder.BulwarkMarkers;
import io.bulwark.ui.model.BulwarkFiles;

/** Helpers of the workbench tests, which run off the UI thread. */
final class Workbench {

    private Workbench() {
    }

    /** Runs on the UI thread and returns the result (exceptions are rethrown here). */
    static <T> T ui(Callable<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Display.getDefault().syncExec(() -> {
            try {
                result.set(work.call());
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        if (failure.get() instanceof RuntimeException e) {
            throw e;
        }
        if (failure.get() instanceof Error e) {
            throw e;
        }
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get());
        }
        return result.get();
    }

    static void uiRun(Runnable work) {
        ui(() -> {
            work.run();
            return null;
        });
    }

    static IWorkbenchPage page() {
        return ui(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage());
    }

    /** Waits for the workspace build that the last change triggered (and builds what is left). */
    static void waitForBuild() throws Exception {
        Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
        Job.getJobManager().join(ResourcesPlugin.FAMILY_MANUAL_BUILD, null);
        ResourcesPlugin.getWorkspace().build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
    }

    /** Lets the UI thread process its pending events for a while. */
    static void processEvents(long millis) {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            uiRun(() -> {
                while (Display.getDefault().readAndDispatch()) {
                    // drain
                }
            });
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Saves the screen (ImageMagick's import) as {@code name} in the test output folder, after the events pending
     * now are handled, so that what a test drew can be looked at.
     */
    static void screenshot(String name) throws Exception {
        processEvents(500);
        File output = new File(System.getProperty("bulwark.test.output", "target"), name);
        output.getParentFile().mkdirs();
        Process process = new ProcessBuilder("import", "-window", "root", output.getAbsolutePath()).redirectErrorStream(true).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError("import timed out");
        }
        String log = new String(process.getInputStream().readAllBytes());
        if (process.exitValue() != 0 || output.length() == 0) {
            throw new AssertionError("import failed: " + log);
        }
    }

    static List<IMarker> markers(IFile file) throws Exception {
        return Arrays.asList(file.findMarkers(BulwarkMarkers.PROBLEM, true, IResource.DEPTH_ZERO));
    }

    static String text(IFile file) throws Exception {
        return BulwarkFiles.diskText(file);
    }

    static void write(IFile file, String text) throws Exception {
        ByteArrayInputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        if (file.exists()) {
            file.setContents(in, true, false, null);
        } else {
            file.create(in, true, null);
        }
    }

    /** The 1-based line of the first line that starts (after indentation) with a snippet: a declaration, not a comment. */
    static int lineOf(String text, String snippet) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].stripLeading().startsWith(snippet)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line starting with '" + snippet + "' in the text");
    }
}
