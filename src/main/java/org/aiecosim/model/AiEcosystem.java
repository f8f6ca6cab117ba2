package org.aiecosim.model;

import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.ArrayList;
import java.util.List;

/**
 * The AI-ecosystem model: regions, a chip market, labs and developers advanced month by month by
 * MASON's schedule, with one Steppable per phase (not one per agent):
 * <ol start="0">
 * <li>{@link PolicyPhase} — growth of supplies and capital, dated policy events;</li>
 * <li>{@link ChipMarketPhase} — labs bid, the market clears under regional caps, stocks depreciate;</li>
 * <li>{@link KnowledgePhase} — own R&amp;D, absorption of public know-how, leakage, community;</li>
 * <li>{@link ReleasePhase} — labs due to release train, choose open or closed, set prices;</li>
 * <li>{@link DeveloperPhase} — adoption, re-evaluation, switching, contributions;</li>
 * <li>{@link EconomyPhase} — revenue, funding, budgets, payoffs and learning.</li>
 * </ol>
 * Observers (statistics) are attached from outside with {@link #addObserver} and run last.
 * Every random draw uses the state's one generator {@link #random}.
 *
 * <pre>{@code
 * AiEcosystem model = new AiEcosystem(config, 42L);
 * model.runToEnd();
 * }</pre>
 */
public class AiEcosystem extends SimState {
    // 3: model v2 supply side (lineage, knowledge, scarcity, capital); earlier checkpoints cannot be resumed.
    private static final long serialVersionUID = 3L;

    /** Schedule ordering of the developers' month; a variant's own developer steps may use the orderings up to {@link #ECONOMY_ORDERING}. */
    protected static final int DEVELOPER_ORDERING = 4;
    /** Schedule ordering of the economy phase, after the developers' month. */
    protected static final int ECONOMY_ORDERING = 10;

    /** Schedule ordering of observers: after every model phase. */
    public static final int OBSERVER_ORDERING = 100;

    final ModelConfig config;
    /** Current values by key: what events and steering write, and what {@link #groups} is built from. */
    Parameters params;
    /** The typed parameter records the phases read, rebuilt when a change touches them. */
    ParameterGroups groups;
    List<String> regionNames;
    Region[] regions;
    Lab[] labs;
    DeveloperPopulation developers;
    ModelMenu menu;
    /** The sample of developers labs poll to forecast demand for a release. */
    DemandForecast forecast;
    KnowledgeFrontier knowledge;
    FrontierHistory history;
    ReleaseLog releaseLog;
    double[][] barrier;
    double supply;
    double chipPrice;
    ChipAllocation lastAllocation;
    int month;
    int eventCursor;
    double bestOpenEver = Double.NaN;
    /** Largest physical training run released so far, FLOP (0 before the first release). */
    double largestTraining;
    /** Largest physical training run released open so far, FLOP. */
    double largestOpenTraining;
    /** Derivatives of every model family (indexed by the family root's lab index) by deriving region. */
    org.aiecosim.model.lineage.FamilyLedger ledger;
    /** The public know-how level as it reaches labs, with the spillover lag. */
    org.aiecosim.model.knowledge.SpilloverLag spillover;
    double[] bestOpenEverByRegion;
    private final List<Steppable> observers = new ArrayList<>();
    /** Changes made while the run advances ({@link #steer}), in the order made; PolicyPhase applies them. */
    final ArrayList<PolicyEvent> steered = new ArrayList<>();
    int steerCursor;
    /** Facts about the run that travel with its checkpoints (replication index, seeds, scenario name). */
    private final java.util.LinkedHashMap<String, String> labels = new java.util.LinkedHashMap<>();

    public AiEcosystem(ModelConfig config, long seed) {
        super(seed);
        this.config = config;
    }

    /** Attaches a Steppable run every month after the model's phases (call before {@link #start}). */
    public void addObserver(Steppable observer) { observers.add(observer); }

    /** Detaches an observer (takes effect at the next {@link #start}). */
    public void removeObserver(Steppable observer) { observers.remove(observer); }

