package com.awshiringbot.telegram.botapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the local Bot API server remembers: pending updates, known chats, messages (the users' and the bot's, as
 * they are now), open callback and inline queries, the command lists. Guarded by its own monitor: callers
 * synchronize on it, and waiters (long polls, {@code awaitConfirmed}) are woken by {@link #changed()}.
 */
final class ServerState {

    final TreeMap<Integer, ObjectNode> pending = new TreeMap<>();
    final Map<Long, ObjectNode> chats = new HashMap<>();
    final Map<String, ObjectNode> messages = new HashMap<>();
    final Set<String> openQueries = new HashSet<>();
    final Map<String, JsonNode> commands = new HashMap<>();
    int nextUpdateId = 1001;
    int nextMessageId = 1;
    int confirmedOffset;
    long pollGeneration;
    boolean closed;

    /** A copy of the chat's JSON, creating the chat the first time it is seen. */
    ObjectNode chat(long id, String type) {
        return chats.computeIfAbsent(id, k -> UpdateJson.chat(id, type)).deepCopy();
    }

    /** A new update of {@code kind} with the next update id. */
    ObjectNode update(String kind, ObjectNode payload) {
        ObjectNode update = UpdateJson.object();
        update.put("update_id", nextUpdateId++);
        update.set(kind, payload);
        return update;
    }

    /** Queues {@code update} for {@code getUpdates} and returns its id. */
    int add(ObjectNode update) {
        int id = update.get("update_id").asInt();
        pending.put(id, update);
        changed();
        return id;
    }

    static String key(Object chatId, Object messageId) {
        return chatId + ":" + messageId;
    }

    void changed() {
        notifyAll();
    }

    static String groupType(long groupId) {
        return groupId < -1_000_000_000_000L ? "supergroup" : "group";
    }

    static ObjectNode bot() {
        return UpdateJson.bot(LocalBotApi.BOT_ID, LocalBotApi.BOT_USERNAME);
    }

    static long epoch() {
        return Instant.now().getEpochSecond();
    }
}
