package org.aiecosim.model;

import org.aiecosim.model.lineage.FamilyLedger;
import org.aiecosim.observation.IndicatorRecorder;
import org.aiecosim.observation.IndicatorTable;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The supply-side mechanisms of model v2 tested through the whole model, one at a time, each with
 * the others at their off or neutral settings, against answers worked out by hand from the rules
 * ({@code model.knowledge}, {@code model.lineage}) and the inputs the labs had.
 */
class SupplySideMechanismsTest {

    private static final double LN10 = Math.log(10);

    /**
     * Everything that would move know-how or budgets besides the mechanism under test switched off:
     * no absorption, distillation, leakage or family gain; no funding (capital 0) and no revenue
     * (closed price 0); no depreciation; learning off and a strong closed prior, so closed labs stay
     * closed and open ones open; every kind releases every month.
     */
    private static Parameters neutral(List<String> regions) {
        Parameters p = new Parameters(ParameterCatalog.forRegions(regions));
        p.set("developers.count", 100);
        p.set("knowledge.absorption", 0);
        p.set("knowledge.distillationRate", 0);
        p.set("knowledge.closedLeakage", 0);
        p.set("lineage.ownerGainMax", 0);
        // No adopters, hence no revenue (random adoption would break symmetry and budgets).
        p.set("developers.initialAdoption", 0);
        p.set("developers.innovation", 0);
        p.set("developers.imitation", 0);
        p.set("market.depreciation", 0);
        p.set("release.choiceSensitivity", 100);
        for (LabKind k : LabKind.values()) {
            p.set("lab.kind." + k.key() + ".releaseInterval", 1);
        }
        for (String r : regions) {
            p.set("region." + r + ".capital", 0);
            p.set("region." + r + ".openWeightLimit", 0); // every release closed
        }
        return p;
    }

    private static AiEcosystem model(Parameters p, int months, List<LabSpec> labs) {
        return new AiEcosystem(new ModelConfig(YearMonth.of(2022, 1), months, p, labs, List.of(), List.of()), 7L);
    }

    /** Runs every month, calling {@code check} after each (as an observer would). */
    private static AiEcosystem run(AiEcosystem m, int months, Consumer<AiEcosystem> check) {
        m.start();
        for (int t = 0; t < months; t++) {
            m.schedule.step(m);
            check.accept(m);
        }
        m.finish();
        return m;
    }

    // ---- 1. own research, spillovers off ---------------------------------------------------------

