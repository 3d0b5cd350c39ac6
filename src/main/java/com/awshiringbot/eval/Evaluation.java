package com.awshiringbot.eval;

import com.awshiringbot.answer.Answerer;
import com.awshiringbot.answer.Outcome;
import com.awshiringbot.answer.Reply;
import com.awshiringbot.knowledge.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Runs labelled questions through an {@link Answerer} and measures what it got right. */
public final class Evaluation {

    private Evaluation() {
    }

    /** The figures of every part of {@code set}, in report order. */
    public static List<PartFigures> run(Answerer answerer, LabelledSet set) {
        Objects.requireNonNull(answerer, "answerer");
        return set.parts().stream().map(part -> measure(answerer, part, set.part(part))).toList();
    }

    /** The figures of one part. */
    public static PartFigures measure(Answerer answerer, String part, List<LabelledQuestion> questions) {
        Count ko = new Count(0, 0);
        Count en = new Count(0, 0);
        Count refusals = new Count(0, 0);
        Count wrongConfident = new Count(0, 0);
        int refusalsAsDidYouMean = 0;
        int didYouMeanOffered = 0;
        List<Miss> misses = new ArrayList<>();
        for (LabelledQuestion q : questions) {
            Reply reply = answerer.answer(q.question());
            boolean answered = reply.outcome() == Outcome.ANSWER;
            boolean right = isRight(q, reply);
            if (q.inScope()) {
                if (q.language() == Language.KO) {
                    ko = ko.plus(right);
                } else {
                    en = en.plus(right);
                }
                if (reply.outcome() == Outcome.DID_YOU_MEAN
                        && reply.choices().stream().anyMatch(e -> e.id().equals(q.expectedId()))) {
                    didYouMeanOffered++;
                }
            } else {
                refusals = refusals.plus(!answered);
                if (reply.outcome() == Outcome.DID_YOU_MEAN) {
                    refusalsAsDidYouMean++;
                }
            }
            wrongConfident = wrongConfident.plus(answered && !right);
            if (!right) {
                misses.add(Miss.of(q, reply));
            }
        }
        return new PartFigures(part, ko, en, refusals, refusalsAsDidYouMean, wrongConfident, didYouMeanOffered, misses);
    }

    /**
     * Whether a reply handles a labelled question right: an in-scope question answered with its entry, or an
     * out-of-scope question not answered.
     */
    public static boolean isRight(LabelledQuestion question, Reply reply) {
        boolean answered = reply.outcome() == Outcome.ANSWER;
        if (!question.inScope()) {
            return !answered;
        }
        return answered && reply.entry() != null && reply.entry().id().equals(question.expectedId());
    }
}
