package com.awshiringbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.awshiringbot.config.Settings;
import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.knowledge.Language;
import com.awshiringbot.retrieval.SentenceVectors;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The core over the knowledge shipped in {@code knowledge/}, with the configured bars: the examples. */
class ShippedKnowledgeAnswersTest {
    private static AnswerEngine engine;

    @BeforeAll
    static void load() throws Exception {
        engine = AnswerEngine.load(Settings.defaults());
    }

    @Test
    void theLoopInterviewIsAnsweredInKorean() {
        Reply reply = engine.answer("루프면접 머임");
        assertEquals(Outcome.ANSWER, reply.outcome());
        assertEquals("loop-interview", reply.entry().id());
        assertEquals(Language.KO, reply.language());
        assertTrue(reply.source().startsWith("출처: "), reply.source());
    }

    @Test
    void theNumberOfRoundsIsAnsweredInEnglish() {
        Reply reply = engine.answer("How many interview rounds are there?");
        assertEquals(Outcome.ANSWER, reply.outcome());
        assertEquals("hiring-process", reply.entry().id());
        assertEquals(Language.EN, reply.language());
        assertTrue(reply.source().startsWith("Source: "), reply.source());
    }

    @Test
    void anEntrysOwnQuestionIsAnsweredByItEvenWhenTheAnalysisKeepsNoWordOfIt() {
        // every word of these is an English stop word; about-bot lists all three among its questions
        for (String question : new String[] {"What are you?", "HOW DOES THIS WORK", "what can you do"}) {
            Reply reply = engine.answer(question);
            assertEquals(Outcome.ANSWER, reply.outcome(), question);
            assertEquals("about-bot", reply.entry().id(), question);
            assertEquals(Language.EN, reply.language(), question);
        }
        assertEquals(Outcome.DONT_KNOW, engine.answer("What are you doing?").outcome());
    }

    @Test
    void anEnglishDidYouMeanIsAnsweredWhenTheSentenceModelAgrees() {
        String question = "what happens in the call with the recruiter";
        AnswerEngine lexical = engine.withSemantic(null);
        Reply asked = lexical.answer(question);
        assertEquals(Outcome.DID_YOU_MEAN, asked.outcome());
        assertEquals("recruiter-call", asked.choices().get(0).id());

        Reply reply = engine.answer(question);
        assertEquals(Outcome.ANSWER, reply.outcome());
        assertEquals("recruiter-call", reply.entry().id());
        assertEquals(Language.EN, reply.language());
        assertEquals("recruiter-call", engine.explain(question).confirmed());
    }

    @Test
    void anEnglishDontKnowWithSomeConfidenceIsAnsweredWhenTheSentenceModelAgrees() {
        String question = "what app do i need for the video interview, zoom or google meet";
        Reply asked = engine.withSemantic(null).answer(question);
        assertEquals(Outcome.DONT_KNOW, asked.outcome());

        Reply reply = engine.answer(question);
        assertEquals(Outcome.ANSWER, reply.outcome());
        assertEquals("amazon-chime", reply.entry().id());
        assertEquals(Language.EN, reply.language());
    }

    @Test
    void theSentenceModelNeitherAnswersAKoreanDidYouMeanNorADontKnowWithLittleConfidence() {
        AnswerEngine lexical = engine.withSemantic(null);
        assertEquals(Outcome.DID_YOU_MEAN, lexical.answer("aws 한국 직원 몇명이에요").outcome());
        assertEquals(Outcome.DID_YOU_MEAN, engine.answer("aws 한국 직원 몇명이에요").outcome());
        Decision google = engine.explain("how many rounds is the google interview");
        assertEquals(Outcome.DONT_KNOW, google.outcome());
        assertTrue(google.confidence() < Settings.defaults().decimal(SemanticCheck.CONFIDENCE), google::toString);
    }

