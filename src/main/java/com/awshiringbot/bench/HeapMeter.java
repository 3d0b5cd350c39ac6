package com.awshiringbot.bench;

import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;

/** Heap and direct memory in use in this JVM, read after a garbage collection so that only live data counts. */
public final class HeapMeter {
    private HeapMeter() {
    }

    /** Bytes of heap in use after asking for a full collection (twice, so that finalizable objects go too). */
    public static long heapUsedAfterGc() {
        for (int i = 0; i < 2; i++) {
            ManagementFactory.getMemoryMXBean().gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Bytes of direct (off-heap) buffer memory in use: it counts against {@code -Xmx} by default. */
    public static long directUsed() {
        return ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                .filter(pool -> pool.getName().equals("direct"))
                .mapToLong(BufferPoolMXBean::getMemoryUsed)
                .sum();
    }

    /** {@code 23.4 MB}. */
    public static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
