package com.awshiringbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.awshiringbot.answer.AnswerEngine;
import com.awshiringbot.telegram.botapi.ApiCall;
import com.awshiringbot.telegram.botapi.LocalBotApi;
import com.awshiringbot.telegram.botapi.Pushed;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What users see, end to end: the real core over the test knowledge, the real bot and the telegrambots client, against
 * the local Bot API server.
 */
class TelegramBotTest {

    private static final long USER = 501;
    private final AnswerEngine core = TestKnowledge.engine();
    private final BotHarness harness = new BotHarness();
    private final LocalBotApi api = harness.api;

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void aQuestionIsAnsweredWithItsSourceRelatedQuestionsAndVoteButtons() throws Exception {
        List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
        harness.seams = harness.seams.withQuestions((chat, reply) -> asked.add(chat + ":" + reply.question()));
        harness.start(core);
        Pushed question = api.pushText(USER, "루프 면접이 뭐예요?");
        ApiCall sent = api.takeDelivered("sendMessage");
        assertEquals(USER, sent.chatId());
        assertEquals("HTML", sent.param("parse_mode"));
        assertEquals("<b>루프 면접이 뭐예요?</b>\n하루에 여러 명과 연달아 보는 면접이에요.\n\n"
                + "<i>출처: AWS Cloud Support Engineer 면접 후기 — Q&amp;A loop-interview</i>", sent.text());
        assertEquals(List.of("STAR 답변이 뭐예요?", "👍 도움이 됐어요", "👎 아쉬워요"), sent.buttonTexts());
        assertEquals(List.of("e:star-method", "v:loop-interview:1", "v:loop-interview:0"), sent.callbackData());
        harness.journal.awaitDone(question.updateId());
        assertEquals(List.of(USER + ":루프 면접이 뭐예요?"), asked);
    }

    @Test
    void startGreetsInKoreanWithTheMenu() throws Exception {
        harness.start(core);
        api.pushText(USER, "/start");
        ApiCall sent = api.takeDelivered("sendMessage");
        assertEquals(Html.escape(Messages.greeting(com.awshiringbot.knowledge.Language.KO)), sent.text());
        assertTrue(sent.text().startsWith("안녕하세요!"), sent.text());
        assertEquals(List.of("면접 단계", "자주 묻는 질문", "문화·복지", "리더십 원칙"), sent.buttonTexts());
        assertEquals(List.of("m:stages", "m:faq", "m:culture", "m:lp"), sent.callbackData());
    }

    @Test
    void startGreetsAnEnglishUserInEnglish() throws Exception {
        harness.start(core);
        api.pushText(USER, "en-US", "/start");
        ApiCall sent = api.takeDelivered("sendMessage");
        assertTrue(sent.text().startsWith("Hi! I answer questions about getting hired at AWS"), sent.text());
        assertEquals(List.of("Interview stages", "FAQ", "Culture & benefits", "Leadership Principles"),
                sent.buttonTexts());
    }

    @Test
    void aMenuButtonSendsItsList() throws Exception {
        harness.start(core);
        api.pushText(USER, "/start");
        ApiCall greeting = api.takeDelivered("sendMessage");
        api.pushCallback(USER, USER, messageId(greeting), "m:culture");
        assertEquals("true", String.valueOf(api.takeDelivered("answerCallbackQuery").succeeded()));
        ApiCall list = api.takeDelivered("sendMessage");
        assertEquals("<b>문화·복지</b>\n질문을 누르면 답이 열려요.", list.text());
        assertEquals(List.of("e:culture-wlb"), list.callbackData());
    }

    @Test
    void theStagesAreWalkedWithButtonsEditingOneMessageInPlace() throws Exception {
        harness.start(core);
        api.pushText(USER, "/stages");
        ApiCall list = api.takeDelivered("sendMessage");
        assertEquals("<b>면접 단계</b>\n단계를 누르면 설명이 열려요.", list.text());
        assertEquals(List.of("1. 지원은 어떻게 하나요?", "2. 전화 면접은 어떤가요?", "3. 루프 면접이 뭐예요?"), list.buttonTexts());
        assertEquals(List.of("s:stage-apply", "s:stage-phone", "s:loop-interview"), list.callbackData());
        int messageId = messageId(list);

        api.pushCallback(USER, USER, messageId, "s:stage-apply");
        api.takeDelivered("answerCallbackQuery");
        ApiCall first = api.takeDelivered("editMessageText");
        assertEquals(String.valueOf(messageId), first.param("message_id"));
        assertTrue(first.text().startsWith("<b>면접 단계 1/3 · 지원은 어떻게 하나요?</b>\n채용 페이지에서 지원서를 내요."), first.text());
        assertEquals(List.of("s:stage-phone", "p:stages:0", "v:stage-apply:1", "v:stage-apply:0"), first.callbackData());

        api.pushCallback(USER, USER, messageId, "s:stage-phone");
        api.takeDelivered("answerCallbackQuery");
        ApiCall second = api.takeDelivered("editMessageText");
        assertEquals(List.of("◀ 이전", "다음 ▶", "☰ 단계 목록", "👍 도움이 됐어요", "👎 아쉬워요"), second.buttonTexts());
        assertEquals(List.of("s:stage-apply", "s:loop-interview", "p:stages:0", "v:stage-phone:1", "v:stage-phone:0"),
                second.callbackData());

        api.pushCallback(USER, USER, messageId, "s:loop-interview");
        api.takeDelivered("answerCallbackQuery");
        ApiCall last = api.takeDelivered("editMessageText");
        assertEquals(List.of("s:stage-phone", "p:stages:0", "v:loop-interview:1", "v:loop-interview:0"), last.callbackData());
        assertTrue(api.message(USER, messageId).get("text").asText().startsWith("면접 단계 3/3 · 루프 면접이 뭐예요?"));
        assertEquals(1, api.calls("sendMessage").size(), "walking the stages sends no new message");
    }

