package com.awshiringbot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetrievalBenchTest {
    private static final QuestionSet QUESTIONS = QuestionSet.of(List.of(
            new BenchQuestion("루프면접 머임", BenchQuestion.Kind.KOREAN, "loop-interview"),
            new BenchQuestion("What is the loop interview?", BenchQuestion.Kind.ENGLISH, "loop-interview"),
            new BenchQuestion("AWS 연봉 얼마야?", BenchQuestion.Kind.OUT_OF_SCOPE, null)));

    @Test
    void warmsUpThenMeasuresEveryKindOfQuestion() {
        FakeAnswerer answerer = new FakeAnswerer();
        RetrievalResult result = new RetrievalBench(answerer, QUESTIONS).run(30, 300, Duration.ofSeconds(30), Duration.ofMillis(20), 2);

        assertEquals(30, result.warmUp());
        assertEquals(300, result.latency().count());
        assertEquals(100, result.byKind().get(BenchQuestion.Kind.KOREAN).count());
        assertEquals(100, result.byKind().get(BenchQuestion.Kind.ENGLISH).count());
        assertEquals(100, result.byKind().get(BenchQuestion.Kind.OUT_OF_SCOPE).count());
        assertEquals(2, result.threads());
        assertTrue(result.latency().p50() <= result.latency().p99() && result.latency().p99() <= result.latency().max());
        assertTrue(result.perSecondOneThread() > 0, "one thread answered something");
        assertTrue(result.perSecondAllThreads() > 0, "all threads answered something");
        // 330 single calls, then at least one call per thread in each of the two throughput runs.
        assertTrue(answerer.calls.get() >= 330 + 1 + 2, "calls: " + answerer.calls.get());
    }

    @Test
    void aTimedQuestionWasNeverAskedInTheWarmUp() {
        List<BenchQuestion> twelve = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            twelve.add(new BenchQuestion("루프면접 머임 " + i, BenchQuestion.Kind.KOREAN, "loop-interview"));
            twelve.add(new BenchQuestion("What is the loop interview? " + i, BenchQuestion.Kind.ENGLISH,
                    "loop-interview"));
            twelve.add(new BenchQuestion("AWS 연봉 얼마야? " + i, BenchQuestion.Kind.OUT_OF_SCOPE, null));
        }
        FakeAnswerer answerer = new FakeAnswerer();

        RetrievalResult result = new RetrievalBench(answerer, QuestionSet.of(twelve))
                .run(40, 6, Duration.ofSeconds(30), Duration.ofMillis(1), 1);

        Set<String> warmUp = new HashSet<>(answerer.asked.subList(0, 40));
        Set<String> timed = new HashSet<>(answerer.asked.subList(40, 46));
        assertEquals(6, warmUp.size(), "the warm-up cycles through the back half");
        assertEquals(6, timed.size(), "the timed questions are the front half");
        assertTrue(Collections.disjoint(warmUp, timed), warmUp + " / " + timed);
        assertEquals(2, result.byKind().get(BenchQuestion.Kind.ENGLISH).count());
    }

    @Test
    void anEarlierWarmUpCountsTowardsTheRunsOwn() {
        FakeAnswerer answerer = new FakeAnswerer();
        RetrievalBench bench = new RetrievalBench(answerer, QUESTIONS);

        assertEquals(20, bench.warmUp(20, Duration.ofSeconds(30)));
        assertEquals(20, answerer.calls.get());
        RetrievalResult result = bench.run(30, 3, Duration.ofSeconds(30), Duration.ofMillis(1), 1);

        assertEquals(30, result.warmUp(), "ten more warm-up questions, not thirty");
        assertEquals(3, result.latency().count());
    }

    @Test
    void aSlowCoreIsMeasuredOnFewerQuestionsWithinTheLimit() {
        RetrievalResult result = new RetrievalBench(new FakeAnswerer(5), QUESTIONS)
                .run(10_000, 10_000, Duration.ofMillis(100), Duration.ofMillis(20), 1);

        assertTrue(result.warmUp() >= 1 && result.warmUp() < 10_000, "warmed up on " + result.warmUp());
        assertTrue(result.latency().count() >= 1 && result.latency().count() < 10_000,
                "measured " + result.latency().count());
        assertTrue(result.latency().p50() >= 5_000_000, "each answer took at least 5 ms: " + result.latency());
    }
}
