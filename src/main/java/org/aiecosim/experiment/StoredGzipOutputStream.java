package org.aiecosim.experiment;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * A gzip stream whose data goes in stored (uncompressed) deflate blocks, with a comment in its header.
 * Any gzip reader reads it ({@code GZIPInputStream} skips the comment, so MASON's Console opens it),
 * and its CRC-32 still catches a damaged file. Writing it costs a copy and a checksum: deflating a
 * packed checkpoint at the fastest level took about six times the CPU of serializing it (~50 ms
 * against ~8 ms) to make it a quarter smaller. Does not close the underlying stream.
 */
final class StoredGzipOutputStream extends OutputStream {
    /** Largest length of a stored block, and the bytes before its data. */
    private static final int BLOCK = 65_535, HEAD = 5;

    private final OutputStream out;
    private final byte[] block = new byte[HEAD + BLOCK];
    private final CRC32 crc = new CRC32();
    private int held;
    private long size;
    private boolean finished;

    /** Writes the gzip header, with {@code comment} (Latin-1, no NUL) in its comment field, to {@code out}. */
    StoredGzipOutputStream(OutputStream out, String comment) throws IOException {
        this.out = out;
        // magic, deflate, FLG.FCOMMENT, MTIME 0 (the same bytes for the same model), XFL 0, OS unknown
        out.write(new byte[] {0x1f, (byte) 0x8b, 8, 0x10, 0, 0, 0, 0, 0, (byte) 255});
        out.write(comment.getBytes(StandardCharsets.ISO_8859_1));
        out.write(0);
    }

    @Override
    public void write(int b) throws IOException {
        if (held == BLOCK) block(false);
        block[HEAD + held++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            if (held == BLOCK) block(false);
            int n = Math.min(len, BLOCK - held);
            System.arraycopy(b, off, block, HEAD + held, n);
            held += n;
            off += n;
            len -= n;
        }
    }

    /** Writes the last block and the trailer (CRC-32 and length); the underlying stream stays open. */
    void finish() throws IOException {
        if (finished) return;
        block(true);
        int c = (int) crc.getValue(), s = (int) size;
        out.write(new byte[] {(byte) c, (byte) (c >>> 8), (byte) (c >>> 16), (byte) (c >>> 24),
            (byte) s, (byte) (s >>> 8), (byte) (s >>> 16), (byte) (s >>> 24)});
        finished = true;
    }

    /** A stored block: BFINAL and BTYPE 00 in a byte of its own, LEN and its complement, the bytes. */
    private void block(boolean last) throws IOException {
        if (finished) throw new IOException("write after the end of the gzip stream");
        block[0] = (byte) (last ? 1 : 0);
        block[1] = (byte) held;
        block[2] = (byte) (held >>> 8);
        block[3] = (byte) ~held;
        block[4] = (byte) (~held >>> 8);
        out.write(block, 0, HEAD + held);
        crc.update(block, HEAD, held);
        size += held;
        held = 0;
    }

    @Override
    public void flush() throws IOException { out.flush(); }
}
