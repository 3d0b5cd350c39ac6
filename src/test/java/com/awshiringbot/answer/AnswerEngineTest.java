package com.awshiringbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.awshiringbot.knowledge.Entry;
import com.awshiringbot.knowledge.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class AnswerEngineTest {
    /** Fixed bars, so that tuning config/bot.properties does not change what these tests mean. */
    private static final Thresholds BARS = new Thresholds(0.75, 0.45, 0.05, 0.3, 0.3, 3);
    private static final AnswerEngine ENGINE = AnswerEngine.create(TestKnowledge.create(), BARS);

    @Test
    void anInformalKoreanQuestionIsAnsweredInKoreanWithItsSource() {
        Reply reply = ENGINE.answer("루프면접 머임");
        assertEquals(Outcome.ANSWER, reply.outcome());
        assertEquals("loop-interview", reply.entry().id());
        assertEquals(Language.KO, reply.language());
        assertEquals("루프 면접은 여러 명과 연달아 보는 마지막 면접이에요.", reply.text());
        assertEquals("출처: AWS Cloud Support Engineer 면접 후기 — section of loop-interview", reply.source());
        assertEquals("루프면접 머임", reply.question());
        assertTrue(reply.answered());
    }

    @Test
    void aQuestionToldWithAStoryIsAnsweredByTheSentenceThatAsks() {
        String story = "루프면접 머임? 친구가 은행 대출 금리 얘기하다가 말하던데 도통 모르겠음";
        assertEquals(Outcome.DONT_KNOW, ENGINE.answer(story).outcome());

        AnswerEngine bySentence = ENGINE.withThresholds(BARS.withAskedSentenceConfidence(0.7));
        Reply reply = bySentence.answer(story);
        assertEquals(Outcome.ANSWER, reply.outcome());
        assertEquals("loop-interview", reply.entry().id());
        assertEquals(story, reply.question());
        assertEquals(Outcome.DONT_KNOW, bySentence.answer("연봉 얼마예요? 루프면접 머임?").outcome());
    }

    @Test
    void anEnglishQuestionIsAnsweredInEnglish() {
        Reply reply = ENGINE.answer("How many interview rounds are there?");
        assertEquals(Outcome.ANSWER, reply.outcome());
        assertEquals("hiring-process", reply.entry().id());
        assertEquals(Language.EN, reply.language());
        assertEquals("There are three interviews: technical, manager, and the loop.", reply.text());
        assertEquals("Source: AWS Cloud Support Engineer 면접 후기 — section of hiring-process", reply.source());
    }

    @Test
    void slangAndMissingSpacesStillFindTheEntry() {
        assertEquals("hiring-process", ENGINE.answer("면접몇번봐요").entry().id());
        assertEquals("work-life-balance", ENGINE.answer("워라벨어때").entry().id());
    }

    @Test
    void aQuestionOutsideTheKnowledgeGetsAnHonestDontKnowSayingWhatIsCovered() {
        Reply reply = ENGINE.answer("AWS 연봉 얼마야?");
        assertEquals(Outcome.DONT_KNOW, reply.outcome());
        assertNull(reply.entry());
        assertNull(reply.source());
        assertEquals("죄송해요, 그 질문은 제가 가진 자료에서 다루지 않아서 답할 수 없어요. 저는 「AWS Cloud Support Engineer 면접 후기」를 "
                + "바탕으로 AWS 취업에 관한 채용 절차, 면접 단계, 리더십 원칙, 영어, 회사 문화에 대해 답할 수 있어요.", reply.text());
        assertTrue(reply.choices().isEmpty());
    }

    @Test
    void anEnglishDontKnowIsInEnglish() {
        Reply reply = ENGINE.answer("How do I create an S3 bucket?");
        assertEquals(Outcome.DONT_KNOW, reply.outcome());
        assertEquals("Sorry, I don't know: the material I have does not cover that question. I can answer about "
                + "getting hired at AWS — the hiring process, each interview stage, the Leadership Principles, English at "
                + "work, culture — from \"AWS Cloud Support Engineer 면접 후기\".", reply.text());
    }

    @Test
    void aQuestionTwoEntriesMatchEquallyOffersBothAsChoices() {
        Reply reply = ENGINE.answer("면접은 어떻게 진행돼요?");
        assertEquals(Outcome.DID_YOU_MEAN, reply.outcome());
        assertEquals(List.of("technical-screen", "manager-interview"), ids(reply.choices()));
        assertEquals("어떤 질문인지 확실하지 않아요. 혹시 이 중 하나인가요?\n1. 1차 기술 면접은 어떻게 진행돼요?\n2. 2차 매니저 면접은 어떻게 진행돼요?",
                reply.text());
        assertNull(reply.entry());
    }

    @Test
    void aQuestionJustUnderTheAnswerBarOffersTheBestEntry() {
        Reply reply = ENGINE.answer("영어못하면 탈락임?");
        assertEquals(Outcome.DID_YOU_MEAN, reply.outcome());
        assertEquals("english-level", reply.choices().get(0).id());
        assertTrue(reply.score() >= BARS.suggest() && reply.score() < BARS.answer(), "score " + reply.score());
    }

    @Test
    void theLanguageIsKoreanWhenThereIsAnyHangulAndEnglishForLatinOnly() {
        assertEquals(Language.KO, ENGINE.answer("LP 꼭 외워야 돼요?").language());
        assertEquals(Language.EN, ENGINE.answer("What is the loop interview?").language());
        assertEquals(Language.KO, ENGINE.answer("12345").language());
        assertEquals(Language.KO, ENGINE.answer("").language());
    }

    @Test
    void badInputsNeverThrowAndAlwaysGetAReply() {
        List<String> inputs = List.of("", "   ", "\n\t", "가".repeat(10_000), "a".repeat(10_000),
                "면접 ".repeat(2_000), "*:* OR title:[a TO z]", "title:\"loop\"~2 AND -foo^10", "😀🎉👍🏽",
                "ㅋㅋㅋㅋㅋㅋ", "<script>alert('x')</script><b>면접</b>", "'; DROP TABLE users; --",
                "SELECT * FROM entries WHERE 1=1", "\u0000\uFFFF\uD800", "?!?!...", "12345");
        for (String input : inputs) {
            Reply reply = ENGINE.answer(input);
            assertNotNull(reply.text(), input);
            assertFalse(reply.text().isBlank(), input);
        }
        assertEquals(Outcome.DONT_KNOW, ENGINE.answer("*:* OR title:[a TO z]").outcome());
        assertEquals(Outcome.DONT_KNOW, ENGINE.answer("😀🎉👍🏽").outcome());
        assertEquals(Outcome.DONT_KNOW, ENGINE.answer("'; DROP TABLE users; --").outcome());
        assertEquals(Outcome.DONT_KNOW, ENGINE.answer(null).outcome());
    }

    @Test
    void openGivesAnEntrysAnswerInTheAskedLanguage() {
        Reply reply = ENGINE.open("loop-interview", Language.EN).orElseThrow();
        assertEquals(Outcome.ANSWER, reply.outcome());
        assertEquals("The loop is the final round of back-to-back interviews.", reply.text());
        assertEquals("What is the loop interview?", reply.question());
        assertEquals("Source: AWS Cloud Support Engineer 면접 후기 — section of loop-interview", reply.source());
        assertTrue(ENGINE.open("no-such-entry", Language.KO).isEmpty());
        assertTrue(ENGINE.open(null, Language.KO).isEmpty());
    }

    @Test
    void explainShowsTheRankedCandidatesAndTheirFeatures() {
        Decision decision = ENGINE.explain("면접은 어떻게 진행돼요?");
        assertEquals("technical-screen", decision.bestId());
        assertEquals("manager-interview", decision.secondId());
        assertTrue(decision.lead() < BARS.margin(), "lead " + decision.lead());
        assertEquals(1.0, decision.confidence(), 1e-9);
        assertEquals(Outcome.DID_YOU_MEAN, decision.outcome());
        assertEquals(Outcome.ANSWER, decision.outcomeUnder(BARS.withMargin(0)));
        assertEquals("1차 기술 면접은 어떻게 진행돼요?", decision.candidates().get(0).matchedQuestion());
    }

    @Test
    void otherThresholdsReuseTheIndex() {
        AnswerEngine strict = ENGINE.withThresholds(BARS.withAnswer(1.0).withSuggest(1.0));
        AnswerEngine lenient = ENGINE.withThresholds(new Thresholds(0.3, 0.2, 0.0, 0.3, 0.3, 3));
        assertEquals(Outcome.DONT_KNOW, strict.answer("영어못하면 탈락임?").outcome());
        assertEquals(Outcome.ANSWER, lenient.answer("영어못하면 탈락임?").outcome());
        assertEquals(Outcome.DID_YOU_MEAN, ENGINE.answer("영어못하면 탈락임?").outcome());
    }

    @Test
    void timingsOfEachStartUpStepAreReported() {
        CoreTimings timings = ENGINE.timings();
        assertTrue(timings.analyzerSetup().toNanos() > 0);
        assertTrue(timings.indexBuild().toNanos() > 0);
        assertEquals(timings.analyzerSetup().plus(timings.indexBuild()), timings.total());
    }

    @Test
    void manyThreadsGetTheSameRepliesAsOne() throws Exception {
        List<String> questions = List.of("루프면접 머임", "How many interview rounds are there?", "AWS 연봉 얼마야?",
                "면접은 어떻게 진행돼요?", "워라벨어때", "LP 꼭 외워야 돼요?");
        List<String> expected = questions.stream().map(q -> summary(ENGINE.answer(q))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String question = questions.get(i % questions.size());
                results.add(pool.submit(() -> summary(ENGINE.answer(question))));
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(expected.get(i % questions.size()), results.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }

    private static String summary(Reply reply) {
        return reply.outcome() + " " + (reply.entry() == null ? "-" : reply.entry().id()) + " " + ids(reply.choices())
                + " " + reply.score();
    }

    private static List<String> ids(List<Entry> entries) {
        return entries.stream().map(Entry::id).toList();
    }
}
