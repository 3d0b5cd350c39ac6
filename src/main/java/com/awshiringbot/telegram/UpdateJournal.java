package com.awshiringbot.telegram;

import java.util.List;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Where the bot records the updates it has taken from Telegram until they are answered. telegrambots confirms a
 * batch to Telegram as soon as the long-polling consumer returns, so the consumer returns only after
 * {@link #admit} has recorded the batch; workers answer and then call {@link #done}. At start-up the bot answers
 * {@link #unfinished} first. The default keeps everything in memory ({@link #inMemory()}); a durable one survives
 * a crash. Implementations are thread-safe.
 */
public interface UpdateJournal {

    /**
     * Records {@code batch} and returns the updates of it not seen before (de-duplicated by update id), in order.
     * Returns only once they are recorded.
     */
    List<Update> admit(List<Update> batch);

    /** The updates admitted and not yet {@link #done}, oldest first. */
    List<Update> unfinished();

    /**
     * Marks {@code update} as answered (or deliberately left unanswered). May be called for an update {@link #admit}
     * failed to record (the bot answers such a batch anyway): ignore it then.
     */
    void done(Update update);

    /**
     * Pays any first-use cost of {@link #admit} (a durable journal's JSON) ahead of the first batch; the bot calls it
     * once polling has started, so that it delays neither the first poll nor the first answer much. Does nothing by
     * default.
     */
    default void warmUp() {
    }

    /** A journal in memory: de-duplicates within one run, remembers nothing across restarts. */
    static UpdateJournal inMemory() {
        return new InMemoryUpdateJournal();
    }
}
