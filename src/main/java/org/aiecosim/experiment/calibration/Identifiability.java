package org.aiecosim.experiment.calibration;

import java.util.ArrayList;
import java.util.List;

/**
 * How well the calibration targets pin each fitted parameter down, from several independent starts
 * ({@link MultiStart}): among the starts that reached an equally good distance, the spread of each
 * parameter's fitted value as a share of its bounds. A parameter whose equally good fits lie far
 * apart is not identified by the targets: the objective is flat (or has several minima) along it, and
 * results that depend on it carry that uncertainty. This is the multi-start profile of Raue et al.
 * (2009) in its simplest form; it can miss a flat direction no start happened to explore, so "pinned"
 * means "not shown to be loose", not proof.
 */
public final class Identifiability {

    /**
     * Equally good: a distance at most this much above the best. The distance is a sum of squared
     * errors in units of the targets' tolerances; reading a tolerance as one standard error makes it a
     * chi-square, and 1 is the likelihood-ratio threshold of a 68% profile-likelihood interval for one
     * parameter (Raue et al. 2009): fits closer than this the targets cannot tell apart.
     */
    public static final double EQUAL_MARGIN = 1.0;
    /** A parameter is flagged when its equally good fits spread over more than this share of its bounds. */
    public static final double WIDE_SPREAD = 0.25;

    /**
     * One parameter across the equally good starts.
     *
     * @param best    its value in the best fit
     * @param min     smallest fitted value among equally good starts
     * @param max     largest
     * @param spread  (max - min) / (upper - lower)
     * @param pinned  spread at most {@link #WIDE_SPREAD}
     */
    public record Spread(String key, double lower, double upper, double best, double min, double max, double spread, boolean pinned) {}

    private Identifiability() {}

    /** Whether {@code distance} is as good as {@code best} for this analysis. */
    public static boolean equallyGood(double distance, double best) {
        return distance <= best + EQUAL_MARGIN;
    }

    /** The spread of each parameter over the starts of {@code results} that are equally good. */
    public static List<Spread> of(List<String> keys, double[] lower, double[] upper, List<MultiStart.Result> results) {
        FitEvaluator.Fit bestFit = MultiStart.best(results).best();
        double bestDistance = bestFit.distance();
        double[] best = bestFit.parameters();
        List<Spread> out = new ArrayList<>();
        for (int j = 0; j < keys.size(); j++) {
            double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
            for (MultiStart.Result r : results) {
                if (!equallyGood(r.best().distance(), bestDistance)) continue;
                double v = r.best().parameters()[j];
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            double spread = (max - min) / (upper[j] - lower[j]);
            out.add(new Spread(keys.get(j), lower[j], upper[j], best[j], min, max, spread, spread <= WIDE_SPREAD));
        }
        return out;
    }

    /** How many starts are equally good. */
    public static int equallyGoodStarts(List<MultiStart.Result> results) {
        double bestDistance = MultiStart.best(results).best().distance();
        return (int) results.stream().filter(r -> equallyGood(r.best().distance(), bestDistance)).count();
    }
}