    /**
     * Two closed labs in one region with different compute and budgets and no spillovers. Compute is
     * constant (no chip purchases, no depreciation); the budget only pays R&D, so R&D spend is
     * rdShare·B0·(1 − rdShare)^m, known in advance. Each month adds exactly φ ln10 g_m to 10^(φK)
     * (ResearchProduction's exact monthly step), so after N months
     * K_N = log10(10^(φK0) + φ ln10 Σ g_m)/φ, the closed form K(t) = log10(10^(φK0) + φ ln10 g t)/φ
     * with g t replaced by the sum of the month's g. Releases every month: the capability gap of
     * their latest releases is slope × (log10 compute ratio + know-how difference).
     */
    @Test
    void knowHowFollowsTheClosedFormAndTheCapabilityGapIsSlopeTimesEffectiveComputeRatio() {
        int months = 24;
        Parameters p = neutral(List.of("A"));
        p.set("economics.chipBudgetShare", 0); // no chip purchases: compute stays at its start value
        p.set("knowledge.rdProductivity", 0.1); // fast enough that each release beats the previous one
        double[] compute = {20_000, 3000}, budget = {4000, 600}, k0 = {0.3, 0.0};
        List<LabSpec> labs = List.of(
                new LabSpec("big", "A", LabKind.FRONTIER, compute[0], budget[0], k0[0], 0, false, 0),
                new LabSpec("small", "A", LabKind.FRONTIER, compute[1], budget[1], k0[1], 0, false, 0));
        KnowledgeParams kp = KnowledgeParams.from(p);
        double rdShare = p.get("economics.rdBudgetShare");
        double experiment = 1; // experimental compute is the whole compute stock
        double theta = kp.rdProductivity(), lambda = kp.effortElasticity(), alpha = kp.labourShare(), phi = kp.difficulty();
        double talent = p.get("region.A.talent");
        double slope = p.get("scaling.slope");
        double trainingShare = p.get("training.computeShare") * p.get("market.flopPerH100eMonth");
        ScalingLaw law = ScalingLaw.of(p);
        double[] sumG = new double[2], k = new double[2];
        int[] month = {0};
        AiEcosystem m = run(model(p, months, labs), months, mm -> {
            for (int i = 0; i < 2; i++) {
                Lab l = mm.lab(i);
                double rd = rdShare * budget[i] * Math.pow(1 - rdShare, month[0]);
                assertEquals(rd, l.rdSpend, 1e-9 * rd, "R&D spend of " + l.name + " in month " + month[0]);
                assertEquals(compute[i], l.compute(), 0, "compute of " + l.name + " stays constant");
                assertFalse(l.isOpen(), l.name + " stays closed");
                double effort = Math.pow(rd / kp.rdReference(), alpha) * Math.pow(experiment * compute[i] / kp.experimentReference(), 1 - alpha);
                sumG[i] += theta * talent * Math.pow(effort, lambda);
                k[i] = Math.log10(Math.pow(10, phi * k0[i]) + phi * LN10 * sumG[i]) / phi;
                assertEquals(k[i], l.knowhow(), 1e-10, "know-how of " + l.name + " after month " + month[0]);
            }
            if (month[0] == 1) {
                // first releases: both used the compute of months 0 and 1 (release month = entry + 1)
                assertEquals(law.capability(trainingShare * 2 * compute[1] * Math.pow(10, k[1])), mm.lab(1).capability(), 1e-8);
                assertEquals(slope * (Math.log10(compute[0] / compute[1]) + k[0] - k[1]),
                        mm.lab(0).capability() - mm.lab(1).capability(), 1e-8, "gap of the first releases");
            }
            month[0]++;
        });
        assertTrue(k[0] - k[1] > 0.3 + 0.05, "the check is not vacuous: the larger lab pulls further ahead");

        assertEquals(months - 1, m.lab(0).releases(), "a release every month from month 1");
        // Later releases use one month of compute; know-how has grown by more than log10(2) since
        // the first release, so the latest release is each lab's best (none is kept back).
        for (int i = 0; i < 2; i++) {
            assertEquals(law.capability(trainingShare * compute[i] * Math.pow(10, k[i])), m.lab(i).capability(), 1e-8, m.lab(i).name);
        }
        assertEquals(slope * (Math.log10(compute[0] / compute[1]) + k[0] - k[1]),
                m.lab(0).capability() - m.lab(1).capability(), 1e-8, "gap of the latest releases");
    }

    // ---- 2. scarcity: shadow price, direction of research, blocked budget -------------------------

    private static final double ACCESS = 0.25;

    /** Region A capped at {@link #ACCESS} without leakage or domestic chips, region B free; one lab each, same budget. */
    private static AiEcosystem scarcityMonth(Consumer<Parameters> tweak) {
        Parameters p = neutral(List.of("A", "B"));
        p.set("region.A.chipAccess", ACCESS);
        p.set("region.A.leakage", 0);
        p.set("region.A.domesticOutput", 0);
        p.set("region.B.chipAccess", 1);
        p.set("region.B.domesticOutput", 0);
        tweak.accept(p);
        List<LabSpec> labs = List.of(
                new LabSpec("capped", "A", LabKind.FRONTIER, 5000, 1000, 0, 1000, false, 0),
                new LabSpec("free", "B", LabKind.FRONTIER, 5000, 1000, 0, 1000, false, 0));
        AiEcosystem m = model(p, 2, labs);
        m.start();
        m.schedule.step(m); // month 0: chip market, then research
        // supply exceeds demand, so the price is the floor and no solver residual enters
        assertTrue(m.lastAllocation.unsold() > 0, "market clears at the floor");
        return m;
    }

    private static double logistic(double z) { return 1 / (1 + Math.exp(-z)); }

    @Test
    void cappedLabHasShadowPriceOneOverAccessAndShiftsResearchTowardEfficiency() {
        AiEcosystem m = scarcityMonth(p -> { });
        Lab capped = m.lab(0), free = m.lab(1);
        double s0 = m.parameters().get("knowledge.efficiencyShare");
        double eta = m.parameters().get("knowledge.scarcityElasticity");
        assertTrue(eta > 0);
        assertEquals(1 / ACCESS, capped.shadowPriceRatio(), 1e-12, "elasticity 1: ratio = desired/obtained = 1/access");
        assertEquals(logistic(Math.log(s0 / (1 - s0)) + eta * Math.log(1 / ACCESS)), capped.efficiencyShare(), 1e-12);
        assertTrue(capped.efficiencyShare() > s0 + 0.05);
        assertEquals(1.0, free.shadowPriceRatio(), 0);
        assertEquals(s0, free.efficiencyShare(), 0, "an unconstrained lab splits its research as s0");
    }

