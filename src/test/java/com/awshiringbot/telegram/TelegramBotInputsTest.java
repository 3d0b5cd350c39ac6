package com.awshiringbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.awshiringbot.knowledge.Language;
import com.awshiringbot.telegram.botapi.ApiCall;
import com.awshiringbot.telegram.botapi.LocalBotApi;
import com.awshiringbot.telegram.botapi.Pushed;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Odd and hostile input, other kinds of updates, and groups: the bot answers sensibly or stays silent. */
class TelegramBotInputsTest {

    private static final long USER = 601;
    private static final long GROUP = -7001;
    private final FakeCore core = new FakeCore();
    private final BotHarness harness = new BotHarness();
    private final LocalBotApi api = harness.api;

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void stickersPhotosVoiceAndDocumentsGetOnePoliteLine() throws Exception {
        harness.start(core);
        api.pushSticker(USER);
        api.pushPhoto(USER);
        api.pushVoice(USER);
        api.pushDocument(USER);
        for (int i = 0; i < 4; i++) {
            assertEquals("저는 글로 쓴 질문만 읽을 수 있어요. 궁금한 것을 문장으로 보내 주세요 🙂", api.takeDelivered("sendMessage").text());
        }
    }

    @Test
    void aTextOverTheLimitIsAskedToBeShorterNamingTheLimit() throws Exception {
        harness.start(core);
        core.asked.clear();
        api.pushText(USER, "루프".repeat(5_000));
        assertEquals("질문이 너무 길어요. 1,000자 이내로 짧게 물어봐 주세요.", api.takeDelivered("sendMessage").text());
        api.pushText(USER, "en", "loop ".repeat(2_000));
        assertEquals("That is too long for me. Please ask a shorter question (at most 1,000 characters).",
                api.takeDelivered("sendMessage").text());
        assertEquals(List.of(), core.asked, "an over-long text never reaches the core");
    }

    @Test
    void theLimitCountsCharactersNotUtf16Units() throws Exception {
        harness.start(core);
        api.pushText(USER, "루프" + "😀".repeat(998));
        assertTrue(api.takeDelivered("sendMessage").text().startsWith("<b>루프 면접이 뭐예요?</b>"));
        api.pushText(USER, "루프" + "😀".repeat(999));
        assertEquals("질문이 너무 길어요. 1,000자 이내로 짧게 물어봐 주세요.", api.takeDelivered("sendMessage").text());
    }

    @Test
    void emojiLuceneSyntaxAndHtmlAreAnsweredAndEscaped() throws Exception {
        harness.start(core);
        api.pushText(USER, "🙂🙂🙂");
        assertEquals("‘🙂🙂🙂’에 대해서는 잘 모르겠어요.", api.takeDelivered("sendMessage").text());
        api.pushText(USER, "title:(루프 AND \"면접\"~2) OR *:*^3 [a TO z] \\");
        assertTrue(api.takeDelivered("sendMessage").text().startsWith("<b>루프 면접이 뭐예요?</b>"));
        api.pushText(USER, "<script>alert('x')</script> & <b>");
        ApiCall escaped = api.takeDelivered("sendMessage");
        assertEquals("‘&lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;b&gt;’에 대해서는 잘 모르겠어요.", escaped.text());
        assertEquals("‘<script>alert('x')</script> & <b>’에 대해서는 잘 모르겠어요.",
                api.message(USER, escaped.messageId()).get("text").asText());
    }

    @Test
    void knowledgeTextIsEscapedToo() throws Exception {
        harness.start(core);
        api.pushText(USER, "워라밸 어때요");
        ApiCall sent = api.takeDelivered("sendMessage");
        assertTrue(sent.text().contains("팀마다 달라요. &lt;야근&gt;은 드물고 휴가 &amp; 유연근무를 쓸 수 있어요."), sent.text());
        assertTrue(api.message(USER, sent.messageId()).get("text").asText().contains(FakeCore.WLB_ANSWER_KO));
    }

    @Test
    void anOutOfScopeQuestionGetsAnHonestDontKnowWithTheMenu() throws Exception {
        harness.start(core);
        api.pushText(USER, "연봉은 얼마예요?");
        ApiCall sent = api.takeDelivered("sendMessage");
        assertEquals("‘연봉은 얼마예요?’에 대해서는 잘 모르겠어요.", sent.text());
        assertEquals(List.of("m:stages", "m:faq", "m:culture", "m:lp"), sent.callbackData());
    }

