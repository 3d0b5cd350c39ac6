package com.awshiringbot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BenchBotApiTest {
    private static final String TOKEN = "4242:bench-test-token";

    @Test
    void servesOfferedUpdatesUntilTheOffsetConfirmsThem() throws Exception {
        try (BenchBotApi api = BenchBotApi.start(TOKEN)) {
            BotApiClient client = new BotApiClient(api.url(), TOKEN);
            api.offerText(7, "루프면접 머임", "ko");
            api.offerText(8, "What is STAR?", "en");

            JsonNode first = client.call("GETUPDATES", "{\"offset\":0,\"limit\":1}");
            assertEquals(1, first.path("result").size());
            JsonNode update = first.path("result").get(0);
            assertEquals(1, update.path("update_id").asLong());
            assertEquals("루프면접 머임", update.path("message").path("text").asText());
            assertEquals(7, update.path("message").path("chat").path("id").asLong());
            assertEquals("ko", update.path("message").path("from").path("language_code").asText());

            JsonNode rest = client.call("getUpdates", "{\"offset\":2,\"timeout\":0}");
            assertEquals(1, rest.path("result").size());
            assertEquals("What is STAR?", rest.path("result").get(0).path("message").path("text").asText());

            JsonNode none = client.call("getupdates", "{\"offset\":3,\"timeout\":0}");
            assertEquals("[]", none.path("result").toString());
            assertEquals(3, api.getUpdatesCalls());
            assertTrue(api.firstGetUpdatesNanos().isPresent());
        }
    }

    @Test
    void recordsSentMessagesAndAnswersThemAsTheBotApiDoes() throws Exception {
        try (BenchBotApi api = BenchBotApi.start(TOKEN)) {
            BotApiClient client = new BotApiClient(api.url(), TOKEN);
            JsonNode reply = client.call("sendmessage",
                    "{\"chat_id\":7,\"text\":\"안녕\",\"reply_parameters\":{\"message_id\":3}}");

            assertEquals(true, reply.path("ok").asBoolean());
            assertEquals(7, reply.path("result").path("chat").path("id").asLong());
            assertEquals("안녕", reply.path("result").path("text").asText());
            assertEquals(1, api.sent().size());
            BenchBotApi.SentMessage sent = api.sent().get(0);
            assertEquals(7, sent.chatId());
            assertEquals("안녕", sent.text());
            assertEquals(3, sent.replyTo());
            assertEquals("{\"ok\":true,\"result\":true}", client.call("setMyCommands", "{}").toString());
            assertEquals("bench_bot", client.call("getMe", "{}").path("result").path("username").asText());
        }
    }

    @Test
    void aWrongTokenIsUnauthorized() throws Exception {
        try (BenchBotApi api = BenchBotApi.start(TOKEN)) {
            BotApiClient stranger = new BotApiClient(api.url(), "1:other");
            JsonNode reply = stranger.call("getMe", "{}");
            assertEquals("{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}", reply.toString());
        }
    }

    @Test
    void aLongPollReturnsAsSoonAsAnUpdateIsOffered() throws Exception {
        try (BenchBotApi api = BenchBotApi.start(TOKEN);
                PollingFakeBot bot = new PollingFakeBot(api.url(), TOKEN, id -> false, Set.of())) {
            api.awaitFirstGetUpdates(Duration.ofSeconds(5));
            api.offerText(9, "hello", "en");
            assertTrue(api.awaitSent(1, Duration.ofSeconds(5)), "the waiting poll got the update and the bot replied");
            assertEquals("re: hello", api.sent().get(0).text());
        }
    }
}