    @Test
    void withScarcityElasticityZeroBothLabsKeepTheBaselineShare() {
        AiEcosystem m = scarcityMonth(p -> p.set("knowledge.scarcityElasticity", 0));
        double s0 = m.parameters().get("knowledge.efficiencyShare");
        assertEquals(1 / ACCESS, m.lab(0).shadowPriceRatio(), 1e-12, "still scarce");
        assertEquals(s0, m.lab(0).efficiencyShare(), 0);
        assertEquals(s0, m.lab(1).efficiencyShare(), 0);
    }

    /** Domestic chips at price factor f take the blocked budget: obtained/desired = a + (1 − a)/f. */
    @Test
    void ampleDomesticChipsAtAHigherPriceLeaveAShadowPriceOfOneOverAPlusOneMinusAOverF() {
        AiEcosystem m = scarcityMonth(p -> p.set("region.A.domesticOutput", 1e7));
        double f = m.parameters().get("region.A.domesticPriceFactor");
        assertEquals(1 / (ACCESS + (1 - ACCESS) / f), m.lab(0).shadowPriceRatio(), 1e-12);
        assertEquals(0, m.lab(0).blockedBudget, 1e-9, "domestic chips absorb the blocked budget");
    }

    /**
     * Month 0, budget B = 1000, chip bid b = chipShare·B: the capped lab buys a·b of frontier chips,
     * so (1 − a)·b is blocked. R&D = rdShare·(B − a·b) + toResearch·(1 − a)·b.
     */
    @Test
    void blockedChipBudgetGoesToResearchOnlyWhenSwitchedOn() {
        for (double toResearch : new double[] {1, 0}) {
            AiEcosystem m = scarcityMonth(p -> p.set("economics.blockedBudgetToResearch", toResearch));
            double rdShare = m.parameters().get("economics.rdBudgetShare");
            double bid = m.parameters().get("economics.chipBudgetShare") * 1000;
            Lab capped = m.lab(0), free = m.lab(1);
            assertEquals((1 - ACCESS) * bid, capped.blockedBudget, 1e-9);
            assertEquals(rdShare * (1000 - ACCESS * bid) + toResearch * (1 - ACCESS) * bid, capped.rdSpend, 1e-9,
                    "blockedBudgetToResearch = " + toResearch);
            assertEquals(0, free.blockedBudget, 1e-9);
            assertEquals(rdShare * (1000 - bid), free.rdSpend, 1e-9);
        }
    }

    // ---- 3. lineage ---------------------------------------------------------------------------

    /**
     * One open lab in A with weights of capability 1100 and no compute (it never trains again), two
     * closed builders (A and B) whose scratch model reaches 960 (constant compute, no research, no
     * spillovers). Post-training efficiency and ecosystem weight 0.
     */
    private static AiEcosystem lineageRun(double scratchPremium, boolean developerDerivatives, int months,
                                          Consumer<AiEcosystem> check) {
        Parameters p = neutral(List.of("A", "B"));
        if (developerDerivatives) { // many adopters, each publishing a derivative every month
            p.set("developers.initialAdoption", 0.5);
            p.set("developers.contributionRate", 1);
            p.set("developers.derivativeShare", 1);
        } else {
            p.set("developers.contributionRate", 0);
        }
        p.set("lineage.postTrainingEfficiency", 0);
        p.set("lineage.ecosystemWeight", 0);
        // The opener's open weights (open at the start) stay available as a base whatever it releases later.
        p.set("lab.kind.startup.scratchPremium", scratchPremium);
        List<LabSpec> labs = List.of(
                new LabSpec("opener", "A", LabKind.ACADEMIC, 0, 0, 0, 1100, true, 0),
                new LabSpec("builderA", "A", LabKind.STARTUP, 1000, 0, 0, 0, false, 0),
                new LabSpec("builderB", "B", LabKind.STARTUP, 1000, 0, 0, 0, false, 0));
        AiEcosystem m = model(p, months, labs);
        IndicatorRecorder recorder = new IndicatorRecorder();
        m.addObserver(recorder);
        m.label("test", "lineage");
        run(m, months, check);
        return m;
    }

