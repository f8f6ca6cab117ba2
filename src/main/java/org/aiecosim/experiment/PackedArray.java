package org.aiecosim.experiment;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamException;
import java.io.Serial;
import java.io.Serializable;

/**
 * A large {@code int[]} or {@code byte[]} as a checkpoint stores it: each value (or, for a sorted-like
 * array, each difference from the previous one) minus the smallest, in as few bits as the largest needs.
 * The population's per-developer arrays and the social network's neighbour list hold small ranges
 * (a neighbour index of 50,000 developers needs 16 bits, not 32), so this halves them at a fraction of
 * the CPU that deflating them takes. It stands in for the array only in the stream: reading it back
 * ({@link #readResolve}) gives the array itself, so any {@code ObjectInputStream}, MASON's
 * {@code SimState.readFromCheckpoint} included, restores the model exactly.
 */
final class PackedArray implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Arrays shorter than this are left to plain serialization (the header would not pay). */
    static final int MIN_LENGTH = 1024;

    private static final byte INTS = 0, BYTES = 1;

    /** The array, an {@code int[]} or a {@code byte[]}; written and read by the methods below only. */
    private transient Object array;

    private PackedArray(Object array) { this.array = array; }

    /** The packed stand-in for {@code o}, or {@code o} itself when it is not an array worth packing. */
    static Object replace(Object o) {
        if (o instanceof int[] a && a.length >= MIN_LENGTH) return new PackedArray(a);
        if (o instanceof byte[] a && a.length >= MIN_LENGTH) return new PackedArray(a);
        return o;
    }

    @Serial
    private void writeObject(ObjectOutputStream out) throws IOException {
        boolean ints = array instanceof int[];
        int n = ints ? ((int[]) array).length : ((byte[]) array).length;
        long min = Long.MAX_VALUE, max = Long.MIN_VALUE, dmin = Long.MAX_VALUE, dmax = Long.MIN_VALUE, prev = 0;
        for (int i = 0; i < n; i++) {
            long v = value(i, ints);
            min = Math.min(min, v);
            max = Math.max(max, v);
            dmin = Math.min(dmin, v - prev);
            dmax = Math.max(dmax, v - prev);
            prev = v;
        }
        int rangeBits = n == 0 ? 0 : bits(max - min), deltaBits = n == 0 ? 0 : bits(dmax - dmin);
        boolean delta = deltaBits < rangeBits;
        int width = delta ? deltaBits : rangeBits;
        long offset = n == 0 ? 0 : delta ? dmin : min;
        out.writeByte(ints ? INTS : BYTES);
        out.writeInt(n);
        out.writeBoolean(delta);
        out.writeLong(offset);
        out.writeByte(width);
        // written through a small buffer rather than one the size of the packed array: less garbage per checkpoint
        byte[] chunk = new byte[CHUNK];
        long acc = 0;
        int held = 0, pos = 0;
        prev = 0;
        for (int i = 0; i < n; i++) {
            long v = value(i, ints);
            // width <= 33 and held < 8, so the shifted value fits the 64-bit accumulator
            acc |= ((delta ? v - prev : v) - offset) << held;
            prev = v;
            held += width;
            while (held >= 8) {
                if (pos == CHUNK) {
                    out.write(chunk, 0, pos);
                    pos = 0;
                }
                chunk[pos++] = (byte) acc;
                acc >>>= 8;
                held -= 8;
            }
        }
        if (held > 0) {
            if (pos == CHUNK) {
                out.write(chunk, 0, pos);
                pos = 0;
            }
            chunk[pos++] = (byte) acc;
        }
        out.write(chunk, 0, pos);
    }

    /** Bytes packed before they are handed to the stream. */
    private static final int CHUNK = 8192;

    private long value(int i, boolean ints) { return ints ? ((int[]) array)[i] : ((byte[]) array)[i]; }

    /** Bits needed for the non-negative {@code span}. */
    private static int bits(long span) { return 64 - Long.numberOfLeadingZeros(span); }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException {
        byte kind = in.readByte();
        int n = in.readInt();
        boolean delta = in.readBoolean();
        long offset = in.readLong();
        int width = in.readByte();
        if ((kind != INTS && kind != BYTES) || n < 0 || width < 0 || width > 33) {
            throw new InvalidObjectException("packed array with kind " + kind + ", length " + n + ", width " + width);
        }
        byte[] packed = new byte[(int) (((long) n * width + 7) / 8)];
        in.readFully(packed);
        int[] ints = kind == INTS ? new int[n] : null;
        byte[] bytes = kind == BYTES ? new byte[n] : null;
        long mask = width == 0 ? 0 : -1L >>> (64 - width), acc = 0, prev = 0;
        int held = 0, pos = 0;
        for (int i = 0; i < n; i++) {
            while (held < width) {
                acc |= (packed[pos++] & 0xffL) << held;
                held += 8;
            }
            long v = (acc & mask) + offset + (delta ? prev : 0);
            acc >>>= width;
            held -= width;
            prev = v;
            if (ints != null) ints[i] = (int) v; else bytes[i] = (byte) v;
        }
        array = ints != null ? ints : bytes;
    }

    /** In the model read back, the array itself takes this stand-in's place. */
    @Serial
    private Object readResolve() throws ObjectStreamException { return array; }
}
