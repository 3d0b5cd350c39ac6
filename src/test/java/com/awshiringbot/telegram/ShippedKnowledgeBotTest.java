package com.awshiringbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.awshiringbot.answer.AnswerEngine;
import com.awshiringbot.config.Settings;
import com.awshiringbot.knowledge.Entry;
import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.telegram.botapi.ApiCall;
import com.awshiringbot.telegram.botapi.LocalBotApi;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The shipped knowledge through the real bot: every entry opens as a message Telegram accepts (valid HTML, within
 * 4,096 characters, buttons within 64 bytes — the local server checks all three), and the real stages can be walked.
 */
class ShippedKnowledgeBotTest {

    private static AnswerEngine shipped;
    private final BotHarness harness = new BotHarness();
    private final LocalBotApi api = harness.api;

    @AfterEach
    void stop() {
        harness.close();
    }

    /** The real core over the shipped knowledge, built once (loading and indexing take seconds on a busy machine). */
    private static synchronized AnswerEngine shipped() throws Exception {
        if (shipped == null) {
            shipped = AnswerEngine.load(Settings.defaults());
        }
        return shipped;
    }

    @Test
    void everyShippedEntryOpensAsAMessageTelegramAccepts() throws Exception {
        AnswerEngine core = shipped();
        KnowledgeBase knowledge = core.knowledge();
        harness.start(core);
        List<Entry> entries = knowledge.entries();
        for (int i = 0; i < entries.size(); i++) {
            api.pushText(100_000 + i, i % 2 == 0 ? "ko" : "en", "/start " + entries.get(i).id());
        }
        for (int i = 0; i < entries.size(); i++) {
            ApiCall sent = api.takeDelivered("sendMessage", 100_000 + i);
            Entry entry = entries.get(i);
            assertTrue(sent.text().startsWith("<b>" + Html.escape(entry.title(i % 2 == 0
                    ? com.awshiringbot.knowledge.Language.KO : com.awshiringbot.knowledge.Language.EN)) + "</b>"), sent.text());
            assertTrue(sent.callbackData().contains("v:" + entry.id() + ":1"), entry.id());
        }
        assertEquals(entries.size(), api.calls("sendMessage").size(), "no message was refused");
    }

    @Test
    void theShippedStagesAreWalkedToTheEnd() throws Exception {
        AnswerEngine core = shipped();
        List<Entry> stages = core.knowledge().stages();
        harness.start(core);
        api.pushText(7, "/stages");
        ApiCall list = api.takeDelivered("sendMessage");
        assertEquals("s:" + stages.get(0).id(), list.callbackData().get(0));
        String next = list.callbackData().get(0);
        for (int i = 0; i < stages.size(); i++) {
            api.pushCallback(7, 7, list.messageId(), next);
            ApiCall edit = api.takeDelivered("editMessageText");
            assertTrue(edit.text().startsWith("<b>면접 단계 " + (i + 1) + "/" + stages.size() + " · "), edit.text());
            List<String> data = edit.callbackData();
            next = i + 1 < stages.size() ? "s:" + stages.get(i + 1).id() : null;
            assertEquals(next != null, data.contains(next), data.toString());
        }
        api.pushText(7, "/about");
        String about = api.takeDelivered("sendMessage").text();
        for (var source : core.knowledge().sources()) {
            assertTrue(about.contains(Html.escape(source.title())), source.id());
        }
    }

    @Test
    void aRealQuestionIsAnsweredFromTheShippedKnowledge() throws Exception {
        harness.start(shipped());
        api.pushText(7, "루프면접 머임");
        ApiCall sent = api.takeDelivered("sendMessage");
        assertTrue(sent.callbackData().contains("v:loop-interview:1"), sent.toString());
    }
}
