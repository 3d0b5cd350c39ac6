package com.awshiringbot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class VowelRepairTest {
    private static final Analyzers ANALYZERS = Analyzers.create("", "", AnalysisOptions.defaults());
    private static final Set<String> KNOWN = Set.of("매니저", "면접", "채용", "절차", "엔지니어", "lp", "경험", "애", "지니");
    private static final VowelRepair REPAIR = new VowelRepair(ANALYZERS, KNOWN::contains);

    @Test
    void aWordNoriBreaksIsRespelledWithTheOtherVowel() {
        assertEquals("매니저 면접 질문", REPAIR.repair("메니저 면접 질문"));
        assertEquals("채용 절차", REPAIR.repair("체용 절차"));
    }

    @Test
    void aRespellingThatKeepsTheWordWholeBeatsKnownScraps() {
        // 앤지니어 is 애 + 지니 to Nori, both known words; 엔지니어 stays one
        assertEquals("엔지니어 면접", REPAIR.repair("앤지니어 면접"));
    }

    @Test
    void wellSpelledWordsAndParticlesAreLeftAlone() {
        assertEquals("매니저에게 면접 경험", REPAIR.repair("매니저에게 면접 경험"));
        assertEquals("lp에 경험", REPAIR.repair("lp에 경험"));
    }

    @Test
    void aWordTheKnowledgeNeverUsesIsLeftAsTyped() {
        assertEquals("세금 얼마 내요", REPAIR.repair("세금 얼마 내요"));
        assertEquals("연봉", REPAIR.repair("연봉"));
    }
}
