package org.aiecosim.model;

import java.io.Serializable;

/**
 * The models on offer to developers this month (one per active lab: its latest release), with the
 * parts of their utility that are the same for every developer precomputed. Reused month to month.
 */
final class ModelMenu implements Serializable {
    private static final long serialVersionUID = 1L;

    int size;
    int[] lab;
    double[] capability;
    double[] price;
    double[] open;
    int[] origin;
    /** Capability-relative-to-frontier and installed-base utility. */
    double[] common;
    /** Menu position of each lab, -1 when not on offer. */
    int[] positionOfLab;

    ModelMenu(int labCount) {
        lab = new int[labCount];
        capability = new double[labCount];
        price = new double[labCount];
        open = new double[labCount];
        origin = new int[labCount];
        common = new double[labCount];
        positionOfLab = new int[labCount];
    }

    void refresh(Lab[] labs, int month, double frontier, int totalAdopters, double capabilityWeight, double networkWeight,
                 double ecosystemWeight, org.aiecosim.model.lineage.FamilyLedger families) {
        size = 0;
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
            double share = totalAdopters > 0 ? (double) l.adopters / totalAdopters : 0;
            // A family's derivatives (tools, adapters, fine-tunes) make its models easier to build on.
            common[j] = capabilityWeight * (l.capability - frontier) / 100.0 + networkWeight * Math.log1p(100 * share)
                    + ecosystemWeight * Math.log1p(families.derivatives(l.family));
        }
    }
}
