package org.aiecosim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 0: sets the month, grows chip supply, domestic output and capital, then fires the policy
 * events dated this month, then the changes steered for this month ({@link AiEcosystem#steer}). An
 * event that sets a level (supply, domestic output, capital) resets it.
 */
final class PolicyPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        AiEcosystem m = (AiEcosystem) state;
        m.month = (int) m.schedule.getSteps();
        Parameters p = m.params;
        if (m.month > 0) {
            m.supply *= 1 + p.get("market.supplyGrowth");
            double capitalGrowth = p.get("economics.capitalGrowth");
            for (Region r : m.regions) {
                r.domesticOutput *= 1 + p.region(r.name, "domesticGrowth");
                r.capital *= 1 + capitalGrowth;
            }
        }
        var events = m.config.events();
        while (m.eventCursor < events.size() && events.get(m.eventCursor).month() <= m.month) {
            PolicyEvent e = events.get(m.eventCursor++);
            for (var c : e.changes().entrySet()) apply(m, c.getKey(), c.getValue());
        }
        // Steered changes after the configuration's: a saved scenario lists them after its own events of the month.
        var steered = m.steered;
        while (m.steerCursor < steered.size() && steered.get(m.steerCursor).month() <= m.month) {
            PolicyEvent e = steered.get(m.steerCursor++);
            for (var c : e.changes().entrySet()) apply(m, c.getKey(), c.getValue());
        }
        for (Region r : m.regions) r.refreshPolicy(p, m.regionNames);
    }

    private static void apply(AiEcosystem m, String key, double value) {
        m.params.set(key, value);
        if (key.equals("market.supply0")) m.supply = value;
        for (Region r : m.regions) {
            if (key.equals("region." + r.name + ".domesticOutput")) r.domesticOutput = value;
            if (key.equals("region." + r.name + ".capital")) r.capital = value;
        }
    }
}
