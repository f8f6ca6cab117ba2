package org.aiecosim.report;

import org.aiecosim.stats.MeanEstimate;
import org.aiecosim.stats.WelchComparison;

/**
 * Which cells of a heat map differ from their neighbours by more than replication noise, so colour
 * does not stretch noise into structure: each cell is compared with its (up to four) horizontal and
 * vertical neighbours by the Welch 95% confidence interval of the difference of their means.
 */
public final class HeatMapNoise {

    /** What the comparisons of a cell with its neighbours say. */
    public enum Cell {
        /** No value. */
        EMPTY,
        /** No comparison possible (fewer than two replications here or in every neighbour). */
        UNKNOWN,
        /** No neighbour differs detectably: every difference's 95% CI includes zero. */
        WITHIN_NOISE,
        /** At least one neighbour differs detectably. */
        DISTINCT
    }

    private HeatMapNoise() {}

    /** The state of each cell of {@code cells} ([column][row]; null or NaN mean: empty). */
    public static Cell[][] classify(MeanEstimate[][] cells) {
        int nx = cells.length;
        Cell[][] out = new Cell[nx][];
        for (int i = 0; i < nx; i++) {
            out[i] = new Cell[cells[i].length];
            for (int j = 0; j < cells[i].length; j++) {
                MeanEstimate c = cells[i][j];
                if (c == null || Double.isNaN(c.mean())) {
                    out[i][j] = Cell.EMPTY;
                    continue;
                }
                int compared = 0;
                boolean differs = false;
                for (int[] d : new int[][] {{1, 0}, {-1, 0}, {0, 1}, {0, -1}}) {
                    int x = i + d[0], y = j + d[1];
                    if (x < 0 || x >= nx || y < 0 || y >= cells[x].length) continue;
                    MeanEstimate o = cells[x][y];
                    if (o == null || Double.isNaN(o.mean())) continue;
                    WelchComparison w = WelchComparison.ofSummaries(c.n(), c.mean(), c.sd(), o.n(), o.mean(), o.sd());
                    if (Double.isNaN(w.low())) continue;
                    compared++;
                    if (w.low() > 0 || w.high() < 0) differs = true;
                }
                out[i][j] = differs ? Cell.DISTINCT : compared == 0 ? Cell.UNKNOWN : Cell.WITHIN_NOISE;
            }
        }
        return out;
    }

    /** How many cells of {@code cells} are in {@code state}. */
    public static int count(Cell[][] cells, Cell state) {
        int n = 0;
        for (Cell[] column : cells) for (Cell c : column) if (c == state) n++;
        return n;
    }
}
