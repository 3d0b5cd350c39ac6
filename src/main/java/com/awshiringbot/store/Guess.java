package com.awshiringbot.store;

/**
 * An entry the core considered for a question it did not answer outright.
 *
 * @param entryId the entry
 * @param score its score, or null when the core reported none for it
 */
public record Guess(String entryId, Double score) {
}
