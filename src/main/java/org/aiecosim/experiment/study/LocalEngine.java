package org.aiecosim.experiment.study;

import org.aiecosim.scenario.StudySpec;

import java.io.IOException;
import java.util.List;

/** The default engine: runs on a pool of threads in this JVM, through {@link StudyRunner}. */
public final class LocalEngine implements StudyEngine {
    private final int threads;

    public LocalEngine(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        this.threads = threads;
    }

    @Override
    public void run(StudySpec spec, List<double[]> points, long first, StudyRunner.Sink sink) throws IOException, InterruptedException {
        new StudyRunner(threads).run(spec, points, first, sink);
    }

    @Override
    public int parallelism() { return threads; }

    @Override
    public String description() { return threads + (threads == 1 ? " thread" : " threads"); }
}
