package org.aiecosim.app;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Plain progress lines (--verbose, stderr not a terminal): each finished unit once, in order. */
class ProgressBarTest {

    private static List<String> counts(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8).lines().map(l -> l.substring("progress: ".length(), l.indexOf(' ', "progress: ".length()))).toList();
    }

    @Test
    void countsReportedOutOfOrderArePrintedOnceInOrder() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), "replications", 3, 0, ProgressBar.Mode.EVERY, 5000)) {
            // the worker that counted 1 reaches the bar after the one that counted 2
            bar.update(2);
            bar.update(1);
            bar.update(3);
        }
        assertEquals(List.of("1/3", "2/3", "3/3"), counts(bytes));
    }

    @Test
    void aResumedJobCountsFromWhereItWas() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), "runs", 6, 4, ProgressBar.Mode.EVERY, 5000)) {
            bar.update(5);
            bar.update(6);
            bar.update(6);
        }
        assertEquals(List.of("5/6", "6/6"), counts(bytes));
    }

    @Test
    void manyWorkersGiveOneLinePerUnitInOrder() throws InterruptedException {
        int units = 400, threads = 8;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicInteger finished = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        try (ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), "runs", units, 0, ProgressBar.Mode.EVERY, 5000)) {
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Thread w = new Thread(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                    // as ReplicationRunner does: count, then report (another worker may report in between)
                    for (int i = 0; i < units / threads; i++) bar.update(finished.incrementAndGet());
                });
                w.start();
                workers.add(w);
            }
            start.countDown();
            for (Thread w : workers) w.join();
        }
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= units; i++) expected.add(i + "/" + units);
        assertEquals(expected, counts(bytes));
    }
}
