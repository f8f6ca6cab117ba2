package org.aiecosim.cli;

import org.aiecosim.experiment.study.LocalEngine;
import org.aiecosim.experiment.study.StudyEngine;
import picocli.CommandLine.Option;

import java.lang.reflect.InvocationTargetException;

/**
 * Options of {@code sweep} and {@code sensitivity} that choose where the runs are computed:
 * {@code --threads} of this JVM, or {@code --engine spark [--master URL]}.
 *
 * <p>The Spark engine is looked up by name because only the {@code -Pspark} build compiles it: the
 * default jar stays free of Spark and says how to get it when asked for it.
 */
final class EngineOptions {
    static final String SPARK_ENGINE = "org.aiecosim.spark.SparkEngine";

    /** The engines {@code --engine} accepts. */
    enum Engine { local, spark }

    @Option(names = "--threads", paramLabel = "T", description = "worker threads of the local engine (default: all cores)")
    Integer threads;

    @Option(names = "--engine", paramLabel = "ENGINE", description = "local (default): threads of this JVM; "
            + "spark: tasks of an Apache Spark job (needs the jar built with mvn -Pspark)")
    Engine engine = Engine.local;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master for --engine spark: local[*], local[N], "
            + "spark://HOST:7077, yarn, k8s://...; default: the one spark-submit sets, else local[*]")
    String master;

    /** Thrown when the options do not make an engine; the message says why and what to do. */
    static final class BadEngine extends Exception {
        BadEngine(String message) { super(message); }
    }

    /** Checks the options without starting anything. */
    void check() throws BadEngine {
        if (engine == Engine.local) {
            if (master != null) throw new BadEngine("--master is for --engine spark");
            int t = threads();
            if (t < 1 || t > 1024) throw new BadEngine("--threads " + t + ": expected 1 to 1024");
        } else {
            if (threads != null) throw new BadEngine("--threads is for the local engine; with --engine spark the runs "
                    + "use the executors' cores (--master local[N] for N cores on this machine)");
            sparkEngineClass();
        }
    }

    /** Starts the chosen engine; {@link #check()} first. */
    StudyEngine open(String appName) throws BadEngine {
        if (engine == Engine.local) return new LocalEngine(threads());
        try {
            return (StudyEngine) sparkEngineClass().getConstructor(String.class, String.class).newInstance(master, appName);
        } catch (InvocationTargetException e) {
            Throwable c = e.getCause();
            throw new BadEngine("--engine spark: could not start Spark" + (master != null ? " with --master " + master : "")
                    + ": " + c.getClass().getSimpleName() + (c.getMessage() != null ? ": " + c.getMessage() : ""));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + SPARK_ENGINE, e);
        }
    }

    private int threads() { return threads != null ? threads : Runtime.getRuntime().availableProcessors(); }

    private static Class<?> sparkEngineClass() throws BadEngine {
        Class<?> engine;
        try {
            engine = Class.forName(SPARK_ENGINE);
        } catch (ClassNotFoundException e) {
            throw new BadEngine("--engine spark: this aiecosim was built without Spark; build it with 'mvn -Pspark package' "
                    + "and run AIECOSIM_SPARK=1 ./aiecosim, or target/aiecosim-spark.jar through spark-submit "
                    + "(README: Running studies on Spark)");
        }
        try {
            Class.forName("org.apache.spark.SparkContext", false, engine.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new BadEngine("--engine spark: Apache Spark is not on the class path: run AIECOSIM_SPARK=1 ./aiecosim, "
                    + "or target/aiecosim-spark.jar through spark-submit (README: Running studies on Spark)");
        }
        return engine;
    }
}
