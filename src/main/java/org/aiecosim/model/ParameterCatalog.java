package org.aiecosim.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.aiecosim.model.ParameterSpec.Type.BOOLEAN;
import static org.aiecosim.model.ParameterSpec.Type.INTEGER;
import static org.aiecosim.model.ParameterSpec.Type.REAL;

/**
 * The one place where every model parameter is declared with its default, unit, range and meaning.
 *
 * <p>Region parameters are declared per region ({@code region.<R>.<name>}), so the catalog depends
 * on the scenario's region list. The four default regions carry defaults grounded in 2022 figures;
 * a region a scenario adds gets the generic defaults of {@link RegionDefaults#GENERIC}.
 *
 * <pre>{@code
 * ParameterCatalog catalog = ParameterCatalog.forRegions(ParameterCatalog.DEFAULT_REGIONS);
 * ParameterSpec spec = catalog.spec("market.supplyGrowth");
 * }</pre>
 */
public final class ParameterCatalog implements Serializable {

    /** Regions used when a scenario names none. */
    public static final List<String> DEFAULT_REGIONS = List.of("US", "China", "EU", "RestOfWorld");

    private static final double NO_LIMIT = 1e6;

    /** "a startup", "an enterprise": the indefinite article for a kind's key in descriptions. */
    private static String aKind(String kind) {
        return ("aeiou".indexOf(Character.toLowerCase(kind.charAt(0))) >= 0 ? "an " : "a ") + kind;
    }

    private final List<String> regions;
    private final Map<String, ParameterSpec> specs = new LinkedHashMap<>();

    private ParameterCatalog(List<String> regions) {
        this.regions = List.copyOf(regions);
        declareDevelopers();
        declareMarket();
        declareKnowledge();
        declareTraining();
        declareRelease();
        declareEconomics();
        declareLineage();
        declareCapital();
        declareLabKinds();
        for (String r : regions) declareRegion(r);
    }

    /** Catalog for a scenario with the given regions (in order). */
    public static ParameterCatalog forRegions(List<String> regions) {
        if (regions.isEmpty()) throw new IllegalArgumentException("at least one region is required");
        return new ParameterCatalog(regions);
    }

    public List<String> regions() { return regions; }

    /** All specs in declaration order. */
    public List<ParameterSpec> specs() { return Collections.unmodifiableList(new ArrayList<>(specs.values())); }

    /** The spec for {@code key}, or null when no such parameter exists. */
    public ParameterSpec spec(String key) { return specs.get(key); }

    public boolean contains(String key) { return specs.containsKey(key); }

    private void add(String key, ParameterSpec.Type type, double def, double min, double max, String unit, String description) {
        if (specs.put(key, new ParameterSpec(key, type, def, min, max, unit, description)) != null) {
            throw new IllegalStateException("parameter declared twice: " + key);
        }
    }

