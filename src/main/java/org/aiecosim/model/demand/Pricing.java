package org.aiecosim.model.demand;

import java.io.Serializable;

/**
 * Prices of closed and open models, in $ per developer-month.
 *
 * <p><b>Closed models</b>: the owner sets a logit Bertrand-Nash price. For a single-product firm facing
 * logit demand with price coefficient alpha, the first-order condition gives (Berry 1994; Berry,
 * Levinsohn &amp; Pakes 1995)
 * <pre>
 * p_j = mc_j + 1 / (alpha * (1 - s_j)),   markup capped at maxMarkup
 * </pre>
 * where alpha is the mean price sensitivity [utils per $] and s_j the model's share among the models whose
 * capability is within {@code competitionBand} points of its own (its close competitors, open or closed).
 * The markup falls as close competitors take share; a model with no competitor in its band has s_j = 1
 * and would price without bound, so the markup is capped at {@code maxMarkup}. Using the mean alpha under
 * mixed-logit demand is an approximation.
 *
 * <p><b>Open models</b>: competing hosts serve the weights at cost plus a margin, cheaper as the family's
 * ecosystem grows (competing hosts, quantisations, optimised kernels):
 * <pre>
 * p_open = servingCost * (1 + hostMargin) * ecosystemFactor(D),   ecosystemFactor(D) = (1 + D/D_half)^(-beta)
 * </pre>
 * with D the number of derivatives of the family. At D = D_half the price has fallen by the factor
 * 2^(-beta). D_half = +infinity or beta = 0 makes the ecosystem neutral (factor 1). The factor is read as
 * a fall in every host's effective serving cost, so a lab hosting its own open models earns
 * hostMargin * servingCost * ecosystemFactor(D) per developer-month served ({@link #hostingMargin}).
 *
 * <p><b>Serving cost</b>: under compute-optimal training parameters grow with the square root of training
 * compute (Hoffmann et al. 2022), and serving cost with parameters; family know-how K lowers it:
 * <pre>
 * servingCost = c0 * (E_train / E_ref)^0.5 * 10^(-zeta * K)
 * </pre>
 *
 * @param competitionBand    capability distance [points] within which models compete on price (&gt;= 0)
 * @param maxMarkup          cap on the closed markup [$ per developer-month] (&gt; 0)
 * @param hostMargin         hosts' margin over serving cost (fraction, &gt;= 0)
 * @param ecosystemHalf      D_half, derivatives at which the open price has fallen by 2^(-beta) (&gt; 0, may be +inf)
 * @param ecosystemExponent  beta (&gt;= 0)
 * @param servingCostRef     c0, serving cost of a model trained with E_ref and no know-how [$ per developer-month]
 * @param referenceCompute   E_ref, effective training compute of the reference model [FLOP] (&gt; 0)
 * @param knowhowWeight      zeta, decades of serving cost removed per unit of family know-how (&gt;= 0)
 */
