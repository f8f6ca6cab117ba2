package org.aiecosim.model.demand;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Soft trust and compliance costs, in utils subtracted from an option's utility:
 * <pre>
 * open weights (self-hosted) from origin o:  cost = openTrust[r][o]   * kindMultiplier[k]
 * closed API from origin o:                  cost = closedCompliance[r][o] * kindMultiplier[k]
 * </pre>
 * for a developer of kind k in region r. Open weights run on the developer's own machines, so the concern
 * is trust in the weights (provenance, hidden behaviour, reputational and legal risk); a foreign closed
 * API sends data abroad, so the concern is compliance (data residency, contracts). Kind multipliers make
 * an enterprise care more than a startup, and a startup more than a hobbyist.
 *
 * <p>Difference from {@link AccessRules}: a trust cost is finite and scaled by the developer's kind, so it
 * lowers a share but never bars an option; access rules say whether the option exists at all, whatever
 * the developer's kind or tastes (a hard bar gives exactly zero adoption). Lookups do not allocate.
 */
public final class TrustCost implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int regions;
    private final double[] kindMultiplier;
    private final double[] openTrust;         // [r * regions + o]
    private final double[] closedCompliance;  // [r * regions + o]

    /**
     * No costs yet (all zero) among {@code regions} regions; {@code kindMultiplier[k]} (&gt;= 0) scales the
     * costs for developer kind k (index order of the model's developer kinds, e.g. hobbyist, startup,
     * enterprise).
     */
    public TrustCost(int regions, double... kindMultiplier) {
        if (regions <= 0) throw new IllegalArgumentException("regions must be > 0");
        for (double m : kindMultiplier)
            if (!(m >= 0) || Double.isInfinite(m)) throw new IllegalArgumentException("kind multipliers must be finite and >= 0");
        this.regions = regions;
        this.kindMultiplier = kindMultiplier.clone();
        this.openTrust = new double[regions * regions];
        this.closedCompliance = new double[regions * regions];
    }

    public int regions() { return regions; }

    public int kinds() { return kindMultiplier.length; }

    public double kindMultiplier(int kind) { return kindMultiplier[kind]; }

    /** Base trust cost [utils] of self-hosting open weights from {@code origin} in {@code region}. */
    public void setOpenTrust(int region, int origin, double utils) {
        openTrust[region * regions + origin] = check(utils);
    }

    /** Base compliance cost [utils] of using a closed API from {@code origin} in {@code region}. */
    public void setClosedCompliance(int region, int origin, double utils) {
        closedCompliance[region * regions + origin] = check(utils);
    }

    public double openTrust(int region, int origin) { return openTrust[region * regions + origin]; }

    public double closedCompliance(int region, int origin) { return closedCompliance[region * regions + origin]; }

    /** Cost [utils, &gt;= 0, finite] to subtract from the utility of a model of type {@code open} from {@code origin}. */
    public double cost(int region, int origin, int kind, boolean open) {
        int i = region * regions + origin;
        // open: trust[r][o] * m_k; closed: compliance[r][o] * m_k
        return (open ? openTrust[i] : closedCompliance[i]) * kindMultiplier[kind];
    }

    private static double check(double utils) {
        if (!(utils >= 0) || Double.isInfinite(utils)) throw new IllegalArgumentException("cost must be finite and >= 0, got " + utils);
        return utils;
    }

    @Override public String toString() {
        return "TrustCost[regions=" + regions + ", kindMultiplier=" + Arrays.toString(kindMultiplier) + "]";
    }
}