    private void declareDevelopers() {
        add("developers.count", INTEGER, 50_000, 10, 10_000_000, "agents", "developer agents simulated");
        add("developers.represented", REAL, 600, 1, 1e7, "developers/agent", "real developers or businesses each agent stands for");
        add("developers.initialAdoption", REAL, 0.03, 0, 1, "share", "share of developers already building on a model at the start");
        add("developers.innovation", REAL, 0.006, 0, 1, "1/month", "Bass innovation coefficient p: adoption hazard from outside influence");
        add("developers.imitation", REAL, 0.09, 0, 5, "1/month", "Bass imitation coefficient q: adoption hazard per unit share of adopting contacts");
        add("developers.globalImitation", BOOLEAN, 0, 0, 1, "flag", "imitate the whole population's adoption share (mean field) instead of social ties");
        add("developers.ties", INTEGER, 10, 0, 200, "ties", "mean number of social ties per developer");
        add("developers.homophily", REAL, 0.7, 0, 1, "share", "share of ties within the developer's own region");
        add("developers.reevaluationRate", REAL, 0.05, 0, 1, "1/month", "probability an adopter re-evaluates its model in a month");
        add("developers.switchingCost", REAL, 1.0, 0, 20, "utils", "utility bonus of the model a developer already uses");
        add("developers.taskFloor", REAL, 900, -1e4, 1e4, "points", "capability the easiest tasks need; requirements rise from it towards the frontier");
        add("developers.taskConcentration", REAL, 3, 1, 50, "-", "gamma: a task at quantile q needs floor + q^gamma (frontier - floor) (larger: more tasks are easy)");
        add("developers.shortfallWeight", REAL, 4, 0, 100, "utils/100 points", "utility lost per 100 points a model falls short of the task's requirement");
        add("developers.surplusWeight", REAL, 1, 0, 100, "utils", "utility a model's surplus over the requirement adds at most (saturation)");
        add("developers.surplusScale", REAL, 100, 1e-3, 1e5, "points", "surplus over the requirement at which 63% of the surplus utility is reached");
        add("developers.capabilityTasteSd", REAL, 0.5, 0, 5, "log", "spread (log sd) across developers of the weight of capability (mixed logit)");
        add("developers.priceTasteSd", REAL, 0.3, 0, 5, "log", "spread (log sd) across developers of price sensitivity (mixed logit)");
        add("developers.networkWeight", REAL, 0.4, 0, 10, "utils", "utility of a model family's installed base among developers of the same region (per unit of log(1+100 share))");
        add("developers.openPreferenceSd", REAL, 0.6, 0, 10, "utils", "spread of openness preference across developers");
        add("developers.contributionRate", REAL, 0.02, 0, 1, "1/month", "probability an open-model adopter contributes back in a month");
        add("developers.ecosystemWeight", REAL, 0.3, 0, 10, "utils", "utility of a model per unit of ln(1 + derivatives in its family) (tools, adapters, know-how; 0: off)");
        add("developers.derivativeShare", REAL, 0.1, 0, 1, "share", "share of contributions published as derivative models");
        for (DeveloperKind k : DeveloperKind.values()) {
            String p = "developers.kind." + k.key() + ".";
            double share = switch (k) { case HOBBYIST -> 0.45; case STARTUP -> 0.35; case ENTERPRISE -> 0.20; };
            double price = switch (k) { case HOBBYIST -> 0.12; case STARTUP -> 0.06; case ENTERPRISE -> 0.02; };
            double open = switch (k) { case HOBBYIST -> 0.3; case STARTUP -> -0.5; case ENTERPRISE -> -1.5; };
            double trust = switch (k) { case HOBBYIST -> 0.5; case STARTUP -> 1; case ENTERPRISE -> 2; };
            add(p + "share", REAL, share, 0, 1, "weight", "relative weight of " + k.key() + " developers in the population");
            add(p + "priceSensitivity", REAL, price, 0, 10, "utils/$", "utility lost per dollar of monthly price for " + k.key() + " developers");
            add(p + "openPreference", REAL, open, -10, 10, "utils", "mean utility of open weights (customisation, privacy, cost) for " + k.key() + " developers");
            add(p + "trustMultiplier", REAL, trust, 0, 100, "-", "how much the trust and compliance cost of a foreign model weighs for " + k.key() + " developers");
        }
    }

    private void declareMarket() {
        add("market.supply0", REAL, 60_000, 0, 1e9, "H100e/month", "frontier accelerators produced for AI labs per month at the start");
        add("market.supplyGrowth", REAL, 0.055, -0.5, 1, "1/month", "monthly growth rate of frontier accelerator supply");
        add("market.referencePrice", REAL, 0.025, 1e-6, 10, "$M/H100e", "price at which a lab's chip budget buys budget/price chips");
        add("market.priceFloor", REAL, 0.012, 0, 10, "$M/H100e", "lowest price sellers accept; supply beyond demand at this price stays unsold");
        add("market.demandElasticity", REAL, 1.0, 0.2, 5, "-", "price elasticity of each lab's chip demand (1: spends its chip budget whatever the price)");
        add("market.depreciation", REAL, 0.02, 0, 1, "1/month", "share of compute stock retired each month");
        add("market.flopPerH100eMonth", REAL, 1.0e21, 1e15, 1e25, "FLOP", "training FLOP one H100-equivalent delivers in a month at realistic utilisation");
    }

