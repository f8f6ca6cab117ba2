package org.aiecosim.model.capital;

/**
 * How one funding channel's monthly flow is shared among the labs it may fund: in proportion to
 * <pre>
 *   w_i = eta_i * (1 + raised_i / K_s)^(-gamma)
 * </pre>
 * where {@code eta_i} is the lab's fitness ({@link Valuation}) and {@code raised_i} the capital it
 * has raised from this channel so far. Investors diversify: the more a lab has already raised, the
 * less the next dollar is expected to return. {@code gamma = 0} is plain fitness-proportional
 * sharing, the fitness model of Bianconi &amp; Barabási (2001) without preferential attachment;
 * {@code gamma < 0} would be preferential attachment (money attracting money), under which the
 * fittest can take a finite fraction of everything (their Bose-Einstein condensation), so it is
 * not allowed.
 *
 * <p><b>Analytic limit.</b> With constant fitness, constant flow {@code F} and cumulative capital
 * large against {@code K_s}, the monthly share is {@code s_i ∝ eta_i K_i^(-gamma)}; if shares
 * settle, {@code K_i ≈ s_i F t}, so {@code s_i ∝ eta_i s_i^(-gamma)}, i.e. {@code s_i^(1+gamma) ∝ eta_i}:
 * <pre>
 *   s_i -> eta_i^(1/(1+gamma)) / sum_j eta_j^(1/(1+gamma))
 * </pre>
 * and the same for shares of cumulative capital. Every lab with positive fitness keeps a finite
 * share; larger {@code gamma} flattens the shares toward equal ({@link #limitShares}). For
 * {@code gamma = 1}, continuous time and equal fitness, {@code d(K_i^2)/dt} is the same for every
 * lab, so a head start {@code K_1 - K_2 = const/(K_1 + K_2)} shrinks to nothing.
 *
 * <p><b>Symmetry.</b> Each lab's weight is computed from its own inputs and the channel-wide
 * normalisers only, in the same operations for every lab, so labs with identical fitness and
 * identical capital raised receive bit-identical amounts, month after month.
 *
 * <p><b>Conservation.</b> Amounts are {@code F * w_i / sum_j w_j} over the eligible labs with
 * positive fitness: they sum to {@code F} up to floating rounding. When no lab qualifies, every
 * amount is zero and the whole flow is returned as unallocated.
 *
 * <p>Weights are evaluated relative to the largest fitness and the smallest capital raised, so
 * they neither overflow nor underflow even with a large {@code gamma} and decades of capital.
 *
 * @param diminishingReturns gamma, &ge; 0
 * @param capitalScale       K_s, capital raised at which returns have fallen by {@code 2^gamma}, $M (&gt; 0)
 */
public record InvestorAllocation(double diminishingReturns, double capitalScale) implements java.io.Serializable {

    public InvestorAllocation {
        if (!(diminishingReturns >= 0) || Double.isInfinite(diminishingReturns))
            throw new IllegalArgumentException("diminishingReturns must be non-negative and finite: " + diminishingReturns);
        if (!(capitalScale > 0) || Double.isInfinite(capitalScale))
            throw new IllegalArgumentException("capitalScale must be positive and finite: " + capitalScale);
    }

    /**
     * Shares one month's flow among all eligible labs. Writes each lab's amount into {@code out}
     * (zero for ineligible labs and labs of fitness zero) <em>and adds it to {@code raised}</em>, so
     * {@code raised} is this channel's running total per lab; the caller only keeps the array.
     *
     * @param flow     the channel's flow this month, $M (&ge; 0)
     * @param fitness  each lab's fitness (&ge; 0)
     * @param eligible whether each lab may be funded (active)
     * @param raised   capital each lab has raised from this channel so far, $M; updated
     * @param out      receives each lab's amount, $M
     * @return the flow left unallocated: {@code flow} when no eligible lab has positive fitness, else 0
     */
    public double allocate(double flow, double[] fitness, boolean[] eligible, double[] raised, double[] out) {
        return allocate(flow, fitness, eligible, null, 0, raised, out);
    }

    /**
     * As {@link #allocate(double, double[], boolean[], double[], double[])}, but only among the labs
     * of one group (a region): labs with {@code group[i] == g} are funded or set to zero; entries of
     * other labs in {@code out} and {@code raised} are left untouched, so one call per group fills
     * {@code out} without scratch arrays. {@code group == null} means every lab.
     */
    public double allocate(double flow, double[] fitness, boolean[] eligible, int[] group, int g, double[] raised, double[] out) {
        int n = out.length;
        if (fitness.length != n || eligible.length != n || raised.length != n || (group != null && group.length != n))
            throw new IllegalArgumentException("per-lab arrays must have the same length");
        if (!(flow >= 0) || Double.isInfinite(flow)) throw new IllegalArgumentException("flow must be non-negative and finite: " + flow);
        boolean decays = diminishingReturns > 0;
        // normalisers: largest fitness, smallest log(1 + raised/K_s) among the labs that qualify
        double maxFitness = 0;
        double minLog = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (group != null && group[i] != g) continue;
            double f = fitness[i];
            if (!(f >= 0) || Double.isInfinite(f)) throw new IllegalArgumentException("fitness must be non-negative and finite, lab " + i + ": " + f);
            if (!eligible[i] || f == 0) continue;
            if (f > maxFitness) maxFitness = f;
            if (decays) minLog = Math.min(minLog, logCapital(raised[i]));
        }
        if (maxFitness == 0) {
            for (int i = 0; i < n; i++) if (group == null || group[i] == g) out[i] = 0;
            return flow;
        }
        // weights into out, then amounts; the normalised largest weight is 1, so the total is >= 1
        double total = 0;
        for (int i = 0; i < n; i++) {
            if (group != null && group[i] != g) continue;
            double w = 0;
            if (eligible[i] && fitness[i] > 0) {
                w = fitness[i] / maxFitness;
                if (decays) w *= Math.exp(-diminishingReturns * (logCapital(raised[i]) - minLog));
            }
            out[i] = w;
            total += w;
        }
        for (int i = 0; i < n; i++) {
            if (group != null && group[i] != g) continue;
            out[i] = flow * (out[i] / total);
            raised[i] += out[i];
        }
        return 0;
    }

    private double logCapital(double raised) {
        if (!(raised >= 0) || Double.isInfinite(raised)) throw new IllegalArgumentException("raised must be non-negative and finite: " + raised);
        return Math.log1p(raised / capitalScale);
    }

    /**
     * The long-run shares of a constant flow among labs of constant fitness,
     * {@code eta_i^(1/(1+gamma)) / sum_j eta_j^(1/(1+gamma))}, into {@code out} (all zero when every
     * fitness is zero).
     */
    public void limitShares(double[] fitness, double[] out) {
        double exponent = 1 / (1 + diminishingReturns);
        double total = 0;
        for (int i = 0; i < fitness.length; i++) {
            out[i] = fitness[i] > 0 ? Math.pow(fitness[i], exponent) : 0;
            total += out[i];
        }
        for (int i = 0; i < fitness.length; i++) out[i] = total > 0 ? out[i] / total : 0;
    }
}
