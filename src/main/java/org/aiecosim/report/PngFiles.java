package org.aiecosim.report;

import org.aiecosim.io.AtomicFiles;
import org.jfree.chart.JFreeChart;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * PNG images written atomically ({@link AtomicFiles}) by {@link PngEncoder}; here, not in {@code io},
 * because they need JFreeChart.
 */
public final class PngFiles {
    private PngFiles() {}

    /** Writes {@code chart} as a PNG image of {@code width} × {@code height} pixels. */
    public static void writePng(Path target, JFreeChart chart, int width, int height) throws IOException {
        BufferedImage image = chart.createBufferedImage(width, height);
        AtomicFiles.write(target, out -> PngEncoder.write(image, out));
    }

    /** A chart to draw into {@code target} at {@code width} × {@code height} pixels. */
    public record Png(Path target, JFreeChart chart, int width, int height) {}

    /**
     * Writes every chart of {@code pngs}, drawn in parallel on a few threads ({@code ChartWriting}: each
     * chart by one thread, so the files are those of drawing them one after another).
     */
    public static void writeAll(List<Png> pngs) throws IOException {
        ChartWriting.writeAll(pngs, ChartWriting.threads(pngs.size()));
    }

    /** Writes {@code image} as a PNG image. */
    public static void writePng(Path target, BufferedImage image) throws IOException {
        AtomicFiles.write(target, out -> PngEncoder.write(image, out));
    }
}
