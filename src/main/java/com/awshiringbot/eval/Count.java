package com.awshiringbot.eval;

import java.util.Locale;

/**
 * How many of a number of questions met a criterion.
 *
 * @param hits the questions that met it
 * @param total the questions counted
 */
public record Count(int hits, int total) {

    public Count {
        if (hits < 0 || total < 0 || hits > total) {
            throw new IllegalArgumentException("hits " + hits + " of total " + total);
        }
    }

    /** The share of hits, from 0 to 1; 1 when nothing was counted (no question can have failed). */
    public double share() {
        return total == 0 ? 1.0 : (double) hits / total;
    }

    /** {@code 95.2 % (40/42)}, or {@code - (0/0)} when nothing was counted. */
    @Override
    public String toString() {
        return total == 0 ? "- (0/0)" : String.format(Locale.ROOT, "%.1f %% (%d/%d)", 100 * share(), hits, total);
    }

    Count plus(boolean hit) {
        return new Count(hits + (hit ? 1 : 0), total + 1);
    }
}
