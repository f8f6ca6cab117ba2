package org.aiecosim.model;

import ec.util.MersenneTwisterFast;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark-only variant of {@link AiEcosystem} in which the developer phase is scheduled the way
 * many MASON models do it: one {@code scheduleRepeating} per developer (a Steppable object each,
 * stepped in MASON's shuffled order), between a month-opening step (menu refresh) and a
 * month-closing step (contacts learn of new adopters). Every developer does exactly the per-developer
 * work of {@link DeveloperPopulation#step}; all other phases, the observers and the ordering of
 * phases are the same. Random numbers are drawn in a different order (shuffling, developer order),
 * so runs agree with {@link AiEcosystem} in distribution, not draw for draw.
 */
public final class PerAgentEcosystem extends AiEcosystem {
    private static final long serialVersionUID = 1L;

    private final List<Steppable> observerList = new ArrayList<>();
    /** Per-month values shared by every developer agent, set by the month-opening step. */
    private transient Month current;

    public PerAgentEcosystem(ModelConfig config, long seed) { super(config, seed); }

    @Override
    public void addObserver(Steppable observer) {
        super.addObserver(observer);
        observerList.add(observer);
    }

    @Override
    public void start() {
        super.start();
        schedule.clear();
        schedule.scheduleRepeating(Schedule.EPOCH, 0, new PolicyPhase(), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, 1, new ChipMarketPhase(), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, 2, new KnowledgePhase(), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, 3, new ReleasePhase(), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, 4, new OpenMonth(), 1.0);
        for (int d = 0; d < developers.size; d++) schedule.scheduleRepeating(Schedule.EPOCH, 5, new Developer(d), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, 6, new CloseMonth(), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, 7, new EconomyPhase(), 1.0);
        for (Steppable o : observerList) schedule.scheduleRepeating(Schedule.EPOCH, OBSERVER_ORDERING, o, 1.0);
    }

    /** The month's constants, as computed at the top of {@link DeveloperPopulation#step}. */
    private static final class Month {
        double innovation, imitation, reevaluation, contributionRate, derivativeShare, globalProbability;
        boolean global;
        double[] table;
        DeveloperChoice choice;
        int count;
    }

    private final class OpenMonth implements Steppable {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState state) {
            DeveloperParams p = groups.developers();
            menu.refresh(labs, month, frontierCapability(), developers.adoptedCount,
                    p.capabilityWeight(), p.networkWeight(), p.ecosystemWeight(), ledger);
            Month m = new Month();
            m.innovation = p.innovation();
            m.imitation = p.imitation();
            m.global = p.globalImitation();
            m.reevaluation = p.reevaluationRate();
            m.contributionRate = p.contributionRate();
            m.derivativeShare = p.derivativeShare();
            m.choice = DeveloperChoice.of(p);
            double populationShare = (double) developers.adoptedCount / developers.size;
            m.globalProbability = m.global ? BassHazard.monthlyProbability(m.innovation, m.imitation, populationShare) : 0;
            m.table = m.global ? null : developers.bassTable(m.innovation, m.imitation);
            developers.switchesThisMonth = 0;
            for (Lab l : labs) l.contributions = 0;
            current = m;
        }
    }

    private final class CloseMonth implements Steppable {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState state) {
            developers.adoptionsThisMonth = current.count;
            developers.commitAdoptions(current.count);
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
            Month mo = current;
            DeveloperPopulation pop = developers;
            MersenneTwisterFast random = state.random;
            int current = pop.model[d];
            if (current < 0) {
                if (menu.size == 0) return;
                double probability;
                if (mo.global) probability = mo.globalProbability;
                else {
                    int degree = pop.network.degree(d);
                    probability = mo.table[degree * (degree + 1) / 2 + pop.adoptingContacts[d]];
                }
                if (random.nextDouble() < probability) {
                    int j = mo.choice.choose(pop, d, -1, menu, barrier, pop.utility, random);
                    int chosen = menu.lab[j];
                    pop.model[d] = chosen;
                    labs[chosen].adopters++;
                    pop.adoptersByRegionAndLab[pop.region[d] * pop.labCount + chosen]++;
                    pop.newAdopters[mo.count++] = d;
                }
                return;
            }
            if (mo.reevaluation > 0 && random.nextDouble() < mo.reevaluation) {
                int j = mo.choice.choose(pop, d, menu.positionOfLab[current], menu, barrier, pop.utility, random);
                int chosen = menu.lab[j];
                if (chosen != current) {
                    labs[current].adopters--;
                    labs[chosen].adopters++;
                    int row = pop.region[d] * pop.labCount;
                    pop.adoptersByRegionAndLab[row + current]--;
                    pop.adoptersByRegionAndLab[row + chosen]++;
                    pop.model[d] = chosen;
                    current = chosen;
                    pop.switchesThisMonth++;
                }
            }
            Lab family = labs[current];
            if (family.open && mo.contributionRate > 0 && random.nextDouble() < mo.contributionRate) {
                family.contributions++;
                if (random.nextDouble() < mo.derivativeShare) pop.recordDerivative(family, d);
            }
        }
    }
}
