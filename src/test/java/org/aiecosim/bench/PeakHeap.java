package org.aiecosim.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import org.aiecosim.model.AiEcosystem;
import org.aiecosim.model.ModelConfig;
import org.aiecosim.observation.IndicatorRecorder;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Memory of replications in a fresh JVM: {@code PeakHeap developers labs replications}. Prints one
 * line {@code key=value ...}: the peak heap in use (sum of the heap pools' peaks, which includes
 * garbage not yet collected and so depends on -Xmx), the peak heap still in use after a garbage
 * collection during the runs, the heap retained by a finished run (model and indicators reachable,
 * after {@code System.gc()}), and wall and CPU time of the last replication.
 */
public final class PeakHeap {
    private PeakHeap() {}

    public static void main(String[] args) throws Exception {
        int developers = Integer.parseInt(args[0]);
        int labs = Integer.parseInt(args[1]);
        int replications = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        AtomicLong afterGc = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, h) -> {
                if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) return;
                var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                long heap = 0;
                for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) if (isHeap(e.getKey())) heap += e.getValue().getUsed();
                afterGc.accumulateAndGet(heap, Math::max);
            }, null, null);
        }
        ModelConfig config = BenchConfigs.withLabs(developers, labs);
        var threadBean = ManagementFactory.getThreadMXBean();
        long wall = 0, cpu = 0;
        for (int r = 0; r < replications; r++) {
            long c0 = threadBean.getCurrentThreadCpuTime(), w0 = System.nanoTime();
            ReplicationBenchmark.run(config, 20220101L, r, false);
            wall = System.nanoTime() - w0;
            cpu = threadBean.getCurrentThreadCpuTime() - c0;
        }
        // the live size of a finished run: model and indicator table still reachable, garbage collected
        AiEcosystem model = new AiEcosystem(config, 1L);
        IndicatorRecorder recorder = new IndicatorRecorder();
        model.addObserver(recorder);
        model.runToEnd();
        System.gc();
        long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        if (model.developers().size() != developers || recorder.table() == null) throw new IllegalStateException();
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) peak += p.getPeakUsage().getUsed();
        System.out.printf("developers=%d labs=%d maxHeapMB=%.0f peakHeapMB=%.1f peakAfterGcMB=%.1f retainedMB=%.1f wallMs=%.0f cpuMs=%.0f%n",
                developers, BenchConfigs.labCount(config), Runtime.getRuntime().maxMemory() / 1e6, peak / 1e6,
                afterGc.get() / 1e6, retained / 1e6, wall / 1e6, cpu / 1e6);
    }

    private static boolean isHeap(String pool) {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getName().equals(pool)) return p.getType() == MemoryType.HEAP;
        return false;
    }
}
