package org.aiecosim.experiment.study;

/**
 * One finished run of a study: which design point and replication, its seed, the parameter values,
 * the outcomes, and the error when it failed (outcomes are then NaN).
 */
public record StudyRun(long index, int point, int replication, long seed, double[] parameters, double[] outcomes, String error) {
    public boolean failed() { return error != null; }
}