public record Pricing(double competitionBand, double maxMarkup, double hostMargin,
                      double ecosystemHalf, double ecosystemExponent,
                      double servingCostRef, double referenceCompute, double knowhowWeight) implements Serializable {

    public Pricing {
        if (!(competitionBand >= 0)) throw new IllegalArgumentException("competitionBand must be >= 0");
        if (!(maxMarkup > 0) || Double.isInfinite(maxMarkup)) throw new IllegalArgumentException("maxMarkup must be finite and > 0");
        if (!(hostMargin >= 0)) throw new IllegalArgumentException("hostMargin must be >= 0");
        if (!(ecosystemHalf > 0)) throw new IllegalArgumentException("ecosystemHalf must be > 0 (or +inf)");
        if (!(ecosystemExponent >= 0)) throw new IllegalArgumentException("ecosystemExponent must be >= 0");
        if (!(servingCostRef >= 0)) throw new IllegalArgumentException("servingCostRef must be >= 0");
        if (!(referenceCompute > 0)) throw new IllegalArgumentException("referenceCompute must be > 0");
        if (!(knowhowWeight >= 0)) throw new IllegalArgumentException("knowhowWeight must be >= 0");
    }

    // ---- closed models -------------------------------------------------------------------------------

    /** Logit markup 1/(alpha (1 - s)) [$], capped at maxMarkup; s &gt;= 1 or alpha &lt;= 0 give maxMarkup. */
    public double closedMarkup(double meanPriceSensitivity, double bandShare) {
        if (!(meanPriceSensitivity > 0) || bandShare >= 1) return maxMarkup;
        // Berry (1994): p - mc = 1 / (alpha (1 - s))
        double markup = 1.0 / (meanPriceSensitivity * (1.0 - bandShare));
        return Math.min(markup, maxMarkup);
    }

    /** Closed price p = mc + markup [$ per developer-month]. */
    public double closedPrice(double marginalCost, double meanPriceSensitivity, double bandShare) {
        return marginalCost + closedMarkup(meanPriceSensitivity, bandShare);
    }

    /**
     * Writes into {@code out[j]} each model's share within its competition band:
     * s_j = share_j / sum over k with |c_k - c_j| &lt;= competitionBand of share_k (the sum includes j).
     * If every model in the band has zero share, the band is split equally (s_j = 1/m for m models in the
     * band; 1 for a model alone). O(n^2), no allocation; {@code out} must not alias the inputs.
     */
    public void bandShares(double[] capability, double[] share, int n, double[] out) {
        for (int j = 0; j < n; j++) {
            double total = 0;
            int count = 0;
            for (int k = 0; k < n; k++) {
                if (Math.abs(capability[k] - capability[j]) <= competitionBand) {
                    total += share[k];
                    count++;
                }
            }
            // s_j = share_j / (total share of j's band)
            out[j] = total > 0 ? share[j] / total : 1.0 / count;
        }
    }

    // ---- open models ---------------------------------------------------------------------------------

    /** (1 + D/D_half)^(-beta); exactly 1 at D = 0, for D_half = +inf, or for beta = 0. */
    public double ecosystemFactor(double derivatives) {
        if (ecosystemExponent == 0 || ecosystemHalf == Double.POSITIVE_INFINITY) return 1.0;
        // competing hosts and tooling: (1 + D/D_half)^(-beta)
        return Math.pow(1.0 + derivatives / ecosystemHalf, -ecosystemExponent);
    }

    /** Price to developers of an open model served by competing hosts [$ per developer-month]. */
    public double openHostingPrice(double servingCost, double derivatives) {
        // p_open = servingCost (1 + margin) ecosystemFactor(D)
        return servingCost * (1.0 + hostMargin) * ecosystemFactor(derivatives);
    }

    /**
     * Margin a lab earns per developer-month hosting its own open model at the market price: the ecosystem
     * factor lowers every host's effective serving cost (quantisations, kernels), so the margin is
     * p_open - servingCost * ecosystemFactor(D) = hostMargin * servingCost * ecosystemFactor(D) &gt;= 0.
     */
    public double hostingMargin(double servingCost, double derivatives) {
        // p_open - effective cost = margin * servingCost * ecosystemFactor(D)
        return hostMargin * servingCost * ecosystemFactor(derivatives);
    }

    // ---- serving cost --------------------------------------------------------------------------------

    /** c0 (E_train/E_ref)^0.5 10^(-zeta K) [$ per developer-month]; E_train in FLOP, K the family know-how. */
    public double servingCost(double trainingCompute, double knowhow) {
        // size ~ sqrt(compute) under compute-optimal training; know-how removes zeta*K decades
        return servingCostRef * Math.sqrt(trainingCompute / referenceCompute) * Math.pow(10.0, -knowhowWeight * knowhow);
    }

    /** As {@link #servingCost} with the compute given as log10(E_train / FLOP). */
    public double servingCostLog10(double log10TrainingCompute, double knowhow) {
        double decades = log10TrainingCompute - Math.log10(referenceCompute);
        return servingCostRef * Math.pow(10.0, 0.5 * decades - knowhowWeight * knowhow);
    }
}
