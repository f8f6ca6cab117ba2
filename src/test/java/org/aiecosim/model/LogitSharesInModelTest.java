package org.aiecosim.model;

import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12, known answer through the whole model: with homogeneous tastes, no network, ecosystem or
 * switching term and capability irrelevant, every developer who chooses in a month picks lab j with the
 * closed-form multinomial-logit probability exp(&minus;&beta; p_j + &theta; open_j) / &Sigma;_k exp(&minus;&beta; p_k + &theta; open_k).
 */
class LogitSharesInModelTest {

    @Test
    void adoptersPerLabFollowClosedFormLogitShares() {
        double beta = 0.5, theta = 0.25; // exact in float, as the population stores tastes
        Parameters p = DemandScenarios.parameters(List.of("A"), 40_000, q -> {
            DemandScenarios.neutralDemand(q);
            DemandScenarios.onlyKind(q, DeveloperKind.STARTUP);
            q.set("developers.kind.startup.priceSensitivity", beta);
            q.set("developers.kind.startup.openPreference", theta);
            q.set("developers.shortfallWeight", 0);
            q.set("developers.surplusWeight", 0);
            q.set("developers.reevaluationRate", 1);
            q.set("developers.initialAdoption", 0.3);
            q.set("developers.innovation", 0.5);
        });
        // Different capabilities and know-how give different serving costs, hence prices.
        List<LabSpec> labs = List.of(
                DemandScenarios.lab("closed-high", "A", LabKind.FRONTIER, 1100, 0.0, false),
                DemandScenarios.lab("closed-low", "A", LabKind.STARTUP, 1000, 0.2, false),
                DemandScenarios.lab("open-high", "A", LabKind.BIGTECH, 1080, 0.0, true),
                DemandScenarios.lab("open-low", "A", LabKind.ACADEMIC, 950, 0.0, true));
        AiEcosystem m = new AiEcosystem(DemandScenarios.config(p, 3, labs, List.of()), 20260101L);
        m.start();
        m.schedule.step(m); // month 0: no lab releases before month 1, prices are those developers saw

        int n = m.labCount();
        double[] weight = new double[n];
        double total = 0;
        for (int j = 0; j < n; j++) {
            Lab l = m.lab(j);
            weight[j] = Math.exp(-beta * l.price() + theta * (l.isOpen() ? 1 : 0));
            total += weight[j];
        }
        long[] observed = new long[n];
        long adopters = 0;
        for (int j = 0; j < n; j++) {
            observed[j] = m.lab(j).adopters();
            adopters += observed[j];
        }
        double[] expected = new double[n];
        for (int j = 0; j < n; j++) expected[j] = adopters * weight[j] / total;
        // Every adopter chose this month (re-evaluation rate 1), and the shares are far from equal.
        assertEquals(m.developers().adoptedCount(), adopters);
        assertTrue(adopters > 10_000, "adopters " + adopters);
        double spread = 0;
        for (int j = 0; j < n; j++) spread = Math.max(spread, Math.abs(weight[j] / total - 0.25));
        assertTrue(spread > 0.05, "prices must differ enough for the test to bite");
        double pValue = new ChiSquareTest().chiSquareTest(expected, observed);
        assertTrue(pValue > 0.001, "chi-square p = " + pValue + ", observed " + java.util.Arrays.toString(observed)
                + ", expected " + java.util.Arrays.toString(expected));
    }
}
