package org.aiecosim.experiment.study;

import org.aiecosim.scenario.StudySpec;

import java.io.IOException;
import java.util.List;

/**
 * Where a study's runs are computed: on threads of this JVM ({@link LocalEngine}) or elsewhere, for
 * example as tasks of an Apache Spark job ({@code org.aiecosim.spark.SparkEngine}, built with
 * {@code mvn -Pspark}).
 *
 * <p>Every engine computes run i exactly as {@link StudyRunner#runOne} does (same point, replication
 * and derived seed; a run that throws becomes an error row) and hands runs to the sink in run order,
 * so {@code runs.csv} is the same whichever engine wrote it and is always a prefix of the study.
 */
public interface StudyEngine extends AutoCloseable {

    /** Computes runs {@code first .. points.size() × replications − 1} and passes each to {@code sink}, in order. */
    void run(StudySpec spec, List<double[]> points, long first, StudyRunner.Sink sink) throws IOException, InterruptedException;

    /** How many runs it computes at once (threads, or executor cores), for reports. */
    int parallelism();

    /** Where the runs are computed, for messages: "2 threads", "Spark local[2] (2 cores)". */
    String description();

    /** Releases what the engine holds (a Spark context); the local engine holds nothing between studies. */
    @Override
    default void close() {}
}
