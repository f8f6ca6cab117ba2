package org.aiecosim.model.demand;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Access rules: a hard bar gives exactly zero adoption at any parameter values; dated rules act from their month. */
class AccessRulesTest {

    private static final int US = 0, CHINA = 1, EU = 2, ROW = 3, REGIONS = 4;

    @Test
    void utilityTerms() {
        AccessRules a = new AccessRules(REGIONS);
        assertEquals(0.0, a.utilityTerm(EU, US, false), 0);
        a.set(CHINA, US, false, 0);
        a.set(CHINA, US, true, 0.25);
        assertEquals(Double.NEGATIVE_INFINITY, a.utilityTerm(CHINA, US, false));
        assertFalse(a.allowed(CHINA, US, false));
        assertEquals(Math.log(0.25), a.utilityTerm(CHINA, US, true), 0);
        assertTrue(a.allowed(CHINA, US, true));
        assertTrue(a.allowed(US, CHINA, false));    // direction matters
        a.setPair(EU, CHINA, 0.5);
        assertEquals(0.5, a.access(EU, CHINA, false), 0);
        assertEquals(0.5, a.access(EU, CHINA, true), 0);
        assertThrows(IllegalArgumentException.class, () -> a.set(EU, US, true, 1.5));
    }

    /** Near-hard access a multiplies the option's logit weight by a. */
    @Test
    void nearHardAccessScalesTheLogitWeight() {
        AccessRules a = new AccessRules(REGIONS);
        a.set(CHINA, US, false, 0.2);
        double[] v = {1.3 + a.utilityTerm(CHINA, US, false), 1.3 + a.utilityTerm(CHINA, CHINA, false)};
        double[] s = new double[2];
        Logit.shares(v, 2, s);
        assertEquals(0.2, s[0] / s[1], 1e-12);
    }

