package org.aiecosim.model;

/**
 * The menu as developers of one region and kind see it: only the models not barred to them (finite
 * {@link ModelMenu#fixed} term), in menu order, with the attributes a choice reads copied side by side
 * so the choice loop reads consecutive entries and skips no barred model. A barred model's choice
 * probability is exactly 0 (exp(&minus;&infin;) adds 0.0 to the sum), so a choice over these alone gives the
 * same sums, in the same order, as one over the whole menu. Rows are laid out like
 * {@link ModelMenu#fixed}: the row of region r and kind k starts at {@code (r * kinds + k) * stride}.
 */
final class AdmissibleMenu {
    int[] count;
    /** Menu position of each row entry. */
    int[] position;
    /** Row entry of each menu position ({@code row + j}), -1 when barred. */
    int[] entry;
    double[] capability, surplusFactor, price, open, fixed;
    /** Whether some model's surplus factor overflowed (the choice then computes surplus terms directly). */
    boolean surplusOverflow;

    /** Fills the rows from the menu's refreshed arrays. */
    void fill(ModelMenu menu, int rows) {
        int stride = menu.lab.length;
        int cells = rows * stride;
        if (count == null || count.length != rows || position.length != cells) {
            count = new int[rows];
            position = new int[cells];
            entry = new int[cells];
            capability = new double[cells];
            surplusFactor = new double[cells];
            price = new double[cells];
            open = new double[cells];
            fixed = new double[cells];
        }
        surplusOverflow = false;
        for (int j = 0; j < menu.size; j++) if (menu.surplusFactor[j] == Double.POSITIVE_INFINITY) surplusOverflow = true;
        for (int row = 0; row < rows; row++) {
            int start = row * stride, n = 0;
            for (int j = 0; j < menu.size; j++) {
                double f = menu.fixed[start + j];
                if (f == Double.NEGATIVE_INFINITY) {
                    entry[start + j] = -1;
                    continue;
                }
                int i = start + n++;
                entry[start + j] = i - start;
                position[i] = j;
                capability[i] = menu.capability[j];
                surplusFactor[i] = menu.surplusFactor[j];
                price[i] = menu.price[j];
                open[i] = menu.open[j];
                fixed[i] = f;
            }
            count[row] = n;
        }
    }
}