    @Test
    void theFaqIsPagedInPlace() throws Exception {
        harness.start(core);
        api.pushText(USER, "/faq");
        ApiCall first = api.takeDelivered("sendMessage");
        assertEquals("<b>자주 묻는 질문</b> (1/2쪽)\n질문을 누르면 답이 열려요.", first.text());
        assertEquals(List.of("e:faq-1", "e:faq-2", "e:faq-3", "e:faq-4", "e:faq-5", "e:faq-6", "x", "p:faq:1"), first.callbackData());
        api.pushCallback(USER, USER, messageId(first), "p:faq:1");
        api.takeDelivered("answerCallbackQuery");
        ApiCall second = api.takeDelivered("editMessageText");
        assertEquals("<b>자주 묻는 질문</b> (2/2쪽)\n질문을 누르면 답이 열려요.", second.text());
        assertEquals(List.of("e:faq-7", "e:faq-8", "p:faq:0", "x"), second.callbackData());
        assertEquals(List.of("자주 묻는 질문 7번 경력?", "자주 묻는 질문 8번 온보딩?", "◀", "2/2"), second.buttonTexts());
    }

    @Test
    void anEntryButtonOpensItsAnswerAsANewMessage() throws Exception {
        harness.start(core);
        // Both stages match "면접" equally: the core cannot choose, so it offers both.
        api.pushText(USER, "면접");
        ApiCall choices = api.takeDelivered("sendMessage");
        assertTrue(choices.text().startsWith("어떤 질문인지 확실하지 않아요. 혹시 이 중 하나인가요?\n"), choices.text());
        assertEquals(java.util.Set.of("e:stage-phone", "e:loop-interview"), java.util.Set.copyOf(choices.callbackData()));
        api.pushCallback(USER, USER, messageId(choices), "e:stage-phone");
        api.takeDelivered("answerCallbackQuery");
        ApiCall answer = api.takeDelivered("sendMessage");
        assertTrue(answer.text().startsWith("<b>전화 면접은 어떤가요?</b>\n30분쯤 기술 질문을 받아요."), answer.text());
    }

    @Test
    void aDeepLinkOpensItsEntry() throws Exception {
        harness.start(core);
        api.pushText(USER, "/start star-method");
        ApiCall sent = api.takeDelivered("sendMessage");
        assertTrue(sent.text().startsWith("<b>STAR 답변이 뭐예요?</b>\n상황, 과제, 행동, 결과 순서로 답해요."), sent.text());
        api.pushText(USER, "/start no-such-entry");
        assertTrue(api.takeDelivered("sendMessage").text().startsWith("안녕하세요!"));
    }

    @Test
    void aVoteIsRecordedOnceAndTheButtonsSayThanks() throws Exception {
        List<String> votes = new java.util.concurrent.CopyOnWriteArrayList<>();
        FeedbackSink memory = FeedbackSink.inMemory();
        harness.seams = harness.seams.withFeedback((chat, user, entry, helpful) -> {
            votes.add(chat + "/" + user + "/" + entry + "/" + helpful);
            return memory.record(chat, user, entry, helpful);
        });
        harness.start(core);
        api.pushText(USER, "워라밸은?");
        ApiCall answer = api.takeDelivered("sendMessage");
        api.pushCallback(USER, USER, messageId(answer), "v:culture-wlb:0");
        assertEquals("의견 고마워요! 🙏", api.takeDelivered("answerCallbackQuery").param("text"));
        ApiCall edited = api.takeDelivered("editMessageReplyMarkup");
        assertEquals(List.of("🙏 의견 고마워요"), edited.buttonTexts());
        assertEquals(List.of("x"), edited.callbackData());

        api.pushCallback(USER, USER, messageId(answer), "v:culture-wlb:1");
        assertEquals("이미 의견을 남기셨어요.", api.takeDelivered("answerCallbackQuery").param("text"));
        assertEquals(List.of(USER + "/" + USER + "/culture-wlb/false", USER + "/" + USER + "/culture-wlb/true"), votes);
    }

