package org.aiecosim.report;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.jfree.chart.JFreeChart;

/**
 * Draws charts into PNG files on a small fixed pool of threads. Each chart object is drawn by one
 * thread only, and a chart's image depends on the chart alone, so the files are byte for byte those
 * of drawing one after another ({@code ChartRendererTest} checks it). All files are written (or have
 * failed) when {@link #writeAll} returns; the first failure in the charts' order is thrown.
 */
final class ChartWriting {
    /** At most this many drawing threads: a run has about ten charts, a comparison two per key indicator. */
    static final int MAX_THREADS = 4;

    private ChartWriting() {}

    /** Drawing threads for {@code charts} charts: bounded by the available processors and {@link #MAX_THREADS}. */
    static int threads(int charts) {
        return Math.max(1, Math.min(Math.min(Runtime.getRuntime().availableProcessors(), MAX_THREADS), charts));
    }

    /** Writes each chart of {@code charts} into {@code folder} on {@code threads} threads (1: on the caller's). */
    static void writeAll(ResultFolder folder, Map<String, JFreeChart> charts, int width, int height, int threads) throws IOException {
        List<PngFiles.Png> pngs = new ArrayList<>();
        for (Map.Entry<String, JFreeChart> e : charts.entrySet()) pngs.add(new PngFiles.Png(folder.resolve(e.getKey()), e.getValue(), width, height));
        writeAll(pngs, threads);
    }

    /** Writes every image of {@code pngs} on {@code threads} threads (1: on the caller's). */
    static void writeAll(List<PngFiles.Png> pngs, int threads) throws IOException {
        try (Drawing drawing = start(pngs, threads)) {
            drawing.await();
        }
    }

    /**
     * Starts drawing {@code pngs} on {@link #threads} threads and returns at once, so the caller can
     * write other files meanwhile; {@link Drawing#await} waits for them. With one thread nothing
     * starts: {@code await} draws them on the caller's thread.
     */
    static Drawing start(List<PngFiles.Png> pngs) {
        return start(pngs, threads(pngs.size()));
    }

    static Drawing start(List<PngFiles.Png> pngs, int threads) {
        List<Job> jobs = new ArrayList<>();
        for (PngFiles.Png p : pngs) jobs.add(() -> PngFiles.writePng(p.target(), p.chart(), p.width(), p.height()));
        return new Drawing(jobs, threads);
    }

    /** Charts being drawn; closing it without {@link #await} stops the drawing threads. */
    static final class Drawing implements AutoCloseable {
        private final List<Job> jobs;
        private final ExecutorService pool;
        private final List<Future<?>> drawn = new ArrayList<>();

        private Drawing(List<Job> jobs, int threads) {
            this.jobs = jobs;
            if (threads <= 1 || jobs.size() <= 1) {
                pool = null;
                return;
            }
            AtomicInteger n = new AtomicInteger();
            pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "aiecosim-charts-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            for (Job j : jobs) {
                drawn.add(pool.submit(() -> {
                    try {
                        j.write();
                    } catch (IOException x) {
                        throw new UncheckedIOException(x);
                    }
                }));
            }
            pool.shutdown();
        }

        /** Waits until every file is written or has failed; throws the first failure in the charts' order. */
        void await() throws IOException {
            if (pool == null) {
                for (Job j : jobs) j.write();
                return;
            }
            Throwable first = null;
            for (Future<?> f : drawn) {
                try {
                    f.get();
                } catch (ExecutionException x) {
                    if (first == null) first = x.getCause();
                } catch (InterruptedException x) {
                    pool.shutdownNow();
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while drawing charts");
                }
            }
            if (first instanceof UncheckedIOException u) throw u.getCause();
            if (first instanceof RuntimeException r) throw r;
            if (first instanceof Error err) throw err;
        }

        @Override
        public void close() {
            if (pool != null) pool.shutdownNow();
        }
    }

    /** One image to draw and write (a chart, or an image a study computes); run on one thread only. */
    @FunctionalInterface
    interface Job {
        void write() throws IOException;
    }

    /** Runs each job of {@code jobs} (keyed by file name, for order) on {@code threads} threads (1: on the caller's). */
    static void draw(Map<String, Job> jobs, int threads) throws IOException {
        try (Drawing drawing = new Drawing(List.copyOf(jobs.values()), threads)) {
            drawing.await();
        }
    }
}
