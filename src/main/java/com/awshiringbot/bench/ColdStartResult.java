package com.awshiringbot.bench;

import java.util.Map;

/**
 * Start-up figures of the bot in fresh child JVMs, each the median of several starts: the core's steps and readiness
 * (µs from JVM start) and the first {@code getUpdates} ({@link ColdStartBench#FIRST_POLL}, µs from process start).
 *
 * @param runs starts per column
 * @param plain the figures without an AppCDS archive
 * @param cds the same with the AppCDS archive; empty when it was not measured
 * @param cdsNote why AppCDS was not measured, or how the archive was made
 */
public record ColdStartResult(int runs, Map<String, Long> plain, Map<String, Long> cds, String cdsNote) {

    public ColdStartResult {
        plain = Map.copyOf(plain);
        cds = Map.copyOf(cds);
    }
}
