package com.awshiringbot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CoverageTest {
    private static final Analyzers ANALYZERS = Analyzers.create(
            "워라밸\n", "워라밸, 워라벨, work-life balance\n매니저, 팀장, manager\n", AnalysisOptions.defaults());
    /** Every term weighs the same and no least weight applies, so shares are plain counts. */
    private static final SearchOptions OPTIONS = SearchOptions.defaults().withCoverage(0.3, 0.5, 0.0);
    private static final Coverage.Idf FLAT = (field, term) -> 1.0;

    private static Coverage measure(Field field, String question, Set<String> questionTerms, Set<String> answerTerms) {
        List<Token> tokens = ANALYZERS.tokens(field, TextNormalizer.normalize(question));
        return Coverage.measure(tokens, questionTerms, answerTerms, FLAT, field, OPTIONS);
    }

    @Test
    void aMultiWordSynonymCountsOnlyWhenAllItsWordsAreThere() {
        assertEquals(0.0, measure(Field.KOREAN, "워라밸", Set.of("work"), Set.of()).share());
        assertEquals(0.0, measure(Field.KOREAN, "워라밸", Set.of("work", "life"), Set.of()).share());
        assertEquals(1.0, measure(Field.KOREAN, "워라밸", Set.of("work", "life", "balance"), Set.of()).share());
        assertEquals(1.0, measure(Field.KOREAN, "워라밸", Set.of("워라밸"), Set.of()).share());
    }

    @Test
    void aCompoundSynonymNeedsBothItsMorphemes() {
        // 팀장 is 팀 + 장 to Nori: an entry that only says 팀 (team) is not about the manager
        assertEquals(List.of("매니저"), measure(Field.KOREAN, "매니저", Set.of("팀"), Set.of()).missing());
        assertEquals(List.of(), measure(Field.KOREAN, "매니저", Set.of("팀", "장"), Set.of()).missing());
    }

    @Test
    void aMultiWordSynonymInTheAnswerEarnsTheAnswerCreditOnlyWhole() {
        assertEquals(0.0, measure(Field.KOREAN, "워라밸", Set.of(), Set.of("balance")).share());
        assertEquals(0.5, measure(Field.KOREAN, "워라밸", Set.of(), Set.of("work", "life", "balance")).share());
    }

    @Test
    void typedWordsInsideAMatchedSynonymPhraseCountAsFound() {
        Coverage coverage = measure(Field.ENGLISH, "work life balance", Set.of("워라밸"), Set.of());
        assertEquals(1.0, coverage.share());
        assertEquals(List.of(), coverage.missing());
    }

    @Test
    void aQuestionOfOnlyWeakWordsIsCoveredAtMostByTheVerbWeight() {
        // 이름 and ok name no topic: even an entry that has them covers such a question only partly
        assertEquals(0.3, measure(Field.KOREAN, "이름이 뭐야", Set.of("이름"), Set.of()).share(), 1e-9);
        assertEquals(0.3, measure(Field.ENGLISH, "ok", Set.of("ok"), Set.of()).share(), 1e-9);
    }

    @Test
    void oneTopicalWordMakesTheWholeShareCount() {
        assertEquals(1.0, measure(Field.KOREAN, "원칙 이름", Set.of("원칙", "이름"), Set.of()).share(), 1e-9);
        assertEquals(1 / 1.3, measure(Field.KOREAN, "원칙 이름", Set.of("원칙"), Set.of()).share(), 1e-9);
    }
}
