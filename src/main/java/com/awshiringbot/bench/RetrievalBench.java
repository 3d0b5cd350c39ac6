package com.awshiringbot.bench;

import com.awshiringbot.answer.Answerer;
import com.awshiringbot.answer.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures the core alone, in this JVM: per-question latency after a warm-up, then questions per second on one
 * thread and on every core. Questions cycle through the mixed {@link QuestionSet}: the warm-up through its back half,
 * the timed questions through its front half, so that a timed question was never asked before — as a user's new
 * question is not — and what the core remembers of questions it has seen (the sentence model's readings) does not
 * flatter the latency.
 */
public final class RetrievalBench {
    private final Answerer answerer;
    private final List<BenchQuestion> questions;
    private final AtomicLong sink = new AtomicLong();
    private int warmedUp;

    public RetrievalBench(Answerer answerer, QuestionSet questions) {
        this.answerer = answerer;
        this.questions = questions.questions();
    }

    /**
     * Answers questions, unmeasured, until {@code total} have been answered since this bench was made or {@code limit}
     * has passed: lets the JIT compile the hot paths. The benchmark runs it beside its untimed sections.
     *
     * @return the questions answered so far
     */
    public synchronized int warmUp(int total, Duration limit) {
        long end = System.nanoTime() + limit.toNanos();
        while (warmedUp < total && System.nanoTime() < end) {
            consume(answerer.answer(backHalf(warmedUp++).text()));
        }
        return warmedUp;
    }

    /** The {@code i}-th question of the front half, cycling. */
    private BenchQuestion frontHalf(int i) {
        return questions.get(i % front());
    }

    /** The {@code i}-th question of the back half, cycling. */
    private BenchQuestion backHalf(int i) {
        int start = isSplit() ? front() : 0;
        return questions.get(start + i % (questions.size() - start));
    }

    /** Where the back half starts: the middle, or the end of a list that is not split. */
    private int front() {
        return isSplit() ? questions.size() / 2 : questions.size();
    }

    /** Whether the list is long enough to hold every kind of question in each half. */
    private boolean isSplit() {
        return questions.size() >= 2 * BenchQuestion.Kind.values().length;
    }

    /**
     * Runs the benchmark.
     *
     * @param warmUp questions answered first, not measured, counting those of an earlier {@link #warmUp}
     * @param samples questions whose latency is measured one by one
     * @param limit the most the warm-up, and then the measured questions, may take: a slow core answers fewer
     * @param throughputTime how long each throughput run lasts
     * @param threads threads of the all-cores run
     */
    public RetrievalResult run(int warmUp, int samples, Duration limit, Duration throughputTime, int threads) {
        if (warmUp < 0 || samples < 1 || threads < 1) {
            throw new IllegalArgumentException("warmUp >= 0, samples >= 1, threads >= 1 needed, got "
                    + warmUp + ", " + samples + ", " + threads);
        }
        int warmedUp = warmUp(warmUp, limit);
        LatencyRecorder all = new LatencyRecorder(samples);
        Map<BenchQuestion.Kind, LatencyRecorder> byKind = new EnumMap<>(BenchQuestion.Kind.class);
        long samplesEnd = System.nanoTime() + limit.toNanos();
        for (int i = 0; i < samples && (i == 0 || System.nanoTime() < samplesEnd); i++) {
            BenchQuestion question = frontHalf(i);
            long start = System.nanoTime();
            Reply reply = answerer.answer(question.text());
            long elapsed = System.nanoTime() - start;
            consume(reply);
            all.record(elapsed);
            byKind.computeIfAbsent(question.kind(), k -> new LatencyRecorder(samples / 3)).record(elapsed);
        }
        Map<BenchQuestion.Kind, LatencySummary> kindSummaries = new EnumMap<>(BenchQuestion.Kind.class);
        byKind.forEach((kind, recorder) -> kindSummaries.put(kind, recorder.summary()));
        double oneThread = throughput(1, throughputTime);
        double allThreads = throughput(threads, throughputTime);
        return new RetrievalResult(warmedUp, all.summary(), kindSummaries, oneThread, threads, allThreads);
    }

    /** Questions per second answered by {@code threads} threads together during {@code time}. */
    double throughput(int threads, Duration time) {
        CountDownLatch start = new CountDownLatch(1);
        long[] answered = new long[threads];
        long[] elapsed = new long[threads];
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int index = t;
            Thread worker = new Thread(() -> {
                awaitQuietly(start);
                long begin = System.nanoTime();
                long deadline = begin + time.toNanos();
                long count = 0;
                long chars = 0;
                int next = index * 7;
                long now;
                do {
                    chars += answerer.answer(questions.get(next++ % questions.size()).text()).text().length();
                    count++;
                    now = System.nanoTime();
                } while (now < deadline);
                sink.addAndGet(chars);
                answered[index] = count;
                elapsed[index] = now - begin;
            }, "bench-throughput-" + t);
            workers.add(worker);
            worker.start();
        }
        start.countDown();
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while measuring throughput", e);
            }
        }
        double perSecond = 0;
        for (int t = 0; t < threads; t++) {
            perSecond += answered[t] / (elapsed[t] / 1e9);
        }
        return perSecond;
    }

    /** Keeps the JIT from discarding answers nobody reads (the hot loops sum locally, then add once). */
    private void consume(Reply reply) {
        sink.addAndGet(reply.text().length());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