    @Test
    void editedMessagesChannelPostsServiceMessagesAndUnknownCommandsAreHandledQuietly() throws Exception {
        harness.start(core);
        Pushed edited = api.pushEditedText(USER, "루프 면접?");
        com.fasterxml.jackson.databind.node.ObjectNode pinned = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        pinned.put("message_id", 99).put("date", 1);
        pinned.putObject("chat").put("id", USER).put("type", "private");
        pinned.putObject("from").put("id", USER).put("is_bot", false).put("first_name", "U");
        pinned.putObject("pinned_message").put("message_id", 98).put("date", 0).putObject("chat").put("id", USER).put("type", "private");
        Pushed service = api.push("message", pinned);
        Pushed post = api.pushChannelPost(-100_555, "루프 면접?");
        api.pushText(USER, "/nosuchcommand");
        assertEquals(Messages.unknownCommand(Language.KO), api.takeDelivered("sendMessage").text());
        harness.journal.awaitDone(edited.updateId(), post.updateId(), service.updateId());
        assertEquals(1, api.calls("sendMessage").size());
    }

    @Test
    void inAGroupOnlyMentionsRepliesAndCommandsAreAnswered() throws Exception {
        harness.start(core);
        Pushed chatter = api.pushGroupText(GROUP, USER, "루프 면접 얘기 재밌네요");
        Pushed sticker = api.pushGroupSticker(GROUP, USER);
        Pushed otherBot = api.pushGroupText(GROUP, USER, "/start@some_other_bot");
        Pushed otherCommand = api.pushGroupText(GROUP, USER, "/weather");
        Pushed mention = api.pushGroupText(GROUP, USER, "@" + LocalBotApi.BOT_USERNAME + " 루프 면접이 뭐예요?");
        ApiCall answer = api.takeDelivered("sendMessage", GROUP);
        assertEquals(String.valueOf(mention.messageId()), answer.json("reply_parameters").path("message_id").asText());
        assertTrue(answer.text().startsWith("<b>루프 면접이 뭐예요?</b>"));
        harness.journal.awaitDone(chatter.updateId(), sticker.updateId(), otherBot.updateId(), otherCommand.updateId());
        assertEquals(1, api.calls("sendMessage").size(), "only the mention is answered");

        Pushed reply = api.pushGroupReply(GROUP, USER, "STAR는요?", answer.messageId());
        ApiCall second = api.takeDelivered("sendMessage", GROUP);
        assertEquals(String.valueOf(reply.messageId()), second.json("reply_parameters").path("message_id").asText());
        assertTrue(second.text().startsWith("<b>STAR 답변이 뭐예요?</b>"), second.text());

        api.pushGroupText(GROUP, USER, "/start@" + LocalBotApi.BOT_USERNAME);
        assertTrue(api.takeDelivered("sendMessage", GROUP).text().startsWith("안녕하세요!"));
    }

    @Test
    void aMentionAloneGetsTheHelp() throws Exception {
        harness.start(core);
        api.pushGroupText(GROUP, USER, "@" + LocalBotApi.BOT_USERNAME);
        assertEquals(Html.escape(Messages.help(Language.KO, LocalBotApi.BOT_USERNAME)), api.takeDelivered("sendMessage", GROUP).text());
    }

    @Test
    void adminCommandsGoToTheAdminSeamAndComeBackAsPlainText() throws Exception {
        harness.seams = harness.seams.withAdmin((chat, command, language) ->
                chat == USER && command.startsWith("/report") ? java.util.Optional.of("report <7 days> for " + command)
                        : java.util.Optional.empty());
        harness.start(core);
        api.pushText(USER, "/report 7");
        ApiCall report = api.takeDelivered("sendMessage");
        assertEquals("report <7 days> for /report 7", report.text());
        assertEquals(null, report.param("parse_mode"));
        api.pushText(USER + 1, "/report");
        assertEquals(Messages.unknownCommand(Language.KO), api.takeDelivered("sendMessage").text());
    }

    @Test
    void everyAnsweredQuestionIsLogged() throws Exception {
        List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        harness.seams = harness.seams.withQuestions((chat, reply) -> logged.add(chat + ":" + reply.outcome() + ":" + reply.question()));
        harness.start(core);
        api.pushText(USER, "연봉?");
        api.takeDelivered("sendMessage");
        api.pushText(USER, "/start");
        api.takeDelivered("sendMessage");
        Pushed last = api.pushText(USER, "면접?");
        api.takeDelivered("sendMessage");
        harness.journal.awaitDone(last.updateId());
        assertEquals(List.of(USER + ":DONT_KNOW:연봉?", USER + ":DID_YOU_MEAN:면접?"), logged);
    }
}
