package org.aiecosim.model.capital;

/**
 * The three channels through which money reaches labs each month, and the rule each follows:
 * <ol>
 *   <li><b>Venture and public markets</b> ({@link #VENTURE}): each region's flow is shared among
 *       that region's eligible labs by {@link #venture()}, fitness times returns falling with what
 *       the lab has already raised from this channel.</li>
 *   <li><b>Big-tech parents</b> ({@link #PARENT}): a big-tech lab receives an exogenous amount from
 *       its parent's other businesses (search, advertising, cloud), per lab or, through
 *       {@link #parentFundingByKind}, per kind. No investor weighs it against other labs: it is
 *       paid in full to an eligible lab and not at all to an ineligible one. In 2023&ndash;25 this
 *       is how Google DeepMind and Meta's labs were funded, alongside the venture rounds and
 *       strategic investments of OpenAI, Anthropic and xAI.</li>
 *   <li><b>State and guidance funds</b> ({@link #STATE}): each region's flow is shared among its
 *       eligible labs by {@link #state()}, normally with much stronger diminishing returns
 *       ({@link #DEFAULT_STATE_GAMMA}), so that it is spread nearly evenly: guidance funds back many
 *       firms rather than pick one. With constant fitness the long-run shares go as
 *       {@code eta^(1/(1+gamma))}, e.g. {@code eta^(1/5)} for gamma = 4, so a fourfold difference in
 *       fitness becomes a 1.3-fold difference in state money.</li>
 * </ol>
 * Money is conserved channel by channel: what a channel does not pay out (a region without an
 * eligible lab of positive fitness, a parent whose lab is not eligible) is reported as
 * unallocated. A lab of fitness zero receives nothing from venture or state funds.
 *
 * <p>The record holds the channels' rules; the month's flows, which grow, are passed in arrays the
 * caller owns and updates in place, so nothing is allocated per month.
 *
 * @param venture rule for regional venture and public-market capital
 * @param state   rule for regional state and guidance funds (normally a larger gamma)
 */
public record FundingChannels(InvestorAllocation venture, InvestorAllocation state) implements java.io.Serializable {
    /** Index of each channel in the {@code unallocated} array. */
    public static final int VENTURE = 0, PARENT = 1, STATE = 2;
    /** Number of channels, the length of the {@code unallocated} array. */
    public static final int CHANNELS = 3;
    /**
     * Diminishing returns of state and guidance funds when not given: illustrative, not calibrated;
     * large enough that long-run shares go as the fifth root of fitness.
     */
    public static final double DEFAULT_STATE_GAMMA = 4;

    public FundingChannels {
        if (venture == null || state == null) throw new IllegalArgumentException("both allocation rules are required");
    }

    /** Venture rule as given; state funds with {@link #DEFAULT_STATE_GAMMA} and the same capital scale. */
    public FundingChannels(InvestorAllocation venture) {
        this(venture, new InvestorAllocation(DEFAULT_STATE_GAMMA, venture.capitalScale()));
    }

    /**
     * One month's funding of every lab, by channel. Amounts are written into {@code venture},
     * {@code parent} and {@code state} (each lab's total is their sum); the venture and state amounts
     * are also added to {@code ventureRaised} and {@code stateRaised}, each channel's running total
     * per lab, which the caller keeps from month to month.
     *
     * @param ventureFlow   each region's venture and public-market flow this month, $M
     * @param stateFlow     each region's state and guidance-fund flow this month, $M (same length)
     * @param parentFunding each lab's funding from its parent's other businesses this month, $M (zero
     *                      for labs without a big-tech parent; see {@link #parentFundingByKind})
     * @param region        each lab's region, an index into the flow arrays
     * @param fitness       each lab's fitness ({@link Valuation}), &ge; 0
     * @param eligible      whether each lab can be funded this month (active)
     * @param ventureRaised capital each lab has raised from venture so far, $M; updated
     * @param stateRaised   capital each lab has received from state funds so far, $M; updated
     * @param venture       receives each lab's venture funding, $M
     * @param parent        receives each lab's parent funding, $M
     * @param state         receives each lab's state funding, $M
     * @param unallocated   length {@link #CHANNELS}: receives each channel's money nobody received, $M
     */
    public void fund(double[] ventureFlow, double[] stateFlow, double[] parentFunding,
                     int[] region, double[] fitness, boolean[] eligible,
                     double[] ventureRaised, double[] stateRaised,
                     double[] venture, double[] parent, double[] state, double[] unallocated) {
        int n = fitness.length;
        int regions = ventureFlow.length;
        if (stateFlow.length != regions) throw new IllegalArgumentException("venture and state flows must cover the same regions");
        if (parentFunding.length != n || region.length != n || eligible.length != n || parent.length != n)
            throw new IllegalArgumentException("per-lab arrays must have the same length");
        if (unallocated.length != CHANNELS) throw new IllegalArgumentException("unallocated needs one entry per channel");
        for (int i = 0; i < n; i++) {
            if (region[i] < 0 || region[i] >= regions) throw new IllegalArgumentException("lab " + i + " has no region: " + region[i]);
            if (!(parentFunding[i] >= 0) || Double.isInfinite(parentFunding[i]))
                throw new IllegalArgumentException("parent funding must be non-negative and finite, lab " + i + ": " + parentFunding[i]);
        }
        unallocated[VENTURE] = 0;
        unallocated[STATE] = 0;
        for (int r = 0; r < regions; r++) {
            unallocated[VENTURE] += this.venture.allocate(ventureFlow[r], fitness, eligible, region, r, ventureRaised, venture);
            unallocated[STATE] += this.state.allocate(stateFlow[r], fitness, eligible, region, r, stateRaised, state);
        }
        unallocated[PARENT] = 0;
        for (int i = 0; i < n; i++) {
            parent[i] = eligible[i] ? parentFunding[i] : 0;
            if (!eligible[i]) unallocated[PARENT] += parentFunding[i];
        }
    }

    /**
     * Per-lab parent funding from a per-kind amount: {@code out[i] = fundingByKind[kind[i]]}, normally
     * non-zero only for the big-tech kind.
     */
    public static void parentFundingByKind(int[] kind, double[] fundingByKind, double[] out) {
        if (kind.length != out.length) throw new IllegalArgumentException("per-lab arrays must have the same length");
        for (int i = 0; i < out.length; i++) out[i] = fundingByKind[kind[i]];
    }
}
