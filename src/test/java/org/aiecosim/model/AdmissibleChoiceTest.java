package org.aiecosim.model;

import ec.util.MersenneTwisterFast;
import org.aiecosim.bench.BenchConfigs;
import org.aiecosim.model.demand.CapabilityUtility;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A choice over the compacted rows of {@link AdmissibleMenu} is the choice over the whole menu: the
 * same model and the same draws, developer by developer, in months of a baseline run with barred models.
 */
class AdmissibleChoiceTest {

    @Test
    void choiceOverAdmissibleRowsEqualsChoiceOverWholeMenu() throws Exception {
        AiEcosystem m = new AiEcosystem(BenchConfigs.baseline(3000), 77);
        m.start();
        DeveloperChoice choice = DeveloperChoice.of(m.groups);
        int compared = 0, barredSeen = 0;
        while (m.schedule.getSteps() < 60) {
            m.schedule.step(m);
            if (m.schedule.getSteps() % 12 != 0) continue;
            ModelMenu menu = m.menu;
            DeveloperPopulation pop = m.developers;
            for (int d = 0; d < pop.size; d++) {
                int row = menu.fixedRow(pop.region[d], pop.kind[d]);
                for (int j = 0; j < menu.size; j++) if (menu.fixed[row + j] == Double.NEGATIVE_INFINITY) barredSeen++;
                int current = pop.model[d] < 0 ? -1 : menu.positionOfLab[pop.model[d]];
                if (current >= 0 && menu.fixed[row + current] == Double.NEGATIVE_INFINITY) current = -1;
                for (int c : new int[] {-1, current}) {
                    MersenneTwisterFast a = new MersenneTwisterFast(d), b = new MersenneTwisterFast(d);
                    int got = choice.choose(pop, d, c, menu, m.barrier, new double[menu.lab.length], a);
                    int want = wholeMenu(choice, pop, d, c, menu, b);
                    assertEquals(want, got, "developer " + d + " current " + c + " month " + m.month);
                    assertEquals(b.nextLong(), a.nextLong(), "the same number of draws");
                    compared++;
                }
            }
        }
        assertTrue(barredSeen > 0, "the baseline bars some models to some developers");
        assertTrue(compared > 10_000);
    }

    /** The choice as it was computed before the rows: every menu position, barred ones contributing exp(-inf) = 0. */
    private static int wholeMenu(DeveloperChoice choice, DeveloperPopulation pop, int d, int current, ModelMenu menu, MersenneTwisterFast random) {
        CapabilityUtility cu = choice.capabilityUtility();
        int n = menu.size;
        double[] utility = new double[n];
        double requirement = choice.tasks().requirement(pop.taskQuantile[d], menu.frontier);
        int row = menu.fixedRow(pop.region[d], pop.kind[d]);
        double own = Math.exp((requirement - menu.frontier) / cu.surplusScale());
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            double f = menu.fixed[row + j];
            if (f == Double.NEGATIVE_INFINITY) {
                utility[j] = f;
                continue;
            }
            double gap = menu.capability[j] - requirement;
            double factor = menu.surplusFactor[j];
            double u = gap < 0 ? cu.shortfallWeight() / 100.0 * gap
                    : own == 0 || factor == Double.POSITIVE_INFINITY ? cu.value(menu.capability[j], requirement)
                    : cu.surplusWeight() * (1 - factor * own);
            double v = pop.capabilityTaste[d] * u - pop.priceSensitivity[d] * menu.price[j] + pop.openPreference[d] * menu.open[j] + f;
            if (j == current) v += choice.switchingCost();
            utility[j] = v;
            if (v > max) max = v;
        }
        if (max == Double.NEGATIVE_INFINITY) return -1;
        double total = 0;
        for (int j = 0; j < n; j++) {
            utility[j] = Math.exp(utility[j] - max);
            total += utility[j];
        }
        double u = random.nextDouble() * total;
        int last = -1;
        for (int j = 0; j < n; j++) {
            if (utility[j] <= 0) continue;
            last = j;
            u -= utility[j];
            if (u < 0) return j;
        }
        return last;
    }
}
