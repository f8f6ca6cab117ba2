package org.aiecosim.model.knowledge;

import java.io.Serializable;

/**
 * Own algorithmic progress, semi-endogenous: know-how grows with research effort (researchers, bought
 * with R&amp;D spend, and experiment compute) and gets harder to raise the more of it a lab has
 * ("ideas get harder to find"), so growing inputs give a steady growth rate rather than acceleration.
 *
 * <p>Research equation (Jones 1995, "R&amp;D-based models of economic growth", JPE 103(4), eq. for
 * dA/A = &theta; S^&lambda; A^(&minus;&phi;); Bloom, Jones, Van Reenen &amp; Webb 2020, "Are ideas getting
 * harder to find?", AER 110(4)). With know-how in decades, K = log10 A, it reads
 * <pre>  dK/dt = &theta; &middot; talent &middot; S^&lambda; &middot; 10^(&minus;&phi;K)</pre>
 * where S is research effort, a Cobb-Douglas index of R&amp;D spend and experiment compute, each
 * relative to a reference: S = (rd/rd_ref)^&alpha; (X/X_ref)^(1&minus;&alpha;).
 * <ul>
 *   <li>&phi; = 0: ideas do not get harder; with &alpha; = 1 and &lambda; = 0.5 this is the v1 rule
 *       &theta;&middot;talent&middot;sqrt(rd/rd_ref) per month.</li>
 *   <li>&phi; &gt; 0 and effort growing as e^(nt): K grows at the steady rate &lambda;n/(&phi; ln 10)
 *       decades per month ({@link #steadyStateRate}).</li>
 * </ul>
 * Calibration anchor: Ho et al. 2024 ("Algorithmic progress in language models") estimate the compute
 * needed for a given performance halves about every 8 months (95% CI 5&ndash;14), i.e.
 * log10(2)/8 &asymp; 0.038 decades per month for the frontier ({@link #rateFromHalvingTime}).
 *
 * @param productivity     &theta;, decades per month at reference effort, talent 1 and K = 0 (&ge; 0)
 * @param effortElasticity &lambda;, elasticity of progress to effort (&ge; 0; the "stepping on toes" exponent)
 * @param labourShare      &alpha; in [0,1], weight of R&amp;D spend in effort (1 ignores compute)
 * @param difficulty       &phi;, per decade of know-how (&ge; 0; 0 = ideas do not get harder)
 * @param referenceSpend   R&amp;D spend giving unit labour input, $M per month (&gt; 0)
 * @param referenceCompute experiment compute giving unit compute input, H100-equivalents (&gt; 0)
 */
