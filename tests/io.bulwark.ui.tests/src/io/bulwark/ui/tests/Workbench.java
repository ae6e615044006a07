package io.bulwark.ui.tests;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.function.Supplier;

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

    /**
     * How long a test waits for the UI thread or the workbench's jobs. A wait without a bound turned a blocked UI
     * thread into a CI run that never ended; with one it is a failure that says where the UI thread is.
     */
    static final Duration PATIENCE = Duration.ofMinutes(2);

    /**
     * Runs on the UI thread and returns the result (exceptions are rethrown here); called on the UI thread (a step
     * within a step, e.g. page() inside uiRun) it runs at once, where waiting for the UI thread would wait for itself.
     */
    static <T> T ui(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Runnable step = () -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        };
        Display display = Display.getDefault();
        if (display.getThread() == Thread.currentThread()) {
            step.run();
        } else {
            display.asyncExec(step);
        }
        try {
            return result.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("the UI thread did not run a step of the test within " + PATIENCE.toSeconds() + " s; it is at:\n"
                    + stackOf(display.getThread()));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the UI thread", e);
        }
    }

    private static String stackOf(Thread thread) {
        StringBuilder text = new StringBuilder();
        for (StackTraceElement frame : thread.getStackTrace()) {
            text.append("\tat ").append(frame).append('\n');
        }
        return text.toString();
    }

    static void uiRun(Runnable work) {
        ui(() -> {
            work.run();
            return null;
        });
    }

    /** The workbench window's page, from any thread (on the UI thread, {@link #ui} runs it at once). */
    static IWorkbenchPage page() {
        return ui(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage());
    }

    /** Waits for the workspace build that the last change triggered (and builds what is left). */
    static void waitForBuild() throws Exception {
        waitForJobs(ResourcesPlugin.FAMILY_AUTO_BUILD);
        waitForJobs(ResourcesPlugin.FAMILY_MANUAL_BUILD);
        ResourcesPlugin.getWorkspace().build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
    }

    /** Waits until no job of a family is left, at most {@link #PATIENCE}. */
    static void waitForJobs(Object family) {
        long end = System.nanoTime() + PATIENCE.toNanos();
        for (Job[] left = Job.getJobManager().find(family); left.length > 0; left = Job.getJobManager().find(family)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("jobs still running after " + PATIENCE.toSeconds() + " s: " + Arrays.toString(left));
            }
            sleep(20);
        }
    }

    /**
     * Lets the workbench handle its pending events for a while. Its own event loop handles them (the tests run off
     * the UI thread); a step of the test that read and dispatched them itself could run a dialog's event loop inside
     * that step, which then waits for the dialog to close.
     */
    static void processEvents(long millis) {
        long end = System.currentTimeMillis() + millis;
        do {
            uiRun(() -> {
                // what was posted to the UI thread before this step has been handled once it runs
            });
            sleep(50);
        } while (System.currentTimeMillis() < end);
    }

    /**
     * Polls a value until it is done, letting the workbench handle its events in between, at most {@link #PATIENCE};
     * returns the value that was done, or fails with what was awaited and the last value seen.
     */
    static <T> T await(String what, Supplier<T> value, Predicate<T> done) {
        long end = System.nanoTime() + PATIENCE.toNanos();
        T last = value.get();
        while (!done.test(last)) {
            if (System.nanoTime() > end) {
                throw new AssertionError(what + " did not come within " + PATIENCE.toSeconds() + " s; last: " + last);
            }
            processEvents(100);
            last = value.get();
        }
        return last;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the workbench", e);
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
