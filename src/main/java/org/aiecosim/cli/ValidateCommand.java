package org.aiecosim.cli;

import org.aiecosim.experiment.study.SensitivityDesign;
import org.aiecosim.experiment.study.StudyDesign;
import org.aiecosim.model.ParameterCatalog;
import org.aiecosim.observation.IndicatorCatalog;
import org.aiecosim.scenario.CalibrationLoader;
import org.aiecosim.scenario.CalibrationSpec;
import org.aiecosim.scenario.CalibrationTarget;
import org.aiecosim.scenario.Scenario;
import org.aiecosim.scenario.ScenarioException;
import org.aiecosim.scenario.StudyLoader;
import org.aiecosim.scenario.StudySpec;
import org.aiecosim.scenario.TargetsLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code aiecosim validate FILE...}: checks input files without running them. Each file is checked as
 * the kind it is ({@link FileKind}): scenario, sweep, sensitivity study, calibration or calibration targets.
 */
@Command(name = "validate", description = "Check scenario, sweep, sensitivity, calibration and calibration-target files "
        + "without running them (each as the kind of file it is); exit status 2 if any is invalid.")
final class ValidateCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    OutputOptions output;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "files to check, e.g. scenarios/*.yaml scenarios/sweeps/*.yaml calibration/*.yaml")
    List<Path> files;

    @Override
    public Integer call() {
        int bad = 0;
        for (Path f : files) {
            try {
                System.out.println("ok   " + f + ": " + check(f));
            } catch (ScenarioException e) {
                bad++;
                System.err.println("FAIL " + e.getMessage());
            }
        }
        return bad == 0 ? 0 : Main.EXIT_BAD_INPUT;
    }

    /** Checks {@code f} as the kind of file it is and describes it in one line. */
    static String check(Path f) throws ScenarioException {
        FileKind kind = FileKind.of(f);
        if (kind == null) kind = FileKind.SCENARIO;   // unreadable or not YAML: the scenario loader says why
        String program = org.aiecosim.app.Status.program();
        switch (kind) {
            case SWEEP, SENSITIVITY -> {
                boolean sensitivity = kind == FileKind.SENSITIVITY;
                StudySpec s = StudyLoader.load(f, sensitivity);
                int points = sensitivity ? new SensitivityDesign(s).points().size() : StudyDesign.points(s).size();
                if (s.design().type() == StudySpec.DesignType.ABLATION) {
                    return String.format(Locale.ROOT, "ablation study '%s' of %d mechanism%s (%d parameters) on %s, %d points x %d replications = %d runs; "
                                    + "run it with %s %s %s", s.name(), s.mechanisms().size(), s.mechanisms().size() == 1 ? "" : "s",
                            s.factors().size(), s.base().name(), points, s.replications(), (long) points * s.replications(), program, kind.command, f);
                }
                return String.format(Locale.ROOT, "%s study '%s' (%s design) of %d parameter%s on %s, %d points x %d replications = %d runs; "
                                + "run it with %s %s %s", sensitivity ? "sensitivity" : "sweep", s.name(), s.design().type().key,
                        s.factors().size(), s.factors().size() == 1 ? "" : "s", s.base().name(), points, s.replications(), (long) points * s.replications(), program, kind.command, f);
            }
            case CALIBRATION -> {
                CalibrationSpec c = CalibrationLoader.load(f);
                long fitted = c.targets().stream().filter(t -> t.role() == CalibrationTarget.Role.CALIBRATION).count();
                return String.format(Locale.ROOT, "calibration '%s' of %d parameter%s of %s to %d targets (+%d validation patterns), "
                                + "up to %d evaluations%s of %d replications; run it with %s calibrate %s", c.name(), c.keys().size(),
                        c.keys().size() == 1 ? "" : "s", c.base().name(), fitted, c.targets().size() - fitted, c.maxEvaluations(),
                        c.starts() > 1 ? " from each of " + c.starts() + " starts" : "", c.replications(), program, f);
            }
            case TARGETS -> {
                // Indicator names depend on the scenario's regions and labs: check against the default regions, any lab.
                Set<String> known = new LinkedHashSet<>(IndicatorCatalog.names(ParameterCatalog.DEFAULT_REGIONS, List.of()));
                List<CalibrationTarget> targets = TargetsLoader.load(f, new AbstractSet<>() {
                    @Override public boolean contains(Object o) { return known.contains(o) || String.valueOf(o).startsWith("lab."); }
                    @Override public Iterator<String> iterator() { return known.iterator(); }
                    @Override public int size() { return known.size(); }
                });
                long fitted = targets.stream().filter(t -> t.role() == CalibrationTarget.Role.CALIBRATION).count();
                return String.format(Locale.ROOT, "calibration targets, %d to fit and %d validation patterns "
                        + "(indicators checked for the default regions; a calibration file names this file in targets:)", fitted, targets.size() - fitted);
            }
            default -> {
                Scenario s = ScenarioInput.load(f, List.of());
                var c = s.config();
                int generated = c.generators().stream().mapToInt(g -> g.count()).sum();
                return String.format(Locale.ROOT, "%s, %s + %d months, %d labs listed + %d generated, %d events, seed %d",
                        s.name(), c.start(), c.months(), c.labs().size(), generated, c.events().size(), s.seed());
            }
        }
    }
}
