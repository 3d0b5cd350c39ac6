package com.awshiringbot.eval;

import com.awshiringbot.answer.Outcome;
import com.awshiringbot.answer.Reply;
import com.awshiringbot.knowledge.Entry;
import java.util.List;
import java.util.Locale;

/**
 * A labelled question the answerer got wrong: an in-scope question not answered with its entry, or an out-of-scope
 * question answered.
 *
 * @param expectedId the entry that should have answered, or null when out of scope
 * @param gotId the entry answered, or null when the outcome is not an answer
 * @param choices the ids offered for a did-you-mean, otherwise empty
 */
public record Miss(String question, String expectedId, String gotId, Outcome outcome, double score,
        List<String> choices, String location) {

    public Miss {
        choices = List.copyOf(choices);
    }

    static Miss of(LabelledQuestion labelled, Reply reply) {
        return new Miss(labelled.question(), labelled.expectedId(),
                reply.outcome() == Outcome.ANSWER && reply.entry() != null ? reply.entry().id() : null,
                reply.outcome(), reply.score(), reply.choices().stream().map(Entry::id).toList(), labelled.location());
    }

    /** What was got, in words: the answered id, the choices offered, or {@code dont_know}. */
    public String got() {
        return switch (outcome) {
            case ANSWER -> gotId;
            case DID_YOU_MEAN -> "did_you_mean " + choices;
            case DONT_KNOW -> "dont_know";
        };
    }

    /** One line: {@code file:line  "question"  expected x  got y  score 0.42}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s  \"%s\"  expected %s  got %s  score %.3f", location, question,
                expectedId == null ? "-" : expectedId, got(), score);
    }
}
