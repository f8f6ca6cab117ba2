package org.aiecosim.model;

import org.aiecosim.observation.IndicatorRecorder;
import org.aiecosim.observation.IndicatorTable;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12's new indicators, recomputed every month from the model's state by another route: adoption
 * by vendor (family root) with its HHI and top share, adoption by developer region &times; origin split
 * open/closed, open-release share by region &times; lab kind (from the labs' release counts), median prices
 * paid weighted by adopters, and revenue by source.
 */
class DemandIndicatorsTest {

    @Test
    void newIndicatorsMatchARecomputationEveryMonth() {
        int months = 36;
        ModelConfig config = TestConfigs.small(3000, months, p -> {
            p.set("developers.reevaluationRate", 0.2);
            for (LabKind k : LabKind.values()) p.set("lab.kind." + k.key() + ".scratchPremium", -5); // labs build on open bases
        });
        AiEcosystem m = new AiEcosystem(config, 31L);
        IndicatorRecorder recorder = new IndicatorRecorder();
        m.addObserver(recorder);
        m.start();
        int nl = m.labCount(), nr = m.regionNames().size(), nk = LabKind.values().length;
        List<String> regions = m.regionNames();
        int[] releases = new int[nl];
        int[][] released = new int[months][nr * nk], openReleased = new int[months][nr * nk];
        boolean derived = false, regionKindSeen = false;
        for (int month = 0; month < months; month++) {
            m.schedule.step(m);
            IndicatorTable t = recorder.table();
            // vendors
            long[] vendor = new long[nl];
            long total = 0;
            for (int l = 0; l < nl; l++) {
                vendor[m.lab(l).family()] += m.lab(l).adopters();
                total += m.lab(l).adopters();
                derived |= m.lab(l).family() != l && m.lab(l).adopters() > 0;
            }
            double hhi = 0, top = 0;
            for (int v = 0; v < nl; v++) {
                assertEquals(vendor[v], value(t, month, "lab." + m.lab(v).name + ".vendorAdopters"), 0);
                double s = (double) vendor[v] / total;
                hhi += s * s;
                top = Math.max(top, s);
            }
            assertEquals(hhi, value(t, month, "adoption.vendor.hhi"), 1e-12);
            assertEquals(top, value(t, month, "adoption.vendor.topShare"), 1e-12);
            // region x origin, open and closed
            for (int a = 0; a < nr; a++) {
                long[] open = new long[nr], closed = new long[nr];
                long all = 0;
                for (int l = 0; l < nl; l++) {
                    int c = m.developers().adopters(a, l);
                    (m.lab(l).isOpen() ? open : closed)[m.lab(l).region] += c;
                    all += c;
                }
                double sum = 0;
                for (int b = 0; b < nr; b++) {
                    String name = "adoption.users." + regions.get(a) + ".origin." + regions.get(b);
                    assertEquals((double) open[b] / all, value(t, month, name + ".open"), 1e-12, name);
                    assertEquals((double) closed[b] / all, value(t, month, name + ".closed"), 1e-12, name);
                    assertEquals(value(t, month, name), value(t, month, name + ".open") + value(t, month, name + ".closed"), 1e-12);
                    sum += value(t, month, name + ".open") + value(t, month, name + ".closed");
                }
                assertEquals(1, sum, 1e-12);
            }
            // median prices paid
            assertEquals(weightedMedian(m, false, month), value(t, month, "price.closed.median"), 0);
            assertEquals(weightedMedian(m, true, month), value(t, month, "price.open.median"), 0);
            // revenue by source
            double api = 0, hosting = 0, policy = 0;
            for (int l = 0; l < nl; l++) {
                Lab lab = m.lab(l);
                if (lab.isOpen()) hosting += lab.revenue(); else api += lab.revenue();
                policy += lab.policySupport();
            }
            assertEquals(api, value(t, month, "revenue.api"), 1e-9);
            assertEquals(hosting, value(t, month, "revenue.hosting"), 1e-9);
            assertEquals(policy, value(t, month, "revenue.policy"), 1e-9);
            // open-release share by region and lab kind, trailing 12 months, from the labs' own counts
            for (int l = 0; l < nl; l++) {
                Lab lab = m.lab(l);
                if (lab.releases() == releases[l]) continue;
                releases[l] = lab.releases();
                int cell = lab.region * nk + lab.kind.ordinal();
                released[month][cell]++;
                if (lab.isOpen()) openReleased[month][cell]++;
            }
            for (int r = 0; r < nr; r++) for (LabKind k : LabKind.values()) {
                int n = 0, o = 0;
                for (int w = Math.max(0, month - 11); w <= month; w++) {
                    n += released[w][r * nk + k.ordinal()];
                    o += openReleased[w][r * nk + k.ordinal()];
                }
                double got = value(t, month, "releases.openShare.region." + regions.get(r) + ".kind." + k.key());
                if (n == 0) assertTrue(Double.isNaN(got));
                else {
                    assertEquals((double) o / n, got, 1e-12);
                    regionKindSeen = true;
                }
            }
        }
        assertTrue(derived, "some adopters were on a model built on another lab's base (vendor != lab)");
        assertTrue(regionKindSeen);
    }

    private static double value(IndicatorTable t, int month, String name) {
        int i = t.indexOf(name);
        assertTrue(i >= 0, "indicator " + name);
        return t.get(month, i);
    }

    /** Price at which the cumulative adopters, in order of price, first reach half of the type's adopters. */
    private static double weightedMedian(AiEcosystem m, boolean open, int month) {
        List<Lab> labs = new ArrayList<>();
        for (int l = 0; l < m.labCount(); l++) {
            Lab lab = m.lab(l);
            if (lab.isOpen() == open && lab.adopters() > 0 && lab.active(month)) labs.add(lab);
        }
        if (labs.isEmpty()) return Double.NaN;
        labs.sort(Comparator.comparingDouble(Lab::price));
        double total = labs.stream().mapToDouble(Lab::adopters).sum(), cumulative = 0;
        for (Lab lab : labs) {
            cumulative += lab.adopters();
            if (cumulative >= total / 2) return lab.price();
        }
        return labs.get(labs.size() - 1).price();
    }
}