    private void declareKnowledge() {
        add("knowledge.rdProductivity", REAL, 0.02, 0, 1, "decades/month", "know-how gain per month at the reference R&D spend and talent 1");
        add("knowledge.rdReference", REAL, 300, 1e-3, 1e6, "$M/month", "R&D spend at which own progress equals rdProductivity");
        add("knowledge.absorption", REAL, 0.08, 0, 1, "1/month", "share of a lab's gap to the public know-how frontier closed each month");
        add("knowledge.closedLeakage", REAL, 0.03, 0, 1, "1/month", "share of the gap between closed and public know-how that leaks each month");
        add("knowledge.effortElasticity", REAL, 0.5, 0, 1, "-", "elasticity lambda of own progress to research effort (0.5 with labourShare 1 and difficulty 0: the v1 square-root rule)");
        add("knowledge.labourShare", REAL, 0.5, 0, 1, "share", "weight of researchers (R&D spend) against experimental compute in research effort (1: compute not needed)");
        add("knowledge.difficulty", REAL, 0.2, 0, 5, "1/decade", "phi: each decade of know-how makes research 10^phi times harder (ideas get harder to find; 0: off)");
        add("knowledge.experimentReference", REAL, 10_000, 1e-3, 1e9, "H100e", "experimental compute at which research effort equals its reference");
        add("knowledge.absorptionHalfEffort", REAL, 0.1, 0, 1e6, "effort", "research effort at which a lab absorbs half of what a fully capable lab absorbs (0: everyone absorbs fully)");
        add("knowledge.spilloverLag", INTEGER, 3, 0, 120, "months", "months before public know-how can be absorbed (0: at once)");
        add("knowledge.distillationRate", REAL, 0.01, 0, 1, "1/month", "share of its know-how gap to the best closed model it can query that a lab closes by distillation each month (0: off)");
        add("knowledge.distillationEnforcement", REAL, 0.5, 0, 1, "share", "share of distillation that terms of service and API monitoring prevent");
        add("knowledge.distillationWorkaround", REAL, 0.3, 0, 1, "share", "access to a closed API not offered in the lab's region through intermediaries, for distillation");
        add("knowledge.efficiencyShare", REAL, 0.5, 0.01, 0.99, "share", "share of research effort on compute-saving work when compute is not scarce");
        add("knowledge.scarcityElasticity", REAL, 0.35, 0, 10, "-", "elasticity of the odds of compute-saving work to the shadow price of compute (0: off)");
    }

    private void declareTraining() {
        add("scaling.referenceCompute", REAL, 1e24, 1e15, 1e35, "FLOP", "effective training compute at which capability equals referenceCapability");
        add("scaling.referenceCapability", REAL, 1000, -1e6, 1e6, "points", "capability at the reference effective compute");
        add("scaling.slope", REAL, 100, 0, 1e4, "points/decade", "capability gained per tenfold effective training compute");
        add("training.computeShare", REAL, 0.4, 0, 1, "share", "share of a lab's compute stock used for training between releases");
        add("history.capabilityGrowth", REAL, 8, 0, 1000, "points/month", "growth of the frontier before the start, used to date lags that reach back before it");
        add("training.computeShareGrowth", REAL, 0.0, -0.2, 0.5, "1/month",
                "monthly growth of that share (labs put a rising part of their compute into flagship runs); capped at 1");
    }

    private void declareRelease() {
        add("release.choiceSensitivity", REAL, 4, 0, 100, "-", "quantal-response sensitivity of the open/closed choice to the normalised expected-payoff difference");
        add("release.adopterValue", REAL, 2, 0, 1e4, "$/adopter-month", "value to an open lab of one developer on its models (talent, data, ecosystem)");
        add("release.spilloverCost", REAL, 600, 0, 1e6, "$M/decade/rival", "one-time cost of an open release per decade of know-how lead given away, per (1 + rival lifted within reach)");
        add("release.reachBand", REAL, 30, 0, 1e4, "points", "a rival more than this many points behind a model is out of its reach; an open release lifts such rivals (who may build on it) within reach");
        add("release.demandSample", INTEGER, 300, 1, 100_000, "developers", "developers a lab polls (a fixed random sample) to forecast the demand for its release in each mode");
        add("release.reputationValue", REAL, 0.5, 0, 1e4, "$M/month", "reputation and hiring value of releasing open, per month");
    }

