package com.awshiringbot.telegram;

import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The long-polling boundary. telegrambots confirms a batch to Telegram as soon as {@link #consume} returns, and
 * an exception thrown out of it ends polling for good, silently. So this records the batch in the
 * {@link UpdateJournal}, hands the new updates to the workers, and returns — and lets nothing escape.
 */
final class PollingConsumer implements LongPollingUpdateConsumer {

    private static final Logger log = LoggerFactory.getLogger(PollingConsumer.class);

    private final UpdateJournal journal;
    private final Consumer<Update> dispatch;

    PollingConsumer(UpdateJournal journal, Consumer<Update> dispatch) {
        this.journal = journal;
        this.dispatch = dispatch;
    }

    @Override
    public void consume(List<Update> batch) {
        try {
            List<Update> fresh;
            try {
                fresh = journal.admit(batch);
            } catch (RuntimeException e) {
                // Unrecorded is better than unanswered: answer the batch anyway.
                log.error("Could not record {} updates in the journal ({}); answering them unrecorded", batch.size(), e.toString());
                fresh = batch;
            }
            for (Update update : fresh) {
                try {
                    dispatch.accept(update);
                } catch (RuntimeException e) {
                    log.error("Could not queue update {}: {}", update.getUpdateId(), e.toString());
                }
            }
        } catch (Throwable t) {
            log.error("Unexpected failure while taking {} updates: {}", batch == null ? 0 : batch.size(), t.toString());
        }
    }

    /** Nothing to release: the workers and the journal belong to the bot. */
    @Override
    public void close() {
    }
}
