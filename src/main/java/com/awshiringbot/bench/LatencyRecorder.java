package com.awshiringbot.bench;

import java.util.Arrays;

/**
 * Collects latency samples in nanoseconds and summarises them as percentiles. Recording is synchronized, so one
 * recorder may be fed from several threads (the local Bot API server's handler threads, for instance); a hot loop
 * on one thread pays an uncontended lock, which is a few nanoseconds.
 */
public final class LatencyRecorder {
    private long[] samples;
    private int size;

    /** A recorder with room for {@code expected} samples before it grows. */
    public LatencyRecorder(int expected) {
        if (expected < 0) {
            throw new IllegalArgumentException("expected must be >= 0, was " + expected);
        }
        this.samples = new long[Math.max(16, expected)];
    }

    /** Records one sample; negative samples (a clock going backwards) are an error. */
    public synchronized void record(long nanos) {
        if (nanos < 0) {
            throw new IllegalArgumentException("a latency cannot be negative: " + nanos + " ns");
        }
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, samples.length * 2);
        }
        samples[size++] = nanos;
    }

    /** How many samples were recorded. */
    public synchronized int count() {
        return size;
    }

    /** The percentiles of the samples recorded so far (nearest rank). */
    public synchronized LatencySummary summary() {
        if (size == 0) {
            return LatencySummary.EMPTY;
        }
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        return new LatencySummary(size, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99), sorted[size - 1]);
    }

    private static long rank(long[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)];
    }
}