    private void declareEconomics() {
        add("economics.servingCost", REAL, 2, 0, 1e5, "$/developer-month", "cost of serving a developer for a month on a model trained with the reference effective compute at know-how 0");
        add("economics.servingKnowhowWeight", REAL, 1.0, 0, 5, "-", "zeta: serving cost falls by 10^-zeta per decade of its owner's know-how");
        add("economics.hostMargin", REAL, 0.3, 0, 10, "share", "margin competing hosts charge over the serving cost of open weights");
        add("economics.maxMarkup", REAL, 30, 1e-9, 1e5, "$/developer-month", "largest markup over serving cost a closed model charges (a lone leader)");
        add("economics.competitionBand", REAL, 50, 0, 1e4, "points", "models within this many points of each other compete for a closed model's markup");
        add("economics.openServiceShare", REAL, 0.15, 0, 1, "share", "share of open-model hosting spend its owner captures (services, cloud)");
        add("economics.chipBudgetShare", REAL, 0.10, 0, 1, "1/month", "share of budget a lab spends on chips each month");
        add("economics.rdBudgetShare", REAL, 0.03, 0, 1, "1/month", "share of budget a lab spends on R&D each month");
        add("economics.capitalGrowth", REAL, 0.04, -0.5, 1, "1/month", "monthly growth of the capital regions supply to their labs");
        add("economics.blockedBudgetToResearch", REAL, 1.0, 0, 1, "share", "share of a chip budget that export caps or short domestic supply keep from buying chips that goes to research that month (0: kept as cash)");
        add("economics.reputationDecay", REAL, 0.05, 0, 1, "1/month", "monthly decay of a lab's reputation");
        add("economics.openReputation", REAL, 0.3, 0, 100, "-", "reputation a lab gains from an open release");
    }

    private void declareLineage() {
        add("lineage.postTrainingEfficiency", REAL, 0.3, 0, 10, "-", "effective compute a FLOP of post-training adds to an open base, relative to a FLOP of pre-training (0: a derivative copies its base)");
        add("lineage.capabilitySensitivity", REAL, 0.05, 0, 10, "utils/point", "weight of resulting capability in a lab's choice between training from scratch and building on an open base");
        add("lineage.servingCostWeight", REAL, 0.5, 0, 100, "utils/log10", "utility lost per tenfold serving cost (size) of an open base");
        add("lineage.licenceWeight", REAL, 1.0, 0, 100, "utils", "utility lost by building on a base under a fully restrictive licence");
        add("lineage.ecosystemWeight", REAL, 0.5, 0, 10, "utils", "utility of a base per unit of ln(1 + derivatives in its family) (tools, quantisations, adapters; 0: no feedback)");
        add("lineage.servingHalf", REAL, 1000, 1e-6, 1e12, "derivatives", "derivatives at which a family's ecosystem has lowered its serving cost by 2^servingExponent");
        add("lineage.servingExponent", REAL, 0.2, 0, 5, "-", "exponent of the serving-cost reduction by a family's ecosystem (0: off)");
        add("lineage.ownerGainMax", REAL, 0.005, 0, 1, "decades/month", "largest monthly know-how gain a family's owner draws from its derivatives (0: off)");
        add("lineage.ownerGainHalf", REAL, 50, 1e-6, 1e12, "derivatives", "recent derivatives at which the owner's gain is half its largest");
        add("lineage.recentDecay", REAL, 0.1, 0, 1, "1/month", "monthly decay of a family's count of recent derivatives");
    }

    private void declareCapital() {
        add("capital.revenueReference", REAL, 100, 1e-6, 1e9, "$M/month", "revenue at which investors' valuation of a lab has doubled with revenueExponent 1");
        add("capital.revenueExponent", REAL, 0.5, 0, 1, "-", "concavity of valuation in revenue (0: revenue does not matter)");
        add("capital.capabilityBandwidth", REAL, 300, 1e-3, 1e9, "points", "capability gap to the frontier over which a lab's valuation falls e-fold");
        add("capital.diminishingReturns", REAL, 1.0, 0, 10, "-", "gamma: investors' weight on a lab falls as (1 + raised/scale)^-gamma (0: fitness-proportional)");
        add("capital.scale", REAL, 1000, 1e-6, 1e12, "$M", "capital raised at which diminishing returns set in");
        add("capital.stateDiminishingReturns", REAL, 4.0, 0, 10, "-", "gamma of state and guidance funds (larger: spread more evenly)");
    }

