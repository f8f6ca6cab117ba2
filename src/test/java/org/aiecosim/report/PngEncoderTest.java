package org.aiecosim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/** {@link PngEncoder}'s files are valid PNG (every chunk's CRC) and decode to exactly the image's pixels. */
class PngEncoderTest {

    private record Chunk(String type, byte[] data) {}

    private static byte[] encode(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngEncoder.write(image, out);
        return out.toByteArray();
    }

    /** The chunks of a PNG file, failing on a wrong signature or CRC. */
    private static List<Chunk> chunks(byte[] png) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(png));
        byte[] signature = new byte[8];
        in.readFully(signature);
        assertArrayEquals(new byte[] {(byte) 137, 'P', 'N', 'G', '\r', '\n', 26, '\n'}, signature);
        List<Chunk> chunks = new ArrayList<>();
        while (in.available() > 0) {
            int length = in.readInt();
            byte[] type = new byte[4];
            in.readFully(type);
            byte[] data = new byte[length];
            in.readFully(data);
            CRC32 crc = new CRC32();
            crc.update(type);
            crc.update(data);
            String name = new String(type, StandardCharsets.US_ASCII);
            assertEquals((int) crc.getValue(), in.readInt(), "CRC of " + name);
            chunks.add(new Chunk(name, data));
        }
        return chunks;
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        assertEquals(expected.getWidth(), actual.getWidth());
        assertEquals(expected.getHeight(), actual.getHeight());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                int e = expected.getRGB(x, y);
                int a = actual.getRGB(x, y);
                // A fully transparent pixel's colour is not defined by its look; compare it by alpha only.
                if (e >>> 24 == 0) assertEquals(0, a >>> 24, "pixel " + x + "," + y);
                else assertEquals(Integer.toHexString(e), Integer.toHexString(a), "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void aChartDecodesToItsPixelsAsOpaqueRgb() throws IOException {
        XYSeries s = new XYSeries("s");
        for (int i = 0; i < 50; i++) s.add(i, Math.sin(i / 5.0));
        JFreeChart chart = ChartFactory.createXYLineChart("title", "x", "y", new XYSeriesCollection(s));
        BufferedImage image = chart.createBufferedImage(400, 250);
        byte[] png = encode(image);
        List<Chunk> chunks = chunks(png);
        assertEquals("IHDR", chunks.get(0).type());
        assertEquals(2, chunks.get(0).data()[9], "colour type RGB: every pixel of a chart is opaque");
        assertEquals("IEND", chunks.get(chunks.size() - 1).type());
        assertTrue(chunks.stream().anyMatch(c -> c.type().equals("IDAT")));
        assertSamePixels(image, ImageIO.read(new ByteArrayInputStream(png)));
    }

    @Test
    void translucentPixelsKeepTheirAlphaAsRgba() throws IOException {
        BufferedImage image = new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(200, 30, 60, 128));
        g.fillOval(20, 20, 200, 150);
        g.dispose();
        byte[] png = encode(image);
        assertEquals(6, chunks(png).get(0).data()[9], "colour type RGBA");
        assertSamePixels(image, ImageIO.read(new ByteArrayInputStream(png)));
    }

    @Test
    void otherImageTypesAndLargeNoisyImagesSpanningManyChunksRoundTrip() throws IOException {
        Random rnd = new Random(7);
        BufferedImage bgr = new BufferedImage(1200, 700, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < bgr.getHeight(); y++) {
            for (int x = 0; x < bgr.getWidth(); x++) bgr.setRGB(x, y, rnd.nextInt());
        }
        byte[] png = encode(bgr);
        assertTrue(chunks(png).stream().filter(c -> c.type().equals("IDAT")).count() > 1, "noise does not compress: several IDAT chunks");
        assertSamePixels(bgr, ImageIO.read(new ByteArrayInputStream(png)));

        BufferedImage rgb = new BufferedImage(17, 3, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 17; x++) rgb.setRGB(x, y, rnd.nextInt());
        }
        assertSamePixels(rgb, ImageIO.read(new ByteArrayInputStream(encode(rgb))));
    }

    @Test
    void premultipliedAndSubImagesTakeTheGeneralPathAndRoundTrip() throws IOException {
        BufferedImage pre = new BufferedImage(120, 80, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = pre.createGraphics();
        g.setColor(new Color(20, 160, 90, 200));
        g.fillRect(10, 10, 80, 50);
        g.dispose();
        byte[] png = encode(pre);
        assertEquals(6, chunks(png).get(0).data()[9], "colour type RGBA");
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        for (int y = 0; y < 80; y += 7) {
            for (int x = 0; x < 120; x += 7) {
                int e = pre.getRGB(x, y), a = back.getRGB(x, y);
                assertEquals(e >>> 24, a >>> 24, "alpha at " + x + "," + y);
                // un-premultiplying rounds: each channel within one step
                for (int shift = 0; shift < 24; shift += 8) {
                    assertTrue(Math.abs((e >> shift & 0xff) - (a >> shift & 0xff)) <= 1, "pixel " + x + "," + y);
                }
            }
        }

        BufferedImage whole = new BufferedImage(60, 40, BufferedImage.TYPE_INT_ARGB);
        Random rnd = new Random(3);
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 60; x++) whole.setRGB(x, y, rnd.nextInt() | 0xff000000);
        }
        BufferedImage part = whole.getSubimage(7, 5, 30, 20); // shares the parent's pixel array, at an offset
        assertSamePixels(part, ImageIO.read(new ByteArrayInputStream(encode(part))));
    }
}
