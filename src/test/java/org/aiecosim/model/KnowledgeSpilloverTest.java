package org.aiecosim.model;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KnowledgeSpilloverTest {

    @Test
    void openReleasePublishesAtOnceAndClosedKnowhowLeaksGeometrically() {
        KnowledgeFrontier open = new KnowledgeFrontier(0);
        assertEquals(0.5, open.publish(0.5), 1e-15);
        assertEquals(0.5, open.level(), 0);
        assertEquals(0, open.publish(0.2), 0, "publishing less than the frontier gives nothing away");

        KnowledgeFrontier closed = new KnowledgeFrontier(0);
        for (int t = 0; t < 10; t++) closed.leak(0.5, 0.1);
        // gap shrinks by (1 - rate) per month: 0.5 (1 - 0.9^10)
        assertEquals(0.5 * (1 - Math.pow(0.9, 10)), closed.level(), 1e-12);
        assertTrue(closed.level() < open.level());
    }

    /** The same leading lab released open or closed: open moves the public frontier in its release month. */
    @Test
    void inTheModelAnOpenReleaseMovesThePublicFrontierImmediately() {
        double openLevel = publicLevelAfterRelease(1.0);
        double closedLevel = publicLevelAfterRelease(-1.0);
        assertEquals(0.6, openLevel, 1e-12, "open release sets the frontier to the releaser's know-how");
        assertTrue(closedLevel < 0.6 * 0.1, "closed know-how only leaks (rate 0.03/month): " + closedLevel);
    }

    private static double publicLevelAfterRelease(double prior) {
        Parameters p = new Parameters(ParameterCatalog.forRegions(List.of("A")));
        p.set("developers.count", 100);
        p.set("lab.kind.frontier.releaseInterval", 1);
        // Open: policy support makes the open payoff dominate; closed: the region forbids open weights.
        if (prior > 0) p.set("region.A.openSupport", 1e5); else p.set("region.A.openWeightLimit", 0);
        p.set("release.choiceSensitivity", 100);
        p.set("knowledge.rdProductivity", 0);
        p.set("knowledge.absorption", 0);
        p.set("knowledge.closedLeakage", 0.03);
        List<LabSpec> labs = List.of(
                new LabSpec("leader", "A", LabKind.FRONTIER, 1000, 100, 0.6, 1000, false, 0),
                new LabSpec("follower", "A", LabKind.ACADEMIC, 10, 10, 0.0, 900, true, 0));
        AiEcosystem m = new AiEcosystem(new ModelConfig(YearMonth.of(2022, 1), 2, p, labs, List.of(), List.of()), 1L);
        m.start();
        m.schedule.step(m); // month 0: no release yet
        m.schedule.step(m); // month 1: the leader releases
        assertEquals(1, m.lab(0).releases());
        return m.knowledge().level();
    }
}
