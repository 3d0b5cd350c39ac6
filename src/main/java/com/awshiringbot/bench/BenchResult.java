package com.awshiringbot.bench;

import java.time.Duration;
import java.util.List;

/**
 * Everything one benchmark run measured; a section that failed is null and its error is in {@code failures}.
 *
 * @param cores the machine's available processors
 * @param jvm the JVM's name and version
 */
public record BenchResult(
        int cores,
        String jvm,
        String questions,
        ColdStartResult coldStart,
        RetrievalResult retrieval,
        MemoryResult memory,
        List<EndToEndResult> endToEnd,
        List<String> failures,
        Duration total) {

    public BenchResult {
        endToEnd = endToEnd == null ? null : List.copyOf(endToEnd);
        failures = List.copyOf(failures);
    }
}
