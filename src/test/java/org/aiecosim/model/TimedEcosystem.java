package org.aiecosim.model;

import ec.util.MersenneTwisterFast;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Benchmark-only variant of {@link AiEcosystem} that measures the developer phase: its CPU time
 * (menu refresh, the population's month, derivatives), and a lower limit for it, the cost of the
 * work no implementation of this step can avoid: every choice the developers made, each evaluating
 * the utility and exp of every model on the menu, and one uniform draw per developer the skipping
 * visited. The cost of one choice is probed each month on the month's own menu (a tight loop of
 * {@link #PROBES} choices by random developers, with a separate generator, so the run's draws are
 * untouched and the probe is not counted in the phase's time); the cost of a draw likewise.
 * The limit leaves out the updates of contacts' counts along ties and the menu refresh.
 */
public final class TimedEcosystem extends AiEcosystem {
    private static final long serialVersionUID = 1L;
    private static final int PROBES = 2_000;

    private final transient ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    private final MersenneTwisterFast probeRandom = new MersenneTwisterFast(99);
    /** CPU time of the developer phase, ns. */
    public long phaseNanos;
    /** The limit: choices times the probed cost of a choice, plus visits times the cost of a draw, ns. */
    public double limitNanos;
    public long choices, visits;

    public TimedEcosystem(ModelConfig config, long seed) { super(config, seed); }

    @Override
    protected void scheduleDevelopers(int ordering) {
        schedule.scheduleRepeating(Schedule.EPOCH, ordering, new Timed(), 1.0);
    }

    /** The developer phase, timed, then the month's probes. */
    private final class Timed implements Steppable {
        private static final long serialVersionUID = 1L;
        private final DeveloperPhase phase = new DeveloperPhase();

        @Override
        public void step(SimState state) {
            long t0 = cpu.getCurrentThreadCpuTime();
            phase.step(state);
            phaseNanos += cpu.getCurrentThreadCpuTime() - t0;
            DeveloperPopulation pop = developers;
            choices += pop.choicesThisMonth;
            visits += pop.visitsThisMonth;
            if (menu.size == 0 || pop.size == 0) return;
            DeveloperChoice choice = DeveloperChoice.of(groups);
            double[] utility = new double[labs.length];
            int sink = 0;
            // Developers drawn beforehand and visited in index order, as the step visits them.
            int[] who = new int[PROBES];
            for (int i = 0; i < PROBES; i++) who[i] = probeRandom.nextInt(pop.size);
            java.util.Arrays.sort(who);
            long c0 = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < PROBES; i++) sink += choice.choose(pop, who[i], -1, menu, barrier, utility, probeRandom);
            long c1 = cpu.getCurrentThreadCpuTime();
            double logNot = Sampling.logNotSelected(0.05);
            for (int i = 0; i < PROBES; i++) sink += Sampling.nextSelected(i, Integer.MAX_VALUE, logNot, probeRandom);
            long c2 = cpu.getCurrentThreadCpuTime();
            if (sink == 42) System.out.print(""); // keeps the probes from being optimised away
            limitNanos += pop.choicesThisMonth * (double) (c1 - c0) / PROBES + pop.visitsThisMonth * (double) (c2 - c1) / PROBES;
        }
    }
}
