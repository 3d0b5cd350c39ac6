package com.awshiringbot.store;

/**
 * The feedback on one entry.
 *
 * @param entryId the entry
 * @param helpful 👍 taps
 * @param unhelpful 👎 taps
 */
public record Votes(String entryId, int helpful, int unhelpful) {
}