    @Test
    void anEntryIsNotConfirmedForAQuestionNearerToOneTheKnowledgeDoesNotAnswer() {
        KnowledgeBase shipped = engine.knowledge();
        KnowledgeBase withoutThem = new KnowledgeBase(shipped.entries(), shipped.sources(), shipped.synonyms(),
                shipped.userDictionary(), shipped.spellings(), shipped.notCovered(), List.of());
        AnswerEngine unwarned = AnswerEngine.create(withoutThem, engine.thresholds())
                .withSemantic(SemanticCheck.over(withoutThem, new SentenceVectors(null), Settings.defaults()));

        for (String question : new String[] {"did i pass the loop interview i had on monday?",
                "how long does google take to reply after the interview"}) {
            assertEquals(Outcome.ANSWER, unwarned.answer(question).outcome(), question);
            assertEquals(Outcome.DONT_KNOW, engine.answer(question).outcome(), question);
        }
    }

    @Test
    void anAnswerUnderTheBarIsWithdrawnWhenItMeansWhatTheKnowledgeDoesNotAnswer() {
        AnswerEngine lexical = engine.withSemantic(null);
        // loop-interview has the words; not-covered-questions.txt has "had my loop yesterday, did i pass?"
        for (String question : new String[] {"i did my loop last monday and havent heard back, did i fail?",
                "Azure or AWS, which cloud is better for a career?"}) {
            Reply asked = lexical.answer(question);
            assertEquals(Outcome.ANSWER, asked.outcome(), question);
            assertTrue(asked.score() < Settings.defaults().decimal(SemanticCheck.WITHDRAW_BELOW), question);

            Decision decision = engine.explain(question);
            assertEquals(Outcome.DONT_KNOW, decision.outcome(), question);
            assertTrue(decision.withdrawn(), question);
        }
        Reply nervous = engine.answer("so nervous, my interview is next week. any advice?");
        assertEquals(Outcome.ANSWER, nervous.outcome());
        assertEquals("interview-mindset", nervous.entry().id());
        assertTrue(nervous.score() < Settings.defaults().decimal(SemanticCheck.WITHDRAW_BELOW));
    }

    @Test
    void salaryIsNotAnswered() {
        assertNotEquals(Outcome.ANSWER, engine.answer("AWS 연봉 얼마야?").outcome());
    }

    @Test
    void aQuestionThatNamesNoTopicIsNotAnswered() {
        for (String question : new String[] {"이름이 뭐야", "ok", "회사", "어떡해요"}) {
            assertNotEquals(Outcome.ANSWER, engine.answer(question).outcome(), question);
        }
    }

    @Test
    void informalFormsFindTheirEntries() {
        assertEquals("work-life-balance", engine.answer("워라벨어때").entry().id());
        assertEquals("leadership-principles", engine.answer("리더쉽 프린시플").entry().id());
        assertEquals("english-requirement", engine.answer("영어못하면 탈락임?").entry().id());
        assertEquals("hiring-process", engine.answer("면접몇번봐요").entry().id());
    }

    @Test
    void chatSpellingsTyposAndAnAgeDoNotHideTheTopic() {
        assertAnswered("loop-preparation", "루프 준비 어케함"); // 어케 = 어떻게 (knowledge/spellings.txt)
        assertAnswered("loop-nda", "can u share the actual loop questions");
        assertAnswered("loop-interview", "whats a loop intervew at amazon"); // one letter away from interview
        assertAnswered("faq-age", "im 42, am i too old to apply"); // a number the knowledge never uses
        assertAnswered("star-result", "R 파트엔 뭘 말해야되요"); // a capital R is STAR's, not "are"
        assertNotEquals(Outcome.ANSWER, engine.answer("naver interview").outcome()); // not read as "never"
    }

