package org.aiecosim.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The running adopter counts (by region, by kind, by lab) always equal a recount of the developer arrays. */
class AdopterCountsTest {

    @Test
    void runningCountsMatchARecountEveryMonth() {
        ModelConfig config = TestConfigs.small(5000, 36, p -> p.set("developers.reevaluationRate", 0.3));
        AiEcosystem m = new AiEcosystem(config, 21L);
        m.start();
        DeveloperPopulation dev = m.developers();
        int regions = m.regionNames().size(), kinds = DeveloperKind.values().length, labs = m.labCount();
        for (int month = 0; month < 36; month++) {
            m.schedule.step(m);
            int[][] byRegion = new int[regions][labs], byKind = new int[kinds][labs];
            int[] byLab = new int[labs];
            for (int d = 0; d < dev.size(); d++) {
                int lab = dev.modelOf(d);
                if (lab < 0) continue;
                byRegion[dev.regionOf(d)][lab]++;
                byKind[dev.kindOf(d)][lab]++;
                byLab[lab]++;
            }
            for (int l = 0; l < labs; l++) {
                assertEquals(byLab[l], m.lab(l).adopters(), "lab " + l + " month " + month);
                for (int r = 0; r < regions; r++) assertEquals(byRegion[r][l], dev.adopters(r, l));
                for (int k = 0; k < kinds; k++) assertEquals(byKind[k][l], dev.adoptersOfKind(k, l));
            }
        }
    }
}
