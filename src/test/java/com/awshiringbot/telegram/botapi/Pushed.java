package com.awshiringbot.telegram.botapi;

/**
 * What a pushed update was given by the local Bot API server.
 *
 * @param updateId the update's {@code update_id}
 * @param messageId the id of the user's message in it, or 0 when it carries none
 * @param queryId the callback or inline query id, or null when it is neither
 */
public record Pushed(int updateId, int messageId, String queryId) {
}
