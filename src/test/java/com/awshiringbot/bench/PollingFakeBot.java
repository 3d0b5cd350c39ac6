package com.awshiringbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * A bot that speaks the Bot API over HTTP like a real one: long-polls {@code getUpdates} and answers every text with
 * {@code sendMessage}. It can skip or repeat chosen updates, so that the harness's counting can be checked.
 */
final class PollingFakeBot implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final BotApiClient api;
    private final LongPredicate drop;
    private final Set<Long> repeat;
    private final Thread thread;
    private volatile boolean running = true;

    PollingFakeBot(String apiUrl, String token, LongPredicate drop, Set<Long> repeat) {
        this.api = new BotApiClient(apiUrl, token);
        this.drop = drop;
        this.repeat = repeat;
        this.thread = new Thread(this::poll, "fake-bot");
        thread.setDaemon(true);
        thread.start();
    }

    private void poll() {
        long offset = 0;
        while (running) {
            try {
                JsonNode updates = api.call("getupdates", "{\"offset\":" + offset + ",\"timeout\":1}").path("result");
                for (JsonNode update : updates) {
                    long id = update.path("update_id").asLong();
                    offset = id + 1;
                    JsonNode message = update.path("message");
                    if (drop.test(id)) {
                        continue;
                    }
                    String reply = JSON.createObjectNode()
                            .put("chat_id", message.path("chat").path("id").asLong())
                            .put("text", "re: " + message.path("text").asText())
                            .set("reply_parameters", JSON.createObjectNode().put("message_id", message.path("message_id").asLong()))
                            .toString();
                    api.call("sendMessage", reply);
                    if (repeat.contains(id)) {
                        api.call("sendMessage", reply);
                    }
                }
            } catch (IOException | InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5_000);
    }
}