    private void declareLabKinds() {
        for (LabKind k : LabKind.values()) {
            String p = "lab.kind." + k.key() + ".";
            double interval = switch (k) { case FRONTIER -> 6; case BIGTECH -> 8; case STARTUP -> 6; case ACADEMIC -> 12; };
            double complement = switch (k) { case FRONTIER -> 0; case BIGTECH -> 2; case STARTUP -> 0; case ACADEMIC -> 0; };
            double weight = switch (k) { case FRONTIER -> 4; case BIGTECH -> 3; case STARTUP -> 1; case ACADEMIC -> 0.3; };
            add(p + "releaseInterval", INTEGER, interval, 1, 120, "months", "months between releases of " + aKind(k.key()) + " lab");
            add(p + "complementValue", REAL, complement, 0, 1e4, "$/developer-month", "value to " + aKind(k.key()) + " lab's other businesses (cloud, devices) of a developer on its open family");
            double premium = switch (k) { case FRONTIER -> 3; case BIGTECH -> 2; case STARTUP -> 0.5; case ACADEMIC -> 0; };
            double licence = switch (k) { case FRONTIER -> 0.5; case BIGTECH -> 0.5; case STARTUP -> 0.2; case ACADEMIC -> 0.3; };
            add(p + "fundingWeight", REAL, weight, 0, 1e4, "-", "relative draw of " + aKind(k.key()) + " lab on its region's capital");
            add(p + "scratchPremium", REAL, premium, -100, 100, "utils", "value to " + aKind(k.key()) + " lab of training its own foundation model (a family, licence and roadmap of its own)");
            add(p + "licence", REAL, licence, 0, 1, "share", "restrictiveness of the licence of " + aKind(k.key()) + " lab's open weights (0 permissive, 1 restrictive)");
        }
    }

    private void declareRegion(String r) {
        RegionDefaults d = RegionDefaults.of(r);
        String p = "region." + r + ".";
        add(p + "chipAccess", REAL, d.chipAccess(), 0, 1, "share", "share of its labs' frontier-chip demand " + r + " may buy (1: no export control)");
        add(p + "leakage", REAL, d.leakage(), 0, 1, "share", "share of the blocked demand of " + r + " that gets through anyway (smuggling, cloud rental)");
        add(p + "domesticOutput", REAL, d.domesticOutput(), 0, 1e9, "H100e/month", "domestic accelerator output of " + r + " in H100-equivalents at the start");
        add(p + "domesticGrowth", REAL, d.domesticGrowth(), -0.5, 1, "1/month", "monthly growth of domestic accelerator output of " + r);
        add(p + "domesticPriceFactor", REAL, d.domesticPriceFactor(), 0.01, 100, "-", "price of a domestic H100e in " + r + " relative to the frontier-chip price");
        add(p + "openWeightLimit", REAL, NO_LIMIT, 0, NO_LIMIT, "points", "no open release from " + r + " above this capability (1000000: no limit)");
        add(p + "openSupport", REAL, d.openSupport(), 0, 1e5, "$M/month", "policy support an open-releasing lab of " + r + " receives per month");
        add(p + "capital", REAL, d.capital(), 0, 1e7, "$M/month", "capital " + r + " supplies to its labs per month at the start");
        add(p + "talent", REAL, d.talent(), 0, 10, "-", "R&D talent multiplier of labs in " + r);
        add(p + "parentShare", REAL, d.parentShare(), 0, 1, "share", "share of the capital of " + r + " that big-tech parents put into their own labs");
        add(p + "stateShare", REAL, d.stateShare(), 0, 1, "share", "share of the capital of " + r + " from state and guidance funds, spread across its labs");
        add(p + "developerShare", REAL, d.developerShare(), 0, 1, "weight", "relative weight of " + r + " in the developer population");
        for (String other : regions) {
            add(p + "openAccess." + other, REAL, 1, 0, 1, "share",
                    "open weights from " + other + " allowed for developers in " + r + " (0: barred, between: share for whom they are)");
            add(p + "apiAccess." + other, REAL, r.equals(other) ? 1 : RegionDefaults.apiAccess(r, other), 0, 1, "share",
                    "closed APIs of labs from " + other + " offered in " + r + " (0: not offered, 1: offered; between: share of developers reaching them)");
            add(p + "baseAdmissible." + other, REAL, 1, 0, 1, "share",
                    "whether labs of " + r + " may build on open bases from " + other + " (0: not admissible)");
        }
        for (String other : regions) {
            double barrier = r.equals(other) ? 0 : RegionDefaults.barrier(r, other);
            add(p + "barrier." + other, REAL, barrier, 0, 100, "utils",
                    "reluctance of developers in " + r + " to build on models from " + other + " (trust, compliance, bans)");
        }
    }
}
