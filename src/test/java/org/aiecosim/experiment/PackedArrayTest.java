package org.aiecosim.experiment;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Packed arrays come back from any ObjectInputStream as the very arrays, in fewer bytes when their range is small. */
class PackedArrayTest {
    private static final int N = 5000;

    private static byte[] serialize(Object o) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(b)) {
            out.writeObject(o);
        }
        return b.toByteArray();
    }

    private static Object roundTrip(Object array) throws Exception {
        Object packed = PackedArray.replace(array);
        assertInstanceOf(PackedArray.class, packed);
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(serialize(packed)))) {
            return in.readObject();
        }
    }

    private static void assertIntsRoundTrip(int[] a) throws Exception {
        assertArrayEquals(a, (int[]) roundTrip(a));
    }

    @Test
    void intArraysOfEveryShapeComeBackExactly() throws Exception {
        Random r = new Random(1);
        int[] full = r.ints(N).toArray();
        int[] extremes = new int[N];
        for (int i = 0; i < N; i++) extremes[i] = i % 2 == 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        int[] constant = new int[N];
        java.util.Arrays.fill(constant, -7);
        int[] offsets = new int[N];
        for (int i = 1; i < N; i++) offsets[i] = offsets[i - 1] + r.nextInt(20);
        int[] falling = new int[N];
        for (int i = 1; i < N; i++) falling[i] = falling[i - 1] - r.nextInt(1000);
        int[] small = r.ints(N, -3, 45).toArray();
        for (int[] a : new int[][] {full, extremes, constant, offsets, falling, small, new int[PackedArray.MIN_LENGTH]}) assertIntsRoundTrip(a);
    }

    @Test
    void byteArraysComeBackExactly() throws Exception {
        Random r = new Random(2);
        byte[] full = new byte[N];
        r.nextBytes(full);
        byte[] kinds = new byte[N];
        for (int i = 0; i < N; i++) kinds[i] = (byte) r.nextInt(4);
        for (byte[] a : new byte[][] {full, kinds}) assertArrayEquals(a, (byte[]) roundTrip(a));
    }

    @Test
    void smallRangesTakeFewBitsAndShortArraysAreLeftAlone() throws IOException {
        Random r = new Random(3);
        int[] neighbours = r.ints(100_000, 0, 50_000).toArray();
        int packed = serialize(PackedArray.replace(neighbours)).length, plain = serialize(neighbours).length;
        assertTrue(packed < 0.51 * plain, "16 bits of 32: " + packed + " against " + plain);
        int[] offsets = new int[100_001];
        for (int i = 1; i < offsets.length; i++) offsets[i] = offsets[i - 1] + r.nextInt(16);
        int deltas = serialize(PackedArray.replace(offsets)).length;
        assertTrue(deltas < 0.13 * serialize(offsets).length, "differences in 4 bits: " + deltas);

        int[] shortOne = new int[PackedArray.MIN_LENGTH - 1];
        assertSame(shortOne, PackedArray.replace(shortOne));
        double[] doubles = new double[N];
        assertSame(doubles, PackedArray.replace(doubles));
    }
}
