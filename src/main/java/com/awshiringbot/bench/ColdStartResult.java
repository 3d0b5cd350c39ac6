package com.awshiringbot.bench;

import java.util.Map;
import java.util.OptionalLong;

/**
 * Start-up figures, each the median of several child JVMs.
 *
 * @param runs child JVMs per figure
 * @param plain the probe's figures without an AppCDS archive (µs from JVM start; bytes)
 * @param cds the same with the AppCDS archive; empty when it was not measured
 * @param cdsNote why AppCDS was not measured, or how the archive was made
 * @param firstPollPlain from process start to the bot's first {@code getUpdates}, in ns
 * @param firstPollCds the same with the archive, when measured
 */
public record ColdStartResult(
        int runs,
        Map<String, Long> plain,
        Map<String, Long> cds,
        String cdsNote,
        OptionalLong firstPollPlain,
        OptionalLong firstPollCds) {

    public ColdStartResult {
        plain = Map.copyOf(plain);
        cds = Map.copyOf(cds);
    }
}
