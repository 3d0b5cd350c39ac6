package com.awshiringbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.awshiringbot.answer.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionGrouperTest {
    @Test
    void normalising_removes_case_spaces_and_punctuation_and_composes_hangul() {
        assertEquals("루프면접이뭐예요", QuestionGrouper.normalise(" 루프 면접이 뭐예요?! "));
        // Decomposed jamo (as some keyboards send) compose to the same syllables.
        assertEquals("루프면접", QuestionGrouper.normalise("\u1105\u116e\u1111\u1173 \u1106\u1167\u11ab\u110c\u1165\u11b8"));
        assertEquals("whatisthesalary", QuestionGrouper.normalise("What is the SALARY?"));
        assertEquals("???", QuestionGrouper.normalise(" ??? "));
    }

    @Test
    void similarity_is_the_dice_coefficient_of_bigrams() {
        assertEquals(1.0, QuestionGrouper.similarity("abc", "abc"));
        assertEquals(0.0, QuestionGrouper.similarity("a", "b"));
        // 루프면접이뭐예요 / 루프면접이뭐에요: 5 of 7 bigrams shared.
        assertEquals(10.0 / 14, QuestionGrouper.similarity("루프면접이뭐예요", "루프면접이뭐에요"));
        // 연봉은얼마예요 / 복지는얼마예요: 얼마, 마예, 예요 shared of 6 each.
        assertEquals(0.5, QuestionGrouper.similarity("연봉은얼마예요", "복지는얼마예요"));
    }

    @Test
    void near_identical_questions_are_grouped_under_their_most_frequent_wording() {
        List<UnansweredQuestion> asked = new ArrayList<>();
        asked.add(q("연봉은 얼마예요?", Outcome.DONT_KNOW));
        asked.add(q("복지는 얼마예요?", Outcome.DONT_KNOW));
        asked.add(q("루프 면접이 뭐에요", Outcome.DID_YOU_MEAN, "loop"));
        asked.add(q("루프면접이 뭐예요?", Outcome.DID_YOU_MEAN, "loop"));
        asked.add(q("루프 면접이 뭐예요", Outcome.DONT_KNOW));
        asked.add(q("연봉은 얼마예요", Outcome.DONT_KNOW));
        asked.add(q("루프 면접이 뭐예요", Outcome.DID_YOU_MEAN, "star"));
        assertEquals(List.of(
                new Report.QuestionGroup("루프 면접이 뭐예요", 4, 3, 1, List.of("루프 면접이 뭐에요", "루프면접이 뭐예요?"), "loop"),
                new Report.QuestionGroup("연봉은 얼마예요?", 2, 0, 2, List.of("연봉은 얼마예요"), null),
                new Report.QuestionGroup("복지는 얼마예요?", 1, 0, 1, List.of(), null)),
                QuestionGrouper.group(asked));
    }

    private static UnansweredQuestion q(String text, Outcome outcome, String... guesses) {
        List<Guess> list = new ArrayList<>();
        for (String guess : guesses) {
            list.add(new Guess(guess, 0.5));
        }
        return new UnansweredQuestion(Instant.EPOCH, outcome, text, 0.5, list);
    }
}
