package org.aiecosim.app;

import org.aiecosim.experiment.study.NoiseReference;
import org.aiecosim.experiment.study.SensitivityDesign;
import org.aiecosim.report.HtmlReport;
import org.aiecosim.report.HumanUnits;
import org.aiecosim.scenario.StudySpec;

import java.util.ArrayList;
import java.util.List;

/**
 * The findings a sensitivity report opens with, generated from its indices: the study's question and,
 * per outcome, the parameters whose main index (Morris mu*, Sobol ST) is clearly above the replication
 * noise, largest first, with their values and 95% CIs, and how many are within noise.
 */
final class SensitivityFindings {
    /** How many parameters a finding names at most. */
    static final int NAMED = 3;

    /** A parameter's index compared with the noise level. */
    enum Verdict {
        /** The whole 95% CI lies above the noise level. */
        ABOVE("above noise"),
        /** The index is above the noise level but its CI reaches down to it. */
        UNCLEAR("not clearly above noise"),
        /** The index is at or below the noise level. */
        WITHIN("within noise"),
        /** The noise could not be measured. */
        UNKNOWN("noise not measured");

        final String text;

        Verdict(String text) {
            this.text = text;
        }
    }

    private SensitivityFindings() {}

    /** How {@code index} compares with the noise level {@code floor} (same measure). */
    static Verdict verdict(SensitivityDesign.Index index, double floor) {
        if (Double.isNaN(floor) || Double.isNaN(index.value())) return Verdict.UNKNOWN;
        if (index.value() <= floor) return Verdict.WITHIN;
        return Double.isNaN(index.low()) || index.low() > floor ? Verdict.ABOVE : Verdict.UNCLEAR;
    }

    /** The main index of the study: mu* for Morris, ST for Sobol. */
    static String measure(StudySpec spec) {
        return spec.design().type() == StudySpec.DesignType.MORRIS ? "muStar" : "ST";
    }

    /** The main index's name as a reader writes it. */
    static String label(String measure) {
        return measure.equals("muStar") ? "mu*" : measure;
    }

    /** The parameters' indices of {@code measure} for {@code outcome}, largest first. */
    static List<SensitivityDesign.Index> ranked(List<SensitivityDesign.Index> indices, String outcome, String measure) {
        List<SensitivityDesign.Index> out = new ArrayList<>(indices.stream()
                .filter(i -> i.outcome().equals(outcome) && i.measure().equals(measure)).toList());
        out.sort((a, b) -> Double.compare(Double.isNaN(b.value()) ? Double.NEGATIVE_INFINITY : b.value(),
                Double.isNaN(a.value()) ? Double.NEGATIVE_INFINITY : a.value()));
        return out;
    }

    /** Adds the findings section at the top of {@code report}. */
    static void write(HtmlReport report, StudySpec spec, List<SensitivityDesign.Index> indices, List<NoiseReference> noise,
                      List<String> skipped) {
        HtmlReport r = new HtmlReport("");
        r.section("findings").heading("Findings");
        String question = org.aiecosim.report.Findings.question(spec.description());
        if (!question.isEmpty()) r.paragraph("Question: " + question);
        String m = measure(spec);
        boolean morris = m.equals("muStar");
        r.paragraph((morris
                ? "Morris screening over " + spec.design().trajectories() + " trajectories: mu* is the mean absolute change of the "
                + "outcome when a parameter moves, per full range of the parameter."
                : "Sobol indices from " + spec.design().baseSamples() + " base samples: ST is the share of the outcome's variance "
                + "a parameter has a hand in, interactions included.")
                + " A parameter is clearly above noise when the lower end of its 95% bootstrap CI exceeds the " + label(m)
                + " that replication noise alone gives a parameter without any effect (see \u201cReplication noise\u201d).");
        List<String> items = new ArrayList<>();
        for (int o = 0; o < spec.outcomes().size(); o++) {
            StudySpec.Outcome out = spec.outcomes().get(o);
            if (skipped.contains(out.name())) {
                items.add(out.name() + ": undefined at some design points, so no indices were computed.");
                continue;
            }
            items.add(sentence(out, ranked(indices, out.name(), m), noise.get(o), m, spec.factors().size()));
        }
        r.bullets(items);
        r.endSection();
        report.insertFirst(r);
    }

    /** The finding of one outcome. */
    static String sentence(StudySpec.Outcome out, List<SensitivityDesign.Index> ranked, NoiseReference noise, String m, int factors) {
        String ind = out.indicator();
        boolean morris = m.equals("muStar");
        double floor = noise.floor();
        List<SensitivityDesign.Index> above = ranked.stream().filter(i -> verdict(i, floor) == Verdict.ABOVE).toList();
        long unclear = ranked.stream().filter(i -> verdict(i, floor) == Verdict.UNCLEAR).count();
        long within = ranked.stream().filter(i -> verdict(i, floor) == Verdict.WITHIN).count();
        StringBuilder b = new StringBuilder(out.name() + " (" + ind + "): ");
        if (Double.isNaN(floor)) {
            b.append("the replication noise could not be measured; largest ").append(label(m)).append(": ");
            b.append(String.join("; ", ranked.stream().limit(NAMED).map(i -> quote(i, ind, morris)).toList())).append('.');
            return b.toString();
        }
        String level = morris ? HumanUnits.change(ind, floor) : HumanUnits.significant(floor, 2);
        if (above.isEmpty()) {
            b.append("no parameter's ").append(label(m)).append(" is clearly above the replication-noise level of ").append(level)
                    .append("; the largest is ").append(ranked.isEmpty() ? "n/a" : quote(ranked.get(0), ind, morris)).append('.');
        } else {
            b.append(above.size()).append(" of ").append(factors).append(" parameters have ").append(label(m))
                    .append(" clearly above the replication-noise level of ").append(level).append(above.size() > NAMED ? "; the largest: " : ": ")
                    .append(String.join("; ", above.stream().limit(NAMED).map(i -> quote(i, ind, morris)).toList())).append('.');
        }
        if (unclear > 0) b.append(' ').append(unclear).append(unclear == 1 ? " is" : " are").append(" above that level but not clearly (CI reaches it).");
        b.append(' ').append(within).append(within == 1 ? " is" : " are").append(" within noise.");
        return b.toString();
    }

    // "name (mu* 3.21 months, 95% CI 1.2 to 5.0)"
    private static String quote(SensitivityDesign.Index i, String indicator, boolean morris) {
        String v = morris ? HumanUnits.change(indicator, i.value()) : HumanUnits.significant(i.value(), 2);
        String ci = Double.isNaN(i.low()) ? "" : ", 95% CI " + (morris
                ? number(indicator, i.low()) + " to " + number(indicator, i.high())
                : HumanUnits.significant(i.low(), 2) + " to " + HumanUnits.significant(i.high(), 2));
        return i.factor() + " (" + label(i.measure()) + " " + v + ci + ")";
    }

    // A change in the indicator's shown unit without the unit (shares in percentage points).
    private static String number(String indicator, double v) {
        String s = HumanUnits.change(indicator, v);
        int space = s.indexOf(' ');
        return space < 0 ? s : s.substring(0, space);
    }
}
