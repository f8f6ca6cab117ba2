package org.aiecosim.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where each parameter's default comes from, for the parameter table of the ODD document and
 * {@code aiecosim params}. Keys are matched by the longest listed prefix; values fitted by
 * {@code aiecosim calibrate} are marked as such in {@code scenarios/baseline.yaml}, not here.
 */
public final class ParameterSources {
    private static final String ASSUMPTION = "assumption (round figure; see the ODD design concepts)";
    private static final Map<String, String> SOURCES = new LinkedHashMap<>();

    static {
        SOURCES.put("market.supply0", "Epoch AI, trends in ML hardware; NVIDIA data-centre revenue (2023-2024)");
        SOURCES.put("market.supplyGrowth", "Epoch AI (2024): AI compute stock ~2x a year; calibrated in the baseline");
        SOURCES.put("market.referencePrice", "H100 price ~$25-30k, press reports (2023)");
        SOURCES.put("market.priceFloor", "assumption: manufacturing cost about half the 2023 price");
        SOURCES.put("market.depreciation", "assumption: ~4-year useful life of accelerators");
        SOURCES.put("market.flopPerH100eMonth", "H100 dense BF16 989 TFLOP/s x 40% utilisation x 2.6e6 s (NVIDIA datasheet, 2022)");
        SOURCES.put("knowledge.rdProductivity", "calibrated in the baseline to Ho et al. (2024), compute halving every ~8 months");
        SOURCES.put("knowledge.effortElasticity", "Jones (1995) R&D-based growth, lambda in (0,1]; 0.5 keeps the v1 square-root rule");
        SOURCES.put("knowledge.labourShare", "assumption: Cobb-Douglas in researchers and experimental compute (equal weights)");
        SOURCES.put("knowledge.difficulty", "Bloom, Jones, Van Reenen & Webb (2020): research productivity falls (beta ~0.2 for Moore's law); calibrated in the baseline");
        SOURCES.put("knowledge.experimentReference", "assumption: a 2022 frontier lab's experimental cluster (~10k H100e)");
        SOURCES.put("knowledge.absorptionHalfEffort", "Cohen & Levinthal (1990) absorptive capacity; level an assumption");
        SOURCES.put("knowledge.spilloverLag", "Jaffe, Trajtenberg & Henderson (1993): knowledge flows with lags; 3 months an assumption");
        SOURCES.put("knowledge.distillation", "Hinton, Vinyals & Dean (2015); Alpaca (2023); Gudibande et al. (2023): imitation closes little of the gap; rates an assumption");
        SOURCES.put("knowledge.efficiencyShare", "assumption: half of research on compute-saving work when compute is not scarce");
        SOURCES.put("knowledge.scarcityElasticity", "Popp (2002) induced innovation: long-run elasticity of energy-saving patents to energy prices ~0.35; Hicks (1932), Acemoglu (2002)");
        SOURCES.put("lineage.", "Laufer, Oderinwale & Kleinberg (2025) Hugging Face family trees; von Hippel & von Krogh (2003); Arthur (1989); levels an assumption");
        SOURCES.put("lineage.servingCostWeight", "Hoffmann et al. (2022): compute-optimal size grows with the square root of compute; weight an assumption");
        SOURCES.put("capital.", "Bianconi & Barabasi (2001) fitness model, without preferential attachment; levels an assumption");
        SOURCES.put("economics.blockedBudgetToResearch", "assumption: money caps keep from chips goes to researchers and talent, never hoarded");
        SOURCES.put("developers.ecosystemWeight", "Katz & Shapiro (1985) network effects of complements; weight an assumption");
        SOURCES.put("developers.task", "Rogers (2003) relative advantage; requirement distribution an assumption (upper tail moves with the frontier)");
        SOURCES.put("developers.shortfallWeight", "Train (2009) mixed logit; saturating capability utility an assumption");
        SOURCES.put("developers.surplus", "Train (2009) mixed logit; saturating capability utility an assumption");
        SOURCES.put("developers.capabilityTasteSd", "Train (2009) ch. 6 random coefficients; spread an assumption");
        SOURCES.put("developers.priceTasteSd", "Train (2009) ch. 6 random coefficients; spread an assumption");
        SOURCES.put("developers.kind.", "assumption: enterprises care more about price stability, trust and compliance than hobbyists");
        SOURCES.put("economics.servingCost", "Hoffmann et al. (2022): size grows with the square root of compute; Epoch AI (2025): price of a fixed capability falls 9-900x a year; level an assumption");
        SOURCES.put("economics.servingKnowhowWeight", "Epoch AI (2025) inference prices; a16z (2024) ~10x a year cheaper for constant capability; weight an assumption");
        SOURCES.put("economics.hostMargin", "assumption: competing hosts of open weights (2024 list prices near cost)");
        SOURCES.put("economics.maxMarkup", "Berry (1994) logit markup 1/(alpha(1-s)); cap an assumption");
        SOURCES.put("economics.competitionBand", "Berry (1994) logit markup; band an assumption");
        SOURCES.put("release.spilloverCost", "Henkel (2006) selective revealing: what is revealed is priced once; calibrated in the baseline");
        SOURCES.put("release.reachBand", "assumption: rivals within a few months of the frontier (Epoch AI 2024: open models ~3.5 months behind)");
        SOURCES.put("release.demandSample", "numerical setting: sample a lab polls to forecast demand");
        SOURCES.put("release.choiceSensitivity", "McKelvey & Palfrey (1995) quantal response; sensitivity an assumption");
        SOURCES.put("lab.kind.bigtech.complementValue", "Shapiro & Varian (1999); Spolsky (2002) commoditise the complement; value an assumption");
        SOURCES.put("region.China.openAccess", "no ban on foreign open weights in China; dated rules in scenarios");
        SOURCES.put("scaling.", "assumption: log-linear capability in compute (Kaplan et al. 2020); 1000 points at 1e24 FLOP");
        SOURCES.put("history.", "assumption: pre-2022 frontier growth, ~1 decade of effective compute a year");
        SOURCES.put("training.computeShareGrowth", "calibrated in the baseline: largest runs outgrow the compute stock (Epoch AI 2024, 2025)");
        SOURCES.put("training.computeShare", "calibrated in the baseline to Epoch AI notable-models compute (2024)");
        SOURCES.put("developers.innovation", "assumption in the range of Bass-model estimates for software (Sultan et al. 1990)");
        SOURCES.put("developers.imitation", "assumption in the range of Bass-model estimates for software (Sultan et al. 1990)");
        SOURCES.put("developers.kind.enterprise.openPreference", "calibrated in the baseline to Menlo Ventures enterprise surveys (2024-2025)");
        SOURCES.put("economics.closedPrice", "assumption: ~$10-20 per seat-month API spend (ChatGPT Plus $20, 2023)");
        SOURCES.put("economics.capitalGrowth", "calibrated in the baseline (AI capex ~1.6-2x a year, 2023-2025 filings)");
        SOURCES.put("region.China.capital", "calibrated in the baseline to Epoch AI GPU-cluster shares (2025)");
        SOURCES.put("region.China.domesticOutput", "CSIS and SemiAnalysis estimates of Ascend output (2024)");
        SOURCES.put("region.US.parentShare", "big-tech AI capex ~$226B in 2024 (Microsoft, Alphabet, Amazon, Meta filings) against ~$100B of AI venture funding; share reasoned");
        SOURCES.put("region.China.parentShare", "Alibaba, Tencent, ByteDance, Baidu fund their own labs; share reasoned");
        SOURCES.put("region.China.stateShare", "state guidance funds for AI (2023-2025 announcements); share reasoned");
        SOURCES.put("region.China.apiAccess", "US closed APIs not offered in China (OpenAI blocked unsupported regions from 2024-07-09)");
        SOURCES.put("region.", "assumption (round figures; events in scenarios/baseline.yaml follow BIS rules 2022-2025)");
        SOURCES.put("release.spilloverCost", "calibrated in the baseline (through the enterprise open share it drives)");
        SOURCES.put("release.", "assumption (behavioural; screened in scenarios/sweeps/behaviour-sensitivity.yaml)");
        SOURCES.put("lab.kind.", "assumption: release cadences of 2022-2025 model families");
    }

    private ParameterSources() {}

    /** Source of {@code key}'s default. */
    public static String of(String key) {
        String best = null;
        for (String prefix : SOURCES.keySet()) {
            if (key.startsWith(prefix) && (best == null || prefix.length() > best.length())) best = prefix;
        }
        return best == null ? ASSUMPTION : SOURCES.get(best);
    }
}
