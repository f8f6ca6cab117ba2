package org.aiecosim.experiment.study;

import org.aiecosim.experiment.sensitivity.MorrisAnalysis;
import org.aiecosim.experiment.sensitivity.MorrisDesign;
import org.aiecosim.experiment.sensitivity.MorrisFactor;
import org.aiecosim.experiment.sensitivity.FactorIndices;
import org.aiecosim.experiment.sensitivity.SaltelliDesign;
import org.aiecosim.experiment.sensitivity.SobolAnalysis;
import org.aiecosim.scenario.StudySpec;
import org.apache.commons.math3.random.MersenneTwister;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A sensitivity study's design (Morris trajectories or Saltelli matrices on the unit cube, scaled
 * to the factors' ranges) and the analysis of its outcomes into indices with bootstrap CIs.
 */
public final class SensitivityDesign {

    /** One index of one factor for one outcome, e.g. (Morris, muStar) or (Sobol, ST). */
    public record Index(String outcome, String factor, String method, String measure, double value, double low, double high) {}

    private final StudySpec spec;
    private final MorrisDesign morris;
    private final SaltelliDesign saltelli;
    private final List<double[]> points;

    public SensitivityDesign(StudySpec spec) {
        this.spec = spec;
        int k = spec.factors().size();
        double[][] unit;
        if (spec.design().type() == StudySpec.DesignType.MORRIS) {
            morris = MorrisDesign.generate(k, spec.design().trajectories(), spec.design().levels(), new MersenneTwister(spec.seed()));
            saltelli = null;
            unit = morris.points();
        } else {
            saltelli = SaltelliDesign.generate(k, spec.design().baseSamples(), true);
            morris = null;
            unit = saltelli.points();
        }
        points = StudyDesign.scale(spec.factors(), Arrays.asList(unit));
    }

    public List<double[]> points() { return points; }

    /** Whether the design has one replication per point, so the noise needs {@link NoiseRuns}. */
    public boolean needsNoiseRuns() {
        return spec.replications() < 2;
    }

    /**
     * The replication noise of each outcome ({@link NoiseReference}): pooled within the design's points
     * when they have several replications, else from {@code extra}, the base point's {@link NoiseRuns}
     * (ignored otherwise; may then be empty).
     */
    public List<NoiseReference> noise(List<PointSummary> summaries, List<StudyRun> extra) {
        List<NoiseReference> out = new ArrayList<>();
        int r = spec.replications();
        for (int o = 0; o < spec.outcomes().size(); o++) {
            String name = spec.outcomes().get(o).name();
            double sd;
            int df, runs;
            String source;
            if (!needsNoiseRuns()) {
                double[] p = NoiseReference.pooled(summaries, o);
                sd = p[0];
                df = (int) p[1];
                runs = (int) p[2];
                source = "pooled within " + summaries.size() + " design points";
            } else {
                final int oi = o;
                double[] v = extra.stream().filter(x -> !x.failed()).mapToDouble(x -> x.outcomes()[oi])
                        .filter(x -> !Double.isNaN(x)).toArray();
                runs = v.length;
                df = Math.max(0, runs - 1);
                sd = runs < 2 ? Double.NaN : new org.apache.commons.math3.stat.descriptive.moment.StandardDeviation(true).evaluate(v);
                source = "base scenario (" + extra.size() + " extra replications)";
            }
            double pointSd = sd / Math.sqrt(r);
            out.add(new NoiseReference(name, source, runs, df, sd, r, NoiseReference.halfWidth(sd, df, r),
                    morris != null ? "muStar" : "ST", noiseFloor(o, pointSd, summaries)));
        }
        return out;
    }

    /**
     * The main index a parameter without any effect shows when each design point's mean carries
     * independent noise of standard deviation {@code pointSd} (design runs have distinct seeds):
     * <ul>
     * <li>Morris: its elementary effects are (e₂ − e₁)/Δ, normal with sd √2·pointSd/Δ, so
     *     mu* = E|EE| = 2·pointSd/(Δ·√π);
     * <li>Sobol: Jansen's ST averages (f(A) − f(AB_i))²/2 over V; noise adds pointSd² to the
     *     numerator, so ST = pointSd²/V, V the variance of the A and B outputs. (S1's noise has mean 0.)
     * </ul>
     */
    public double noiseFloor(int outcome, double pointSd, List<PointSummary> summaries) {
        if (Double.isNaN(pointSd)) return Double.NaN;
        if (morris != null) return 2 * pointSd / (morris.delta() * Math.sqrt(Math.PI));
        int n = saltelli.baseSamples();
        double[] ab = new double[2 * n];
        for (int j = 0; j < n; j++) {
            ab[j] = summaries.get(saltelli.rowA(j)).outcomes().get(outcome).mean();
            ab[n + j] = summaries.get(saltelli.rowB(j)).outcomes().get(outcome).mean();
        }
        double v = org.apache.commons.math3.stat.StatUtils.populationVariance(ab);
        return v > 0 ? pointSd * pointSd / v : Double.NaN;
    }

    /**
     * Indices per outcome from the per-point means. An outcome undefined at some design point
     * cannot be analysed; it is reported in {@code skipped}.
     */
    public List<Index> analyse(List<PointSummary> summaries, List<String> skipped) {
        List<Index> out = new ArrayList<>();
        int resamples = spec.design().bootstrap();
        for (int o = 0; o < spec.outcomes().size(); o++) {
            String name = spec.outcomes().get(o).name();
            double[] y = new double[summaries.size()];
            boolean defined = true;
            for (int i = 0; i < y.length; i++) {
                y[i] = summaries.get(i).outcomes().get(o).mean();
                defined &= !Double.isNaN(y[i]);
            }
            if (!defined) {
                skipped.add(name);
                continue;
            }
            MersenneTwister rng = new MersenneTwister(spec.seed() + 1 + o);
            if (morris != null) {
                var result = MorrisAnalysis.analyze(morris, y, resamples, rng);
                for (MorrisFactor f : result.factors()) {
                    String key = spec.factors().get(f.factor()).key();
                    double range = spec.factors().get(f.factor()).max() - spec.factors().get(f.factor()).min();
                    // Effects per unit of the [0,1] factor are also effects of moving it across its whole range.
                    out.add(new Index(name, key, "morris", "muStar", f.muStar(), f.muStarCi().lower(), f.muStarCi().upper()));
                    out.add(new Index(name, key, "morris", "mu", f.mu(), Double.NaN, Double.NaN));
                    out.add(new Index(name, key, "morris", "sigma", f.sigma(), Double.NaN, Double.NaN));
                    out.add(new Index(name, key, "morris", "muStarPerUnit", range > 0 ? f.muStar() / range : Double.NaN, Double.NaN, Double.NaN));
                }
            } else {
                var result = SobolAnalysis.analyze(saltelli, y, resamples, rng);
                for (FactorIndices f : result.factors()) {
                    String key = spec.factors().get(f.factor()).key();
                    out.add(new Index(name, key, "sobol", "S1", f.s1(), f.s1Ci().lower(), f.s1Ci().upper()));
                    out.add(new Index(name, key, "sobol", "ST", f.st(), f.stCi().lower(), f.stCi().upper()));
                }
            }
        }
        return out;
    }
}
