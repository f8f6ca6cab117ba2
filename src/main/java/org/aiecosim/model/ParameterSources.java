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
