package org.aiecosim.model.lineage;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BaseChoiceTest {

    static final int SEEDS = 2_000;

    /** Two identical bases (capability 1100, cost 1, permissive, admissible); scratch never chosen. */
    static final double[] CAP = {1100, 1100}, COST = {1, 1}, LICENCE = {0, 0}, ADMISSIBLE = {1, 1};
    static final double NO_SCRATCH = -1e9;

    static BaseChoice identicalBases(double psi) {
        return new BaseChoice(0.05, 0.3, 1.0, psi, 2.0, NO_SCRATCH);
    }

    /**
     * Without ecosystem feedback two identical bases are a fair coin: the number of n = 200
     * choices going to base 0 is Binomial(200, 1/2). Chi-square goodness of fit of its histogram
     * over 2,000 seeds, bins pooled left to right until each expects at least 5.
     */
    @Test
    void withoutFeedbackIdenticalBasesSplitBinomially() {
        int n = 200;
        BaseChoice choice = identicalBases(0);
        double[] work = new double[2];
        double[] d = {0, 0};
        long[] histogram = new long[n + 1];
        for (int seed = 1; seed <= SEEDS; seed++) {
            MersenneTwisterFast random = new MersenneTwisterFast(seed);
            int first = 0;
            for (int i = 0; i < n; i++) {
                int c = choice.choose(900, CAP, COST, LICENCE, d, ADMISSIBLE, 2, work, random);
                assertTrue(c == 0 || c == 1, "scratch or nothing chosen: " + c);
                if (c == 0) first++;
                d[c]++; // the counts grow, but psi = 0 ignores them
            }
            d[0] = d[1] = 0;
            histogram[first]++;
        }
        BinomialDistribution binomial = new BinomialDistribution(null, n, 0.5);
        List<double[]> bins = new ArrayList<>(); // {expected, observed}
        double expected = 0, observed = 0;
        for (int k = 0; k <= n; k++) {
            expected += SEEDS * binomial.probability(k);
            observed += histogram[k];
            if (expected >= 5) {
                bins.add(new double[] {expected, observed});
                expected = observed = 0;
            }
        }
        double[] last = bins.get(bins.size() - 1);
        last[0] += expected;
        last[1] += observed;
        double[] e = new double[bins.size()];
        long[] o = new long[bins.size()];
        for (int b = 0; b < e.length; b++) {
            e[b] = bins.get(b)[0];
            o[b] = (long) bins.get(b)[1];
        }
        double p = new ChiSquareTest().chiSquareTest(e, o);
        assertTrue(bins.size() > 20, "bins " + bins.size());
        assertTrue(p > 0.001, "chi-square p = " + p + " over " + e.length + " bins");
    }

    /** Final urn share (1 + D_0) / (2 + D_0 + D_1) of base 0 after n choices fed back into D, one per seed. */
    static double[] urnShares(BaseChoice choice, double d0, double d1, int n) {
        double[] work = new double[2];
        double[] shares = new double[SEEDS];
        for (int seed = 1; seed <= SEEDS; seed++) {
            MersenneTwisterFast random = new MersenneTwisterFast(1_000_003L * seed);
            double[] d = {d0, d1};
            for (int i = 0; i < n; i++) d[choice.choose(900, CAP, COST, LICENCE, d, ADMISSIBLE, 2, work, random)]++;
            shares[seed - 1] = (1 + d[0]) / (2 + d[0] + d[1]);
        }
        return shares;
    }

    /**
     * With psi = 1 the weights are 1 + D: a P&oacute;lya urn with one ball per base, whose share
     * of base 0 converges to Beta(1, 1), the uniform law (Arthur 1989). Kolmogorov-Smirnov over
     * 2,000 seeds after 500 choices.
     */
    @Test
    void withUnitFeedbackTheShareFollowsTheUniformPolyaLimit() {
        double[] shares = urnShares(identicalBases(1), 0, 0, 500);
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new BetaDistribution(null, 1, 1), shares);
        assertTrue(p > 0.001, "KS p = " + p);
        // the test has power: without feedback the shares pile up at 1/2 and are far from uniform
        double[] flat = urnShares(identicalBases(0), 0, 0, 500);
        double q = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new UniformRealDistribution(null, 0, 1), flat);
        assertTrue(q < 1e-6, "KS p without feedback = " + q);
    }

    /** Initial derivative counts (2, 1) are an urn starting with (3, 2) balls: Beta(3, 2) limit. */
    @Test
    void withInitialCountsTheShareFollowsBetaOfCountsPlusOne() {
        double[] shares = urnShares(identicalBases(1), 2, 1, 500);
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new BetaDistribution(null, 3, 2), shares);
        assertTrue(p > 0.001, "KS p = " + p);
        // and not Beta(1, 1): the head start matters
        double q = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new BetaDistribution(null, 1, 1), shares);
        assertTrue(q < 1e-6, "KS p against Beta(1,1) = " + q);
    }

    @Test
    void unitFeedbackProbabilitiesAreExactlyProportionalToOnePlusDerivatives() {
        double[] out = new double[2];
        double scratch = identicalBases(1).probabilities(900, CAP, COST, LICENCE, new double[] {3, 1}, ADMISSIBLE, 2, out);
        assertEquals(0.0, scratch, 0.0);
        assertEquals(4.0 / 6, out[0], 1e-12);
        assertEquals(2.0 / 6, out[1], 1e-12);
    }

    /**
     * kappa = 0 and psi = 0 reproduce the plain "copy the base" rule: a lab that picks a base gets
     * exactly that base's capability, and a capability-driven lab picks the best open base, which
     * is the old fine-tune rule with a gain of 0.
     */
    @Test
    void zeroEfficiencyAndNoFeedbackReproduceTheCopyRule() {
        PostTraining copy = new PostTraining(0, 1e24, 1000, 100);
        BaseChoice choice = new BaseChoice(1e3, 0, 0, 0, 0, NO_SCRATCH);
        MersenneTwisterFast random = new MersenneTwisterFast(42);
        int n = 6;
        double[] base = new double[n], reached = new double[n], cost = new double[n], licence = new double[n],
                d = new double[n], admissible = new double[n], work = new double[n];
        for (int trial = 0; trial < 1_000; trial++) {
            double best = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                base[j] = 800 + 400 * random.nextDouble();
                cost[j] = random.nextDouble();
                licence[j] = random.nextDouble();
                d[j] = random.nextInt(100);
                admissible[j] = 1;
                reached[j] = copy.capability(base[j], 1e25 * random.nextDouble(), random.nextDouble());
                assertEquals(base[j], reached[j], 0.0);
                best = Math.max(best, base[j]);
            }
            int c = choice.choose(900, reached, cost, licence, d, admissible, n, work, random);
            assertTrue(c >= 0);
            assertEquals(base[c], copy.capability(base[c], 1e24, 0.5), 0.0);
            // capability sensitivity 1000/point: only a tie within ~0.01 points could pick another base
            assertEquals(best, base[c], 0.05);
        }
    }

    @Test
    void anInadmissibleBaseIsNeverChosen() {
        // base 1 is far the best and has the largest family, but is inadmissible
        double[] cap = {1000, 1300, 1000}, cost = {1, 1, 1}, licence = {0, 0, 0}, d = {0, 1e6, 0}, a = {1, 0, 0.5};
        BaseChoice choice = new BaseChoice(0.05, 0.3, 1, 1, 2, 0);
        double[] work = new double[3];
        MersenneTwisterFast random = new MersenneTwisterFast(7);
        int[] counts = new int[3];
        int scratch = 0;
        for (int i = 0; i < 10_000; i++) {
            int c = choice.choose(1000, cap, cost, licence, d, a, 3, work, random);
            if (c == BaseChoice.SCRATCH) scratch++;
            else counts[c]++;
        }
        assertEquals(0, counts[1]);
        assertTrue(counts[0] > 0 && counts[2] > 0 && scratch > 0);
        double[] out = new double[3];
        double ps = choice.probabilities(1000, cap, cost, licence, d, a, 3, out);
        assertEquals(0.0, out[1], 0.0);
        assertEquals(1.0, ps + out[0] + out[1] + out[2], 1e-12);
        // partial admissibility 0.5 costs admissibilityWeight x 0.5 = 1 utility: ratio e^-1
        assertEquals(Math.exp(-1), out[2] / out[0], 1e-12);
        // scratch: 0.05 x 1000 + 0 vs base 0: 0.05 x 1000 - 0.3: ratio e^0.3
        assertEquals(Math.exp(0.3), ps / out[0], 1e-12);
        // empirical frequencies agree with the probabilities (5 binomial sd)
        assertEquals(out[0], counts[0] / 10_000.0, 5 * Math.sqrt(out[0] * (1 - out[0]) / 10_000));
    }

    @Test
    void scratchAndNothingAvailable() {
        double[] work = new double[2];
        MersenneTwisterFast random = new MersenneTwisterFast(3);
        double[] none = {0, 0};
        // no admissible base: always scratch
        BaseChoice choice = new BaseChoice(0.05, 0.3, 1, 1, 2, 0);
        for (int i = 0; i < 100; i++) assertEquals(BaseChoice.SCRATCH, choice.choose(900, CAP, COST, LICENCE, none, none, 2, work, random));
        // scratch excluded too: nothing
        BaseChoice never = new BaseChoice(0.05, 0.3, 1, 1, 2, Double.NEGATIVE_INFINITY);
        assertEquals(BaseChoice.NONE, never.choose(900, CAP, COST, LICENCE, none, none, 2, work, random));
        assertTrue(Double.isNaN(never.probabilities(900, CAP, COST, LICENCE, none, none, 2, work)));
        assertEquals(BaseChoice.NONE, choice.choose(Double.NEGATIVE_INFINITY, CAP, COST, LICENCE, none, none, 2, work, random));
        // huge utilities do not overflow: max-subtraction
        BaseChoice steep = new BaseChoice(1e3, 0, 0, 0, 0, 0);
        double[] out = new double[2];
        double ps = steep.probabilities(1e6, new double[] {1e6 + 1, 1e6 - 1}, COST, LICENCE, none, ADMISSIBLE, 2, out);
        assertEquals(1.0, out[0], 1e-12);
        assertEquals(0.0, ps, 1e-12);
        assertNotEquals(BaseChoice.NONE, steep.choose(1e6, new double[] {1e6 + 1, 1e6 - 1}, COST, LICENCE, none, ADMISSIBLE, 2, work, random));
    }
}
