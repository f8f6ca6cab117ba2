package org.aiecosim.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12, prices through the whole model, recomputed in the test from the labs' state: an open model
 * costs its serving cost &times; (1 + hostMargin) when its family has no derivatives; a closed one its
 * serving cost + min(maxMarkup, 1/(&alpha;(1 &minus; s))), &alpha; the population's mean price sensitivity and s its
 * share of the adopters on models within the competition band. Serving cost is
 * c0 &radic;(E/E_ref) 10^(&minus;&zeta; K) with E the effective compute of the model's capability.
 */
class PricesInModelTest {

    @Test
    void openAndClosedPricesFollowTheirFormulasEveryMonth() {
        Parameters p = DemandScenarios.parameters(List.of("A", "B"), 4000, q -> {
            q.set("developers.contributionRate", 0); // no developer derivatives
            for (String r : List.of("A", "B")) for (String o : List.of("A", "B")) q.set(RegionPolicy.baseAdmissibleKey(r, o), 0);
            q.set("economics.hostMargin", 0.4);
            q.set("economics.maxMarkup", 40);
            q.set("economics.competitionBand", 80);
            q.set("developers.initialAdoption", 0.1);
        });
        List<LabSpec> labs = List.of(
                DemandScenarios.lab("A-frontier", "A", LabKind.FRONTIER, 1100, 0.2, false),
                DemandScenarios.lab("A-second", "A", LabKind.STARTUP, 1060, 0.1, false),
                DemandScenarios.lab("A-open", "A", LabKind.BIGTECH, 1040, 0.0, true),
                DemandScenarios.lab("B-closed", "B", LabKind.STARTUP, 980, 0.0, false),
                DemandScenarios.lab("B-open", "B", LabKind.ACADEMIC, 900, -0.1, true));
        AiEcosystem m = new AiEcosystem(DemandScenarios.config(p, 24, labs, List.of()), 11L);
        m.start();
        Parameters v = m.parameters();
        double c0 = v.get("economics.servingCost"), zeta = v.get("economics.servingKnowhowWeight");
        double eRef = v.get("scaling.referenceCompute"), cRef = v.get("scaling.referenceCapability"), slope = v.get("scaling.slope");
        double margin = v.get("economics.hostMargin"), maxMarkup = v.get("economics.maxMarkup"), band = v.get("economics.competitionBand");
        DeveloperPopulation dev = m.developers();
        double alpha = 0;
        for (int d = 0; d < dev.size(); d++) alpha += dev.priceSensitivity[d];
        alpha /= dev.size();
        int n = m.labCount();
        int[] adoptersBefore = new int[n];
        int open = 0, closed = 0, capped = 0;
        for (int month = 0; month < 24; month++) {
            // Prices are set in the release phase, from adopters as the previous month left them.
            for (int l = 0; l < n; l++) adoptersBefore[l] = m.lab(l).adopters();
            m.schedule.step(m);
            for (int l = 0; l < n; l++) {
                Lab lab = m.lab(l);
                double effective = eRef * Math.pow(10, (lab.capability() - cRef) / slope);
                double serving = c0 * Math.sqrt(effective / eRef) * Math.pow(10, -zeta * lab.knowhow());
                assertEquals(serving, lab.servingCost(), 1e-9 * serving, "serving cost of " + lab.name + " month " + month);
                String what = lab.name + " month " + month;
                if (lab.isOpen()) {
                    assertEquals(0, m.families().derivatives(lab.family()), 0, "no derivatives in " + what);
                    assertEquals(serving * (1 + margin), lab.price(), 1e-9 * serving, "open price of " + what);
                    open++;
                } else {
                    double inBand = 0;
                    for (int k = 0; k < n; k++) {
                        if (m.lab(k).active(month) && Math.abs(m.lab(k).capability() - lab.capability()) <= band) inBand += adoptersBefore[k];
                    }
                    double s = inBand > 0 ? adoptersBefore[l] / inBand : 1;
                    double markup = s >= 1 ? maxMarkup : Math.min(maxMarkup, 1 / (alpha * (1 - s)));
                    if (markup == maxMarkup) capped++;
                    assertEquals(serving + markup, lab.price(), 1e-9 * (serving + markup), "closed price of " + what);
                    closed++;
                }
            }
        }
        assertTrue(open >= 10 && closed >= 20, "open " + open + ", closed " + closed);
        assertTrue(closed - capped > 10, "markups below the cap checked: " + (closed - capped));
    }
}
