package org.aiecosim.model.strategy;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Known answers of the release strategy: limits of quantal response, one-time lead cost, and a QRE. */
class ReleaseStrategyTest {
    private static final ReleasePayoffs NO_OPEN_VALUE = new ReleasePayoffs(0.15, 0, 0, 600);

    @Test
    void aLoneLeaderWithApiRevenueGoesClosedAsSensitivityGrows() {
        // 6-month horizon, $20/developer-month to 1M developers closed; open earns the hosting share of $3.
        double closed = NO_OPEN_VALUE.closed(6, 20, 1.0);
        double open = NO_OPEN_VALUE.open(6, 3, 1.2, 0, 0, 0.5, 0);
        double previous = 1;
        for (double lambda : new double[] {0, 1, 4, 16, 64, 256}) {
            double p = QuantalResponse.probabilityOpen(open, closed, lambda);
            assertTrue(p <= previous, "P(open) falls as the sensitivity grows");
            previous = p;
        }
        assertEquals(0.5, QuantalResponse.probabilityOpen(open, closed, 0), 1e-15);
        assertTrue(QuantalResponse.probabilityOpen(open, closed, 256) < 1e-40);
    }

    @Test
    void aLaggardWithNoClosedRevenueAndAComplementGoesOpen() {
        ReleasePayoffs payoffs = new ReleasePayoffs(0.15, 0, 0, 600);
        double closed = payoffs.closed(8, 5, 0.0);
        double open = payoffs.open(8, 1, 0.3, 2, 0, 0, 3); // no lead: nothing to give away
        assertTrue(open > 0);
        assertEquals(1.0, QuantalResponse.probabilityOpen(open, closed, 50), 1e-15);
    }

    @Test
    void theLeadIsPaidOnceAndGrowsWithRivalsLifted() {
        ReleasePayoffs payoffs = new ReleasePayoffs(0, 0, 0, 600);
        assertEquals(600 * 0.5 * 1, payoffs.oneTimeLeadCost(0.5, 0), 1e-12);
        assertEquals(600 * 0.5 * 4, payoffs.oneTimeLeadCost(0.5, 3), 1e-12);
        // One-time: a longer horizon does not multiply it.
        assertEquals(-300, payoffs.open(6, 0, 0, 0, 0, 0.5, 0), 1e-12);
        assertEquals(-300, payoffs.open(12, 0, 0, 0, 0, 0.5, 0), 1e-12);
    }

    @Test
    void withoutPolicySupportOnlyMarketTermsCount() {
        ReleasePayoffs p = new ReleasePayoffs(0.2, 1.5, 0.3, 100);
        double market = 6 * (0.2 * 2 * 0.7 + 1.5 * 0.7 + 0.3) - 100 * 0.1 * 3;
        assertEquals(market, p.open(6, 2, 0.7, 0, 0, 0.1, 2), 1e-12);
        assertEquals(market + 6 * 4, p.open(6, 2, 0.7, 0, 4, 0.1, 2), 1e-12, "support adds exactly its amount over the horizon");
    }

    /**
     * Symmetric two-lab game (open is worth more when the rival stays closed): the quantal-response
     * equilibrium is the fixed point p = P(open | rival opens with p); two labs that repeatedly choose
     * by quantal response against each other's empirical frequency reach it.
     */
    @Test
    void aSymmetricTwoLabGameReachesItsQuantalResponseEquilibrium() {
        double[][] a = {{10, 6}, {12, 4}}; // a[mine][theirs], 1 = open
        double lambda = 3;
        double p = QuantalResponse.symmetricEquilibrium(a, lambda);
        assertEquals(p, QuantalResponse.response(a, p, lambda), 1e-12, "a fixed point");
        MersenneTwisterFast random = new MersenneTwisterFast(11);
        long opens1 = 1, opens2 = 1, rounds = 1;
        for (int t = 0; t < 200_000; t++) {
            double f1 = (double) opens1 / (rounds + 1), f2 = (double) opens2 / (rounds + 1);
            boolean o1 = random.nextDouble() < QuantalResponse.response(a, f2, lambda);
            boolean o2 = random.nextDouble() < QuantalResponse.response(a, f1, lambda);
            if (o1) opens1++;
            if (o2) opens2++;
            rounds++;
        }
        assertEquals(p, (double) opens1 / rounds, 0.01);
        assertEquals(p, (double) opens2 / rounds, 0.01);
    }
}
