package com.awshiringbot.retrieval;

import static com.awshiringbot.retrieval.AnalysisAssertions.assertAnalyzesTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class AnalyzersTest {
    /** Built once: Nori's dictionary is slow to load. */
    private static final Analyzers PLAIN = Analyzers.create("", "", AnalysisOptions.defaults());
    private static final Analyzers DOMAIN = Analyzers.create(
            "# domain words\n워라밸\n워라벨\n리더십\n리더쉽\n프린시플\n질의응답\n",
            "워라밸, 워라벨, work-life balance\nLP, 리더십 원칙, leadership principles\n리쿠르터, 리크루터, recruiter\n",
            AnalysisOptions.defaults());

    private static Analyzer korean(Analyzers analyzers) {
        return analyzers.query(Field.KOREAN);
    }

    @Test
    void noriKeepsTheTopicWordsOfAnInformalQuestionAndDropsEndings() {
        assertAnalyzesTo(korean(PLAIN), "루프면접 머임", "루프", "면접");
        assertAnalyzesTo(korean(PLAIN), "면접몇번봐요", "면접", "번", "보");
        assertAnalyzesTo(korean(PLAIN), "영어못하면 탈락임?", "영어", "못", "하", "탈락");
    }

    @Test
    void withoutTheUserDictionaryNoriSplitsSlangAndMisspellingsApart() {
        assertAnalyzesTo(korean(PLAIN), "워라벨어때", "벨", "어떻");
        assertAnalyzesTo(korean(PLAIN), "리더쉽 프린시플", "리더", "쉽", "프린", "시", "플");
    }

    @Test
    void theUserDictionaryKeepsDomainWordsWholeAndSynonymsAddTheirEquivalents() {
        assertAnalyzesTo(korean(DOMAIN), "워라벨어때", "워라밸", "work", "워라벨", "life", "balance", "어떻");
        assertAnalyzesTo(DOMAIN.index(Field.KOREAN), "워라밸 좋아요?", "워라밸", "좋");
        assertAnalyzesTo(korean(DOMAIN), "리더쉽 프린시플", "리더쉽", "프린시플");
        assertAnalyzesTo(korean(DOMAIN), "LP 질문 예시", "리더십", "leadership", "lp", "원칙", "principles", "질문", "예시");
    }

    @Test
    void bigramsSurviveMissingSpacesAndMisspelledSyllables() {
        Analyzer bigrams = PLAIN.query(Field.BIGRAM);
        assertAnalyzesTo(bigrams, "루프면접 머임", "루프", "프면", "면접", "접머", "머임");
        assertAnalyzesTo(bigrams, "루프 면접 머임", "루프", "프면", "면접", "접머", "머임");
        assertAnalyzesTo(bigrams, "면접몇번봐요", "면접", "접몇", "몇번", "번봐", "봐요");
        assertAnalyzesTo(bigrams, "리더쉽 프린시플", "리더", "더쉽", "쉽프", "프린", "린시", "시플");
        assertAnalyzesTo(bigrams, "워라벨어때", "워라", "라벨", "벨어", "어때");
    }

    @Test
    void latinAndHangulAreSplitAtTheScriptBoundary() {
        assertAnalyzesTo(PLAIN.query(Field.BIGRAM), "aws면접", "aws", "면접");
        assertAnalyzesTo(korean(PLAIN), "aws면접", "aws", "면접");
        assertAnalyzesTo(PLAIN.query(Field.ENGLISH), "LP가 뭐임", "lp", "가", "뭐임");
    }

    @Test
    void bigramsCanKeepHangulWordsApartWhenAsked() {
        Analyzers spaced = Analyzers.create("", "", AnalysisOptions.defaults().withJoinHangulWords(false));
        assertAnalyzesTo(spaced.query(Field.BIGRAM), "루프 면접 머임", "루프", "면접", "머임");
    }

    @Test
    void englishDropsQuestionWordsAndStems() {
        Analyzer english = PLAIN.query(Field.ENGLISH);
        assertAnalyzesTo(english, "How many interview rounds are there?", "mani", "interview", "round");
        assertAnalyzesTo(english, "What is the loop interview?", "loop", "interview");
        assertAnalyzesTo(english, "I've got my loop and I'd like tips, you're the bot", "loop", "tip", "bot");
        assertAnalyzesTo(english, "what are you not able to answer", "not", "abl", "answer");
        assertAnalyzesTo(english, "kindly share the loop lah", "share", "loop");
        assertAnalyzesTo(DOMAIN.query(Field.ENGLISH), "Who is the recruiter's contact?",
                "who", "리쿠르터", "리크루터", "recruit", "contact");
    }

    @Test
    void luceneQuerySyntaxIsJustTextAndItsEnglishStopWordsAreDropped() {
        assertAnalyzesTo(korean(PLAIN), "*:* OR title:[a TO z]", "title", "z");
        assertAnalyzesTo(PLAIN.query(Field.ENGLISH), "*:* OR title:[a TO z]", "titl", "z");
    }

    @Test
    void emojiAndLaughterAnalyseToNothing() {
        for (Field field : Field.values()) {
            assertEquals(List.of(), PLAIN.terms(field, "😀👍🏽 ㅋㅋㅋㅋ ㅠㅠ"), field.name());
        }
    }

    @Test
    void aSynonymWithAParticleInsideStillApplies() {
        Analyzers analyzers = Analyzers.create("", "여성의 날, women's day\n", AnalysisOptions.defaults());
        assertEquals(List.of(), analyzers.skippedSynonyms());
        assertAnalyzesTo(analyzers.query(Field.KOREAN), "여성의날 행사", "women", "여성", "day", "날", "행사");
    }

    @Test
    void synonymWordsAFieldDropsEntirelyAreReportedAndTheRestOfTheGroupApplies() {
        Analyzers analyzers = Analyzers.create("", "면접, 뭐, interview\n", AnalysisOptions.defaults());
        assertEquals(List.of("ko: 뭐 (line 1)"), analyzers.skippedSynonyms());
        assertAnalyzesTo(analyzers.query(Field.KOREAN), "면접", "interview", "면접");
    }

    @Test
    void aSynonymWordReadAsAShorterCommonWordIsReportedUntilTheUserDictionaryKeepsItWhole() {
        String synonyms = "# speaking\n스피킹, 말하기, speaking\n헷갈리다, 혼동\n";
        assertEquals(List.of("synonyms.txt line 2: '말하기' is read as '말' alone, so its group applies to every '말'; "
                + "add '말하기' to userdict.txt to keep it whole"),
                Analyzers.create("", synonyms, AnalysisOptions.defaults()).shrunkSynonyms());
        assertEquals(List.of(), Analyzers.create("말하기", synonyms, AnalysisOptions.defaults()).shrunkSynonyms());
    }

    @Test
    void aUserDictionaryEntryNoriRejectsNamesTheFile() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Analyzers.create("루프 루프면접\n", "", AnalysisOptions.defaults()));
        assertTrue(e.getMessage().startsWith("userdict.txt: "), e.getMessage());
    }

    @Test
    void negationsAndQuestionWordsSurviveTheStopTags() {
        assertAnalyzesTo(korean(PLAIN), "영어 못해도 돼요", "영어", "못", "하", "되");
        assertAnalyzesTo(korean(PLAIN), "2차는 기술질문 안나와요?", "2", "차", "기술", "질문", "안", "나오");
        assertAnalyzesTo(korean(PLAIN), "컨퍼런스 언제 했어요", "컨퍼런스", "언제", "하");
        assertAnalyzesTo(korean(PLAIN), "루프 면접 왜 어려워요", "루프", "면접", "왜", "어렵");
        assertAnalyzesTo(PLAIN.query(Field.ENGLISH), "When and where was the conference?", "when", "where", "confer");
    }

    @Test
    void ordinalsAreJoinedSoTheUserDictionaryKeepsThemWhole() {
        assertAnalyzesTo(korean(PLAIN), "두번째 면접", "번", "면접");
        Analyzers ordinals = Analyzers.create("두번째\n", "두번째, 2차\n", AnalysisOptions.defaults());
        assertAnalyzesTo(ordinals.index(Field.KOREAN), "두번째 면접", "두번째", "면접");
        assertAnalyzesTo(ordinals.index(Field.KOREAN), "두 번째 면접", "두번째", "면접");
        assertAnalyzesTo(ordinals.query(Field.KOREAN), "두 번 째 면접은 누구랑", "2", "두번째", "차", "면접", "누구");
    }

    @Test
    void aLatinUserDictionaryWordIsFoundWhateverItsCase() {
        Analyzers joined = Analyzers.create("earntrust earn trust\n", "", AnalysisOptions.defaults());
        assertAnalyzesTo(joined.index(Field.KOREAN), "earntrust원칙", "earn", "trust", "원칙");
        assertAnalyzesTo(joined.index(Field.KOREAN), "EarnTrust원칙", "earn", "trust", "원칙");
        assertAnalyzesTo(joined.query(Field.KOREAN), "EARNTRUST 원칙", "earn", "trust", "원칙");
        assertAnalyzesTo(korean(PLAIN), "STAR의 A", "star", "a");
    }

    @Test
    void aMisspelledWordFallsApartUnderNori() {
        assertAnalyzesTo(korean(PLAIN), "메니저 면접", "메", "면접");
        assertAnalyzesTo(korean(PLAIN), "매니저 면접", "매니저", "면접");
        assertAnalyzesTo(korean(PLAIN), "앤지니어", "애", "지니");
    }

    @Test
    void theLettersOfStarSurviveButTheArticleDoesNot() {
        assertAnalyzesTo(PLAIN.query(Field.ENGLISH), "What does the A in STAR mean?", "a", "star", "mean");
        assertAnalyzesTo(PLAIN.query(Field.ENGLISH), "What does the S in STAR mean?", "s", "star", "mean");
        assertAnalyzesTo(PLAIN.query(Field.ENGLISH), "is it a good place", "good", "place");
        assertAnalyzesTo(korean(PLAIN), "STAR에서 A 행동은 뭐예요?", "star", "a", "행동");
        assertAnalyzesTo(korean(PLAIN), "T 단계 과제", "t", "단계", "과제");
    }
}
