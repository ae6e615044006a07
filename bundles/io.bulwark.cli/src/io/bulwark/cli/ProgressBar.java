package io.bulwark.cli;

import java.io.Console;
import java.io.PrintWriter;

/**
 * A one-line progress bar on the terminal ({@code \r}-redrawn, on standard error); silent when standard
 * output is not a terminal so that CI logs and redirected output stay clean.
 */
final class ProgressBar implements AutoCloseable {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String label;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private int shownPercent = -1;

    ProgressBar(PrintWriter err, String label, boolean enabled) {
        this.err = err;
        this.label = label;
        this.enabled = enabled;
    }

    /** A bar that draws only on an interactive terminal. */
    static ProgressBar onTerminal(PrintWriter err, String label) {
        return new ProgressBar(err, label, interactive());
    }

    /** Called from worker threads; redraws when the percentage changes. */
    synchronized void update(int done, int total) {
        int percent = total == 0 ? 100 : (int) (100L * done / total);
        if (!enabled || percent == shownPercent) {
            return;
        }
        shownPercent = percent;
        int filled = percent * WIDTH / 100;
        err.printf("\r%s [%s%s] %3d%% %d/%d %.1f s", label, "#".repeat(filled), ".".repeat(WIDTH - filled), percent, done, total,
                (System.nanoTime() - start) / 1e9);
        err.flush();
    }

    @Override
    public synchronized void close() {
        if (enabled && shownPercent >= 0) {
            err.println();
            err.flush();
        }
    }

    /**
     * Java 22 and later return a console even when the streams are redirected and say whether it is a terminal
     * with {@code isTerminal()}; Java 21 returns none then. The bundles compile against Java 21, hence the lookup.
     */
    private static boolean interactive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
