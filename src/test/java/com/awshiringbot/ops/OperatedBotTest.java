package com.awshiringbot.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.awshiringbot.telegram.botapi.ApiCall;
import com.awshiringbot.telegram.botapi.Pushed;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bot with its operations, end to end against the local Bot API server and a real SQLite file. */
class OperatedBotTest {
    static final String QUESTION = "루프 면접이 뭐예요?";
    static final String OLD = "하루에 여러 명과 연달아 보는 마지막 면접입니다.";
    static final String NEW = "새 답: 루프는 하루 동안 네다섯 번 연달아 보는 면접입니다.";
    static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void a_vote_is_stored_once_hashed_and_counted_in_the_admin_report() throws Exception {
        try (OperatedBot bot = OperatedBot.start(dir, Map.of())) {
            bot.api.pushText(501, QUESTION);
            ApiCall answer = bot.api.takeDelivered("sendMessage", 501);
            assertTrue(answer.callbackData().contains("v:loop-interview:0"), answer.callbackData().toString());

            bot.api.pushCallback(501, 501, answer.messageId(), "v:loop-interview:0");
            String thanks = bot.api.take("answerCallbackQuery").param("text");
            bot.api.pushCallback(501, 501, answer.messageId(), "v:loop-interview:1");
            String again = bot.api.take("answerCallbackQuery").param("text");
            assertFalse(thanks.equals(again), thanks + " / " + again);

            assertEquals(List.of("loop-interview 0"), OperationsTest.query(bot.data.resolve("bot.sqlite"),
                    "SELECT entry_id || ' ' || helpful FROM feedback"));
            assertEquals(List.of(), OperationsTest.query(bot.data.resolve("bot.sqlite"),
                    "SELECT user_hash FROM feedback WHERE user_hash LIKE '%501%' AND length(user_hash) <> 32"));

            bot.api.pushText(OperatedBot.ADMIN_CHAT, "/report");
            String report = bot.api.takeDelivered("sendMessage", OperatedBot.ADMIN_CHAT).text();
            assertTrue(report.contains("👎   1  👍   0  loop-interview"), report);
            assertTrue(report.contains("  day         answered  did-you-mean  don't know  total"), report);
        }
    }

    @Test
    void report_and_reload_from_other_chats_get_the_unknown_command_reply() throws Exception {
        try (OperatedBot bot = OperatedBot.start(dir, Map.of())) {
            bot.api.pushText(502, "/report");
            assertEquals("모르는 명령이에요. /help 를 보세요.", bot.api.takeDelivered("sendMessage", 502).text());
            bot.edit("entries/a-stages.yaml", OLD, NEW);
            bot.api.pushText(502, "/reload");
            assertEquals("모르는 명령이에요. /help 를 보세요.", bot.api.takeDelivered("sendMessage", 502).text());
            bot.api.pushText(502, QUESTION);
            assertTrue(bot.api.takeDelivered("sendMessage", 502).text().contains(OLD));
        }
    }

    @Test
    void under_traffic_a_reload_loses_no_message_and_each_answer_is_wholly_old_or_new() throws Exception {
        try (OperatedBot bot = OperatedBot.start(dir, Map.of())) {
            List<Pushed> before = new ArrayList<>();
            Thread traffic = new Thread(() -> {
                for (int chat = 1000; chat < 1060; chat++) {
                    before.add(bot.api.pushText(chat, QUESTION));
                    sleep(10);
                }
            });
            traffic.start();
            sleep(150);
            bot.edit("entries/a-stages.yaml", OLD, NEW);
            bot.api.pushText(OperatedBot.ADMIN_CHAT, "/reload");
            String reloaded = bot.api.take("sendMessage", c -> c.chatId() == OperatedBot.ADMIN_CHAT, WAIT).text();
            assertTrue(reloaded.matches("Knowledge reloaded: 3 entries \\(was 3\\) in \\d+ ms"), reloaded);
            traffic.join();
            for (int chat = 2000; chat < 2005; chat++) {
                bot.api.pushText(chat, QUESTION);
            }

            Map<Long, List<String>> replies = new HashMap<>();
            for (int i = 0; i < 65; i++) {
                ApiCall call = bot.api.take("sendMessage", c -> c.chatId() != OperatedBot.ADMIN_CHAT, WAIT);
                replies.computeIfAbsent(call.chatId(), k -> new ArrayList<>()).add(call.text());
            }
            int old = 0;
            int fresh = 0;
            for (long chat = 1000; chat < 1060; chat++) {
                List<String> texts = replies.get(chat);
                assertEquals(1, texts == null ? 0 : texts.size(), "replies to chat " + chat);
                boolean isOld = texts.get(0).contains(OLD);
                boolean isNew = texts.get(0).contains(NEW);
                assertTrue(isOld != isNew, texts.get(0));
                old += isOld ? 1 : 0;
                fresh += isNew ? 1 : 0;
            }
            for (long chat = 2000; chat < 2005; chat++) {
                assertEquals(1, replies.get(chat).size());
                assertTrue(replies.get(chat).get(0).contains(NEW), replies.get(chat).get(0));
            }
            assertTrue(old > 0, "some answers came before the swap");
            assertEquals(60, old + fresh);
        }
    }

    @Test
    void a_broken_reload_is_refused_in_the_admin_chat_and_the_old_knowledge_keeps_serving() throws Exception {
        try (OperatedBot bot = OperatedBot.start(dir, Map.of())) {
            bot.edit("entries/a-stages.yaml", "    post: interview-story\n    section: \"3차 면접\"",
                    "    post: no-such-post\n    section: \"3차 면접\"");
            bot.edit("entries/a-stages.yaml", OLD, NEW);
            bot.api.pushText(OperatedBot.ADMIN_CHAT, "/reload");
            String refused = bot.api.takeDelivered("sendMessage", OperatedBot.ADMIN_CHAT).text();
            assertTrue(refused.startsWith("Knowledge reload refused; the previous knowledge keeps serving.\n"), refused);
            assertTrue(refused.contains("entries/a-stages.yaml:") && refused.contains("entry 'loop-interview'")
                    && refused.contains("no-such-post"), refused);
            bot.api.pushText(503, QUESTION);
            assertTrue(bot.api.takeDelivered("sendMessage", 503).text().contains(OLD));
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