public record ResearchProduction(double productivity, double effortElasticity, double labourShare,
                                 double difficulty, double referenceSpend, double referenceCompute)
        implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final double LN10 = Math.log(10);

    public ResearchProduction {
        requireFinite(productivity >= 0, "productivity", productivity);
        requireFinite(effortElasticity >= 0, "effortElasticity", effortElasticity);
        requireFinite(labourShare >= 0 && labourShare <= 1, "labourShare", labourShare);
        requireFinite(difficulty >= 0, "difficulty", difficulty);
        requireFinite(referenceSpend > 0, "referenceSpend", referenceSpend);
        requireFinite(referenceCompute > 0, "referenceCompute", referenceCompute);
    }

    /**
     * Research effort S = (rd/rd_ref)^&alpha; &middot; (X/X_ref)^(1&minus;&alpha;), a Cobb-Douglas index of
     * researchers (paid by R&amp;D spend) and experiment compute (Jones 1995 uses researchers only; the
     * compute input follows the "needs compute and researchers"). &alpha; = 1 ignores compute,
     * &alpha; = 0 ignores spend; zero in a used input gives 0, never NaN.
     *
     * @param rdSpend           R&amp;D spend this month, $M (&ge; 0)
     * @param experimentCompute compute for experiments this month, H100-equivalents (&ge; 0)
     */
    public double effort(double rdSpend, double experimentCompute) {
        if (!(rdSpend >= 0) || !(experimentCompute >= 0)) {
            throw new IllegalArgumentException("inputs must be >= 0: rdSpend " + rdSpend
                    + ", experimentCompute " + experimentCompute);
        }
        // Cobb-Douglas; Math.pow(0, 0) = 1, so an input with weight 0 is ignored even when it is 0.
        return Math.pow(rdSpend / referenceSpend, labourShare)
                * Math.pow(experimentCompute / referenceCompute, 1 - labourShare);
    }

    /**
     * Know-how after one month of research with inputs constant in the month: the exact solution of
     * dK/dt = g&middot;10^(&minus;&phi;K), g = &theta;&middot;talent&middot;S^&lambda; (Jones 1995 in log form), over t = 1:
     * <pre>  K' = K + log10(1 + &phi; ln10 &middot; g &middot; 10^(&minus;&phi;K)) / &phi;      (&phi; &gt; 0)
     *   K' = K + g                                            (&phi; = 0)</pre>
     * (10^(&phi;K) grows linearly at &phi; ln10 g.) Computed as a softplus of the log of the bracketed
     * term, so it neither overflows nor loses the increment for K from &minus;5 to 20 and &phi; up to 5
     * (and far beyond). Zero effort gives no progress (even for &lambda; = 0). Allocates nothing.
     *
     * @param knowhow current know-how K, decades
     * @param effort  research effort S (&ge; 0), usually from {@link #effort}
     * @param talent  talent multiplier of the lab's region (&ge; 0)
     * @return know-how one month later, &ge; {@code knowhow}
     */
    public double advance(double knowhow, double effort, double talent) {
        if (!(effort >= 0) || !(talent >= 0)) {
            throw new IllegalArgumentException("effort and talent must be >= 0: " + effort + ", " + talent);
        }
        if (effort == 0) return knowhow;
        // Jones 1995: dA/A = theta S^lambda A^-phi, K = log10 A.
        double g = productivity * talent * Math.pow(effort, effortElasticity);
        if (g == 0) return knowhow;
        if (difficulty == 0) return knowhow + g;
        // ln x with x = phi ln10 g 10^(-phi K); K' - K = ln(1 + x) / (phi ln10) = softplus(ln x) / (phi ln10).
        double lnX = Math.log(difficulty * LN10 * g) - difficulty * knowhow * LN10;
        double softplus = lnX > 0 ? lnX + Math.log1p(Math.exp(-lnX)) : Math.log1p(Math.exp(lnX));
        return knowhow + softplus / (difficulty * LN10);
    }

    /** {@link #steadyStateRate(double, double, double)} with this rule's &lambda; and &phi;. */
    public double steadyStateRate(double effortGrowthPerMonth) {
        return steadyStateRate(effortGrowthPerMonth, effortElasticity, difficulty);
    }

    /**
     * Growth rate of know-how, decades per month, on the balanced path when effort grows as e^(nt):
     * &lambda;n/(&phi; ln 10) (Jones 1995: g_A = &lambda;n/&phi;; divided by ln 10 because K = log10 A).
     * The rate is reached whatever the starting know-how; it does not depend on &theta; or talent.
     *
     * @param effortGrowthPerMonth n, continuous growth rate of effort per month
     * @param lambda               &lambda; &ge; 0
     * @param phi                  &phi; &gt; 0 (with &phi; = 0 growing effort gives accelerating growth, no steady state)
     */
    public static double steadyStateRate(double effortGrowthPerMonth, double lambda, double phi) {
        if (!(phi > 0)) throw new IllegalArgumentException("steady state needs difficulty > 0, got " + phi);
        return lambda * effortGrowthPerMonth / (phi * LN10);
    }

    /**
     * Know-how growth, decades per month, when the compute needed for a given performance halves every
     * {@code halvingMonths} months: log10(2)/halvingMonths. Ho et al. 2024: about 8 months (95% CI 5&ndash;14),
     * i.e. about 0.038 decades per month.
     */
    public static double rateFromHalvingTime(double halvingMonths) {
        if (!(halvingMonths > 0)) throw new IllegalArgumentException("halvingMonths must be > 0, got " + halvingMonths);
        return Math.log10(2) / halvingMonths;
    }

    private static void requireFinite(boolean ok, String name, double value) {
        if (!ok || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " out of range: " + value);
        }
    }
}
