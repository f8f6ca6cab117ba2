package org.aiecosim.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar with elapsed time and an estimate of the time left, drawn on the terminal
 * (stderr) only when there is one and the job has run longer than {@link #DELAY_MS}.
 */
final class ProgressBar implements AutoCloseable {
    static final long DELAY_MS = 2000;

    private final PrintStream out;
    private final String what;
    private final int total;
    private final boolean enabled;
    private final long started = System.nanoTime();
    private final Thread ticker;
    private volatile int done;
    private boolean drawn;

    ProgressBar(PrintStream out, String what, int total, boolean terminal) {
        this.out = out;
        this.what = what;
        this.total = total;
        this.enabled = terminal;
        this.ticker = new Thread(this::tick, "progress");
        ticker.setDaemon(true);
        if (enabled) ticker.start();
    }

    void update(int finished) {
        done = finished;
        if (enabled) draw();
    }

    private void tick() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(500);
                draw();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void draw() {
        long ms = (System.nanoTime() - started) / 1_000_000;
        if (ms < DELAY_MS) return;
        int width = 30;
        int filled = total == 0 ? width : (int) ((long) width * done / total);
        String eta = done == 0 ? "?" : String.format(Locale.ROOT, "%.0f s", ms / 1000.0 * (total - done) / done);
        out.printf(Locale.ROOT, "\r[%s%s] %d/%d %s  %.0f s elapsed, %s left ", "#".repeat(filled), ".".repeat(width - filled),
                done, total, what, ms / 1000.0, eta);
        out.flush();
        drawn = true;
    }

    @Override
    public synchronized void close() {
        ticker.interrupt();
        if (drawn) {
            out.print("\r" + " ".repeat(90) + "\r");
            out.flush();
        }
    }
}
