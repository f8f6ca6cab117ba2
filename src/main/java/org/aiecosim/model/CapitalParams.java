package org.aiecosim.model;

import org.aiecosim.model.capital.FundingChannels;
import org.aiecosim.model.capital.InvestorAllocation;
import org.aiecosim.model.capital.Valuation;

import java.io.Serializable;

/**
 * Parameters of lab funding ({@code capital.*}), used by {@link EconomyPhase}: investors' valuation
 * and their diminishing returns, for venture and for state funds. The regional flows and their
 * split by channel are region parameters ({@link RegionPolicy}). See {@link ParameterCatalog}.
 */
public record CapitalParams(double revenueReference, double revenueExponent, double capabilityBandwidth,
                            double diminishingReturns, double scale, double stateDiminishingReturns) implements Serializable {

    public static final String REVENUE_REFERENCE = "capital.revenueReference";
    public static final String REVENUE_EXPONENT = "capital.revenueExponent";
    public static final String CAPABILITY_BANDWIDTH = "capital.capabilityBandwidth";
    public static final String DIMINISHING_RETURNS = "capital.diminishingReturns";
    public static final String SCALE = "capital.scale";
    public static final String STATE_DIMINISHING_RETURNS = "capital.stateDiminishingReturns";

    /** The only place that reads these keys. */
    public static CapitalParams from(ParameterSource p) {
        return new CapitalParams(p.get(REVENUE_REFERENCE), p.get(REVENUE_EXPONENT), p.get(CAPABILITY_BANDWIDTH),
                p.get(DIMINISHING_RETURNS), p.get(SCALE), p.get(STATE_DIMINISHING_RETURNS));
    }

    /** Investors' valuation (fitness) of a lab. */
    public Valuation valuation() { return new Valuation(revenueReference, revenueExponent, capabilityBandwidth); }

    /** The venture and state-fund allocation rules. */
    public FundingChannels channels() {
        return new FundingChannels(new InvestorAllocation(diminishingReturns, scale), new InvestorAllocation(stateDiminishingReturns, scale));
    }
}