    /**
     * Property test: 500 random access matrices, random menus, random taste and utility parameters over
     * wide ranges (including huge utilities for the allowed options). Every barred (region, origin, type)
     * option gets share exactly 0 and is never drawn; a region where every option is barred adopts nothing.
     */
    @Test
    void barredPairsGetZeroAdoptionAtAnyParameters() {
        MersenneTwisterFast random = new MersenneTwisterFast(4242);
        int maxModels = 12, drawsPerRegion = 200;
        double[] v = new double[maxModels], share = new double[maxModels], scratch = new double[maxModels];
        int[] origin = new int[maxModels];
        boolean[] open = new boolean[maxModels];
        double[] capability = new double[maxModels], price = new double[maxModels];
        double[] w = new double[1], alpha = new double[1], pref = new double[1];
        int barredSeen = 0, allBarredRegions = 0;
        for (int trial = 0; trial < 500; trial++) {
            AccessRules rules = new AccessRules(REGIONS);
            for (int r = 0; r < REGIONS; r++)
                for (int o = 0; o < REGIONS; o++)
                    for (int t = 0; t < 2; t++) {
                        double x = random.nextDouble();
                        double a = x < 0.35 ? 0 : x < 0.6 ? Math.pow(random.nextDouble(), 8) : 1;  // near-hard a may be tiny
                        rules.set(r, o, t == 1, a);
                    }
            int n = 1 + random.nextInt(maxModels);
            double frontier = 1000 + 600 * random.nextDouble();
            for (int j = 0; j < n; j++) {
                origin[j] = random.nextInt(REGIONS);
                open[j] = random.nextBoolean();
                capability[j] = frontier - 400 * random.nextDouble();
                price[j] = 100 * random.nextDouble();
            }
            double scale = Math.pow(10, -2 + 6 * random.nextDouble());   // utility scale 1e-2 .. 1e4
            CapabilityUtility cu = new CapabilityUtility(scale * random.nextDouble(), scale * random.nextDouble(),
                                                         1 + 200 * random.nextDouble());
            Tastes tastes = new Tastes(2 * random.nextDouble(), 2 * random.nextDouble(), scale * random.nextDouble());
            TaskRequirement task = new TaskRequirement(800 + 200 * random.nextDouble(), 1 + 5 * random.nextDouble());
            TrustCost trust = new TrustCost(REGIONS, 0, scale * random.nextDouble(), scale * 3 * random.nextDouble());
            for (int r = 0; r < REGIONS; r++)
                for (int o = 0; o < REGIONS; o++) {
                    trust.setOpenTrust(r, o, scale * random.nextDouble());
                    trust.setClosedCompliance(r, o, scale * random.nextDouble());
                }
            for (int r = 0; r < REGIONS; r++) {
                int kind = random.nextInt(3);
                tastes.draw(scale * random.nextDouble(), Math.log(scale) * random.nextGaussian(),
                            scale * random.nextGaussian(), random, 0, w, alpha, pref);
                double requirement = task.requirement(random.nextDouble(), frontier);
                boolean anyAllowed = false;
                for (int j = 0; j < n; j++) {
                    v[j] = w[0] * cu.value(capability[j], requirement) - alpha[0] * price[j]
                         + (open[j] ? pref[0] : 0) - trust.cost(r, origin[j], kind, open[j])
                         + rules.utilityTerm(r, origin[j], open[j]);
                    anyAllowed |= rules.allowed(r, origin[j], open[j]);
                }
                Logit.shares(v, n, share);
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    assertFalse(Double.isNaN(share[j]));
                    if (!rules.allowed(r, origin[j], open[j])) {
                        assertEquals(0.0, share[j], 0, "trial " + trial);
                        barredSeen++;
                    }
                    sum += share[j];
                }
                if (anyAllowed) assertEquals(1.0, sum, 1e-9);
                else {
                    assertEquals(0.0, sum, 0);
                    allBarredRegions++;
                }
                for (int d = 0; d < drawsPerRegion; d++) {
                    int j = Logit.draw(v, n, scratch, random);
                    if (anyAllowed) assertTrue(j >= 0 && rules.allowed(r, origin[j], open[j]), "trial " + trial);
                    else assertEquals(-1, j);
                }
            }
        }
        assertTrue(barredSeen > 1000 && allBarredRegions > 10, barredSeen + " barred, " + allBarredRegions + " all-barred");
    }

    /** A dated rule acts from its month on (and not before); rules apply in month order. */
    @Test
    void datedRuleActsFromItsMonth() {
        AccessRules rules = new AccessRules(REGIONS);
        rules.schedule(new AccessRule(30, CHINA, US, false, 1.0));  // scheduled first, acts later: lifted at 30
        rules.schedule(new AccessRule(8, CHINA, US, false, 0.0));   // US closed APIs not offered in China from 8
        rules.schedule(new AccessRule(8, EU, ROW, true, 0.5));
        double[] v = new double[2], s = new double[2], scratch = new double[2];
        MersenneTwisterFast random = new MersenneTwisterFast(8);
        for (int month = 0; month < 40; month++) {
            rules.advanceTo(month);
            boolean barred = month >= 8 && month < 30;
            assertEquals(!barred, rules.allowed(CHINA, US, false), "month " + month);
            assertEquals(month >= 8 ? 0.5 : 1.0, rules.access(EU, ROW, true), 0);
            assertTrue(rules.allowed(CHINA, US, true));                  // open weights unaffected
            v[0] = 2.0 + rules.utilityTerm(CHINA, US, false);             // US closed API, attractive
            v[1] = 0.0 + rules.utilityTerm(CHINA, CHINA, false);          // domestic closed API
            Logit.shares(v, 2, s);
            if (barred) {
                assertEquals(0.0, s[0], 0);
                for (int d = 0; d < 1000; d++) assertEquals(1, Logit.draw(v, 2, scratch, random));
            } else assertTrue(s[0] > 0.8);
        }
        assertThrows(IllegalArgumentException.class, () -> rules.advanceTo(5));
        assertThrows(IllegalArgumentException.class, () -> rules.schedule(new AccessRule(39, US, US, true, 0)));
    }
}
