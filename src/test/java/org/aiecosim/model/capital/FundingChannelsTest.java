package org.aiecosim.model.capital;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.aiecosim.model.capital.FundingChannels.PARENT;
import static org.aiecosim.model.capital.FundingChannels.STATE;
import static org.aiecosim.model.capital.FundingChannels.VENTURE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FundingChannelsTest {
    // kind codes as in the model's LabKind order
    static final int FRONTIER = 0, BIGTECH = 1, STARTUP = 2, ACADEMIC = 3;

    /** 1,000 seeded random cases of three months each: every channel's money is paid out or reported unallocated. */
    @Test
    void moneyIsConservedEachMonthChannelByChannel() {
        Random rng = new Random(20250101L);
        for (int c = 0; c < 1_000; c++) {
            int n = 1 + rng.nextInt(12);
            int regions = 1 + rng.nextInt(4);
            FundingChannels channels = new FundingChannels(
                    new InvestorAllocation(2 * rng.nextDouble(), 0.1 + 100 * rng.nextDouble()),
                    new InvestorAllocation(8 * rng.nextDouble(), 0.1 + 100 * rng.nextDouble()));
            int[] region = new int[n], kind = new int[n];
            double[] fitness = new double[n], ventureRaised = new double[n], stateRaised = new double[n];
            boolean[] eligible = new boolean[n];
            for (int i = 0; i < n; i++) {
                region[i] = rng.nextInt(regions);
                kind[i] = rng.nextInt(4);
                fitness[i] = rng.nextDouble() < 0.2 ? 0 : 5 * rng.nextDouble();
                ventureRaised[i] = rng.nextDouble() < 0.5 ? 0 : 1e4 * rng.nextDouble();
                stateRaised[i] = rng.nextDouble() < 0.5 ? 0 : 1e3 * rng.nextDouble();
            }
            double[] byKind = {0, 50 + 500 * rng.nextDouble(), 0, 0};
            double[] parentFunding = new double[n];
            FundingChannels.parentFundingByKind(kind, byKind, parentFunding);
            double[] ventureFlow = new double[regions], stateFlow = new double[regions];
            double[] venture = new double[n], parent = new double[n], state = new double[n], unallocated = new double[3];
            for (int month = 0; month < 3; month++) {
                for (int i = 0; i < n; i++) eligible[i] = rng.nextDouble() < 0.7;
                for (int r = 0; r < regions; r++) {
                    ventureFlow[r] = rng.nextDouble() < 0.1 ? 0 : 1e4 * rng.nextDouble();
                    stateFlow[r] = rng.nextDouble() < 0.3 ? 0 : 1e3 * rng.nextDouble();
                }
                double[] ventureBefore = ventureRaised.clone(), stateBefore = stateRaised.clone();
                channels.fund(ventureFlow, stateFlow, parentFunding, region, fitness, eligible,
                        ventureRaised, stateRaised, venture, parent, state, unallocated);
                String where = "case " + c + ", month " + month;
                double ventureUnallocated = 0, stateUnallocated = 0, parentUnallocated = 0;
                for (int r = 0; r < regions; r++) {
                    boolean fundable = false;
                    double v = 0, s = 0;
                    for (int i = 0; i < n; i++) {
                        if (region[i] != r) continue;
                        fundable |= eligible[i] && fitness[i] > 0;
                        v += venture[i];
                        s += state[i];
                    }
                    if (fundable) {
                        assertEquals(ventureFlow[r], v, 1e-9 * ventureFlow[r], where + ", region " + r + " venture");
                        assertEquals(stateFlow[r], s, 1e-9 * stateFlow[r], where + ", region " + r + " state");
                    } else {
                        assertEquals(0, v, 0, where);
                        assertEquals(0, s, 0, where);
                        ventureUnallocated += ventureFlow[r];
                        stateUnallocated += stateFlow[r];
                    }
                }
                for (int i = 0; i < n; i++) {
                    assertTrue(venture[i] >= 0 && parent[i] >= 0 && state[i] >= 0, where + ", lab " + i + " negative");
                    if (fitness[i] == 0 || !eligible[i]) {
                        assertEquals(0, venture[i], 0, where + ", lab " + i + " venture without fitness or eligibility");
                        assertEquals(0, state[i], 0, where + ", lab " + i + " state without fitness or eligibility");
                    }
                    assertEquals(eligible[i] ? parentFunding[i] : 0, parent[i], 0, where + ", lab " + i + " parent");
                    assertEquals(kind[i] == BIGTECH && eligible[i] ? byKind[BIGTECH] : 0, parent[i], 0, where + ", lab " + i + " parent by kind");
                    if (!eligible[i]) parentUnallocated += parentFunding[i];
                    assertEquals(ventureBefore[i] + venture[i], ventureRaised[i], 0, where);
                    assertEquals(stateBefore[i] + state[i], stateRaised[i], 0, where);
                }
                assertEquals(ventureUnallocated, unallocated[VENTURE], 1e-9 * (1 + ventureUnallocated), where);
                assertEquals(stateUnallocated, unallocated[STATE], 1e-9 * (1 + stateUnallocated), where);
                assertEquals(parentUnallocated, unallocated[PARENT], 1e-9 * (1 + parentUnallocated), where);
                // totals: what was paid plus what was not equals what flowed in
                double inV = Arrays.stream(ventureFlow).sum(), inS = Arrays.stream(stateFlow).sum(), inP = Arrays.stream(parentFunding).sum();
                assertEquals(inV, Arrays.stream(venture).sum() + unallocated[VENTURE], 1e-9 * (1 + inV), where);
                assertEquals(inS, Arrays.stream(state).sum() + unallocated[STATE], 1e-9 * (1 + inS), where);
                assertEquals(inP, Arrays.stream(parent).sum() + unallocated[PARENT], 1e-9 * (1 + inP), where);
            }
        }
    }

    /** Five identical big-tech labs in one region, one startup elsewhere, 1,200 months of growing flows. */
    @Test
    void identicalLabsKeepBitIdenticalFundingFromEveryChannelFor1200Months() {
        FundingChannels channels = new FundingChannels(new InvestorAllocation(0.7, 20));
        int[] region = {0, 0, 1, 0, 0, 0};
        int[] kind = {BIGTECH, BIGTECH, STARTUP, BIGTECH, BIGTECH, BIGTECH};
        double[] fitness = {2.5, 2.5, 1, 2.5, 2.5, 2.5};
        boolean[] eligible = new boolean[6];
        Arrays.fill(eligible, true);
        double[] parentFunding = new double[6];
        FundingChannels.parentFundingByKind(kind, new double[] {0, 300, 0, 0}, parentFunding);
        double[] ventureFlow = {1_000, 200}, stateFlow = {50, 400};
        double[] ventureRaised = new double[6], stateRaised = new double[6];
        double[] venture = new double[6], parent = new double[6], state = new double[6], unallocated = new double[3];
        for (int month = 0; month < 1_200; month++) {
            channels.fund(ventureFlow, stateFlow, parentFunding, region, fitness, eligible,
                    ventureRaised, stateRaised, venture, parent, state, unallocated);
            for (int i : new int[] {1, 3, 4, 5}) {
                assertEquals(venture[0], venture[i], 0, "venture, month " + month);
                assertEquals(parent[0], parent[i], 0, "parent, month " + month);
                assertEquals(state[0], state[i], 0, "state, month " + month);
            }
            assertEquals(ventureFlow[0] / 5, venture[0], 1e-9 * ventureFlow[0], "five identical labs take a fifth each");
            assertEquals(ventureFlow[1], venture[2], 1e-9 * ventureFlow[1], "the only lab of its region takes it all");
            assertArrayEquals(new double[3], unallocated, 0);
            ventureFlow[0] *= 1.003;
            ventureFlow[1] *= 1.003;
            stateFlow[0] *= 1.001;
        }
    }

    /**
     * Fitness (1, 2, 4) in one region, constant flows: venture money (gamma 1) reaches shares
     * proportional to (1, sqrt 2, 2); state money (gamma 4) to (1, 2^0.2, 4^0.2), much flatter.
     */
    @Test
    void venturePicksByFitnessWhileStateFundsSpreadNearlyEvenly() {
        FundingChannels channels = new FundingChannels(new InvestorAllocation(1, 1));
        assertEquals(4, channels.state().diminishingReturns(), 0);
        double[] fitness = {1, 2, 4};
        int[] region = {0, 0, 0};
        boolean[] eligible = {true, true, true};
        double[] vr = new double[3], sr = new double[3], v = new double[3], p = new double[3], s = new double[3], u = new double[3];
        for (int month = 0; month < 1_200; month++)
            channels.fund(new double[] {100}, new double[] {100}, new double[3], region, fitness, eligible, vr, sr, v, p, s, u);
        double r2 = Math.sqrt(2), a = Math.pow(2, 0.2), b = Math.pow(4, 0.2);
        double[] ventureLimit = {1 / (3 + r2), r2 / (3 + r2), 2 / (3 + r2)};
        double[] stateLimit = {1 / (1 + a + b), a / (1 + a + b), b / (1 + a + b)};
        double vTotal = vr[0] + vr[1] + vr[2], sTotal = sr[0] + sr[1] + sr[2];
        for (int i = 0; i < 3; i++) {
            assertEquals(ventureLimit[i], vr[i] / vTotal, 0.01 * ventureLimit[i]);
            assertEquals(stateLimit[i], sr[i] / sTotal, 0.01 * stateLimit[i]);
        }
        assertTrue(sr[2] / sr[0] < 1.33 && vr[2] / vr[0] > 1.99, "state ratio " + sr[2] / sr[0] + ", venture ratio " + vr[2] / vr[0]);
    }

    @Test
    void aBigTechParentPaysItsLabInFullWhateverTheOtherLabsDo() {
        FundingChannels channels = new FundingChannels(new InvestorAllocation(0.5, 10), new InvestorAllocation(3, 10));
        int[] kind = {FRONTIER, BIGTECH, ACADEMIC, BIGTECH};
        double[] parentFunding = new double[4];
        FundingChannels.parentFundingByKind(kind, new double[] {0, 250, 0, 0}, parentFunding);
        assertArrayEquals(new double[] {0, 250, 0, 250}, parentFunding, 0);
        double[] v = new double[4], p = new double[4], s = new double[4], u = new double[3];
        channels.fund(new double[] {0}, new double[] {0}, parentFunding, new int[4], new double[] {9, 0, 1, 1},
                new boolean[] {true, true, true, false}, new double[4], new double[4], v, p, s, u);
        assertArrayEquals(new double[] {0, 250, 0, 0}, p, 0, "the ineligible lab's parent money is not paid");
        assertEquals(250, u[PARENT], 0);
        assertEquals(0, v[1], 0, "parent funding does not need fitness; venture does");
    }

    @Test
    void rejectsMismatchedInputs() {
        FundingChannels channels = new FundingChannels(new InvestorAllocation(1, 1));
        double[] one = {1};
        boolean[] yes = {true};
        assertThrows(IllegalArgumentException.class, () -> channels.fund(one, new double[2], one, new int[1], one, yes,
                new double[1], new double[1], new double[1], new double[1], new double[1], new double[3]));
        assertThrows(IllegalArgumentException.class, () -> channels.fund(one, one, one, new int[] {1}, one, yes,
                new double[1], new double[1], new double[1], new double[1], new double[1], new double[3]));
        assertThrows(IllegalArgumentException.class, () -> channels.fund(one, one, new double[] {-1}, new int[1], one, yes,
                new double[1], new double[1], new double[1], new double[1], new double[1], new double[3]));
        assertThrows(IllegalArgumentException.class, () -> new FundingChannels(null, new InvestorAllocation(1, 1)));
    }
}
