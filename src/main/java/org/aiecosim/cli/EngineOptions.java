package org.aiecosim.cli;

import org.aiecosim.app.EngineChoice.Engine;
import org.aiecosim.app.EngineChoice;
import picocli.CommandLine.Option;

/**
 * Options of {@code sweep} and {@code sensitivity} that choose where the runs are computed:
 * {@code --threads} of this JVM, or {@code --engine spark [--master URL]}.
 *
 * <p>Parsing only: {@link EngineChoice} checks the choice and starts the engine.
 */
final class EngineOptions {
    static final String SPARK_ENGINE = EngineChoice.SPARK_ENGINE;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads of the local engine (default: all cores)")
    Integer threads;

    @Option(names = "--engine", paramLabel = "ENGINE", description = "local (default): threads of this JVM; "
            + "spark: tasks of an Apache Spark job (needs the -Pspark build; AIECOSIM_SPARK=1 ./aiecosim uses it)")
    Engine engine = Engine.local;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master for --engine spark: local[*], local[N], "
            + "spark://HOST:7077, yarn, k8s://...; default: the one spark-submit sets, else local[*]")
    String master;

    /** The engine these options choose. */
    EngineChoice choice() {
        return new EngineChoice(engine, threads, master);
    }
}
