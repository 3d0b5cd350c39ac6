package com.awshiringbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.awshiringbot.telegram.botapi.Fault;
import com.awshiringbot.telegram.botapi.LocalBotApi;
import com.awshiringbot.telegram.botapi.Pushed;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The token never shows in a log line (the library's and OkHttp's included) or an exception message. */
class TokenSecrecyTest {

    private static final long USER = 801;

    @Test
    void theTokenIsInNoLogLineThroughFaultsRefusalsAndShutdown() throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        String refusal;
        try {
            try (BotHarness harness = new BotHarness()) {
                LocalBotApi api = harness.api;
                api.fault("getMe", Fault.dropConnection());
                api.fault("deleteWebhook", Fault.badGateway());
                api.fault("setMyCommands", Fault.error(400, "Bad Request: BOT_COMMAND_INVALID"));
                harness.start(new FakeCore());
                api.fault("getUpdates", Fault.dropConnection());
                api.fault("getUpdates", Fault.badGateway());
                api.fault("sendMessage", Fault.tooManyRequests(1));
                api.faultForChat("sendMessage", USER + 1, Fault.dropConnection(), 10);
                api.pushText(USER, "루프 면접이 뭐예요?");
                Pushed lost = api.pushText(USER + 1, "STAR 답변이 뭐예요?");
                api.takeDelivered("sendMessage");
                api.pushCallback(USER, USER, 1, "x");
                harness.journal.awaitDone(lost.updateId() + 1);
                api.awaitConfirmed(lost.updateId() + 1);
                harness.bot.stop();
                assertFalse(harness.journal.isDone(lost.updateId()), "a send that kept failing leaves its update unfinished");
            }
            LocalBotApi other = LocalBotApi.start("4242:a-different-token");
            try (BotHarness wrong = new BotHarness(other)) {
                refusal = assertThrows(BotStartException.class, () -> wrong.start(FakeCore::new, LocalBotApi.TOKEN)).getMessage();
            }
        } finally {
            System.setErr(original);
        }
        String logs = captured.toString(StandardCharsets.UTF_8);
        assertTrue(logs.contains("getUpdates failed (HTTP 502)"), logs);
        assertTrue(logs.contains("sendmessage: Telegram says too many requests; retrying in 1 s"), logs);
        assertTrue(logs.contains("not answered: sendmessage failed 4 times"), logs);
        assertTrue(logs.contains("setMyCommands: refused by Telegram: 400 Bad Request: BOT_COMMAND_INVALID"), logs);
        assertFalse(logs.contains(LocalBotApi.TOKEN), logs);
        assertFalse(logs.contains("test-secret-token"), logs);
        assertEquals("Telegram refused the bot token (401 Unauthorized). Check TELEGRAM_BOT_TOKEN.", refusal);
    }

    @Test
    void redactionRemovesTheTokenAndAnythingShapedLikeOneInAUrl() {
        assertEquals("failed: http://127.0.0.1:80/bot<token>/sendMessage and <token>",
                Secrets.redact("failed: http://127.0.0.1:80/bot4242:test-secret-token/sendMessage and 4242:test-secret-token",
                        LocalBotApi.TOKEN));
        assertEquals("see https://api.telegram.org/bot<token>/getMe",
                Secrets.redact("see https://api.telegram.org/bot99:another_Token-x/getMe", LocalBotApi.TOKEN));
    }

    @Test
    void aFailureIsDescribedOnOneRedactedLine() {
        Exception failure = new IllegalStateException("calling /bot4242:test-secret-token/getMe",
                new java.io.IOException("unexpected end of stream"));
        assertEquals("IllegalStateException: calling /bot<token>/getMe <- IOException: unexpected end of stream",
                Secrets.describe(failure, LocalBotApi.TOKEN));
    }
}
