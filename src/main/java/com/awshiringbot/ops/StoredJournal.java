package com.awshiringbot.ops;

import com.awshiringbot.store.Inbox;
import com.awshiringbot.store.InboxUpdate;
import com.awshiringbot.telegram.UpdateJournal;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The durable update journal: each batch from {@code getUpdates} goes into the SQLite {@link Inbox} (as the
 * update's JSON) before it is confirmed to Telegram, so that after a crash the updates not yet answered are answered
 * at the next start, and updates Telegram delivers twice are answered once.
 */
public final class StoredJournal implements UpdateJournal {
    private static final Logger log = LoggerFactory.getLogger(StoredJournal.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Inbox inbox;

    public StoredJournal(Inbox inbox) {
        this.inbox = Objects.requireNonNull(inbox, "inbox");
    }

    @Override
    public List<Update> admit(List<Update> batch) {
        List<InboxUpdate> rows = new ArrayList<>(batch.size());
        for (Update update : batch) {
            rows.add(new InboxUpdate(update.getUpdateId(), toJson(update)));
        }
        List<InboxUpdate> fresh = inbox.admit(rows);
        if (fresh.size() == batch.size()) {
            return List.copyOf(batch);
        }
        List<Update> updates = new ArrayList<>(fresh.size());
        int next = 0;
        for (Update update : batch) {
            if (next < fresh.size() && fresh.get(next).updateId() == update.getUpdateId()) {
                updates.add(update);
                next++;
            }
        }
        return updates;
    }

    @Override
    public List<Update> unfinished() {
        List<Update> updates = new ArrayList<>();
        for (InboxUpdate row : inbox.pending()) {
            try {
                updates.add(JSON.readValue(row.json(), Update.class));
            } catch (JsonProcessingException e) {
                log.error("Update {} in the inbox cannot be read back ({}); dropping it", row.updateId(), e.getOriginalMessage());
                inbox.markDone(row.updateId());
            }
        }
        return updates;
    }

    @Override
    public void done(Update update) {
        inbox.markDone(update.getUpdateId());
    }

    /**
     * Pays Jackson's first-use cost of writing and reading an update (a good part of a second on a cold JVM) before
     * the first batch rather than on it.
     */
    @Override
    public void warmUp() {
        String sample = "{\"update_id\":1,\"message\":{\"message_id\":2,\"date\":1,\"chat\":{\"id\":3,"
                + "\"type\":\"private\"},\"from\":{\"id\":3,\"is_bot\":false,\"first_name\":\"a\"},\"text\":\"t\"}}";
        try {
            toJson(JSON.readValue(sample, Update.class));
        } catch (JsonProcessingException | RuntimeException e) {
            log.warn("Warming up the journal's JSON failed: {}", e.toString());
        }
    }

    private static String toJson(Update update) {
        try {
            return JSON.writeValueAsString(update);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write update " + update.getUpdateId() + " as JSON", e);
        }
    }
}
