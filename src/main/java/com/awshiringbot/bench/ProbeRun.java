package com.awshiringbot.bench;

import java.util.Map;

/**
 * One {@code bench --probe-start} child, as the parent saw it.
 *
 * @param start the start-up line's figures (times in µs from JVM start, memory in bytes)
 * @param memory the figures after the extra questions; empty when none were asked
 * @param spawnToReadyNanos from the parent starting the process to reading the start-up line
 */
record ProbeRun(Map<String, Long> start, Map<String, Long> memory, long spawnToReadyNanos) {
    ProbeRun {
        start = Map.copyOf(start);
        memory = Map.copyOf(memory);
    }
}
