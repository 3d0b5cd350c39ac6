package com.awshiringbot.bench;

import java.time.Duration;
import java.util.List;

/**
 * How much the benchmark does: the full run (the figures in the README; about a dozen child JVMs, so its length
 * follows the core's start-up time) or the quick one (seconds, for the smoke test: the same code paths with tiny
 * counts, no AppCDS and one heap size; its one bot start also serves the heap size and the end-to-end runs, and its
 * memory probe runs beside everything else).
 *
 * @param coldStartRuns bot starts per start-up column (the median is reported)
 * @param appCds whether to make and measure an AppCDS archive
 * @param warmUp questions answered in process before measuring latency (in the full run, beside the memory section)
 * @param samples questions whose latency is measured
 * @param phaseLimit the most the warm-up, and then the measured questions, may take on a slow core
 * @param throughputTime how long each throughput run lasts
 * @param memoryQuestions questions answered before the second heap figure
 * @param heapCandidates {@code -Xmx} sizes (MB) searched for the smallest that works
 * @param heapGuess the candidate tried first, with its neighbour (the last run's answer: two bot starts prove it
 *     again, and a different answer is still found, by bisection, with a start or two more)
 * @param chats chats of the end-to-end run
 * @param perChat questions per chat
 * @param rates updates per second of the end-to-end runs
 * @param e2eWarmUp updates sent to the bot before the measured runs (in the full run, beside the memory section), at a
 *     tenth of their number per second but no fewer than 50
 */
public record BenchPlan(
        boolean quick,
        int coldStartRuns,
        boolean appCds,
        int warmUp,
        int samples,
        Duration phaseLimit,
        Duration throughputTime,
        int memoryQuestions,
        List<Integer> heapCandidates,
        int heapGuess,
        int chats,
        int perChat,
        List<Integer> rates,
        int e2eWarmUp) {

    /** The overall send limit given to the bot for the end-to-end runs, well above the highest rate. */
    public static final int SEND_LIMIT = 1000;

    public BenchPlan {
        heapCandidates = List.copyOf(heapCandidates);
        if (!heapCandidates.contains(heapGuess)) {
            throw new IllegalArgumentException("the heap guess " + heapGuess + " is not a candidate: " + heapCandidates);
        }
        rates = List.copyOf(rates);
    }

    /** The full run. */
    public static BenchPlan full() {
        return new BenchPlan(false, 3, true, 20_000, 10_000, Duration.ofSeconds(8), Duration.ofSeconds(2), 100_000,
                List.of(32, 40, 48, 64, 128), 40, 200, 5, List.of(25, 100), 1_000);
    }

    /** The quick run: every section, tiny counts. */
    public static BenchPlan quickRun() {
        return new BenchPlan(true, 1, false, 200, 500, Duration.ofSeconds(2), Duration.ofMillis(200), 300,
                List.of(128), 128, 20, 1, List.of(25, 100), 10);
    }
}
