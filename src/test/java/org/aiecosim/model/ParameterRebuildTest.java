package org.aiecosim.model;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The typed parameter records follow dated events from their month on, and are left alone (same
 * objects, no rebuild) in months without changes.
 */
class ParameterRebuildTest {
    private static final int MONTHS = 12;
    private static final int EVENT_MONTH = 5;

    /** From {@link #EVENT_MONTH} on labs can gain no know-how: no R&D return, absorption, distillation or family gain. */
    private static ModelConfig withKnowledgeFrozen() {
        ModelConfig c = TestConfigs.small(2000, MONTHS);
        PolicyEvent freeze = new PolicyEvent(EVENT_MONTH, Map.of(KnowledgeParams.RD_PRODUCTIVITY, 0.0,
                KnowledgeParams.ABSORPTION, 0.0, KnowledgeParams.DISTILLATION_RATE, 0.0), "freeze");
        // No know-how from derivative families at all, so the event touches the knowledge record only.
        Parameters p = c.parameters().copy();
        p.set(LineageParams.OWNER_GAIN_MAX, 0.0);
        return new ModelConfig(c.start(), MONTHS, p, c.labs(), c.generators(), List.of(freeze));
    }

    private static double[] knowhow(AiEcosystem m) {
        double[] k = new double[m.labCount()];
        for (int i = 0; i < k.length; i++) k[i] = m.lab(i).knowhow();
        return k;
    }

    @Test
    void anEventIsSeenByThePhaseFromItsMonthOnAndQuietMonthsRebuildNothing() {
        AiEcosystem m = new AiEcosystem(withKnowledgeFrozen(), 3L);
        m.start();
        ParameterGroups g = m.parameterGroups();
        KnowledgeParams before = g.knowledge();
        MarketParams market = g.market();
        RegionPolicy us = g.region(0);
        for (int month = 0; month < EVENT_MONTH; month++) {
            double[] k0 = knowhow(m);
            m.schedule.step(m);
            assertEquals(0, g.rebuilds(), "month " + month + " has no event");
            assertSame(before, g.knowledge());
            assertNotEquals(k0[0], knowhow(m)[0], "know-how grows before the event");
        }
        for (int month = EVENT_MONTH; month < MONTHS; month++) {
            double[] k0 = knowhow(m);
            m.schedule.step(m);
            assertEquals(1, g.rebuilds(), "only the knowledge record, once, in the event's month");
            assertEquals(0.0, g.knowledge().absorption());
            assertEquals(0.0, g.knowledge().rdProductivity());
            assertEquals(before.rdReference(), g.knowledge().rdReference(), "untouched keys keep their values");
            assertArrayEquals(k0, knowhow(m), "month " + month + ": the phase sees the frozen values");
        }
        assertSame(market, g.market(), "other records are not rebuilt");
        assertSame(us, g.region(0));
    }

    @Test
    void aRegionEventReplacesOnlyThatRegionsPolicyAndItsBarrierRow() {
        ModelConfig c = TestConfigs.small(1000, 6);
        PolicyEvent e = new PolicyEvent(2, Map.of(RegionPolicy.key("China", RegionPolicy.CHIP_ACCESS), 0.1,
                RegionPolicy.barrierKey("China", "US"), 4.0), "controls");
        AiEcosystem m = new AiEcosystem(new ModelConfig(c.start(), 6, c.parameters(), c.labs(), c.generators(), List.of(e)), 1L);
        m.start();
        RegionPolicy us = m.region(0).policy();
        for (int i = 0; i < 2; i++) m.schedule.step(m);
        assertEquals(1.0, m.region(1).policy().chipAccess());
        m.schedule.step(m);
        assertEquals(0.1, m.region(1).policy().chipAccess());
        assertEquals(4.0, m.region(1).barrierTo(0));
        assertEquals(4.0, m.barrier[1][0], "developers choose with the new barrier");
        assertSame(us, m.region(0).policy());
        assertEquals(1, m.parameterGroups().rebuilds());
    }

    @Test
    void aResumedCopyRebuildsAtLaterEventsLikeTheOriginal() throws Exception {
        AiEcosystem m = new AiEcosystem(withKnowledgeFrozen(), 9L);
        m.start();
        for (int i = 0; i < 3; i++) m.schedule.step(m);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(m);
        }
        AiEcosystem resumed;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            resumed = (AiEcosystem) in.readObject();
        }
        while (m.schedule.getSteps() < MONTHS) m.schedule.step(m);
        while (resumed.schedule.getSteps() < MONTHS) resumed.schedule.step(resumed);
        assertEquals(m.parameterGroups().knowledge(), resumed.parameterGroups().knowledge());
        assertEquals(1, resumed.parameterGroups().rebuilds());
        for (int i = 0; i < m.labCount(); i++) {
            assertEquals(m.lab(i).knowhow(), resumed.lab(i).knowhow());
            assertEquals(m.lab(i).capability(), resumed.lab(i).capability());
            assertEquals(m.lab(i).budget(), resumed.lab(i).budget());
        }
    }
}
