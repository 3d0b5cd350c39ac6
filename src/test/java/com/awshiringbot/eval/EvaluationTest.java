package com.awshiringbot.eval;

import static com.awshiringbot.eval.Fixtures.answer;
import static com.awshiringbot.eval.Fixtures.didYouMean;
import static com.awshiringbot.eval.Fixtures.dontKnow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.awshiringbot.answer.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    private static LabelledQuestion q(String question, String expectedId, String part, int line) {
        return new LabelledQuestion(question, expectedId, part, part + ".tsv:" + line);
    }

    private final ScriptedAnswerer answerer = new ScriptedAnswerer()
            .reply(answer("루프면접 머임", "loop-interview", 0.9))
            .reply(answer("워라벨 어때", "loop-interview", 0.7))
            .reply(didYouMean("리더쉽 프린시플", 0.5, "star-method", "leadership-principles"))
            .reply(dontKnow("스타 기법?", 0.2))
            .reply(answer("What is the loop?", "loop-interview", 0.8))
            .reply(didYouMean("STAR?", 0.4, "loop-interview"))
            .reply(answer("AWS 연봉 얼마야?", "work-life-balance", 0.6))
            .reply(didYouMean("쿠팡 면접은?", 0.45, "loop-interview"))
            .reply(dontKnow("S3 버킷 만드는 법", 0.1));

    private final LabelledSet set = LabelledSet.of(List.of(
            q("루프면접 머임", "loop-interview", "tune", 1),
            q("워라벨 어때", "work-life-balance", "tune", 2),
            q("리더쉽 프린시플", "leadership-principles", "tune", 3),
            q("스타 기법?", "star-method", "tune", 4),
            q("What is the loop?", "loop-interview", "tune", 5),
            q("STAR?", "star-method", "tune", 6),
            q("AWS 연봉 얼마야?", null, "tune", 7),
            q("쿠팡 면접은?", null, "tune", 8),
            q("S3 버킷 만드는 법", null, "tune", 9),
            q("루프면접 머임", "loop-interview", "heldout", 1)));

    @Test
    void theFiguresOfAPartCountEachOutcomeByLanguageAndScope() {
        List<PartFigures> parts = Evaluation.run(answerer, set);

        assertEquals(2, parts.size());
        PartFigures tune = parts.get(0);
        assertEquals("tune", tune.part());
        assertEquals(new Count(1, 4), tune.koInScope());
        assertEquals(new Count(1, 2), tune.enInScope());
        assertEquals(new Count(2, 6), tune.inScope());
        assertEquals(new Count(2, 3), tune.refusals());
        assertEquals(1, tune.refusalsAsDidYouMean());
        assertEquals(new Count(2, 9), tune.wrongConfident());
        assertEquals(1, tune.didYouMeanOffered());
        assertEquals(9, tune.questions());

        PartFigures heldout = parts.get(1);
        assertEquals("heldout", heldout.part());
        assertEquals(new Count(1, 1), heldout.koInScope());
        assertEquals(new Count(0, 0), heldout.enInScope());
        assertEquals(List.of(), heldout.misses());
    }

    @Test
    void eachMissNamesTheQuestionTheExpectedAndTheGotEntryTheOutcomeAndTheScore() {
        List<Miss> misses = Evaluation.run(answerer, set).get(0).misses();

        assertEquals(List.of(
                "tune.tsv:2  \"워라벨 어때\"  expected work-life-balance  got loop-interview  score 0.700",
                "tune.tsv:3  \"리더쉽 프린시플\"  expected leadership-principles  got did_you_mean [star-method, leadership-principles]  score 0.500",
                "tune.tsv:4  \"스타 기법?\"  expected star-method  got dont_know  score 0.200",
                "tune.tsv:6  \"STAR?\"  expected star-method  got did_you_mean [loop-interview]  score 0.400",
                "tune.tsv:7  \"AWS 연봉 얼마야?\"  expected -  got work-life-balance  score 0.600"),
                misses.stream().map(Miss::toString).toList());
        Miss wrong = misses.get(0);
        assertEquals(Outcome.ANSWER, wrong.outcome());
        assertEquals("loop-interview", wrong.gotId());
        assertEquals(List.of("star-method", "leadership-principles"), misses.get(1).choices());
    }

    @Test
    void everyQuestionIsAskedOnceInOrder() {
        Evaluation.run(answerer, set);
        assertEquals(set.questions().stream().map(LabelledQuestion::question).toList(), answerer.asked);
    }

    @Test
    void aCountPrintsItsShareAndAnEmptyCountIsFullMarks() {
        assertEquals("66.7 % (2/3)", new Count(2, 3).toString());
        assertEquals("- (0/0)", new Count(0, 0).toString());
        assertEquals(1.0, new Count(0, 0).share());
    }
}