    /** Observers attached, in order; after reading a checkpoint this finds its recorder. */
    public List<Steppable> observers() { return java.util.Collections.unmodifiableList(observers); }

    /**
     * Sets {@code key} to {@code value} from the next month simulated on (month 0 when called after
     * {@link #start} and before the first step) and records the change as a {@link PolicyEvent}, so a
     * steered run can be written out as a scenario whose dated events repeat it. Changes of one month
     * apply after the configuration's events of that month, in the order made.
     *
     * @return the recorded event
     * @throws IllegalArgumentException for an unknown key or a value out of range
     * @throws IllegalStateException before {@link #start} or once every month has been simulated
     */
    public PolicyEvent steer(String key, double value, String note) {
        if (params == null) throw new IllegalStateException("the run has not started");
        ParameterSpec spec = params.catalog().spec(key);
        if (spec == null) throw new IllegalArgumentException("unknown parameter: " + key);
        if (!spec.accepts(value)) throw new IllegalArgumentException(key + " = " + value + " is not allowed: expected " + spec.allowed());
        int next = (int) schedule.getSteps();
        if (next >= config.months()) throw new IllegalStateException("the run has ended: every month is simulated");
        PolicyEvent e = new PolicyEvent(next, java.util.Map.of(key, value), note);
        steered.add(e);
        return e;
    }

    /** The changes made with {@link #steer} in this run, in the order made. */
    public List<PolicyEvent> steeredEvents() { return List.copyOf(steered); }

    /** Records a fact about the run (kept in checkpoints). */
    public void label(String key, String value) { labels.put(key, value); }

    /** A fact recorded with {@link #label(String, String)}, or null. */
    public String label(String key) { return labels.get(key); }

    @Override
    public void start() {
        super.start();
        params = config.parameters().copy();
        groups = new ParameterGroups(params);
        regionNames = config.regions();
        int nr = regionNames.size();
        regions = new Region[nr];
        for (int r = 0; r < nr; r++) regions[r] = new Region(r, groups.region(r));
        barrier = new double[nr][];
        for (int r = 0; r < nr; r++) barrier[r] = regions[r].barrier;
        labs = LabFactory.create(config, regionNames, random);
        supply = groups.market().supply0();
        chipPrice = groups.market().referencePrice();
        knowledge = new KnowledgeFrontier(initialPublicKnowhow());
        history = new FrontierHistory(config.months(), nr);
        releaseLog = new ReleaseLog(config.months(), nr);
        bestOpenEverByRegion = new double[nr];
        java.util.Arrays.fill(bestOpenEverByRegion, Double.NaN);
        largestTraining = 0;
        largestOpenTraining = 0;
        ledger = new org.aiecosim.model.lineage.FamilyLedger(labs.length, nr);
        spillover = new org.aiecosim.model.knowledge.SpilloverLag(groups.knowledge().spilloverLag());
        ScalingLaw law = groups.training().scaling();
        // The starting model's physical FLOP, as if trained at the lab's starting know-how.
        for (Lab l : labs) l.totalFlop = law.effectiveCompute(l.capability) / Math.pow(10, l.knowhow);
        for (Lab l : labs) if (l.active(0) && l.open) noteOpenModel(l);
        month = 0;
        eventCursor = 0;
        steered.clear();
        steerCursor = 0;
        menu = new ModelMenu(labs.length, nr);
        developers = new DeveloperPopulation(groups, nr, labs.length, random);
        forecast = DemandForecast.draw(groups.release().demandSample(), developers.size, labs.length, random);
        ReleasePhase.initialise(this);
        DeveloperParams d = groups.developers();
        DeveloperChoice choice = DeveloperChoice.of(groups);
        menu.refresh(labs, 0, frontierCapability(), regions, developers, d.networkWeight(), d.ecosystemWeight(), ledger, barrier, choice.trust(), d.surplusScale());
        developers.seedAdopters(d.initialAdoption(), menu, barrier, labs, choice, random);

        schedule.scheduleRepeating(Schedule.EPOCH, 0, new PolicyPhase(), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, 1, new ChipMarketPhase(), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, 2, new KnowledgePhase(), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, 3, new ReleasePhase(), 1.0);
        scheduleDevelopers(DEVELOPER_ORDERING);
        schedule.scheduleRepeating(Schedule.EPOCH, ECONOMY_ORDERING, new EconomyPhase(), 1.0);
        for (Steppable o : observers) schedule.scheduleRepeating(Schedule.EPOCH, OBSERVER_ORDERING, o, 1.0);
    }

