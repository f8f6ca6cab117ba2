package org.aiecosim.model.capital;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InvestorAllocationTest {
    static final int MONTHS = 1_200;

    /** Five identical labs (plus one different lab, to show position does not matter) over 1,200 months of growing flow. */
    @Test
    void identicalLabsReceiveBitIdenticalAmountsEveryMonthFor1200Months() {
        for (double gamma : new double[] {0, 0.5, 1, 4}) {
            InvestorAllocation rule = new InvestorAllocation(gamma, 7);
            double[] fitness = {1.3, 1.3, 0.4, 1.3, 1.3, 1.3};
            boolean[] eligible = new boolean[6];
            Arrays.fill(eligible, true);
            double[] raised = {50, 50, 0, 50, 50, 50};
            double[] out = new double[6];
            double flow = 100;
            for (int month = 0; month < MONTHS; month++, flow *= 1.003) {
                assertEquals(0, rule.allocate(flow, fitness, eligible, raised, out), 0);
                for (int i : new int[] {1, 3, 4, 5}) {
                    assertEquals(out[0], out[i], 0, "month " + month + ", gamma " + gamma + ", lab " + i);
                    assertEquals(raised[0], raised[i], 0, "month " + month + ", gamma " + gamma + ", lab " + i);
                }
            }
            // and without the odd lab, five identical labs each take exactly a fifth
            double[] five = {2, 2, 2, 2, 2};
            double[] raisedFive = new double[5];
            double[] outFive = new double[5];
            boolean[] all = {true, true, true, true, true};
            for (int month = 0; month < MONTHS; month++) {
                rule.allocate(100, five, all, raisedFive, outFive);
                for (int i = 1; i < 5; i++) assertEquals(outFive[0], outFive[i], 0);
                assertEquals(20, outFive[0], 1e-12);
            }
            assertEquals(20 * MONTHS, raisedFive[4], 1e-8);
        }
    }

    /** Fitness (1, 2, 4), flow 100, K_s = 1: shares converge to eta^(1/(1+gamma)) normalised. */
    @Test
    void sharesConvergeToTheFitnessModelsAnalyticLimit() {
        double r2 = Math.sqrt(2);
        assertLimit(1, new double[] {1 / (3 + r2), r2 / (3 + r2), 2 / (3 + r2)});
        assertLimit(0, new double[] {1 / 7.0, 2 / 7.0, 4 / 7.0});
        // a flat rule such as a guidance fund's: gamma = 4 gives shares proportional to eta^(1/5)
        double a = 1, b = Math.pow(2, 0.2), c = Math.pow(4, 0.2);
        assertLimit(4, new double[] {a / (a + b + c), b / (a + b + c), c / (a + b + c)});
    }

    private static void assertLimit(double gamma, double[] expected) {
        InvestorAllocation rule = new InvestorAllocation(gamma, 1);
        double[] fitness = {1, 2, 4};
        boolean[] eligible = {true, true, true};
        double[] raised = new double[3];
        double[] out = new double[3];
        for (int month = 0; month < MONTHS; month++) rule.allocate(100, fitness, eligible, raised, out);
        double total = raised[0] + raised[1] + raised[2];
        assertEquals(100.0 * MONTHS, total, 1e-9 * total);
        double[] limit = new double[3];
        rule.limitShares(fitness, limit);
        for (int i = 0; i < 3; i++) {
            assertEquals(expected[i], limit[i], 1e-12, "limitShares, gamma " + gamma);
            assertEquals(expected[i], raised[i] / total, 0.01 * expected[i], "cumulative share, gamma " + gamma + ", lab " + i);
            assertEquals(expected[i], out[i] / 100, 0.01 * expected[i], "month-1200 share, gamma " + gamma + ", lab " + i);
        }
    }

    /**
     * gamma = 1, equal fitness, K_s = 1: in continuous time d(K_i^2)/dt is the same for both labs
     * (K_i = 1 + raised_i), so K_1^2 - K_2^2 keeps its initial value and a head start
     * K_1 - K_2 = const/(K_1 + K_2) melts away. A month is a discrete step whose error is of order
     * flow^2 per month, so the invariant is checked with a flow small against the head start, and
     * the melting with a large flow.
     */
    @Test
    void aHeadStartShrinksUnderDiminishingReturnsButPersistsWithout() {
        double[] fitness = {1, 1};
        boolean[] eligible = {true, true};
        double[] out = new double[2];
        InvestorAllocation rule = new InvestorAllocation(1, 1);
        double[] raised = {1_000, 0};
        for (int month = 0; month < MONTHS; month++) rule.allocate(1, fitness, eligible, raised, out);
        double k1 = raised[0] + 1, k2 = raised[1] + 1;
        assertEquals(1_001.0 * 1_001.0 - 1, k1 * k1 - k2 * k2, 0.005 * 1e6, "K_1^2 - K_2^2 conserved");
        raised = new double[] {1_000, 0};
        for (int month = 0; month < MONTHS; month++) rule.allocate(100, fitness, eligible, raised, out);
        k1 = raised[0] + 1;
        k2 = raised[1] + 1;
        assertTrue(k1 - k2 > 0 && k1 - k2 < 1e6 / (k1 + k2), "head start of 1,000 down to " + (k1 - k2));
        assertEquals(1, out[1] / out[0], 1e-3);
        // without diminishing returns each lab gets half from the start, and the head start stays 1,000
        double[] flat = {1_000, 0};
        InvestorAllocation plain = new InvestorAllocation(0, 1);
        for (int month = 0; month < MONTHS; month++) plain.allocate(100, fitness, eligible, flat, out);
        assertEquals(1_000, flat[0] - flat[1], 1e-6);
        assertEquals(50, out[0], 0);
    }

    @Test
    void flowIsConservedAndNothingGoesToIneligibleOrZeroFitnessLabs() {
        InvestorAllocation rule = new InvestorAllocation(0.8, 10);
        double[] fitness = {3, 0, 1.5, 2, 0.2};
        boolean[] eligible = {true, true, false, true, true};
        double[] raised = {100, 0, 5, 0, 3_000};
        double[] out = new double[5];
        double flow = 1234.5;
        assertEquals(0, rule.allocate(flow, fitness, eligible, raised, out), 0);
        assertEquals(flow, out[0] + out[1] + out[2] + out[3] + out[4], 1e-9 * flow);
        assertEquals(0, out[1], 0, "fitness zero");
        assertEquals(0, out[2], 0, "ineligible");
        assertEquals(5, raised[2], 0);
        // weights: 3 * 11^-0.8, 2 * 1, 0.2 * 301^-0.8
        double w0 = 3 * Math.pow(11, -0.8), w3 = 2, w4 = 0.2 * Math.pow(301, -0.8);
        assertEquals(flow * w0 / (w0 + w3 + w4), out[0], 1e-9);
        assertEquals(flow * w4 / (w0 + w3 + w4), out[4], 1e-9);
        assertEquals(3_000 + out[4], raised[4], 0);
    }

    @Test
    void withNoEligibleLabTheWholeFlowIsReturnedUnallocated() {
        InvestorAllocation rule = new InvestorAllocation(1, 10);
        double[] out = {9, 9, 9};
        double[] raised = {1, 2, 3};
        assertEquals(500, rule.allocate(500, new double[] {1, 2, 3}, new boolean[3], raised, out), 0);
        assertArrayEquals(new double[3], out, 0);
        assertArrayEquals(new double[] {1, 2, 3}, raised, 0);
        // eligible labs all of fitness zero: nobody to fund either
        assertEquals(500, rule.allocate(500, new double[3], new boolean[] {true, true, true}, raised, out), 0);
        assertArrayEquals(new double[3], out, 0);
    }

    @Test
    void groupFormFundsOneGroupAndLeavesTheOthersUntouched() {
        InvestorAllocation rule = new InvestorAllocation(0.5, 10);
        double[] fitness = {1, 2, 3, 4};
        boolean[] eligible = {true, true, true, true};
        int[] region = {0, 1, 0, 1};
        double[] raised = new double[4];
        double[] out = {-1, -1, -1, -1};
        rule.allocate(90, fitness, eligible, region, 0, raised, out);
        assertEquals(-1, out[1], 0);
        assertEquals(-1, out[3], 0);
        assertEquals(90 * 1 / 4.0, out[0], 1e-12);
        assertEquals(90 * 3 / 4.0, out[2], 1e-12);
        assertArrayEquals(new double[] {out[0], 0, out[2], 0}, raised, 0);
    }

    @Test
    void weightsStayFiniteWithLargeGammaAndDecadesOfCapital() {
        InvestorAllocation rule = new InvestorAllocation(50, 1);
        double[] fitness = {1e-200, 2e-200};
        double[] raised = {1e12, 1e12};
        double[] out = new double[2];
        assertEquals(0, rule.allocate(300, fitness, new boolean[] {true, true}, raised, out), 0);
        assertEquals(100, out[0], 1e-9);
        assertEquals(200, out[1], 1e-9);
    }

    @Test
    void rejectsInvalidInputs() {
        assertThrows(IllegalArgumentException.class, () -> new InvestorAllocation(-0.1, 1));
        assertThrows(IllegalArgumentException.class, () -> new InvestorAllocation(1, 0));
        InvestorAllocation rule = new InvestorAllocation(1, 1);
        boolean[] yes = {true};
        assertThrows(IllegalArgumentException.class, () -> rule.allocate(-1, new double[] {1}, yes, new double[1], new double[1]));
        assertThrows(IllegalArgumentException.class, () -> rule.allocate(1, new double[] {-1}, yes, new double[1], new double[1]));
        assertThrows(IllegalArgumentException.class, () -> rule.allocate(1, new double[] {1}, yes, new double[] {-5}, new double[1]));
        assertThrows(IllegalArgumentException.class, () -> rule.allocate(1, new double[] {1, 1}, yes, new double[1], new double[1]));
    }
}
