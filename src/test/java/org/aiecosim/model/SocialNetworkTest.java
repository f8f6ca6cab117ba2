package org.aiecosim.model;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SocialNetworkTest {

    /** The cache-blocked fill gives every list in the order of appending edge by edge (several blocks, odd ties). */
    @Test
    void blockedFillMatchesAppendingEdgeByEdge() {
        int n = 70_000, regions = 4;
        for (int ties : new int[] {10, 7}) {
            MersenneTwisterFast r = new MersenneTwisterFast(5);
            byte[] region = new byte[n];
            for (int d = 0; d < n; d++) region[d] = (byte) r.nextInt(regions);
            SocialNetwork net = SocialNetwork.build(region, regions, ties, 0.7, new MersenneTwisterFast(11));
            int[][] expected = naive(region, regions, ties, 0.7, new MersenneTwisterFast(11));
            int max = 0;
            for (int d = 0; d < n; d++) {
                int[] got = new int[net.degree(d)];
                for (int t = net.firstTie(d); t < net.endTie(d); t++) got[t - net.firstTie(d)] = net.neighbourAt(t);
                assertArrayEquals(expected[d], got, "developer " + d);
                max = Math.max(max, got.length);
            }
            assertEquals(max, net.maxDegree());
        }
    }

    /** The straightforward construction: draw edges, append each to both ends' lists in order. */
    private static int[][] naive(byte[] region, int regionCount, int meanTies, double homophily, MersenneTwisterFast random) {
        int n = region.length;
        java.util.List<java.util.List<Integer>> pools = new java.util.ArrayList<>();
        for (int g = 0; g < regionCount; g++) pools.add(new java.util.ArrayList<>());
        for (int d = 0; d < n; d++) pools.get(region[d]).add(d);
        java.util.List<java.util.List<Integer>> lists = new java.util.ArrayList<>();
        for (int d = 0; d < n; d++) lists.add(new java.util.ArrayList<>());
        int half = meanTies / 2;
        boolean odd = meanTies % 2 == 1;
        java.util.List<int[]> edges = new java.util.ArrayList<>();
        for (int d = 0; d < n; d++) {
            int stubs = half + (odd && random.nextBoolean() ? 1 : 0);
            for (int s = 0; s < stubs; s++) {
                var pool = pools.get(region[d]);
                int target = random.nextDouble() < homophily && pool.size() > 1 ? pool.get(random.nextInt(pool.size())) : random.nextInt(n);
                if (target != d) edges.add(new int[] {d, target});
            }
        }
        for (int[] e : edges) {
            lists.get(e[0]).add(e[1]);
            lists.get(e[1]).add(e[0]);
        }
        int[][] out = new int[n][];
        for (int d = 0; d < n; d++) out[d] = lists.get(d).stream().mapToInt(Integer::intValue).toArray();
        return out;
    }
}
