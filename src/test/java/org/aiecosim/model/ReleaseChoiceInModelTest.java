package org.aiecosim.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12, release choice through the whole model (quantal response over expected payoffs,
 * {@link ReleasePhase}): a lone leader with API revenue stays closed, a laggard with no API revenue and
 * a large complement value opens, and a region's open-source support adds exactly support &times; horizon
 * to the expected open payoff.
 */
class ReleaseChoiceInModelTest {

    @Test
    void aLoneLeaderWithApiRevenueStaysClosedInEveryRelease() {
        Parameters p = DemandScenarios.parameters(List.of("A", "B"), 3000, q -> {
            q.set("release.choiceSensitivity", 100);
            q.set("developers.initialAdoption", 0.2);
        });
        List<LabSpec> labs = List.of(
                DemandScenarios.lab("leader", "A", LabKind.FRONTIER, 1300, 0.6, false),
                DemandScenarios.lab("A-small", "A", LabKind.STARTUP, 950, 0.0, true),
                DemandScenarios.lab("B-small", "B", LabKind.BIGTECH, 960, 0.0, true));
        AiEcosystem m = new AiEcosystem(DemandScenarios.config(p, 48, labs, List.of()), 7L);
        m.start();
        Lab leader = m.lab(0);
        double band = m.parameterGroups().release().reachBand();
        int releases = 0, lone = 0;
        for (int month = 0; month < 48; month++) {
            m.schedule.step(m);
            if (leader.releases() == releases) continue;
            releases = leader.releases();
            boolean alone = true;
            for (int l = 1; l < m.labCount(); l++) {
                if (m.lab(l).active(month) && m.lab(l).capability() >= leader.capability() - band) alone = false;
            }
            if (!alone) continue;
            lone++;
            assertTrue(leader.attractionClosed() > 0, "API revenue expected, month " + month);
            assertTrue(leader.attractionClosed() > leader.attractionOpen(), "month " + month);
            assertFalse(leader.isOpen(), "the lone leader released open in month " + month);
        }
        assertTrue(lone >= 5, "lone-leader releases seen: " + lone);
    }

    @Test
    void aLaggardWithNoApiRevenueAndALargeComplementValueReleasesOpen() {
        Parameters p = DemandScenarios.parameters(List.of("A", "B"), 3000, q -> {
            q.set("release.choiceSensitivity", 100);
            q.set("lab.kind.bigtech.complementValue", 1e4);
            // Nobody is offered B's closed APIs, B included: a closed release would earn nothing.
            q.set(RegionPolicy.apiAccessKey("A", "B"), 0);
            q.set(RegionPolicy.apiAccessKey("B", "B"), 0);
            q.set("developers.initialAdoption", 0.2);
        });
        List<LabSpec> labs = List.of(
                DemandScenarios.lab("leader", "A", LabKind.FRONTIER, 1150, 0.3, false),
                DemandScenarios.lab("A-open", "A", LabKind.STARTUP, 1000, 0.0, true),
                DemandScenarios.lab("laggard", "B", LabKind.BIGTECH, 920, -0.3, false));
        AiEcosystem m = new AiEcosystem(DemandScenarios.config(p, 40, labs, List.of()), 8L);
        m.start();
        Lab laggard = m.lab(2);
        assertEquals(0, laggard.adopters());
        int releases = 0;
        for (int month = 0; month < 40; month++) {
            m.schedule.step(m);
            if (laggard.releases() == releases) {
                if (releases == 0) assertEquals(0, laggard.revenue(), 0, "its closed API earns nothing");
                continue;
            }
            releases = laggard.releases();
            assertEquals(0, laggard.attractionClosed(), 0, "no API revenue expected, month " + month);
            assertTrue(laggard.attractionOpen() > 0, "month " + month);
            assertTrue(laggard.isOpen(), "the laggard released closed in month " + month);
        }
        assertTrue(releases >= 3, "laggard releases: " + releases);
    }

    @Test
    void openSupportAddsExactlySupportTimesHorizonToTheOpenPayoff() {
        double support = 7.5;
        AiEcosystem without = supported(0), with = supported(support);
        Lab a = without.lab(2), b = with.lab(2);
        int month = 0;
        while (a.releases() == 0 && month < 24) {
            without.schedule.step(without);
            with.schedule.step(with);
            month++;
        }
        assertEquals(1, a.releases(), "the lab of B released once");
        assertEquals(1, b.releases());
        // Until its first release B's only lab was closed, so no support was paid and the runs are the same.
        for (int l = 0; l < without.labCount(); l++) {
            assertEquals(without.lab(l).capability(), with.lab(l).capability(), 0, "lab " + l);
            assertEquals(without.lab(l).adopters(), with.lab(l).adopters(), "lab " + l);
        }
        double horizon = with.parameterGroups().labKind(LabKind.STARTUP).releaseInterval();
        assertEquals(a.attractionClosed(), b.attractionClosed(), 0, "the closed payoff does not depend on support");
        assertEquals(support * horizon, b.attractionOpen() - a.attractionOpen(), 1e-9 * (1 + Math.abs(a.attractionOpen())));
    }

    private static AiEcosystem supported(double support) {
        Parameters p = DemandScenarios.parameters(List.of("A", "B"), 2000, q -> {
            q.set("region.A.openSupport", 0);
            q.set("region.B.openSupport", support);
            q.set("developers.initialAdoption", 0.2);
        });
        List<LabSpec> labs = List.of(
                DemandScenarios.lab("A-closed", "A", LabKind.FRONTIER, 1100, 0.2, false),
                DemandScenarios.lab("A-open", "A", LabKind.STARTUP, 1000, 0.0, true),
                DemandScenarios.lab("B-only", "B", LabKind.STARTUP, 1000, 0.0, false));
        AiEcosystem m = new AiEcosystem(DemandScenarios.config(p, 30, labs, List.of()), 9L);
        m.start();
        return m;
    }
}
