package org.aiecosim.app;

import org.aiecosim.experiment.study.LocalEngine;
import org.aiecosim.experiment.study.StudyEngine;

import java.lang.reflect.InvocationTargetException;

/**
 * Where a study's runs are computed: threads of this JVM, or an Apache Spark job. The messages name
 * the command-line options ({@code --threads}, {@code --engine}, {@code --master}) that set them.
 *
 * <p>The Spark engine is looked up by name because only the {@code -Pspark} build compiles it: the
 * default jar stays free of Spark and says how to get it when asked for it.
 *
 * @param engine  local or spark
 * @param threads worker threads of the local engine, null for all cores
 * @param master  Spark master URL, null for the default
 */
public record EngineChoice(Engine engine, Integer threads, String master) {
    /** Class name of the Spark engine, present only in the {@code -Pspark} build. */
    public static final String SPARK_ENGINE = "org.aiecosim.spark.SparkEngine";

    /** The engines. */
    public enum Engine { local, spark }

    /** The local engine with {@code threads} threads (null: all cores). */
    public static EngineChoice local(Integer threads) {
        return new EngineChoice(Engine.local, threads, null);
    }

    /** Thrown when the options do not make an engine; the message says why and what to do. */
    public static final class BadEngine extends Exception {
        BadEngine(String message) { super(message); }
    }

    /** Checks the options without starting anything. */
    public void check() throws BadEngine {
        if (engine == Engine.local) {
            if (master != null) throw new BadEngine("--master is for --engine spark");
            int t = threadCount();
            if (t < 1 || t > 1024) throw new BadEngine("--threads " + t + ": expected 1 to 1024");
        } else {
            if (threads != null) throw new BadEngine("--threads is for the local engine; with --engine spark the runs "
                    + "use the executors' cores (--master local[N] for N cores on this machine)");
            sparkEngineClass();
        }
    }

    /** Starts the chosen engine; {@link #check()} first. */
    public StudyEngine open(String appName) throws BadEngine {
        if (engine == Engine.local) return new LocalEngine(threadCount());
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

    private int threadCount() { return threads != null ? threads : Runtime.getRuntime().availableProcessors(); }

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
