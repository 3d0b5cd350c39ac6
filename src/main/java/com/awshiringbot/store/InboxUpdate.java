package com.awshiringbot.store;

import java.util.Objects;

/**
 * One update as the inbox keeps it: the id Telegram gave it and its raw JSON.
 *
 * @param updateId the update's id, unique per bot
 * @param json the update exactly as received, to be answered again after a crash
 */
public record InboxUpdate(long updateId, String json) {
    public InboxUpdate {
        Objects.requireNonNull(json, "json");
    }
}
