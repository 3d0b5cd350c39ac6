package com.awshiringbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.awshiringbot.knowledge.Language;
import com.awshiringbot.telegram.botapi.ApiCall;
import com.awshiringbot.telegram.botapi.Fault;
import com.awshiringbot.telegram.botapi.LocalBotApi;
import com.awshiringbot.telegram.botapi.Pushed;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

/** Rate limits, network faults, floods, slow chats and shutdown: nothing is lost, nothing is sent twice. */
class TelegramBotFaultsTest {

    private static final long USER = 701;
    private static final long OTHER = 702;
    private final FakeCore core = new FakeCore();
    private final BotHarness harness = new BotHarness()
            .set("telegram.send-timeout-seconds", "2")
            .set("telegram.read-timeout-margin-seconds", "1");
    private final LocalBotApi api = harness.api;

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void aMessageRefusedWith429IsSentAgainAfterRetryAfterAndDeliveredOnce() throws Exception {
        harness.start(core);
        api.fault("sendMessage", Fault.tooManyRequests(1));
        api.pushText(USER, "루프 면접이 뭐예요?");
        api.takeDelivered("sendMessage");
        List<ApiCall> sends = api.calls("sendMessage");
        assertEquals(List.of(429, 200), sends.stream().map(ApiCall::status).toList());
        assertTrue(!sends.get(1).at().isBefore(sends.get(0).at().plusSeconds(1)), "waited retry_after before sending again");
    }

    @Test
    void droppedConnectionsAnd502sOnSendsAreRetried() throws Exception {
        harness.start(core);
        api.fault("sendMessage", Fault.dropConnection());
        api.fault("sendMessage", Fault.badGateway());
        api.pushText(USER, "루프 면접이 뭐예요?");
        api.takeDelivered("sendMessage");
        assertEquals(List.of(ApiCall.DROPPED, 502, 200), api.calls("sendMessage").stream().map(ApiCall::status).toList());
    }

    @Test
    void aHungSendIsAbandonedAtTheTimeoutAndRetried() throws Exception {
        harness.start(core);
        api.fault("sendMessage", Fault.hang());
        api.pushText(USER, "루프 면접이 뭐예요?");
        api.takeDelivered("sendMessage");
        assertEquals(List.of(ApiCall.DROPPED, 200), api.calls("sendMessage").stream().map(ApiCall::status).toList());
    }

    @Test
    void pollingSurvivesDropped502RateLimitedAndHungPolls() throws Exception {
        harness.start(core);
        api.fault("getUpdates", Fault.dropConnection());
        api.fault("getUpdates", Fault.badGateway());
        api.fault("getUpdates", Fault.tooManyRequests(1));
        api.fault("getUpdates", Fault.hang());
        // The poll that was already waiting when the faults were scripted must not carry the question past them.
        api.take("getUpdates", call -> call.status() == 429, LocalBotApi.TAKE_TIMEOUT);
        api.pushText(USER, "루프 면접이 뭐예요?");
        assertTrue(api.takeDelivered("sendMessage").text().startsWith("<b>루프 면접이 뭐예요?</b>"));
        List<ApiCall> polls = api.calls("getUpdates");
        int limited = polls.stream().map(ApiCall::status).toList().indexOf(429);
        assertTrue(!polls.get(limited + 1).at().isBefore(polls.get(limited).at().plusSeconds(1)), "polling waited retry_after");
    }

    @Test
    void startUpRetriesWhileTheBotApiIsUnreachable() throws Exception {
        api.fault("getMe", Fault.dropConnection(), 2);
        api.fault("deleteWebhook", Fault.badGateway());
        harness.start(core);
        api.pushText(USER, "루프 면접이 뭐예요?");
        api.takeDelivered("sendMessage");
        assertEquals(List.of(ApiCall.DROPPED, ApiCall.DROPPED, 200), api.calls("getMe").stream().map(ApiCall::status).toList());
        assertEquals(List.of(502, 200), api.calls("deleteWebhook").stream().map(ApiCall::status).toList());
    }

    @Test
    void aRefusedTokenStopsStartUpWithAClearMessageWithoutTheToken() {
        LocalBotApi other = LocalBotApi.start("4242:a-different-token");
        try (BotHarness wrong = new BotHarness(other)) {
            BotStartException e = assertThrows(BotStartException.class, () -> wrong.start(() -> core, LocalBotApi.TOKEN));
            assertEquals("Telegram refused the bot token (401 Unauthorized). Check TELEGRAM_BOT_TOKEN.", e.getMessage());
            assertEquals(401, other.take("getMe").status());
        }
    }

