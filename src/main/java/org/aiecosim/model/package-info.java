/**
 * The MASON model: {@code AiEcosystem} (the SimState), its monthly phases, chip market, knowledge
 * frontier, scaling law, release decisions, developer population and the parameter catalogue. Headless
 * and self-contained: it imports MASON, Commons Math and the JDK only, never GUI, chart, command-line,
 * YAML, report, scenario, experiment, observation or app code (ArchitectureTest).
 */
package org.aiecosim.model;
