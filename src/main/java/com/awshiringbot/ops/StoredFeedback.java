package com.awshiringbot.ops;

import com.awshiringbot.store.FeedbackStore;
import com.awshiringbot.store.IdHasher;
import com.awshiringbot.telegram.FeedbackSink;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 👍 / 👎 taps into the {@link FeedbackStore}, one vote per user and entry, with the user's id hashed. A database
 * failure loses the vote (logged) but never the user's "thanks".
 */
public final class StoredFeedback implements FeedbackSink {
    private static final Logger log = LoggerFactory.getLogger(StoredFeedback.class);

    private final FeedbackStore store;
    private final IdHasher hasher;

    public StoredFeedback(FeedbackStore store, IdHasher hasher) {
        this.store = Objects.requireNonNull(store, "store");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
    }

    @Override
    public boolean record(long chatId, long userId, String entryId, boolean helpful) {
        try {
            // The adapter does not say which answer message was tapped: one vote per user and entry.
            return store.record(hasher.hash(userId), entryId, "", helpful);
        } catch (RuntimeException e) {
            log.error("Could not store a vote on '{}': {}", entryId, e.getMessage());
            return true;
        }
    }
}
