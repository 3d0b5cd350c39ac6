package com.awshiringbot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LatencyRecorderTest {

    @Test
    void percentilesUseTheNearestRankOfTheSortedSamples() {
        LatencyRecorder recorder = new LatencyRecorder(0);
        for (int i = 100; i >= 1; i--) {
            recorder.record(i * 1_000L);
        }
        assertEquals(new LatencySummary(100, 50_000, 95_000, 99_000, 100_000), recorder.summary());
    }

    @Test
    void aSingleSampleIsEveryPercentile() {
        LatencyRecorder recorder = new LatencyRecorder(4);
        recorder.record(7);
        assertEquals(new LatencySummary(1, 7, 7, 7, 7), recorder.summary());
    }

    @Test
    void noSamplesSummariseAsZeros() {
        assertEquals(LatencySummary.EMPTY, new LatencyRecorder(4).summary());
    }

    @Test
    void growsBeyondItsExpectedSize() {
        LatencyRecorder recorder = new LatencyRecorder(1);
        for (int i = 0; i < 1000; i++) {
            recorder.record(i);
        }
        assertEquals(1000, recorder.count());
        assertEquals(999, recorder.summary().max());
    }

    @Test
    void aNegativeSampleIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LatencyRecorder(1).record(-3));
        assertEquals("a latency cannot be negative: -3 ns", e.getMessage());
    }

    @Test
    void formatsMicrosAndMillis() {
        LatencySummary summary = new LatencySummary(4, 41_200, 90_000, 180_000, 2_310_500);
        assertEquals("p50 41.2 / p99 180.0 / max 2,310.5 µs", summary.micros());
        assertEquals("p50 0.0 / p95 0.1 / p99 0.2 / max 2.3 ms", summary.millis());
    }
}