    private static double last(AiEcosystem m, String indicator) {
        IndicatorRecorder r = (IndicatorRecorder) m.observers().get(0);
        IndicatorTable t = r.table();
        double[] s = t.series(indicator);
        return s[s.length - 1];
    }

    @Test
    void withLowScratchPremiumEveryReleaseCopiesTheOpenBaseAndJoinsItsFamily() {
        int months = 12;
        int[] releasesSeen = new int[3];
        int[] derivativeReleases = {0};
        AiEcosystem m = lineageRun(-100, false, months, mm -> {
            for (int i = 1; i <= 2; i++) {
                Lab b = mm.lab(i);
                if (b.releases() == releasesSeen[i]) continue;
                releasesSeen[i] = b.releases();
                derivativeReleases[0]++;
                // its scratch model (960) is weaker than the open base (1100): a derivative, a copy
                assertEquals(1100, b.capability(), 0, b.name + " copies its base exactly");
                assertEquals(0, b.base(), b.name + " built on the opener");
                assertEquals(0, b.family(), b.name + " joins the opener's family");
                assertEquals(b.region != 0, b.foreignBase(), "foreign base only for the builder of B");
            }
        });
        int builderReleases = m.lab(1).releases() + m.lab(2).releases();
        assertEquals(2 * (months - 1), builderReleases);
        FamilyLedger ledger = m.families();
        assertEquals(builderReleases, ledger.labDerivatives(0));
        assertEquals(m.lab(2).releases(), ledger.derivativesByDerivingRegion(0, 1), "derivatives made in B");
        assertEquals(m.lab(1).releases(), ledger.derivativesByDerivingRegion(0, 0), "derivatives made in A");
        assertEquals(0, ledger.labDerivatives(1) + ledger.labDerivatives(2));
        assertEquals(builderReleases, (long) last(m, "derivatives.byLabs"));
        assertBaseOriginMatchesLedger(m);
        assertEquals(ledger.derivatives(0), (long) last(m, "derivatives.baseOrigin.A"));
        assertEquals(0, ledger.developerDerivatives(0), "developers' contributions are off here");
    }

    @Test
    void withHighScratchPremiumNoLabBuildsOnABase() {
        int months = 12;
        AiEcosystem m = lineageRun(100, true, months, mm -> {
            for (int i = 1; i <= 2; i++) {
                Lab b = mm.lab(i);
                if (b.releases() == 0) continue;
                assertEquals(-1, b.base(), b.name + " trains from scratch");
                assertEquals(i, b.family(), b.name + " roots its own family");
                assertFalse(b.foreignBase());
            }
        });
        ScalingLaw law = ScalingLaw.of(m.parameters());
        // the first release (month 1) used two months of compute; later ones one month, so weaker:
        // a lab keeps its best model
        double scratch = law.capability(0.4 * 2 * 1000 * 1e21);
        for (int i = 1; i <= 2; i++) assertEquals(scratch, m.lab(i).capability(), 1e-9);
        assertEquals(months - 1, m.lab(1).releases());
        for (int f = 0; f < 3; f++) assertEquals(0, m.families().labDerivatives(f));
        assertEquals(0.0, last(m, "derivatives.byLabs"), 0);
        assertTrue(m.families().developerDerivatives(0) > 0, "developers still build on the open family");
        assertBaseOriginMatchesLedger(m);
        assertEquals(m.families().developerDerivatives(0), (long) last(m, "derivatives.baseOrigin.A"));
    }

    /** derivatives.baseOrigin.R is the ledger's derivatives of every family whose root lab is of R. */
    private static void assertBaseOriginMatchesLedger(AiEcosystem m) {
        long total = 0;
        for (int r = 0; r < m.regionNames().size(); r++) {
            long expected = 0;
            for (int f = 0; f < m.labCount(); f++) if (m.lab(f).region == r) expected += m.families().derivatives(f);
            assertEquals(expected, (long) last(m, "derivatives.baseOrigin." + m.regionNames().get(r)), "region " + r);
            total += expected;
        }
        long ledgerTotal = 0;
        for (int f = 0; f < m.labCount(); f++) ledgerTotal += m.families().derivatives(f);
        assertEquals(ledgerTotal, total);
    }
}
