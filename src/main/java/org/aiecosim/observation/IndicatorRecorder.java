package org.aiecosim.observation;

import org.aiecosim.model.AiEcosystem;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.ArrayList;
import java.util.List;

/**
 * Observer that records the monthly indicators declared in {@link IndicatorCatalog} into an
 * {@link IndicatorTable}. It reads the model and never changes it or draws random numbers, so
 * attaching it does not alter a run. Each month it computes the shared aggregates once into scratch
 * arrays and then calls every column's reporter; after the first month this allocates nothing.
 *
 * <p>Only the table is serialized (the recorder travels in checkpoints); the plan and scratch are
 * rebuilt from the model on the first step after a resume.
 */
public final class IndicatorRecorder implements Steppable {
    private static final long serialVersionUID = 1L;

    /** Window of months over which release shares are counted. */
    public static final int RELEASE_WINDOW = IndicatorCatalog.RELEASE_WINDOW;

    private IndicatorTable table;
    private transient RecordingPlan plan;
    private transient MonthAggregates aggregates;

    /** Table filled so far (null before the first month). */
    public IndicatorTable table() { return table; }

    /** Indicator names for the given regions and labs, in recording order. */
    public static List<String> names(List<String> regions, List<String> labs) {
        return IndicatorCatalog.names(regions, labs);
    }

    @Override
    public void step(SimState state) {
        AiEcosystem m = (AiEcosystem) state;
        if (plan == null || aggregates == null || aggregates.model() != m) prepare(m);
        int month = m.month();
        if (month >= table.months()) return;
        aggregates.update(month);
        plan.record(aggregates, table);
    }

    private void prepare(AiEcosystem m) {
        List<String> labs = new ArrayList<>();
        for (int i = 0; i < m.labCount(); i++) labs.add(m.lab(i).name);
        plan = new RecordingPlan(m.regionNames(), labs);
        aggregates = new MonthAggregates(m);
        if (table == null) {
            table = new IndicatorTable(m.config().start(), plan.names(), m.config().months());
        } else if (!table.names().equals(plan.names())) {
            // A table resumed from a checkpoint of another build would be filled under wrong names.
            throw new IllegalStateException("the recorded table's indicators differ from this build's: resume with the build that wrote it");
        }
    }
}
