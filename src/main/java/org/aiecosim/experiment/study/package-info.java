/**
 * Studies: designs, outcomes, the ordered streaming runner and engines, the runs journal and resume,
 * point summaries. May import experiment, scenario, model, observation, result, stats and io; never
 * report, app, cli or gui (Spark executors load it).
 */
package org.aiecosim.experiment.study;
