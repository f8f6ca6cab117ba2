package org.aiecosim.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jfree.chart.JFreeChart;

/**
 * The charts of a study (sweep or sensitivity), collected while its report is built and then drawn
 * into PNG files of one folder in parallel ({@link ChartWriting}): each chart is drawn by one thread
 * only, so the files are byte for byte those of drawing them one after another.
 */
public final class ChartBatch {
    private final Path dir;
    private final Map<String, ChartWriting.Job> drawings = new LinkedHashMap<>();

    /** A batch of charts to be written into {@code dir}, which must exist. */
    public ChartBatch(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /** Adds {@code chart}, to be drawn at {@code width} × {@code height} pixels into the file {@code name}. */
    public ChartBatch add(String name, JFreeChart chart, int width, int height) {
        Path target = target(name);
        drawings.put(name, () -> PngFiles.writePng(target, chart, width, height));
        return this;
    }

    /** Adds an image that {@code image} draws (on a drawing thread) into the file {@code name}. */
    public ChartBatch add(String name, Supplier<BufferedImage> image) {
        Path target = target(name);
        drawings.put(name, () -> PngFiles.writePng(target, image.get()));
        return this;
    }

    /** File names of the charts added so far, in order. */
    public List<String> names() {
        return List.copyOf(drawings.keySet());
    }

    /** Draws every chart, on as many threads as {@link ChartWriting#threads} allows. */
    public void writeAll() throws IOException {
        writeAll(ChartWriting.threads(drawings.size()));
    }

    /** Draws every chart on {@code threads} threads (1: one after another on the caller's). */
    public void writeAll(int threads) throws IOException {
        ChartWriting.draw(drawings, threads);
    }

    private Path target(String name) {
        Path p = dir.resolve(name).normalize();
        if (!dir.equals(p.getParent())) throw new IllegalArgumentException("not a plain file name: " + name);
        if (drawings.containsKey(name)) throw new IllegalArgumentException("chart " + name + " added twice");
        return p;
    }
}
