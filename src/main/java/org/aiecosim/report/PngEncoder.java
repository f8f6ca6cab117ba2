package org.aiecosim.report;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes images as PNG (ISO/IEC 15948) for speed rather than the smallest file: 8-bit truecolour, RGB
 * when every pixel is opaque (charts are) and RGBA otherwise, no row filter, deflate at level 1.
 *
 * <p>Why not {@code ImageIO}: its writer tries every row filter at the highest compression and took
 * 15–16 ms per 1000×600 chart (warm) against 6 ms here, and the first use in a process loads and compiles its
 * plug-in registry; files here are about 7% larger (issue 16, {@code bench/results}). Pixels are exact:
 * {@code PngEncoderTest} reads the files back with {@code ImageIO} and checks every chunk's CRC.
 */
final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 137, 'P', 'N', 'G', '\r', '\n', 26, '\n'};
    private static final int COLOUR_RGB = 2;
    private static final int COLOUR_RGBA = 6;

    private PngEncoder() {}

    /** Writes {@code image} to {@code out} as a PNG file (not closing {@code out}). */
    static void write(BufferedImage image, OutputStream out) throws IOException {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = pixels(image);
        boolean opaque = true;
        for (int p : argb) {
            if (p >>> 24 != 0xff) {
                opaque = false;
                break;
            }
        }
        int channels = opaque ? 3 : 4;

        DataOutputStream data = new DataOutputStream(out);
        data.write(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, w);
        putInt(header, 4, h);
        header[8] = 8; // bits per channel
        header[9] = (byte) (opaque ? COLOUR_RGB : COLOUR_RGBA);
        // header[10..12]: deflate compression, adaptive filtering (filter type 0 on every row), no interlace
        chunk(data, "IHDR", header, header.length);

        byte[] row = new byte[1 + channels * w]; // row[0] = 0: filter type None
        byte[] buffer = new byte[1 << 16];
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        ChunkBuffer idat = new ChunkBuffer(data);
        try {
            for (int y = 0; y < h; y++) {
                int i = 1;
                for (int x = y * w, end = x + w; x < end; x++) {
                    int p = argb[x];
                    row[i++] = (byte) (p >>> 16);
                    row[i++] = (byte) (p >>> 8);
                    row[i++] = (byte) p;
                    if (!opaque) row[i++] = (byte) (p >>> 24);
                }
                deflater.setInput(row);
                while (!deflater.needsInput()) idat.add(buffer, deflater.deflate(buffer));
            }
            deflater.finish();
            while (!deflater.finished()) idat.add(buffer, deflater.deflate(buffer));
            idat.close();
        } finally {
            deflater.end();
        }
        chunk(data, "IEND", new byte[0], 0);
        data.flush();
    }

    /** Every pixel as non-premultiplied ARGB, row by row (the array itself for an int ARGB/RGB image). */
    private static int[] pixels(BufferedImage image) {
        int type = image.getType();
        int w = image.getWidth();
        int h = image.getHeight();
        if ((type == BufferedImage.TYPE_INT_ARGB || type == BufferedImage.TYPE_INT_RGB)
                && image.getRaster().getDataBuffer() instanceof DataBufferInt buffer
                && buffer.getNumBanks() == 1 && buffer.getOffset() == 0 && buffer.getSize() == w * h
                && image.getRaster().getSampleModelTranslateX() == 0 && image.getRaster().getSampleModelTranslateY() == 0) {
            int[] data = buffer.getData();
            if (type == BufferedImage.TYPE_INT_ARGB) return data;
            int[] opaque = new int[data.length];
            for (int i = 0; i < data.length; i++) opaque[i] = data[i] | 0xff000000;
            return opaque;
        }
        return image.getRGB(0, 0, w, h, null, 0, w);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    private static void chunk(DataOutputStream out, String type, byte[] data, int length) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data, 0, length);
        out.writeInt(length);
        out.write(name);
        out.write(data, 0, length);
        out.writeInt((int) crc.getValue());
    }

    /** Compressed data, written as IDAT chunks of at most {@code 2^18} bytes each. */
    private static final class ChunkBuffer {
        private final DataOutputStream out;
        private final byte[] pending = new byte[1 << 18];
        private int size;

        ChunkBuffer(DataOutputStream out) {
            this.out = out;
        }

        void add(byte[] b, int n) throws IOException {
            int at = 0;
            while (n > 0) {
                int k = Math.min(n, pending.length - size);
                System.arraycopy(b, at, pending, size, k);
                size += k;
                at += k;
                n -= k;
                if (size == pending.length) flush();
            }
        }

        void close() throws IOException {
            if (size > 0) flush();
        }

        private void flush() throws IOException {
            chunk(out, "IDAT", pending, size);
            size = 0;
        }
    }
}