    /**
     * Schedules the developers' month at {@code ordering}. Benchmark variants (a timed phase, one agent
     * per developer) replace it, using orderings from {@code ordering} up to {@link #ECONOMY_ORDERING}.
     */
    protected void scheduleDevelopers(int ordering) {
        schedule.scheduleRepeating(Schedule.EPOCH, ordering, new DeveloperPhase(), 1.0);
    }

    private double initialPublicKnowhow() {
        double best = Double.NEGATIVE_INFINITY;
        for (Lab l : labs) if (l.active(0) && l.open) best = Math.max(best, l.knowhow);
        if (best == Double.NEGATIVE_INFINITY) for (Lab l : labs) best = Math.max(best, l.knowhow - 0.3);
        return best;
    }

    /** Notes the lab's current model as released open: its weights stay available as a base. */
    void noteOpenModel(Lab l) {
        if (Double.isNaN(l.openCapability) || l.capability >= l.openCapability) {
            l.openCapability = l.capability;
            l.openFamily = l.family;
            l.openTotalFlop = l.totalFlop;
        }
        if (Double.isNaN(bestOpenEver) || l.capability > bestOpenEver) bestOpenEver = l.capability;
        double b = bestOpenEverByRegion[l.region];
        if (Double.isNaN(b) || l.capability > b) bestOpenEverByRegion[l.region] = l.capability;
    }

    /** Runs every month of the configuration and finishes; returns this for chaining. */
    public AiEcosystem runToEnd() {
        start();
        while (schedule.getSteps() < config.months()) {
            if (!schedule.step(this)) break;
        }
        finish();
        return this;
    }

    /** Best capability among active labs. */
    public double frontierCapability() {
        double best = Double.NaN;
        for (Lab l : labs) if (l.active(month) && (Double.isNaN(best) || l.capability > best)) best = l.capability;
        return best;
    }

    public ModelConfig config() { return config; }
    /** Current parameter values by key (events and steering included). */
    public Parameters parameters() { return params; }
    /** The typed parameter records in force this month. */
    public ParameterGroups parameterGroups() { return groups; }
    public List<String> regionNames() { return regionNames; }
    public Region region(int r) { return regions[r]; }
    public int labCount() { return labs.length; }
    public Lab lab(int i) { return labs[i]; }
    public DeveloperPopulation developers() { return developers; }
    public KnowledgeFrontier knowledge() { return knowledge; }
    public FrontierHistory history() { return history; }
    public ReleaseLog releaseLog() { return releaseLog; }
    /** Derivatives of each model family (family = lab index of its root) by deriving region. */
    public org.aiecosim.model.lineage.FamilyLedger families() { return ledger; }
    public double chipPrice() { return chipPrice; }
    public double chipSupply() { return supply; }
    /** Month index (0 = the start month) currently being simulated or last simulated. */
    public int month() { return month; }
    /** Best capability ever released open (open weights stay available), NaN when none. */
    public double bestOpenCapability() { return bestOpenEver; }
    public double bestOpenCapability(int region) { return bestOpenEverByRegion[region]; }
    /** Largest physical training run of any model released so far, FLOP (NaN before any). */
    public double largestTrainingFlop() { return largestTraining > 0 ? largestTraining : Double.NaN; }
    /** Largest physical training run of an open model released so far, FLOP (NaN before any). */
    public double largestOpenTrainingFlop() { return largestOpenTraining > 0 ? largestOpenTraining : Double.NaN; }
}
