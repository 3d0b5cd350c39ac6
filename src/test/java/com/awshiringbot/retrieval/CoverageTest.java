package com.awshiringbot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CoverageTest {
    private static final Analyzers ANALYZERS = Analyzers.create(
            "워라밸\n", "워라밸, 워라벨, work-life balance\n매니저, 팀장, manager\n", AnalysisOptions.defaults());
    /** Every term weighs the same and no least weight applies, so shares are plain counts. */
    private static final SearchOptions OPTIONS = SearchOptions.defaults().withCoverage(0.3, 0.5, 0.0);
    private static final int ENTRY = 0;

    /** The coverage by one entry (number {@link #ENTRY}) with these question and answer terms; every idf is 1. */
    private static Coverage measure(Field field, String question, Set<String> questionTerms, Set<String> answerTerms) {
        List<Token> tokens = ANALYZERS.tokens(field, TextNormalizer.normalize(question));
        QueryTerms terms = QueryTerms.of(tokens, term -> new IndexedTerm(null, 1.0,
                theEntryIf(questionTerms.contains(term)), theEntryIf(answerTerms.contains(term)), -1));
        return Coverage.units(terms, field, OPTIONS).measure(ENTRY);
    }

    private static BitSet theEntryIf(boolean has) {
        BitSet entries = new BitSet();
        entries.set(ENTRY, has);
        return entries;
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
