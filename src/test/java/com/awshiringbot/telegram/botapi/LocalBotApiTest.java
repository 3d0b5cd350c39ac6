package com.awshiringbot.telegram.botapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The local Bot API server speaks the protocol as documented, over plain HTTP. */
class LocalBotApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final LocalBotApi api = LocalBotApi.start();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void methodNamesAreCaseInsensitiveAndRecordedInTheirDocumentedSpelling() throws Exception {
        JsonNode me = post("getme", "{}");
        assertEquals(true, me.get("ok").asBoolean());
        assertEquals(LocalBotApi.BOT_USERNAME, me.at("/result/username").asText());
        assertEquals("getMe", api.take("getMe").method());
    }

    @Test
    void aWrongTokenIsUnauthorized() throws Exception {
        HttpResponse<String> response = send("/bot9:wrong/getMe", "application/json", "{}");
        assertEquals(401, response.statusCode());
        assertEquals("{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}", response.body());
    }

    @Test
    void formBodiesAreParsedLikeJsonOnes() throws Exception {
        api.pushText(7, "hi");
        JsonNode sent = postForm("sendMessage", "chat_id=7&text=%EC%95%88%EB%85%95+%3Cb%3E&reply_markup="
                + "%7B%22inline_keyboard%22%3A%5B%5B%7B%22text%22%3A%22a%22%2C%22callback_data%22%3A%22x%22%7D%5D%5D%7D");
        assertEquals("안녕 <b>", sent.at("/result/text").asText());
        ApiCall call = api.takeDelivered("sendMessage");
        assertEquals(7, call.chatId());
        assertEquals(List.of("x"), call.callbackData());
    }

    @Test
    void getUpdatesReturnsPendingUpdatesAndALaterOffsetConfirmsThem() throws Exception {
        Pushed first = api.pushText(7, "one");
        Pushed second = api.pushText(8, "two");
        JsonNode batch = post("getUpdates", "{\"offset\":0,\"limit\":1,\"timeout\":0}");
        assertEquals(1, batch.get("result").size());
        assertEquals(first.updateId(), batch.at("/result/0/update_id").asInt());
        assertEquals("one", batch.at("/result/0/message/text").asText());

        JsonNode again = post("getUpdates", "{\"offset\":" + (first.updateId() + 1) + ",\"timeout\":0}");
        assertEquals(second.updateId(), again.at("/result/0/update_id").asInt());
        assertEquals(first.updateId() + 1, api.confirmedOffset());
    }

    @Test
    void getUpdatesWaitsForAnUpdateWithinItsTimeout() throws Exception {
        new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
            api.pushText(9, "late");
        }).start();
        JsonNode batch = post("getUpdates", "{\"timeout\":5}");
        assertEquals("late", batch.at("/result/0/message/text").asText());
    }

    @Test
    void commandsAndMentionsCarryTheirEntities() throws Exception {
        api.pushGroupText(-100, 7, "/start@" + LocalBotApi.BOT_USERNAME + " hi @" + LocalBotApi.BOT_USERNAME);
        JsonNode message = post("getUpdates", "{}").at("/result/0/message");
        assertEquals("bot_command", message.at("/entities/0/type").asText());
        assertEquals(0, message.at("/entities/0/offset").asInt());
        assertEquals(26, message.at("/entities/0/length").asInt());
        assertEquals("mention", message.at("/entities/1/type").asText());
        assertEquals(30, message.at("/entities/1/offset").asInt());
        assertEquals("group", message.at("/chat/type").asText());
    }

    @Test
    void scriptedTooManyRequestsCarriesRetryAfter() throws Exception {
        api.pushText(7, "hi");
        api.fault("sendMessage", Fault.tooManyRequests(3));
        HttpResponse<String> response = send("/bot" + LocalBotApi.TOKEN + "/sendmessage", "application/json",
                "{\"chat_id\":7,\"text\":\"x\"}");
        assertEquals(429, response.statusCode());
        assertEquals("{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 3\","
                + "\"parameters\":{\"retry_after\":3}}", response.body());
        assertEquals(200, post("sendMessage", "{\"chat_id\":7,\"text\":\"x\"}").get("ok").asBoolean() ? 200 : 0);
        assertEquals(List.of(429, 200), api.calls("sendMessage").stream().map(ApiCall::status).toList());
    }

    @Test
    void scriptedBadGatewayIsAnHtmlPage() throws Exception {
        api.fault("getMe", Fault.badGateway());
        HttpResponse<String> response = send("/bot" + LocalBotApi.TOKEN + "/getMe", "application/json", "{}");
        assertEquals(502, response.statusCode());
        assertTrue(response.body().startsWith("<html>"), response.body());
    }

    @Test
    void scriptedDropClosesTheConnectionWithoutAnAnswer() {
        api.fault("getMe", Fault.dropConnection());
        assertThrows(IOException.class, () -> send("/bot" + LocalBotApi.TOKEN + "/getMe", "application/json", "{}"));
        assertEquals(ApiCall.DROPPED, api.take("getMe").status());
    }

    @Test
    void malformedHtmlIsRejectedAsTelegramDoes() throws Exception {
        api.pushText(7, "hi");
        JsonNode answer = post("sendMessage", "{\"chat_id\":7,\"text\":\"<script>x</script>\",\"parse_mode\":\"HTML\"}");
        assertEquals("Bad Request: can't parse entities: Unsupported start tag \"script\" at byte offset 0",
                answer.get("description").asText());
        JsonNode escaped = post("sendMessage", "{\"chat_id\":7,\"text\":\"&lt;script&gt; &amp; <b>굵게</b>\",\"parse_mode\":\"HTML\"}");
        assertEquals("<script> & 굵게", escaped.at("/result/text").asText());
    }

    @Test
    void tooLongTextsAndOversizedCallbackDataAreRejected() throws Exception {
        api.pushText(7, "hi");
        assertEquals("Bad Request: message is too long",
                post("sendMessage", "{\"chat_id\":7,\"text\":\"" + "가".repeat(4097) + "\"}").get("description").asText());
        assertEquals("Bad Request: BUTTON_DATA_INVALID", post("sendMessage", "{\"chat_id\":7,\"text\":\"x\","
                + "\"reply_markup\":{\"inline_keyboard\":[[{\"text\":\"b\",\"callback_data\":\"" + "x".repeat(65) + "\"}]]}}")
                .get("description").asText());
        assertEquals("Bad Request: chat not found", post("sendMessage", "{\"chat_id\":99,\"text\":\"x\"}").get("description").asText());
    }

    @Test
    void aBotMessageCanBeEditedButNotWithTheSameContent() throws Exception {
        api.pushText(7, "hi");
        int id = post("sendMessage", "{\"chat_id\":7,\"text\":\"one\"}").at("/result/message_id").asInt();
        assertEquals("two", post("editMessageText", "{\"chat_id\":7,\"message_id\":" + id + ",\"text\":\"two\"}")
                .at("/result/text").asText());
        assertEquals("two", api.message(7, id).get("text").asText());
        assertTrue(post("editMessageText", "{\"chat_id\":7,\"message_id\":" + id + ",\"text\":\"two\"}")
                .get("description").asText().startsWith("Bad Request: message is not modified"));
    }

    @Test
    void aCallbackQueryIsAnsweredOnce() throws Exception {
        Pushed tap = api.pushCallback(7, 7, 1, "page:2");
        JsonNode update = post("getUpdates", "{}").at("/result/0/callback_query");
        assertEquals("page:2", update.get("data").asText());
        assertEquals(true, post("answerCallbackQuery", "{\"callback_query_id\":\"" + tap.queryId() + "\"}").get("result").asBoolean());
        assertEquals("Bad Request: query is too old and response timeout expired or query ID is invalid",
                post("answerCallbackQuery", "{\"callback_query_id\":\"" + tap.queryId() + "\"}").get("description").asText());
    }

    private JsonNode post(String method, String json) throws IOException, InterruptedException {
        return JSON.readTree(send("/bot" + LocalBotApi.TOKEN + "/" + method, "application/json", json).body());
    }

    private JsonNode postForm(String method, String form) throws IOException, InterruptedException {
        return JSON.readTree(send("/bot" + LocalBotApi.TOKEN + "/" + method, "application/x-www-form-urlencoded", form).body());
    }

    private HttpResponse<String> send(String path, String contentType, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api.url() + path))
                .header("Content-Type", contentType)
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
