package com.awshiringbot.eval;

import static com.awshiringbot.eval.Fixtures.answer;
import static com.awshiringbot.eval.Fixtures.labelled;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.awshiringbot.eval.Variant.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VariantsTest {

    private static List<String> texts(String question) {
        return Variants.of(labelled(question, "loop-interview")).stream()
                .map(v -> v.kind() + ": " + v.question().question()).toList();
    }

    @Test
    void aKoreanQuestionLosesItsSpacesGetsAStraySpaceIsMisspelledAndMixed() {
        assertEquals(List.of(
                "NO_SPACES: 루프면접은어떻게진행돼요?",
                "SPLIT_WORD: 루프 면접은 어떻게 진행 돼요?",
                "MISSPELLING: 루프 면접은 어떻게 진행되요?",
                "MIXED_LANGUAGE: loop 면접은 어떻게 진행돼요?"), texts("루프 면접은 어떻게 진행돼요?"));
    }

    @Test
    void knownMisspellingsComeBeforeTheGenericVowelSwap() {
        assertEquals("워라벨 어때", Variants.misspell("워라밸 어때"));
        assertEquals("워라밸 좋아요?", Variants.misspell("워라벨 좋아요?"));
        assertEquals("리더쉽 원칙", Variants.misspell("리더십 원칙"));
        assertEquals("뭐에요", Variants.misspell("뭐예요"));
        assertEquals("합격하면 연봉 협상 돼나요", Variants.misspell("합격하면 연봉 협상 되나요"));
        assertEquals("레벨 몇으로 들어가요", Variants.misspell("래벨 몇으로 들어가요"));
        // ㅐ/ㅔ only inside a word, never its last syllable: 배 alone and 때 at the end stay.
        assertEquals("배 어때", Variants.misspell("배 어때"));
        assertEquals("면접 없음", Variants.misspell("면접 없음"));
    }

    @Test
    void theStraySpaceGoesInTheMiddleOfTheLongestWordOfThreeOrMoreSyllables() {
        assertEquals("루프 면접이 뭐임", Variants.splitLongestWord("루프면접이 뭐임"));
        assertEquals("AWS 면 접은", Variants.splitLongestWord("AWS 면접은"));
        assertEquals("면접 뭐", Variants.splitLongestWord("면접 뭐"));
    }

    @Test
    void mixesSwapKoreanAndEnglishTermsAtWordStartsOnly() {
        assertEquals(List.of("MIXED_LANGUAGE: LP 질문 예시"),
                texts("리더십 원칙 질문 예시").stream().filter(t -> t.startsWith("MIXED")).toList());
        assertEquals(List.of("MIXED_LANGUAGE: 리더십 원칙 몇 개?"),
                texts("LP 몇 개?").stream().filter(t -> t.startsWith("MIXED")).toList());
        assertEquals(List.of("MIXED_LANGUAGE: What is the 루프 interview?"), texts("What is the loop interview?"));
        assertEquals(List.of("MIXED_LANGUAGE: How do I use 스타?"), texts("How do I use star?"));
        // 스타트업 is a startup, not STAR; 아마존 is the next term that matches.
        assertEquals(List.of("MIXED_LANGUAGE: 스타트업에서 Amazon 가기"),
                texts("스타트업에서 아마존 가기").stream().filter(t -> t.startsWith("MIXED")).toList());
    }

    @Test
    void aQuestionWithNothingToVaryHasNoVariants() {
        assertEquals(List.of(), texts("Why?"));
        assertEquals(List.of(), texts("뭐"));
    }

    @Test
    void theRealEngineAnswersVariantsOfTheShippedQuestionsAboveTheirFloor() throws Exception {
        VariantFigures figures = VariantFigures.measure(Shipped.engine(), Shipped.set().questions());
        List<String> failures = Shipped.failures(null, figures, null);
        assertEquals(List.of(), failures, () -> Shipped.explain(failures, "variant misses", figures.misses()));
    }

    @Test
    void variantFiguresCountVariantsAnsweredWithTheirEntryPerKind() {
        ScriptedAnswerer answerer = new ScriptedAnswerer()
                .reply(answer("루프면접머임", "loop-interview", 0.9))
                .reply(answer("loop면접 머임", "work-life-balance", 0.5));
        VariantFigures figures = VariantFigures.measure(answerer, List.of(
                labelled("루프면접 머임", "loop-interview"), labelled("AWS 연봉 얼마야?", null)));

        assertEquals(Map.of(Kind.NO_SPACES, new Count(1, 1), Kind.SPLIT_WORD, new Count(0, 1),
                Kind.MISSPELLING, new Count(0, 0), Kind.MIXED_LANGUAGE, new Count(0, 1)), figures.byKind());
        assertEquals(List.of("루프면접머임", "루프 면접 머임", "loop면접 머임"), answerer.asked);
        assertEquals(List.of(
                "t.tsv:1 (space inside a word)  \"루프 면접 머임\"  expected loop-interview  got dont_know  score 0.000",
                "t.tsv:1 (Korean/English mix)  \"loop면접 머임\"  expected loop-interview  got work-life-balance  score 0.500"),
                figures.misses().stream().map(Miss::toString).toList());
        assertEquals(new Count(1, 3), figures.all());
    }
}
