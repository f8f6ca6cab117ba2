package org.aiecosim.model;

import ec.util.MersenneTwisterFast;

import java.io.Serializable;

/**
 * Undirected social ties between developers in compressed sparse row form (two int arrays), so a
 * million developers with ten ties each cost about 80 MB and no objects.
 *
 * <p>Each developer draws {@code meanTies / 2} ties; a tie goes to a random developer of the same
 * region with probability {@code homophily}, otherwise to a random developer anywhere.
 */
public final class SocialNetwork implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int[] offsets;
    private final int[] neighbours;
    private final int maxDegree;

    private SocialNetwork(int[] offsets, int[] neighbours, int maxDegree) {
        this.offsets = offsets;
        this.neighbours = neighbours;
        this.maxDegree = maxDegree;
    }

    /** Builds a random network over developers whose regions are given. */
    public static SocialNetwork build(byte[] region, int regionCount, int meanTies, double homophily,
                                      MersenneTwisterFast random) {
        int n = region.length;
        int[][] members = membersByRegion(region, regionCount);
        int half = meanTies / 2;
        boolean odd = meanTies % 2 == 1;
        int maxEdges = n * (half + (odd ? 1 : 0));
        int[] to = new int[maxEdges];
        int[] edgeStart = new int[n + 1];
        int edges = 0;
        int[] degree = new int[n];
        for (int d = 0; d < n && n > 1; d++) {
            edgeStart[d] = edges;
            int stubs = half + (odd && random.nextBoolean() ? 1 : 0);
            for (int s = 0; s < stubs; s++) {
                int[] pool = members[region[d]];
                int target;
                if (random.nextDouble() < homophily && pool.length > 1) target = pool[random.nextInt(pool.length)];
                else target = random.nextInt(n);
                if (target == d) continue;
                to[edges] = target;
                edges++;
                degree[d]++;
                degree[target]++;
            }
        }
        for (int d = n > 1 ? n : 0; d <= n; d++) edgeStart[d] = edges;
        int[] offsets = new int[n + 1];
        int maxDegree = 0;
        for (int d = 0; d < n; d++) {
            offsets[d + 1] = offsets[d] + degree[d];
            maxDegree = Math.max(maxDegree, degree[d]);
        }
        int[] neighbours = fill(n, edges, edgeStart, to, offsets);
        return new SocialNetwork(offsets, neighbours, maxDegree);
    }

    /** Developers per block in {@link #fill}: a block's offsets and ties stay in cache. */
    private static final int BLOCK_BITS = 14;

    /**
     * Fills the neighbour lists: edge e (from the developer whose edges span e, to {@code to[e]})
     * is appended to both ends' lists, in edge order. Appending straight into a million lists
     * misses the cache on nearly every write, so the ties are first partitioned by block of
     * receiving developers (sequential writes), then appended block by block. The partition is
     * stable, so every list comes out in the same order as appending edge by edge.
     */
    private static int[] fill(int n, int edges, int[] edgeStart, int[] to, int[] offsets) {
        int[] neighbours = new int[offsets[n]];
        int blocks = (n >>> BLOCK_BITS) + 1;
        int[] cursor = new int[blocks];
        for (int b = 0; b < blocks; b++) cursor[b] = offsets[Math.min(n, b << BLOCK_BITS)];
        char[] receiver = new char[neighbours.length];
        int mask = (1 << BLOCK_BITS) - 1;
        for (int a = 0; a < n; a++) {
            for (int e = edgeStart[a], end = edgeStart[a + 1]; e < end; e++) {
                int b = to[e];
                int i = cursor[a >>> BLOCK_BITS]++;
                neighbours[i] = b;
                receiver[i] = (char) (a & mask);
                i = cursor[b >>> BLOCK_BITS]++;
                neighbours[i] = a;
                receiver[i] = (char) (b & mask);
            }
        }
        int[] fill = new int[1 << BLOCK_BITS];
        int[] scratch = new int[0];
        for (int b = 0; b < blocks; b++) {
            int first = b << BLOCK_BITS;
            if (first >= n) break;
            int last = Math.min(n, first + (1 << BLOCK_BITS));
            int from = offsets[first], until = offsets[last];
            if (scratch.length < until - from) scratch = new int[until - from];
            System.arraycopy(neighbours, from, scratch, 0, until - from);
            java.util.Arrays.fill(fill, 0);
            for (int i = from; i < until; i++) {
                int local = receiver[i];
                neighbours[offsets[first + local] + fill[local]++] = scratch[i - from];
            }
        }
        return neighbours;
    }

    private static int[][] membersByRegion(byte[] region, int regionCount) {
        int[] count = new int[regionCount];
        for (byte r : region) count[r]++;
        int[][] members = new int[regionCount][];
        for (int r = 0; r < regionCount; r++) members[r] = new int[count[r]];
        int[] fill = new int[regionCount];
        for (int d = 0; d < region.length; d++) members[region[d]][fill[region[d]]++] = d;
        return members;
    }

    /** Largest number of ties of any developer. */
    public int maxDegree() { return maxDegree; }

    public int degree(int d) { return offsets[d + 1] - offsets[d]; }

    /** First index into {@link #neighbourAt} of developer {@code d}'s ties. */
    public int firstTie(int d) { return offsets[d]; }

    public int endTie(int d) { return offsets[d + 1]; }

    public int neighbourAt(int tie) { return neighbours[tie]; }

    public long tieCount() { return neighbours.length / 2; }
}
