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
    /** Menu position of each lab, -1 when not on offer. */
    int[] positionOfLab;
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
                 double networkWeight, double ecosystemWeight, FamilyLedger families) {
        this.frontier = frontier;
        size = 0;
        int stride = lab.length;
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
                int regionAdopters = developers == null ? 0 : developers.adoptersInRegion(r.index);
                double share = regionAdopters > 0 ? (double) developers.adopters(r.index, l.index) / regionAdopters : 0;
                regional[r.index * stride + j] = access + networkWeight * Math.log1p(100 * share);
            }
        }
    }
}
