package org.aiecosim.model;

import java.io.Serializable;

/** Counts of releases, open releases and releases built on a foreign base per month, by region, by lab kind and by region &times; lab kind. */
public final class ReleaseLog implements Serializable {
    private static final long serialVersionUID = 3L; // 3: counts by region and lab kind

    private static final int KINDS = LabKind.values().length;

    private final int[][] byRegion;
    private final int[][] openByRegion;
    private final int[][] byKind;
    private final int[][] openByKind;
    private final int[][] foreignByRegion;
    /** By region and lab kind, index {@code region * kinds + kind}. */
    private final int[][] byRegionKind;
    private final int[][] openByRegionKind;

    ReleaseLog(int months, int regions) {
        byRegion = new int[months][regions];
        openByRegion = new int[months][regions];
        byKind = new int[months][LabKind.values().length];
        openByKind = new int[months][LabKind.values().length];
        foreignByRegion = new int[months][regions];
        byRegionKind = new int[months][regions * LabKind.values().length];
        openByRegionKind = new int[months][regions * LabKind.values().length];
    }

    void record(int month, int region, LabKind kind, boolean open, boolean foreignBase) {
        byRegion[month][region]++;
        if (foreignBase) foreignByRegion[month][region]++;
        byKind[month][kind.ordinal()]++;
        int regionKind = region * KINDS + kind.ordinal();
        byRegionKind[month][regionKind]++;
        if (open) {
            openByRegion[month][region]++;
            openByKind[month][kind.ordinal()]++;
            openByRegionKind[month][regionKind]++;
        }
    }

    /** Share of releases in months (month-window, month] that were open, for region r (-1: all); NaN when none. */
    public double openShareByRegion(int month, int window, int r) {
        return share(byRegion, openByRegion, month, window, r);
    }

    /** Same as {@link #openShareByRegion} for a lab kind. */
    public double openShareByKind(int month, int window, LabKind kind) {
        return share(byKind, openByKind, month, window, kind.ordinal());
    }

    /** Same as {@link #openShareByRegion} for the labs of kind {@code kind} in region {@code r}. */
    public double openShareByRegionAndKind(int month, int window, int r, LabKind kind) {
        return share(byRegionKind, openByRegionKind, month, window, r * KINDS + kind.ordinal());
    }

    /** Share of releases in months (month-window, month] of region r (-1: all) built on an open base from another region; NaN when none. */
    public double foreignBaseShareByRegion(int month, int window, int r) {
        return share(byRegion, foreignByRegion, month, window, r);
    }

    private static double share(int[][] all, int[][] open, int month, int window, int group) {
        long n = 0, o = 0;
        for (int m = Math.max(0, month - window + 1); m <= month; m++) {
            for (int g = 0; g < all[m].length; g++) {
                if (group >= 0 && g != group) continue;
                n += all[m][g];
                o += open[m][g];
            }
        }
        return n == 0 ? Double.NaN : (double) o / n;
    }
}
