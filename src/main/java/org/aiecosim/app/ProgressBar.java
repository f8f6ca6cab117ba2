package org.aiecosim.app;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress with elapsed time and an estimate of the time left. On a terminal it is a one-line bar,
 * drawn once the job has run longer than {@link #DELAY_MS}; otherwise (a log file, CI) it can print a
 * plain line every {@link #PLAIN_INTERVAL_MS}.
 */
public final class ProgressBar implements AutoCloseable {
    public static final long DELAY_MS = 2000;
    public static final long PLAIN_INTERVAL_MS = 10_000;

    private final PrintStream out;
    private final String what;
    private final long total;
    private final long first;
    private final boolean terminal;
    private final boolean plainLines;
    private final long started = System.nanoTime();
    private final Thread ticker;
    private volatile long done;
    private boolean drawn;
    private long lastPlain;

    /**
     * @param first      units already done before this process started (a resumed study)
     * @param terminal   draw a bar (stderr is a terminal)
     * @param plainLines when not a terminal, print periodic plain lines
     */
    public ProgressBar(PrintStream out, String what, long total, long first, boolean terminal, boolean plainLines) {
        this.out = out;
        this.what = what;
        this.total = total;
        this.first = first;
        this.done = first;
        this.terminal = terminal;
        this.plainLines = plainLines;
        this.ticker = new Thread(this::tick, "progress");
        ticker.setDaemon(true);
        if (terminal || plainLines) ticker.start();
    }

    public ProgressBar(PrintStream out, String what, int total, boolean terminal) {
        this(out, what, total, 0, terminal, false);
    }

    public void update(long finished) {
        done = finished;
        if (terminal) draw();
    }

    private void tick() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(500);
                if (terminal) draw();
                else plain(false);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String status(long ms) {
        long fresh = done - first;
        String eta = fresh <= 0 ? "?" : String.format(Locale.ROOT, "%.0f s", ms / 1000.0 * (total - done) / fresh);
        return String.format(Locale.ROOT, "%d/%d %s  %.0f s elapsed, %s left", done, total, what, ms / 1000.0, eta);
    }

    private synchronized void draw() {
        long ms = (System.nanoTime() - started) / 1_000_000;
        if (ms < DELAY_MS) return;
        int width = 30;
        int filled = total == 0 ? width : (int) (width * done / total);
        out.print("\r[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + status(ms) + " ");
        out.flush();
        drawn = true;
    }

    private synchronized void plain(boolean force) {
        long ms = (System.nanoTime() - started) / 1_000_000;
        if (!force && ms - lastPlain < PLAIN_INTERVAL_MS) return;
        lastPlain = ms;
        out.println("progress: " + status(ms));
    }

    @Override
    public synchronized void close() {
        ticker.interrupt();
        if (drawn) {
            out.print("\r" + " ".repeat(100) + "\r");
            out.flush();
        }
    }
}
