package com.awshiringbot.bench;

import java.util.Map;

/**
 * What the retrieval benchmark measured.
 *
 * @param warmUp questions answered before measuring
 * @param latency per-question latency over all measured questions
 * @param byKind per-question latency of each kind of question
 * @param perSecondOneThread questions answered per second on one thread
 * @param threads the threads of the all-cores run (the machine's core count)
 * @param perSecondAllThreads questions answered per second on {@code threads} threads together
 */
public record RetrievalResult(
        int warmUp,
        LatencySummary latency,
        Map<BenchQuestion.Kind, LatencySummary> byKind,
        double perSecondOneThread,
        int threads,
        double perSecondAllThreads) {

    public RetrievalResult {
        byKind = Map.copyOf(byKind);
    }
}
