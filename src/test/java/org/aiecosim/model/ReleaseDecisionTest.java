package org.aiecosim.model;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;

import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReleaseDecisionTest {

    @Test
    void logitProbabilityHasTheExpectedShape() {
        assertEquals(0.5, ReleaseDecision.probabilityOpen(1, 1, 4), 0);
        // normalised difference (3-1)/(3+1) = 0.5, so P = 1/(1+e^-2)
        assertEquals(1 / (1 + Math.exp(-2)), ReleaseDecision.probabilityOpen(3, 1, 4), 1e-15);
        double[] a = ReleaseDecision.initialAttractions(0.3, 0.02);
        assertEquals(0.3, (a[0] - a[1]) / (a[0] + a[1]), 1e-12);
    }

    @Test
    void drawsMatchTheLogitProbabilities() {
        MersenneTwisterFast random = new MersenneTwisterFast(99);
        double p = ReleaseDecision.probabilityOpen(2, 1, 3);
        int n = 20_000;
        long open = 0;
        for (int i = 0; i < n; i++) if (ReleaseDecision.chooseOpen(2, 1, 3, true, random)) open++;
        double pValue = new ChiSquareTest().chiSquareTest(new double[] {p * n, (1 - p) * n}, new long[] {open, n - open});
        assertTrue(pValue > 0.001, "chi-square p-value " + pValue + " for " + open + "/" + n + " vs " + p);
    }

    @Test
    void aForbiddenOptionIsNeverTaken() {
        MersenneTwisterFast random = new MersenneTwisterFast(1);
        for (int i = 0; i < 10_000; i++) assertFalse(ReleaseDecision.chooseOpen(100, -100, 50, false, random));
    }

    @Test
    void whenOpenPayoffsDominateLabsLearnToGoOpen() {
        double share = openShareOfLateReleases(p -> {
            p.set("release.adopterValue", 5000);
            p.set("release.spilloverCost", 0);
            p.set("region.US.openSupport", 500);
            p.set("region.China.openSupport", 500);
            p.set("region.EU.openSupport", 500);
            p.set("region.RestOfWorld.openSupport", 500);
        });
        assertTrue(share > 0.9, "open share of releases after learning " + share);
    }

    @Test
    void whenClosedPayoffsDominateLabsLearnToStayClosed() {
        double share = openShareOfLateReleases(p -> {
            p.set("release.adopterValue", 0);
            p.set("release.reputationValue", 0);
            p.set("release.spilloverCost", 100_000);
            p.set("economics.closedPrice", 500);
            p.set("economics.openServiceShare", 0);
            p.set("region.China.openSupport", 0);
            p.set("region.EU.openSupport", 0);
        });
        assertTrue(share < 0.1, "open share of releases after learning " + share);
    }

    @Test
    void aRegionThatForbidsOpenReleasesNeverReleasesOpen() {
        ModelConfig config = TestConfigs.small(2000, 60, p -> {
            p.set("region.China.openWeightLimit", 0);
            p.set("release.adopterValue", 5000);
            p.set("region.China.openSupport", 500);
        });
        AiEcosystem m = new AiEcosystem(config, 5L);
        m.start();
        for (int month = 0; month < 60; month++) {
            m.schedule.step(m);
            for (int i = 0; i < m.labCount(); i++) {
                Lab l = m.lab(i);
                if (l.region == 1 && l.releases() > 0) assertFalse(l.isOpen(), l.name + " released open in month " + month);
                if (l.region == 1) assertEquals(0, l.openReleases());
            }
        }
        assertEquals(0.0, m.releaseLog().openShareByRegion(59, 60, 1), 0);
    }

    private static double openShareOfLateReleases(Consumer<Parameters> tweak) {
        ModelConfig config = TestConfigs.small(3000, 96, tweak);
        double total = 0;
        int runs = 3;
        for (int seed = 1; seed <= runs; seed++) {
            AiEcosystem m = new AiEcosystem(config, seed).runToEnd();
            total += m.releaseLog().openShareByRegion(95, 36, -1);
        }
        return total / runs;
    }
}
