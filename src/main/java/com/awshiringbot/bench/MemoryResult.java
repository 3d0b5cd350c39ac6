package com.awshiringbot.bench;

/**
 * Heap figures of a child JVM running the core alone, read after a full collection, and the smallest heap the bot
 * needs.
 *
 * @param readyMicros from that JVM's start to its core being ready
 * @param firstAnswerMicros how long its first answer took
 * @param heapAfterStart heap in use once the core is ready, in bytes
 * @param directAfterStart direct buffer memory in use then (it counts against {@code -Xmx} too)
 * @param questions questions answered before the second figure
 * @param heapAfterQuestions heap in use after them
 * @param floor the bisection for the smallest {@code -Xmx} at which the bot starts and answers
 */
public record MemoryResult(
        long readyMicros,
        long firstAnswerMicros,
        long heapAfterStart,
        long directAfterStart,
        int questions,
        long heapAfterQuestions,
        MinHeapSearch.Result floor) {
}
