package org.aiecosim.model;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Capital through the whole model: funding keeps identical labs identical, and with constant
 * fitness the venture shares approach the analytic limit of {@code InvestorAllocation}.
 */
class IdenticalLabsTest {

    /**
     * Settings under which nothing random can tell labs of the same inputs apart:
     * <ul>
     * <li>releases every month: the first release month is drawn at random in
     *     [entry + 1, entry + interval], so with a longer interval identical labs would release in
     *     different months, differ in capability and so in valuation (distance to the frontier);</li>
     * <li>closed price 0: adopters are drawn at random, and with a price they would bring different
     *     revenue, budgets and valuations;</li>
     * <li>closed prior, choice sensitivity 100 and learning off: the open/closed draw is closed with
     *     probability 1 − e^−100 every time (with learning on, attractions of a lab earning nothing
     *     decay toward zero and the prior's small open attraction wins after about four years).</li>
     * </ul>
     */
    private static Parameters symmetric(int developers) {
        Parameters p = new Parameters(ParameterCatalog.forRegions(List.of("A")));
        p.set("developers.count", developers);
        // No adopters, hence no revenue (random adoption would break symmetry and budgets).
        p.set("developers.initialAdoption", 0);
        p.set("developers.innovation", 0);
        p.set("developers.imitation", 0);
        p.set("release.choiceSensitivity", 100);
        p.set("region.A.openWeightLimit", 0); // every release closed
        for (LabKind k : LabKind.values()) {
            p.set("lab.kind." + k.key() + ".releaseInterval", 1);
        }
        return p;
    }

    @Test
    void fourIdenticalLabsStayBitIdenticalForAHundredYears() {
        int months = 1200;
        Parameters p = symmetric(200);
        p.set("region.A.parentShare", 0.3); // all three channels carry money
        p.set("region.A.stateShare", 0.3);
        List<LabSpec> labs = new ArrayList<>();
        for (int i = 0; i < 4; i++) labs.add(new LabSpec("twin" + i, "A", LabKind.BIGTECH, 5000, 1000, 0, 1000, false, 0));
        AiEcosystem m = new AiEcosystem(new ModelConfig(YearMonth.of(2022, 1), months, p, labs, List.of(), List.of()), 11L);
        m.start();
        for (int t = 0; t < months; t++) {
            m.schedule.step(m);
            Lab a = m.lab(0);
            assertTrue(a.fundingVenture() > 0 && a.fundingParent() > 0 && a.fundingState() > 0, "month " + t);
            assertTrue(Double.isFinite(a.budget()) && Double.isFinite(a.capability()), "month " + t);
            assertFalse(a.isOpen());
            for (int i = 1; i < 4; i++) {
                Lab b = m.lab(i);
                String at = b.name + ", month " + t;
                assertBits(a.fundingVenture(), b.fundingVenture(), "venture funding of " + at);
                assertBits(a.fundingParent(), b.fundingParent(), "parent funding of " + at);
                assertBits(a.fundingState(), b.fundingState(), "state funding of " + at);
                assertBits(a.budget(), b.budget(), "budget of " + at);
                assertBits(a.compute(), b.compute(), "compute of " + at);
                assertBits(a.knowhow(), b.knowhow(), "know-how of " + at);
                assertBits(a.capability(), b.capability(), "capability of " + at);
            }
            // and each receives exactly a quarter of the region's capital (no channel left unpaid)
            assertEquals(m.region(0).capital() / 4, a.funding(), 1e-12 * m.region(0).capital());
        }
        assertEquals(months - 1, m.lab(0).releases());
    }

    private static void assertBits(double expected, double actual, String what) {
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
                () -> what + ": " + expected + " vs " + actual);
    }

    /**
     * One lab of each kind with fitness equal to its kind weight (revenue exponent 0, reputation 0
     * since none goes open, a capability bandwidth so wide that distance to the frontier does not
     * count), all capital through venture. Shares of cumulative venture capital approach
     * η^(1/(1+γ)) / Σ η^(1/(1+γ)) (InvestorAllocation's limit, worked out here by hand).
     */
    @Test
    void ventureSharesOfLabsOfConstantFitnessApproachTheAnalyticLimit() {
        int months = 600;
        Parameters p = symmetric(100);
        p.set("region.A.parentShare", 0);
        p.set("region.A.stateShare", 0);
        p.set("capital.revenueExponent", 0);
        p.set("capital.capabilityBandwidth", 1e9);
        double[] weight = {8, 3, 1, 0.25};
        LabKind[] kinds = LabKind.values();
        List<LabSpec> labs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            p.set("lab.kind." + kinds[i].key() + ".fundingWeight", weight[i]);
            labs.add(new LabSpec("lab-" + kinds[i].key(), "A", kinds[i], 5000, 1000, 0, 1000, false, 0));
        }
        double gamma = p.get("capital.diminishingReturns");
        assertTrue(gamma > 0);
        AiEcosystem m = new AiEcosystem(new ModelConfig(YearMonth.of(2022, 1), months, p, labs, List.of(), List.of()), 3L);
        m.start();
        double[] raised = new double[4];
        for (int t = 0; t < months; t++) {
            m.schedule.step(m);
            for (int i = 0; i < 4; i++) {
                assertEquals(0, m.lab(i).reputation(), 0, "reputation stays 0, so fitness is the kind weight");
                raised[i] += m.lab(i).fundingVenture();
            }
        }
        double total = 0, norm = 0;
        for (int i = 0; i < 4; i++) { total += raised[i]; norm += Math.pow(weight[i], 1 / (1 + gamma)); }
        for (int i = 0; i < 4; i++) {
            double limit = Math.pow(weight[i], 1 / (1 + gamma)) / norm;
            double proportional = weight[i] / 12.25;
            assertEquals(limit, raised[i] / total, 1e-5, kinds[i] + ": share of cumulative venture capital");
            assertTrue(Math.abs(limit - proportional) > 0.02, "the limit differs from fitness-proportional shares");
        }
    }
}
