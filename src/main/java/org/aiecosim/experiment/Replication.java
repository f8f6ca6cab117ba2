package org.aiecosim.experiment;

import org.aiecosim.model.AiEcosystem;
import org.aiecosim.model.Lab;
import org.aiecosim.model.ModelConfig;
import org.aiecosim.observation.IndicatorRecorder;
import org.aiecosim.result.ReplicationResult;
import sim.engine.Steppable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One replication, defined in one place: which seed the model gets, which observers it carries (the
 * indicator recorder first, then any extra ones) and when it stops (after the configuration's last
 * month, or earlier if the schedule empties). Every way of running the model for results, plain,
 * with checkpoints, in a study or a calibration, goes through here, so they cannot drift apart.
 *
 * <pre>{@code
 * ReplicationResult r = Replication.numbered(config, 42L, 3).run();
 * ReplicationResult c = Replication.numbered(config, 42L, 3).afterEachMonth((model, done) -> save(model, done)).run();
 * }</pre>
 */
public final class Replication {

    /** Called after every simulated month with the months done so far (e.g. to write a checkpoint). */
    @FunctionalInterface
    public interface MonthEnd {
        void after(AiEcosystem model, int monthsDone) throws IOException;
    }

    private final ModelConfig config;
    private final int index;
    private final long seed;
    private final List<Steppable> observers = new ArrayList<>();
    private Consumer<AiEcosystem> prepare = m -> { };
    private MonthEnd monthEnd;

    private Replication(ModelConfig config, int index, long seed) {
        this.config = config;
        this.index = index;
        this.seed = seed;
    }

    /** Replication {@code replication} of a run with base seed {@code baseSeed}: seed {@link SeedSequence#derive}. */
    public static Replication numbered(ModelConfig config, long baseSeed, int replication) {
        return new Replication(config, replication, seedOf(baseSeed, replication));
    }

    /** The seed of replication {@code replication} of a run with base seed {@code baseSeed} (also the GUI's seed, replication 0). */
    public static long seedOf(long baseSeed, int replication) {
        return SeedSequence.derive(baseSeed, replication);
    }

    /** A single model run with exactly {@code seed} (studies derive their seeds themselves); replication index 0. */
    public static Replication seeded(ModelConfig config, long seed) {
        return new Replication(config, 0, seed);
    }

    /** Attaches another observer after the indicator recorder. */
    public Replication observer(Steppable observer) {
        observers.add(observer);
        return this;
    }

    /** Runs {@code prepare} on the model before it starts (e.g. to label it for checkpoints). */
    public Replication prepare(Consumer<AiEcosystem> prepare) {
        this.prepare = prepare;
        return this;
    }

    /** Calls {@code monthEnd} after every month; an {@link IOException} it throws ends the run. */
    public Replication afterEachMonth(MonthEnd monthEnd) {
        this.monthEnd = monthEnd;
        return this;
    }

    /** The seed the model runs with. */
    public long seed() { return seed; }

    /**
     * Builds the model, runs every month and returns its indicators.
     *
     * @throws UncheckedIOException when the {@link #afterEachMonth} callback fails
     */
    public ReplicationResult run() {
        AiEcosystem model = new AiEcosystem(config, seed);
        IndicatorRecorder recorder = new IndicatorRecorder();
        model.addObserver(recorder);
        for (Steppable o : observers) model.addObserver(o);
        prepare.accept(model);
        model.start();
        toEnd(model, monthEnd, "replication " + index + " (seed " + seed + ")");
        return new ReplicationResult(index, seed, recorder.table());
    }

    /** A quantity of the model went non-finite; the message says which replication, month, lab and quantity. */
    public static final class NumericalFailure extends IllegalStateException {
        NumericalFailure(String message, Throwable cause) { super(message, cause); }
    }

    /**
     * Simulates a started model's remaining months and finishes it: the stopping rule shared by fresh
     * and resumed replications.
     */
    public static void toEnd(AiEcosystem model, MonthEnd monthEnd) {
        toEnd(model, monthEnd, "replication");
    }

    /**
     * As {@link #toEnd(AiEcosystem, MonthEnd)}; after every month the state of every lab is checked
     * (a loop over labs), so a quantity that goes non-finite stops the run with a
     * {@link NumericalFailure} naming {@code who}, the month, the lab and the quantity, rather than
     * an error from deep inside a later phase.
     */
    public static void toEnd(AiEcosystem model, MonthEnd monthEnd, String who) {
        int months = model.config().months();
        while (model.schedule.getSteps() < months) {
            // a run given up on (another replication failed) stops at the next month instead of writing on
            if (Thread.currentThread().isInterrupted()) throw new java.util.concurrent.CancellationException(who + ": cancelled");
            boolean stepped;
            try {
                stepped = model.schedule.step(model);
            } catch (RuntimeException e) {
                // a phase failed: find the quantity that went wrong, if one did
                String bad = nonFinite(model);
                throw new NumericalFailure(who + ", month " + monthLabel(model) + ": "
                        + (bad != null ? bad + " (then: " + e.getMessage() + ")" : e.getClass().getSimpleName() + ": " + e.getMessage()), e);
            }
            if (!stepped) break;
            String bad = nonFinite(model);
            if (bad != null) throw new NumericalFailure(who + ", month " + monthLabel(model) + ": " + bad, null);
            if (monthEnd != null) {
                try {
                    monthEnd.after(model, (int) model.schedule.getSteps());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        model.finish();
    }

    private static String monthLabel(AiEcosystem model) {
        return model.config().start().plusMonths(model.month()).toString();
    }

    /** The first lab quantity (or market price) that is NaN or infinite, described; null when all are finite. */
    static String nonFinite(AiEcosystem model) {
        for (int i = 0; i < model.labCount(); i++) {
            Lab l = model.lab(i);
            String q = !Double.isFinite(l.budget()) ? "budget = " + l.budget()
                    : !Double.isFinite(l.compute()) ? "compute = " + l.compute()
                    : !Double.isFinite(l.knowhow()) ? "knowhow = " + l.knowhow()
                    : !Double.isFinite(l.capability()) ? "capability = " + l.capability()
                    : !Double.isFinite(l.revenue()) ? "revenue = " + l.revenue()
                    : null;
            if (q != null) return "lab '" + l.name + "' " + q + " is not finite";
        }
        if (!Double.isFinite(model.chipPrice())) return "chip price = " + model.chipPrice() + " is not finite";
        return null;
    }
}
