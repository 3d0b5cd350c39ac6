package com.awshiringbot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SpacingRepairTest {
    private static final Analyzers ANALYZERS = Analyzers.create("리쿠르터\n", "", AnalysisOptions.defaults());
    private static final Set<String> KNOWN = Set.of(
            "리쿠르터", "통화", "면접", "인성", "홈페이지", "채용", "해외", "연수", "보내", "하", "못", "영어", "스토리",
            "전부", "누구", "보", "2", "차", "접", "르", "터", "리쿠", "홈", "페", "다섯", "명");
    private static final SpacingRepair REPAIR = new SpacingRepair(ANALYZERS, KNOWN::contains);

    @Test
    void aWordCutInTwoIsJoinedAgain() {
        assertEquals("리쿠르터 통화", REPAIR.repair("리쿠 르터 통화"));
        assertEquals("두번째 면접은 인성면접인가요", REPAIR.repair("두번째 면접은 인성면 접인가요"));
        assertEquals("채용 홈페이지", REPAIR.repair("채용 홈페 이지"));
        assertEquals("2차 면접 누구랑 봐요", REPAIR.repair("2차 면접 누 구랑 봐요"));
    }

    @Test
    void realPhrasesStayApart() {
        assertEquals("해외 연수 보내줘요", REPAIR.repair("해외 연수 보내줘요"));
        assertEquals("2차 면접 누구랑 봐요", REPAIR.repair("2차 면접 누구랑 봐요"));
        // joined, Nori would read 잘못 (a mistake) and drop it: 잘 못하는데 means "not good at"
        assertEquals("영어 잘 못하는데", REPAIR.repair("영어 잘 못하는데"));
        assertEquals("전부 스토리 있어야 돼요", REPAIR.repair("전부 스토리 있어야 돼요"));
    }

    @Test
    void aJoinNoriWouldReadAsOneUnknownWordIsNotMade() {
        assertEquals(java.util.List.of("페널다섯명"), ANALYZERS.indexTerms(Field.KOREAN, "페널다섯명"));
        assertEquals("페널 다섯명", REPAIR.repair("페널 다섯명"));
    }
}
