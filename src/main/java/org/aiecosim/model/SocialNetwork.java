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

    private SocialNetwork(int[] offsets, int[] neighbours) {
        this.offsets = offsets;
        this.neighbours = neighbours;
    }

    /** Builds a random network over developers whose regions are given. */
    public static SocialNetwork build(byte[] region, int regionCount, int meanTies, double homophily,
                                      MersenneTwisterFast random) {
        int n = region.length;
        int[][] members = membersByRegion(region, regionCount);
        int half = meanTies / 2;
        boolean odd = meanTies % 2 == 1;
        int maxEdges = n * (half + (odd ? 1 : 0));
        int[] from = new int[maxEdges];
        int[] to = new int[maxEdges];
        int edges = 0;
        int[] degree = new int[n];
        for (int d = 0; d < n && n > 1; d++) {
            int stubs = half + (odd && random.nextBoolean() ? 1 : 0);
            for (int s = 0; s < stubs; s++) {
                int[] pool = members[region[d]];
                int target;
                if (random.nextDouble() < homophily && pool.length > 1) target = pool[random.nextInt(pool.length)];
                else target = random.nextInt(n);
                if (target == d) continue;
                from[edges] = d;
                to[edges] = target;
                edges++;
                degree[d]++;
                degree[target]++;
            }
        }
        int[] offsets = new int[n + 1];
        for (int d = 0; d < n; d++) offsets[d + 1] = offsets[d] + degree[d];
        int[] fill = new int[n];
        int[] neighbours = new int[offsets[n]];
        for (int e = 0; e < edges; e++) {
            int a = from[e], b = to[e];
            neighbours[offsets[a] + fill[a]++] = b;
            neighbours[offsets[b] + fill[b]++] = a;
        }
        return new SocialNetwork(offsets, neighbours);
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

    public int degree(int d) { return offsets[d + 1] - offsets[d]; }

    /** First index into {@link #neighbourAt} of developer {@code d}'s ties. */
    public int firstTie(int d) { return offsets[d]; }

    public int endTie(int d) { return offsets[d + 1]; }

    public int neighbourAt(int tie) { return neighbours[tie]; }

    public long tieCount() { return neighbours.length / 2; }
}
