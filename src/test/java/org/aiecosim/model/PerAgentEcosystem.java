package org.aiecosim.model;

import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;


/**
 * Benchmark-only variant of {@link AiEcosystem} in which the developer phase is scheduled the way
 * many MASON models do it: one {@code scheduleRepeating} per developer (a Steppable object each,
 * stepped in MASON's shuffled order), between a month-opening step (menu refresh) and a
 * month-closing step (contacts learn of new adopters). Every developer does the per-developer work
 * of {@link DeveloperPopulation#step} with one Bernoulli draw per decision
 * ({@link DeveloperPopulation#stepOne}; the array step draws who acts by skipping); all other
 * phases, the observers and the ordering of phases are the same. Random numbers are drawn in a
 * different order, so runs agree with {@link AiEcosystem} in distribution, not draw for draw.
 */
public final class PerAgentEcosystem extends AiEcosystem {
    private static final long serialVersionUID = 1L;

    public PerAgentEcosystem(ModelConfig config, long seed) { super(config, seed); }

    @Override
    protected void scheduleDevelopers(int ordering) {
        schedule.scheduleRepeating(Schedule.EPOCH, ordering, new OpenMonth(), 1.0);
        for (int d = 0; d < developers.size; d++) schedule.scheduleRepeating(Schedule.EPOCH, ordering + 1, new Developer(d), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, ordering + 2, new CloseMonth(), 1.0);
    }

    /** Opens the month as {@link DeveloperPopulation#step} does. */
    private final class OpenMonth implements Steppable {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState state) {
            DeveloperParams p = groups.developers();
            DeveloperChoice choice = DeveloperChoice.of(groups);
            menu.refresh(labs, month, frontierCapability(), regions, developers, p.networkWeight(), p.ecosystemWeight(), ledger, barrier, choice.trust(), p.surplusScale());
            developers.beginMonth(menu, barrier, labs, p, choice);
        }
    }

    /** Closes the month as {@link DeveloperPhase} does. */
    private final class CloseMonth implements Steppable {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState state) {
            developers.endMonth();
            developers.flushDerivatives(labs, ledger);
        }
    }

    /** One developer as its own agent: the body of {@link DeveloperPopulation#step}'s loop. */
    private final class Developer implements Steppable {
        private static final long serialVersionUID = 1L;
        private final int d;

        Developer(int d) { this.d = d; }

        @Override
        public void step(SimState state) {
            developers.stepOne(d, state.random);
        }
    }
}