    @Test
    void everyCallbackIsAnsweredStaleAndUnknownIncluded() throws Exception {
        harness.start(core);
        Pushed junk = api.pushCallback(USER, USER, 77, "clicked the old button text");
        Pushed gone = api.pushCallback(USER, USER, 77, "e:entry-removed-since");
        Pushed noop = api.pushCallback(USER, USER, 77, "x");
        ApiCall first = api.takeDelivered("answerCallbackQuery");
        ApiCall second = api.takeDelivered("answerCallbackQuery");
        ApiCall third = api.takeDelivered("answerCallbackQuery");
        assertEquals(List.of(junk.queryId(), gone.queryId(), noop.queryId()),
                List.of(first.param("callback_query_id"), second.param("callback_query_id"), third.param("callback_query_id")));
        assertEquals(Messages.staleButton(com.awshiringbot.knowledge.Language.KO), first.param("text"));
        assertEquals(Messages.staleButton(com.awshiringbot.knowledge.Language.KO), second.param("text"));
        assertEquals(null, third.param("text"));
    }

    @Test
    void aStageTappedOnAMessageTooOldToEditOpensAsANewMessage() throws Exception {
        harness.start(core);
        api.pushCallback(USER, USER, 12345, "s:stage-phone");
        api.takeDelivered("answerCallbackQuery");
        ApiCall sent = api.takeDelivered("sendMessage");
        assertTrue(sent.text().startsWith("<b>면접 단계 2/3 · 전화 면접은 어떤가요?</b>"), sent.text());
    }

    @Test
    void helpAndAboutDescribeTheBotAndItsSources() throws Exception {
        harness.start(core);
        api.pushText(USER, "/help");
        assertTrue(api.takeDelivered("sendMessage").text().contains("@" + LocalBotApi.BOT_USERNAME));
        api.pushText(USER, "/about");
        ApiCall about = api.takeDelivered("sendMessage");
        assertEquals(Html.escape(Messages.aboutIntro(com.awshiringbot.knowledge.Language.KO)) + "\n\n"
                + "• AWS Cloud Support Engineer 면접 후기\n"
                + "• <a href=\"https://example.com/recap?a=1&amp;b=2\">[2020 컨퍼런스] AWS 엔지니어 컨퍼런스 2020 후기</a> (2020-03-05)\n\n"
                + "<i>" + Html.escape(Messages.aboutCaveat(com.awshiringbot.knowledge.Language.KO)) + "</i>", about.text());
    }

    @Test
    void theCommandListIsSetInKoreanAndEnglish() throws Exception {
        harness.start(core);
        assertEquals("[\"start\",\"stages\",\"faq\",\"about\",\"help\"]", commandNames(""));
        assertEquals("처음 화면과 메뉴", api.commands("").get(0).get("description").asText());
        assertEquals("Greeting and menu", api.commands("en").get(0).get("description").asText());
    }

    @Test
    void inlineModeOffersMatchingAnswersToShare() throws Exception {
        harness.start(core);
        api.pushInlineQuery(USER, "루프");
        ApiCall answered = api.takeDelivered("answerInlineQuery");
        var results = answered.json("results");
        assertEquals(1, results.size());
        assertEquals("loop-interview", results.get(0).get("id").asText());
        assertEquals("루프 면접이 뭐예요?", results.get(0).get("title").asText());
        assertTrue(results.get(0).at("/input_message_content/message_text").asText().startsWith("<b>루프 면접이 뭐예요?</b>"));
        assertEquals("https://t.me/" + LocalBotApi.BOT_USERNAME + "?start=loop-interview",
                results.get(0).at("/reply_markup/inline_keyboard/0/0/url").asText());
    }

    @Test
    void theRealCoreTakesHostileInputInStride() throws Exception {
        harness.start(core);
        String[] inputs = {"🙂🙂🙂", "title:(루프 AND \"면접\"~2) OR *:*^3 [a TO z] \\", "<script>alert('x')</script> & <b>",
            "\u0000\u200b\ufeff", "ㅋㅋㅋㅋ", "a".repeat(1000)};
        for (String input : inputs) {
            api.pushText(USER, input);
        }
        for (String input : inputs) {
            ApiCall sent = api.takeDelivered("sendMessage");
            assertTrue(sent.text().startsWith("죄송해요") || sent.text().startsWith("Sorry"), input + " -> " + sent.text());
        }
        assertEquals(inputs.length, api.calls("sendMessage").size(), "none refused by Telegram");
    }

    private String commandNames(String language) {
        List<String> names = new java.util.ArrayList<>();
        api.commands(language).forEach(c -> names.add("\"" + c.get("command").asText() + "\""));
        return "[" + String.join(",", names) + "]";
    }

    private static int messageId(ApiCall sent) {
        return sent.messageId();
    }
}
