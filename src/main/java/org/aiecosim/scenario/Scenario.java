package org.aiecosim.scenario;

import org.aiecosim.model.ModelConfig;

import java.nio.file.Path;

/**
 * A loaded and validated scenario: the model configuration plus how it is to be run.
 *
 * @param name         short name, used for the results folder (defaults to the file name stem)
 * @param description  the question the scenario answers (its leading comment or description field)
 * @param source       file it was loaded from, or null
 * @param seed         base seed; replication i runs with a seed derived from it and i
 * @param replications default number of replications
 * @param config       what the model needs
 */
public record Scenario(String name, String description, Path source, long seed, int replications, ModelConfig config) {
}
