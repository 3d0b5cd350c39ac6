package com.awshiringbot.store;

import com.awshiringbot.answer.Outcome;
import com.awshiringbot.knowledge.Language;
import java.util.List;

/** A small known history, shared by the report tests of the store and of the {@code report} command. */
final class Seed {
    private Seed() {
    }

    /**
     * February 20 (outside a 7-day window ending March 7): one answer and one don't-know. March 1: 3 answers
     * (loop, loop, star), 1 did-you-mean, 2 don't-know; votes. March 6: 1 answer (star), 1 did-you-mean,
     * 2 don't-know; votes.
     */
    static void into(QuestionStore questions, FeedbackStore feedback, TestClock clock) {
        clock.set("2026-02-20T12:00:00Z");
        questions.record(answer("wlb"));
        questions.record(dontKnow("연봉은 얼마예요?"));
        feedback.record("u9", "lp", "", false);

        clock.set("2026-03-01T09:00:00Z");
        questions.record(answer("loop"));
        questions.record(answer("loop"));
        questions.record(answer("star"));
        questions.record(new AskedQuestion(Outcome.DID_YOU_MEAN, Language.KO, null, 0.41, "루프 면접이 뭐예요",
                List.of(new Guess("loop", 0.41), new Guess("star", null))));
        questions.record(dontKnow("연봉은 얼마예요?"));
        questions.record(dontKnow("Is there free lunch?"));
        feedback.record("u1", "loop", "a1", true);
        feedback.record("u2", "loop", "a2", false);
        feedback.record("u1", "star", "a3", false);
        feedback.record("u1", "star", "a3", true);

        clock.set("2026-03-06T23:59:59Z");
        questions.record(answer("star"));
        questions.record(new AskedQuestion(Outcome.DID_YOU_MEAN, Language.KO, null, 0.38, "루프 면접이 뭐에요",
                List.of(new Guess("loop", 0.38))));
        questions.record(dontKnow("연봉 얼마예요"));
        questions.record(dontKnow("연봉은 얼마예요?"));
        feedback.record("u3", "star", "a4", false);
        feedback.record("u4", "star", "a5", true);
    }

    private static AskedQuestion answer(String entryId) {
        return new AskedQuestion(Outcome.ANSWER, Language.KO, entryId, 0.9, null, List.of());
    }

    private static AskedQuestion dontKnow(String question) {
        return new AskedQuestion(Outcome.DONT_KNOW, Language.KO, null, 0.05, question, List.of());
    }
}
