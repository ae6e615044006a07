package io.bulwark.ui.study;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.browser.IWorkbenchBrowserSupport;

/**
 * Runs a study in the background (local[*], a separate process: see {@link StudyRunner}) with the runner's progress
 * (its finished Spark parts) in the job's progress, stops the process when the job is cancelled, and opens the HTML
 * report in the workbench's browser when it is done. Results go to {@code study-NAME/} beside the study's file.
 */
public final class StudyJob extends Job {

    /** The family of every study job (to find, wait for or cancel them). */
    public static final Object FAMILY = new Object();

    private static final String PLUGIN = "io.bulwark.ui";
    private static final Pattern PARTS = Pattern.compile("(\\d+)/(\\d+) parts");

    private final String study;
    private final IContainer folder;
    private final StudyRunner runner;
    /** The runner's last progress ("12 of 40 parts"), or null before its first. */
    private volatile String progressText;

    public StudyJob(String study, IContainer folder, StudyRunner runner) {
        super("Study " + study);
        this.study = study;
        this.folder = folder;
        this.runner = runner;
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    /** What the job's progress shows now: the runner's finished Spark parts ("12 of 40 parts"), or null before the first. */
    public String progressText() {
        return progressText;
    }

    /** The folder the results of a study go to, beside its file. */
    static Path outputOf(Path folder, String study) {
        return folder.resolve("study-" + study);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Path location = folder.getLocation().toFile().toPath();
        Path out = outputOf(location, study);
        // the project's files: the study's imports resolve across them, as `bulwark study PROJECT` does
        Path project = folder.getProject().getLocation().toFile().toPath();
        SubMonitor progress = SubMonitor.convert(monitor, "Study " + study + ": starting Spark", 1000);
        Process process;
        Path log = null;
        try {
            log = Files.createTempFile("bulwark-study-", ".log");
            process = new ProcessBuilder(runner.command(study, List.of(project), out)).directory(project.toFile())
                    .redirectOutput(log.toFile()).start();
            int[] worked = { 0 };
            Thread reader = new Thread(() -> follow(process.getErrorStream(), progress, worked), "bulwark-study-progress");
            reader.setDaemon(true);
            reader.start();
            while (!process.waitFor(200, TimeUnit.MILLISECONDS)) {
                if (monitor.isCanceled()) {
                    process.destroy(); // SIGTERM: Spark stops its executors in its shutdown hook
                    if (!process.waitFor(10, TimeUnit.SECONDS)) {
                        // the message below says the runner is stopped: gone, not only sent SIGKILL
                        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    }
                    return new Status(IStatus.CANCEL, PLUGIN, "Study " + study + " was cancelled: its runner is stopped, "
                            + out.getFileName() + "/ holds no complete results.");
                }
            }
            reader.join(2000);
            String output = Files.readString(log, StandardCharsets.UTF_8);
            refresh(monitor);
            if (process.exitValue() != 0) {
                return new Status(IStatus.ERROR, PLUGIN, "Study " + study + " failed (exit " + process.exitValue() + "):\n" + errorText()
                        + (output.isBlank() ? "" : "\n" + output.strip()));
            }
            open(out.resolve("study.html"));
            return new Status(IStatus.OK, PLUGIN, output.strip());
        } catch (IOException e) {
            return new Status(IStatus.ERROR, PLUGIN, "Study " + study + ": cannot start the runner (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Status.CANCEL_STATUS;
        } finally {
            deleteQuietly(log); // cancelled or failed runs too
            monitor.done();
        }
    }

    private static void deleteQuietly(Path log) {
        if (log == null) {
            return;
        }
        try {
            Files.deleteIfExists(log);
        } catch (IOException e) {
            // a temporary file: the system's cleaning of its temporary folder removes it
        }
    }

    private final StringBuilder errors = new StringBuilder();

    private String errorText() {
        synchronized (errors) {
            return errors.toString().strip();
        }
    }

    /** Reads the runner's error stream: progress bars ("\r... 12/40 parts") become work done, other lines the errors shown. */
    private void follow(InputStream stream, SubMonitor progress, int[] worked) {
        StringBuilder line = new StringBuilder();
        try {
            for (int c = stream.read(); c >= 0; c = stream.read()) {
                if (c != '\r' && c != '\n') {
                    line.append((char) c);
                    continue;
                }
                Matcher parts = PARTS.matcher(line);
                if (parts.find()) {
                    int done = (int) (1000L * Integer.parseInt(parts.group(1)) / Integer.parseInt(parts.group(2)));
                    progressText = parts.group(1) + " of " + parts.group(2) + " parts";
                    progress.subTask(progressText);
                    progress.worked(Math.max(0, done - worked[0]));
                    worked[0] = Math.max(worked[0], done);
                } else if (!line.isEmpty()) {
                    synchronized (errors) {
                        errors.append(line).append('\n');
                    }
                }
                line.setLength(0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void refresh(IProgressMonitor monitor) {
        try {
            folder.refreshLocal(IResource.DEPTH_INFINITE, monitor);
        } catch (CoreException e) {
            // the results are on disk either way; the workspace sees them at its next refresh
        }
    }

    private void open(Path report) {
        Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : null;
        if (display == null || !Files.isRegularFile(report)) {
            return;
        }
        display.asyncExec(() -> {
            IWorkbenchBrowserSupport browsers = PlatformUI.getWorkbench().getBrowserSupport();
            if (browsers.isInternalWebBrowserAvailable()) {
                try {
                    browsers.createBrowser(IWorkbenchBrowserSupport.AS_EDITOR | IWorkbenchBrowserSupport.NAVIGATION_BAR, "io.bulwark.study." + study,
                            "Study " + study, "The report of study " + study).openURL(report.toUri().toURL());
                    return;
                } catch (PartInitException | java.net.MalformedURLException e) {
                    // the message below says where the report is
                }
            }
            // without WebKitGTK the workbench has no browser of its own (and the external one fails with an unreadable
            // error where no desktop browser is set up): say where the report is
            MessageDialog.openInformation(display.getActiveShell(), "Study " + study, "Study " + study + " is done. Its report is " + report
                    + " (the workbench cannot show it: its internal browser needs WebKitGTK).");
        });
    }
}
