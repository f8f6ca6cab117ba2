package org.aiecosim.spark;

import org.aiecosim.experiment.study.StudyRunner;

import java.io.Serializable;

/** A {@link StudyRunner.Evaluator} that can be shipped to Spark executors with the task. */
@FunctionalInterface
public interface RemoteEvaluator extends StudyRunner.Evaluator, Serializable {

    /** Runs the model, as the local engine does. */
    RemoteEvaluator SIMULATE = StudyRunner::simulate;
}
