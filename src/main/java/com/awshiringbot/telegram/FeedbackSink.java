package com.awshiringbot.telegram;

import java.util.HashSet;
import java.util.Set;

/** Receives the 👍 / 👎 taps on answers. Implementations are thread-safe. */
@FunctionalInterface
public interface FeedbackSink {

    /**
     * Records one user's vote on one answer.
     *
     * @return true when recorded, false when this user had already voted on this entry
     */
    boolean record(long chatId, long userId, String entryId, boolean helpful);

    /** Remembers votes in memory for one run, once per user and entry. */
    static FeedbackSink inMemory() {
        Set<String> votes = new HashSet<>();
        return (chatId, userId, entryId, helpful) -> {
            synchronized (votes) {
                return votes.add(userId + ":" + entryId);
            }
        };
    }
}
