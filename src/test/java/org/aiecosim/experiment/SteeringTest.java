package org.aiecosim.experiment;

import org.aiecosim.model.AiEcosystem;
import org.aiecosim.model.ModelConfig;
import org.aiecosim.model.PolicyEvent;
import org.aiecosim.model.TestConfigs;
import org.aiecosim.observation.IndicatorRecorder;
import org.aiecosim.observation.IndicatorTable;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A change steered during a run acts from the next month exactly like the same dated scenario event. */
class SteeringTest {
    private static final int MONTHS = 30;
    private static final long SEED = 5L;

    @Test
    void aSteeredChangeEqualsTheSameDatedEvent() {
        ModelConfig config = TestConfigs.small(3000, MONTHS);
        AiEcosystem steered = new AiEcosystem(config, SEED);
        IndicatorRecorder recorder = new IndicatorRecorder();
        steered.addObserver(recorder);
        steered.start();
        for (int m = 0; m < 12; m++) steered.schedule.step(steered);
        PolicyEvent e = steered.steer("region.China.chipAccess", 0.05, "tighter controls");
        steered.steer("market.supplyGrowth", 0.01, "supply shock");
        assertEquals(12, e.month(), "takes effect from the next month");
        assertEquals(1.0, steered.parameters().get("region.China.chipAccess"), "not before that month");
        steered.schedule.step(steered);
        assertEquals(0.05, steered.parameters().get("region.China.chipAccess"));
        while (steered.schedule.getSteps() < MONTHS) steered.schedule.step(steered);

        List<PolicyEvent> events = new ArrayList<>(config.events());
        events.addAll(steered.steeredEvents());
        ModelConfig dated = new ModelConfig(config.start(), MONTHS, config.parameters(), config.labs(), config.generators(), events);
        IndicatorTable expected = HeadlessRun.table(dated, SEED);
        DeterminismTest.assertTablesEqual(expected, recorder.table());
        assertNotEquals(HeadlessRun.table(config, SEED).series("compute.share.China")[MONTHS - 1],
                recorder.table().series("compute.share.China")[MONTHS - 1], "the change matters");
    }

    @Test
    void badChangesAreRefused() {
        AiEcosystem m = new AiEcosystem(TestConfigs.small(1000, 3), 1L);
        assertThrows(IllegalStateException.class, () -> m.steer("market.supplyGrowth", 0.01, ""), "before start");
        m.start();
        assertThrows(IllegalArgumentException.class, () -> m.steer("market.supplyGrowht", 0.01, ""));
        assertThrows(IllegalArgumentException.class, () -> m.steer("region.China.chipAccess", 1.5, ""));
        for (int i = 0; i < 3; i++) m.schedule.step(m);
        assertThrows(IllegalStateException.class, () -> m.steer("market.supplyGrowth", 0.01, ""), "after the last month");
        assertEquals(List.of(), m.steeredEvents());
    }

    /** One plain headless replication with a model seed (not derived). */
    private static final class HeadlessRun {
        static IndicatorTable table(ModelConfig config, long seed) {
            AiEcosystem m = new AiEcosystem(config, seed);
            IndicatorRecorder r = new IndicatorRecorder();
            m.addObserver(r);
            m.runToEnd();
            return r.table();
        }
    }
}
