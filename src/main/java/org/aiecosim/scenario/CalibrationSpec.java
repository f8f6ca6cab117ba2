package org.aiecosim.scenario;

import java.nio.file.Path;
import java.util.List;

/**
 * A calibration: the scenario to fit, the observed targets, the free parameters with their bounds,
 * and how hard to try.
 *
 * @param base            the scenario whose parameters are fitted (with {@code months} applied)
 * @param targets         calibration targets and validation patterns
 * @param keys            free parameters
 * @param lower           lower bounds, in parameter units
 * @param upper           upper bounds
 * @param seed            seed of the optimiser and base seed of the replications
 * @param replications    replications per evaluation
 * @param maxEvaluations  evaluation budget of the optimiser, per start
 * @param starts          independent starts of the optimiser (1: from the scenario's values only); more
 *                        than one reports how well the targets pin each parameter down
 * @param description     the file's leading comment (its question)
 */
public record CalibrationSpec(String name, Path source, Path scenarioFile, Scenario base, List<CalibrationTarget> targets,
                              List<String> keys, double[] lower, double[] upper, long seed, int replications, int maxEvaluations,
                              int starts, String description) {
}