    @Test
    void aChatThatFloodsIsThrottledAndToldOnceWhileOthersAreAnswered() throws Exception {
        harness.set("bot.flood-max-per-minute", "3").start(core);
        int[] ids = new int[7];
        for (int i = 0; i < 6; i++) {
            ids[i] = api.pushText(USER, "루프 면접이 뭐예요? " + i).updateId();
        }
        ids[6] = api.pushText(OTHER, "STAR 답변?").updateId();
        harness.journal.awaitDone(ids);
        List<String> toFlooder = api.calls("sendMessage").stream().filter(c -> c.chatId() == USER).map(ApiCall::text).toList();
        assertEquals(4, toFlooder.size(), toFlooder.toString());
        assertEquals(Messages.throttled(Language.KO), toFlooder.get(3));
        assertTrue(api.calls("sendMessage").stream().anyMatch(c -> c.chatId() == OTHER && c.text().startsWith("<b>STAR")));
    }

    @Test
    void aSlowChatDoesNotHoldUpAnother() throws Exception {
        harness.start(core);
        api.faultForChat("sendMessage", USER, Fault.delay(Duration.ofMillis(1500)), 1);
        api.pushText(USER, "루프 면접이 뭐예요?");
        api.pushText(OTHER, "STAR 답변?");
        ApiCall first = api.takeDelivered("sendMessage");
        ApiCall second = api.takeDelivered("sendMessage");
        assertEquals(List.of(OTHER, USER), List.of(first.chatId(), second.chatId()));
    }

    @Test
    void aBatchTheJournalCannotRecordIsStillAnsweredAndPollingGoesOn() throws Exception {
        harness.journal.failNextAdmits(1);
        harness.start(core);
        api.pushText(USER, "루프 면접이 뭐예요?");
        String first = api.takeDelivered("sendMessage").text();
        assertTrue(first.startsWith("<b>루프"), first);
        api.pushText(USER, "STAR?");
        String second = api.takeDelivered("sendMessage").text();
        assertTrue(second.startsWith("<b>What is a STAR answer?</b>"), second);
    }

    @Test
    void updatesLeftUnfinishedByTheLastRunAreAnsweredFirst() throws Exception {
        Update left = new ObjectMapper().readValue("{\"update_id\":5,\"message\":{\"message_id\":3,\"date\":1700000000,"
                + "\"chat\":{\"id\":" + USER + ",\"type\":\"private\"},\"from\":{\"id\":" + USER + ",\"is_bot\":false,"
                + "\"first_name\":\"U\"},\"text\":\"STAR 답변이 뭐예요?\"}}", Update.class);
        harness.journal.leftOver(left);
        api.pushText(USER, "hello");  // makes the chat known to the server, as it was in the last run
        harness.start(core);
        assertTrue(api.takeDelivered("sendMessage").text().startsWith("<b>STAR 답변이 뭐예요?</b>"));
        harness.journal.awaitDone(5);
    }

    @Test
    void shutdownFinishesTheRepliesInHandAndStopsPolling() throws Exception {
        harness.start(core);
        api.faultForChat("sendMessage", USER, Fault.delay(Duration.ofMillis(1000)), 1);
        Pushed question = api.pushText(USER, "루프 면접이 뭐예요?");
        api.awaitConfirmed(question.updateId());
        harness.bot.stop();
        assertTrue(harness.journal.isDone(question.updateId()));
        assertEquals(List.of(200), api.calls("sendMessage").stream().map(ApiCall::status).toList());
        int polls = api.calls("getUpdates").size();
        api.pushText(USER, "after the stop");
        harness.bot.stop();
        assertEquals(polls, api.calls("getUpdates").size(), "no poll after stop");
    }

    @Test
    void aReplyNotFinishedWithinTheGraceStaysUnfinished() throws Exception {
        harness.set("telegram.shutdown-grace-seconds", "1").start(core);
        api.faultForChat("sendMessage", USER, Fault.hang(), 1);
        Pushed question = api.pushText(USER, "루프 면접이 뭐예요?");
        api.take("sendMessage");
        harness.bot.stop();
        assertFalse(harness.journal.isDone(question.updateId()));
        assertEquals(List.of(question.updateId()), harness.journal.unfinished().stream().map(Update::getUpdateId).toList());
    }
}
