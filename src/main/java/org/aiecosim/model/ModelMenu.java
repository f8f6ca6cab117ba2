package org.aiecosim.model;

import org.aiecosim.model.lineage.FamilyLedger;

import java.io.Serializable;

/**
 * The models on offer to developers this month (one per active lab: its latest release), with the
 * parts of their utility that are the same for every developer ({@link #common}) or for every
 * developer of a region ({@link #regional}) precomputed. Reused month to month.
 */
final class ModelMenu implements Serializable {
    private static final long serialVersionUID = 2L;

    int size;
    int[] lab;
    double[] capability;
    double[] price;
    double[] open;
    int[] origin;
    /** The family's derivatives: the same for every developer. */
    double[] common;
    /**
     * Per developer region r and menu position j ({@code r * lab.length + j}): the access term (0 when
     * offered, ln a when reachable by a share a of developers, &minus;&infin; when barred) plus the installed
     * base among developers of the same region (network effects within ecosystems, Katz &amp; Shapiro 1985).
     */
    double[] regional;
    /**
     * Everything in a developer's utility that depends only on its region r and kind k:
     * regional + common &minus; barrier[r][origin] &middot; trust[k], at {@code (r * kinds + k) * lab.length + j}.
     */
    double[] fixed;
    /** The same, per region and kind, without the models barred to them (derived, so not saved). */
    transient AdmissibleMenu admissible;
    private int kinds;
    /**
     * exp((frontier &minus; capability_j) / surplusScale), so that a developer's saturating surplus term
     * 1 &minus; exp(&minus;(c_j &minus; R)/s) = 1 &minus; surplusFactor_j &middot; exp((R &minus; frontier)/s) needs one exp per
     * choice instead of one per model (+&infin; when it overflows: the choice then computes it directly).
     */
    double[] surplusFactor;
    /** Menu position of each lab, -1 when not on offer. */
    int[] positionOfLab;
    /** Developers of each region on any model, counted once per refresh. */
    private transient int[] regionAdopters;
    /** Frontier capability the task requirements move with. */
    double frontier;

    ModelMenu(int labCount, int regionCount) {
        lab = new int[labCount];
        capability = new double[labCount];
        price = new double[labCount];
        open = new double[labCount];
        origin = new int[labCount];
        common = new double[labCount];
        regional = new double[labCount * regionCount];
        positionOfLab = new int[labCount];
    }

    void refresh(Lab[] labs, int month, double frontier, Region[] regions, DeveloperPopulation developers,
                 double networkWeight, double ecosystemWeight, FamilyLedger families, double[][] barrier, double[] trust,
                 double surplusScale) {
        this.frontier = frontier;
        size = 0;
        int stride = lab.length;
        if (regionAdopters == null || regionAdopters.length != regions.length) regionAdopters = new int[regions.length];
        for (Region r : regions) regionAdopters[r.index] = developers == null ? 0 : developers.adoptersInRegion(r.index);
        for (Lab l : labs) {
            positionOfLab[l.index] = -1;
            if (!l.active(month)) continue;
            int j = size++;
            positionOfLab[l.index] = j;
            lab[j] = l.index;
            capability[j] = l.capability;
            price[j] = l.price;
            open[j] = l.open ? 1 : 0;
            origin[j] = l.region;
            // A family's derivatives (tools, adapters, fine-tunes) make its models easier to build on.
            common[j] = ecosystemWeight * Math.log1p(families.derivatives(l.family));
            for (Region r : regions) {
                double a = l.open ? r.policy.openAccess(l.region) : r.policy.apiAccess(l.region);
                double access = a >= 1 ? 0 : a > 0 ? Math.log(a) : Double.NEGATIVE_INFINITY;
                int inRegion = regionAdopters[r.index];
                double share = inRegion > 0 ? (double) developers.adopters(r.index, l.index) / inRegion : 0;
                regional[r.index * stride + j] = access + networkWeight * Math.log1p(100 * share);
            }
        }
        if (surplusFactor == null || surplusFactor.length != lab.length) surplusFactor = new double[lab.length];
        for (int j = 0; j < size; j++) surplusFactor[j] = Math.exp((frontier - capability[j]) / surplusScale);
        kinds = trust.length;
        if (fixed == null || fixed.length != regions.length * kinds * stride) fixed = new double[regions.length * kinds * stride];
        for (int r = 0; r < regions.length; r++) {
            for (int k = 0; k < kinds; k++) {
                int row = (r * kinds + k) * stride;
                for (int j = 0; j < size; j++) {
                    double regionalTerm = regional[r * stride + j];
                    fixed[row + j] = regionalTerm == Double.NEGATIVE_INFINITY ? Double.NEGATIVE_INFINITY
                            : regionalTerm + common[j] - barrier[r][origin[j]] * trust[k];
                }
            }
        }
        if (admissible == null) admissible = new AdmissibleMenu();
        admissible.fill(this, regions.length * kinds);
    }

    /** Offset of the fixed utility terms of developers of region {@code r} and kind {@code k}. */
    int fixedRow(int r, int k) { return (r * kinds + k) * lab.length; }

    /** Index of the row of region {@code r} and kind {@code k} (its entries start at {@link #fixedRow}). */
    int row(int r, int k) { return r * kinds + k; }
}
