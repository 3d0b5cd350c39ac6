package com.awshiringbot.bench;

import java.util.Locale;

/**
 * Percentiles of a set of latency samples, in nanoseconds. Percentiles use the nearest-rank method, so each is a
 * sample that was actually measured and {@code p50 <= p95 <= p99 <= max} always holds.
 *
 * @param count how many samples
 * @param p50 the median
 * @param p95 the 95th percentile
 * @param p99 the 99th percentile
 * @param max the slowest sample
 */
public record LatencySummary(int count, long p50, long p95, long p99, long max) {

    /** The summary of no samples at all: every figure 0. */
    public static final LatencySummary EMPTY = new LatencySummary(0, 0, 0, 0, 0);

    /** {@code p50 / p99 / max} in microseconds with one decimal, e.g. {@code 41.2 / 180.0 / 2,310.5 µs}. */
    public String micros() {
        return String.format(Locale.ROOT, "p50 %,.1f / p99 %,.1f / max %,.1f µs", p50 / 1e3, p99 / 1e3, max / 1e3);
    }

    /** {@code p50 / p95 / p99 / max} in milliseconds with one decimal. */
    public String millis() {
        return String.format(Locale.ROOT, "p50 %,.1f / p95 %,.1f / p99 %,.1f / max %,.1f ms",
                p50 / 1e6, p95 / 1e6, p99 / 1e6, max / 1e6);
    }
}
