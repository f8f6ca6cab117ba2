package org.aiecosim.model;

import java.io.Serializable;

/** Counts of releases, open releases and releases built on a foreign base per month, by region and by lab kind. */
public final class ReleaseLog implements Serializable {
    private static final long serialVersionUID = 2L;

    private final int[][] byRegion;
    private final int[][] openByRegion;
    private final int[][] byKind;
    private final int[][] openByKind;
    private final int[][] foreignByRegion;

    ReleaseLog(int months, int regions) {
        byRegion = new int[months][regions];
        openByRegion = new int[months][regions];
        byKind = new int[months][LabKind.values().length];
        openByKind = new int[months][LabKind.values().length];
        foreignByRegion = new int[months][regions];
    }

    void record(int month, int region, LabKind kind, boolean open, boolean foreignBase) {
        byRegion[month][region]++;
        if (foreignBase) foreignByRegion[month][region]++;
        byKind[month][kind.ordinal()]++;
        if (open) {
            openByRegion[month][region]++;
            openByKind[month][kind.ordinal()]++;
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
