package org.aiecosim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.ArrayList;
import java.util.List;

/**
 * Phase 0: sets the month, grows chip supply, domestic output and capital, then fires the policy
 * events dated this month, then the changes steered for this month ({@link AiEcosystem#steer}). An
 * event that sets a level (supply, domestic output, capital) resets it. Only the parameter records
 * ({@link ParameterGroups}) whose keys changed are rebuilt, so a month without events rebuilds none.
 */
final class PolicyPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        AiEcosystem m = (AiEcosystem) state;
        m.month = (int) m.schedule.getSteps();
        if (m.month > 0) {
            m.supply *= 1 + m.groups.market().supplyGrowth();
            double capitalGrowth = m.groups.economy().capitalGrowth();
            for (Region r : m.regions) {
                r.domesticOutput *= 1 + r.policy.domesticGrowth();
                r.capital *= 1 + capitalGrowth;
            }
        }
        List<String> changed = new ArrayList<>(0);
        var events = m.config.events();
        while (m.eventCursor < events.size() && events.get(m.eventCursor).month() <= m.month) {
            PolicyEvent e = events.get(m.eventCursor++);
            for (var c : e.changes().entrySet()) apply(m, c.getKey(), c.getValue(), changed);
        }
        // Steered changes after the configuration's: a saved scenario lists them after its own events of the month.
        var steered = m.steered;
        while (m.steerCursor < steered.size() && steered.get(m.steerCursor).month() <= m.month) {
            PolicyEvent e = steered.get(m.steerCursor++);
            for (var c : e.changes().entrySet()) apply(m, c.getKey(), c.getValue(), changed);
        }
        if (!changed.isEmpty() && m.groups.update(m.params, changed)) {
            for (Region r : m.regions) {
                RegionPolicy now = m.groups.region(r.index);
                if (now == r.policy) continue;
                r.setPolicy(now);
                m.barrier[r.index] = r.barrier;
            }
        }
    }

    private static void apply(AiEcosystem m, String key, double value, List<String> changed) {
        m.params.set(key, value);
        changed.add(key);
        if (key.equals(MarketParams.SUPPLY0)) m.supply = value;
        for (Region r : m.regions) {
            if (key.equals(RegionPolicy.key(r.name, RegionPolicy.DOMESTIC_OUTPUT))) r.domesticOutput = value;
            if (key.equals(RegionPolicy.key(r.name, RegionPolicy.CAPITAL))) r.capital = value;
        }
    }
}