    @Test
    void anotherCompanysInterviewIsNotAnsweredWithAnEntryThatNeverMentionsIt() {
        // without knowledge/not-covered.txt, hiring-process covered all but one word of these
        for (String question : new String[] {"google interview process rounds", "구글 면접 몇 번 봐요",
                "meta interview process how many rounds"}) {
            assertNotEquals(Outcome.ANSWER, engine.answer(question).outcome(), question);
        }
        assertAnswered("hiring-process", "면접 몇 번 봐요");
        assertAnswered("aws-knowledge-needed", "GCP만 써봤는데 기술면접 괜찮아요?"); // the entry mentions GCP
    }

    @Test
    void ofTwoEntriesCoveringAShortQuestionTheOneWhoseWordingSaysNoMoreThanWasAskedIsAnswered() {
        // the second's closest question adds words the user never said: "Anything you can't help with?"
        assertAnswered("about-bot", "what can you help me with");
        assertAnswered("about-bot", "what can u answer");
        assertAnswered("star-method", "what's STAR");
    }

    @Test
    void aTopicTheKnowledgeLeavesOutIsNotAnsweredWithAnEntryThatNeverMentionsIt() {
        // without the topics of knowledge/not-covered.txt, each of these reached the far-ahead bars of an entry
        for (String question : new String[] {"whats the signing bonus like for new grads", "SAA 자격증 난이도",
                "how much is amazon stock today", "미국 지사로 옮기면 비자 스폰서 해줘요?", "서류 탈락하면 재지원 가능?"}) {
            assertNotEquals(Outcome.ANSWER, engine.answer(question).outcome(), question);
        }
        assertAnswered("bot-limits", "연봉이나 처우 같은 건 물어봐도 답 못 해줌?"); // its answer names 연봉 and 처우
    }

    @Test
    void englishPronounsAndFillersTheKnowledgeNeverUsesDoNotWeighLikeATopic() {
        assertAnswered("loop-interview", "what are they doing in the loop"); // doing is a stop word, like do
    }

    @Test
    void everydayEnglishWordingTheKnowledgeNeverUsesDoesNotWeighLikeATopic() {
        // without common-english-words.txt, each of these fell under the bars: wondering, properly, honestly weighed
        // like topics the knowledge lacks
        assertAnswered("star-method",
                "I was wondering whether someone could tell me what the STAR method is, roughly?");
        assertAnswered("lp-story-mapping",
                "Am I right in thinking I need a separate story for every single leadership principle?");
        assertAnswered("work-life-balance", "honestly wondering how the work life balance is at aws these days");
        assertAnswered("loop-interview", "I'd appreciate it if you could properly explain the loop interview");
        // a noun the knowledge never uses still makes a question out of scope
        for (String question : new String[] {"what is parking like at the seoul office",
                "roughly how much salary would an L5 get"}) {
            assertEquals(Outcome.DONT_KNOW, engine.answer(question).outcome(), question);
        }
    }

    private static void assertAnswered(String id, String question) {
        Reply reply = engine.answer(question);
        assertEquals(Outcome.ANSWER, reply.outcome(), reply.toString());
        assertEquals(id, reply.entry().id(), question);
    }

    @Test
    void aBareWordForTheInterviewsLeadsToTheWholeProcessNotToOneStage() {
        assertEquals("hiring-process", engine.answer("인터뷰").entry().id());
        assertEquals("hiring-process", engine.answer("interview").entry().id());
        // 면접 is one of hiring-process's own questions: answered by it, not offered among stages
        assertEquals("hiring-process", engine.answer("면접").entry().id());
        Reply bare = engine.answer("면접 봐요");
        assertNotEquals(Outcome.ANSWER, bare.outcome());
        assertTrue(bare.choices().stream().anyMatch(entry -> entry.id().equals("hiring-process")), bare.toString());
    }

    @Test
    void startUpStepsAreTimed() {
        assertTrue(engine.timings().knowledgeLoad().toNanos() > 0);
        assertEquals(engine.timings().knowledgeLoad().plus(engine.timings().analyzerSetup())
                .plus(engine.timings().indexBuild()), engine.timings().total());
    }
}
