package com.awshiringbot.telegram;

/**
 * A rate with a burst allowance (the generic cell rate algorithm): each reservation is one event; it may happen
 * at once while the burst lasts, otherwise after the returned wait.
 */
final class Pace {

    private final long intervalNanos;
    private final long toleranceNanos;
    private long theoreticalArrival;
    private long lastUse;

    /**
     * @param perSecond events a second
     * @param burst events that may happen back to back (at least 1)
     */
    Pace(double perSecond, int burst) {
        this.intervalNanos = Math.max(1, (long) (1_000_000_000L / perSecond));
        this.toleranceNanos = intervalNanos * Math.max(0, burst - 1L);
        this.theoreticalArrival = Long.MIN_VALUE / 2;
    }

    /** Reserves the next slot at time {@code now} (nanoseconds) and returns how long to wait for it. */
    synchronized long reserve(long now) {
        long wait = Math.max(0, theoreticalArrival - toleranceNanos - now);
        theoreticalArrival = Math.max(theoreticalArrival, now) + intervalNanos;
        lastUse = now;
        return wait;
    }

    /** Whether nothing was reserved since {@code before}, so the pace can be forgotten. */
    synchronized boolean idleSince(long before) {
        return lastUse < before && theoreticalArrival < before;
    }
}
