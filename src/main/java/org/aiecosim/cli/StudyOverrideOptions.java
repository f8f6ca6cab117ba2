package org.aiecosim.cli;

import java.util.ArrayList;
import java.util.List;

import org.aiecosim.scenario.Quote;
import org.aiecosim.scenario.ScenarioException;
import org.aiecosim.scenario.ScenarioLoader;
import org.aiecosim.scenario.StudySpec;

import picocli.CommandLine.Option;

/**
 * {@code --set} and {@code --reps} of {@code sweep} and {@code sensitivity}: a smaller or changed study
 * without copying its file, e.g. {@code --set developers.count=5000 --reps 2} for a first look. The
 * overrides apply to the study's base scenario after the file's own {@code set:} block; they are part
 * of the study's fingerprint, so a study is resumed only with the same ones.
 */
final class StudyOverrideOptions {

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "override a parameter of the study's base scenario, after "
            + "the file's set: block (repeatable), e.g. developers.count=5000; not a parameter the design varies")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--reps", paramLabel = "R", description = "replications per design point (default: the file's replications:)")
    Integer reps;

    /** {@code spec} with the overrides applied; the file's study when there are none. */
    StudySpec apply(StudySpec spec) throws ScenarioException {
        if (overrides.isEmpty() && reps == null) return spec;
        for (String o : overrides) {
            int eq = o.indexOf('=');
            String key = eq > 0 ? o.substring(0, eq).strip() : o.strip();
            if (spec.factorKeys().contains(key)) {
                throw new ScenarioException("--set", 0, o.strip(), Quote.value(key) + " is a parameter the design varies: its values come "
                        + "from the design's points, so --set cannot fix it (change its range in the study file instead)");
            }
        }
        if (reps != null && (reps < 1 || reps > ScenarioLoader.MAX_REPLICATIONS)) {
            throw new ScenarioException("--reps", 0, reps.toString(), "expected a number of replications from 1 to "
                    + ScenarioLoader.MAX_REPLICATIONS);
        }
        return spec.withBase(ScenarioInput.withOverrides(spec.base(), overrides), reps != null ? reps : spec.replications());
    }

    /** The options as command-line words, to repeat them (e.g. in the command that resumes the study). */
    List<String> words() {
        List<String> w = new ArrayList<>();
        for (String o : overrides) w.addAll(List.of("--set", o));
        if (reps != null) w.addAll(List.of("--reps", reps.toString()));
        return w;
    }
}
