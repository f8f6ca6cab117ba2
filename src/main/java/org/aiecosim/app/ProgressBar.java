package org.aiecosim.app;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress with elapsed time and an estimate of the time left, on stderr (see {@link Status#progress}).
 * On a terminal it is a one-line bar, drawn once the job has run longer than {@link #DELAY_MS};
 * otherwise (output redirected, a log file, CI) it prints a plain line every few seconds, or one per
 * finished unit. {@link #close()} clears the bar, so what follows starts on a clean line.
 */
public final class ProgressBar implements AutoCloseable {
    public static final long DELAY_MS = 2000;

    /** How progress is shown. */
    public enum Mode {
        /** Nothing (--quiet). */
        NONE,
        /** A bar redrawn in place (stderr is a terminal). */
        BAR,
        /** A plain line every interval. */
        LINES,
        /** A plain line for every finished unit (--verbose without a terminal). */
        EVERY
    }

    private final PrintStream out;
    private final String what;
    private final long total;
    private final long first;
    private final Mode mode;
    private final long intervalMs;
    private final long started = System.nanoTime();
    private final Thread ticker;
    private volatile long done;
    private boolean drawn;
    private boolean closed;
    private long lastPlain;
    /** Last unit printed in {@link Mode#EVERY}. */
    private long reported;

    /**
     * @param first      units already done before this process started (a resumed study)
     * @param intervalMs milliseconds between plain lines in {@link Mode#LINES}
     */
    public ProgressBar(PrintStream out, String what, long total, long first, Mode mode, long intervalMs) {
        this.out = out;
        this.what = what;
        this.total = total;
        this.first = first;
        this.done = first;
        this.reported = first;
        this.mode = mode;
        this.intervalMs = Math.max(1, intervalMs);
        this.lastPlain = 0;
        this.ticker = new Thread(this::tick, "progress");
        ticker.setDaemon(true);
        if (mode == Mode.BAR || mode == Mode.LINES) ticker.start();
    }

    /**
     * {@code finished} units are done (counting those before this process). Worker threads call this
     * in any order (the one that counted 1 may get here after the one that counted 2), so the count
     * never goes back, and {@link Mode#EVERY} prints each unit up to it once, in order.
     */
    public synchronized void update(long finished) {
        if (finished > done) done = finished;
        if (mode == Mode.BAR) draw();
        else if (mode == Mode.EVERY) every();
    }

    private void tick() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(Math.min(500, intervalMs));
                if (mode == Mode.BAR) draw();
                else plain();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String status(long ms) {
        return status(ms, done);
    }

    private String status(long ms, long units) {
        long fresh = units - first;
        String eta = fresh <= 0 ? "?" : String.format(Locale.ROOT, "%.0f s", ms / 1000.0 * (total - units) / fresh);
        return String.format(Locale.ROOT, "%d/%d %s  %.0f s elapsed, %s left", units, total, what, ms / 1000.0, eta);
    }

    private synchronized void draw() {
        if (closed) return;
        long ms = (System.nanoTime() - started) / 1_000_000;
        if (ms < DELAY_MS) return;
        int width = 30;
        int filled = total == 0 ? width : (int) (width * done / total);
        out.print("\r[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + status(ms) + " ");
        out.flush();
        drawn = true;
    }

    /** A line every interval ({@link Mode#LINES}). */
    private synchronized void plain() {
        if (closed) return;
        long ms = (System.nanoTime() - started) / 1_000_000;
        if (ms - lastPlain < intervalMs) return;
        lastPlain = ms;
        out.println("progress: " + status(ms));
    }

    /** A line for each unit finished since the last one printed ({@link Mode#EVERY}). */
    private synchronized void every() {
        if (closed) return;
        long ms = (System.nanoTime() - started) / 1_000_000;
        while (reported < done) out.println("progress: " + status(ms, ++reported));
    }

    /** Stops the progress and leaves the cursor at the start of a clean line; later updates print nothing. */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        ticker.interrupt();
        if (drawn) {
            out.print("\r" + " ".repeat(100) + "\r");
            out.flush();
        }
    }
}
