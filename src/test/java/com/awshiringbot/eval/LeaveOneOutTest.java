package com.awshiringbot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.awshiringbot.knowledge.KnowledgeBase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeaveOneOutTest {

    @Test
    void eachRoundLeavesOutOneQuestionPerEntryAndLanguageAndAsksIt() {
        List<KnowledgeBase> built = new ArrayList<>();
        LeaveOneOutFigures figures = LeaveOneOut.run(Fixtures.KNOWLEDGE, kb -> {
            built.add(kb);
            return new OverlapAnswerer(kb);
        });

        // The longest list has three questions: three index builds.
        assertEquals(3, figures.rounds());
        assertEquals(3, built.size());
        // Round 0 removes the first question of every list longer than one; star-method keeps its only ones.
        assertEquals(List.of("루프 면접은 어떻게 진행돼요?"), built.get(0).entry("loop-interview").orElseThrow().questions().ko());
        assertEquals(List.of("What is the STAR method?"), built.get(0).entry("star-method").orElseThrow().questions().en());
        assertEquals(List.of("워라밸은 어때요?", "야근이 많나요?"),
                built.get(2).entry("work-life-balance").orElseThrow().questions().ko());
        // Left out: loop 2+2, work-life-balance 3+2, leadership-principles 2+0.
        assertEquals(11, figures.answered().total());
    }

    @Test
    void aLeftOutQuestionTakenByAnotherEntryIsReportedAsStolen() {
        KnowledgeBase knowledge = new KnowledgeBase(List.of(
                Fixtures.entry("wlb", List.of("워라밸 어때요"), List.of("work life balance", "work hours balance")),
                Fixtures.entry("loop", List.of("루프 면접 진행 방식", "루프 면접 몇 시간"), List.of("loop interview hours work")),
                Fixtures.entry("star", List.of("스타 기법 답변 예시", "루프 면접 답변 방식"), List.of("STAR answer example"))),
                Fixtures.KNOWLEDGE.sources(), "", "");

        LeaveOneOutFigures figures = LeaveOneOut.run(knowledge, OverlapAnswerer::new);

        assertEquals(2, figures.rounds());
        assertEquals(new Count(2, 6), figures.answered());
        // The did-you-mean that offers its own entry first still counts as retrieved.
        assertEquals(new Count(3, 6), figures.retrieved());
        String at = "knowledge/entries/test.yaml:1 entry ";
        assertEquals(List.of(
                at + "'loop' questions.ko[0]  \"루프 면접 진행 방식\"  expected loop  got star  score 3.000",
                at + "'star' questions.ko[0]  \"스타 기법 답변 예시\"  expected star  got dont_know  score 1.000",
                at + "'wlb' questions.en[1]  \"work hours balance\"  expected wlb  got did_you_mean [wlb, loop]  score 2.000",
                at + "'star' questions.ko[1]  \"루프 면접 답변 방식\"  expected star  got loop  score 3.000"),
                figures.misses().stream().map(Miss::toString).toList());
        assertEquals(List.of("loop<-star", "star<-loop"),
                figures.stolen().stream().map(m -> m.expectedId() + "<-" + m.gotId()).toList());
    }
}
