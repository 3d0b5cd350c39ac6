package com.awshiringbot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.awshiringbot.knowledge.KnowledgeBase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LeaveOneOutTest {

    @Test
    void eachRoundLeavesOutOneQuestionPerEntryAndLanguageAndAsksIt() {
        List<KnowledgeBase> built = Collections.synchronizedList(new ArrayList<>());
        LeaveOneOutFigures figures = LeaveOneOut.run(Fixtures.KNOWLEDGE, kb -> {
            built.add(kb);
            return new OverlapAnswerer(kb);
        });

        // The longest list has three questions: three index builds, one per round (in any order: they run in parallel).
        assertEquals(3, figures.rounds());
        assertEquals(Set.of(
                "[루프 면접은 어떻게 진행돼요?] [야근이 많나요?, 휴가는 자유롭게 쓰나요?] [What is the STAR method?]",
                "[루프 면접이 뭐예요?] [워라밸은 어때요?, 휴가는 자유롭게 쓰나요?] [What is the STAR method?]",
                "[루프 면접이 뭐예요?, 루프 면접은 어떻게 진행돼요?] [워라밸은 어때요?, 야근이 많나요?] [What is the STAR method?]"),
                built.stream().map(kb -> kb.entry("loop-interview").orElseThrow().questions().ko() + " "
                        + kb.entry("work-life-balance").orElseThrow().questions().ko() + " "
                        + kb.entry("star-method").orElseThrow().questions().en()).collect(Collectors.toSet()));
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

    @Test
    void theShippedEntriesOwnQuestionsStillFindTheirEntryWhenLeftOut() throws Exception {
        LeaveOneOutFigures figures = LeaveOneOut.run(Shipped.knowledge(), Shipped.engines()::create);
        List<String> failures = Shipped.failures(null, null, figures);
        assertEquals(List.of(), failures, () -> Shipped.explain(failures, "left out and not answered", figures.misses()));
    }
}
