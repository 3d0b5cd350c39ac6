package com.awshiringbot.store;

import com.awshiringbot.answer.Outcome;
import com.awshiringbot.answer.Reply;
import com.awshiringbot.knowledge.Entry;
import com.awshiringbot.knowledge.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the question log keeps of one question: its outcome always; the answered entry for an answer; the text and
 * the best guesses only for did-you-mean and don't-know, the questions a maintainer needs to read.
 *
 * @param outcome what the core decided
 * @param language the question's language
 * @param entryId the answered entry, for {@link Outcome#ANSWER} only
 * @param score the best entry's score
 * @param question the question's text, for did-you-mean and don't-know only
 * @param guesses the entries offered, best first, for did-you-mean and don't-know only
 */
public record AskedQuestion(
        Outcome outcome, Language language, String entryId, double score, String question, List<Guess> guesses) {

    public AskedQuestion {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(language, "language");
        guesses = guesses == null ? List.of() : List.copyOf(guesses);
        if (outcome == Outcome.ANSWER && (question != null || !guesses.isEmpty())) {
            throw new IllegalArgumentException("an answered question keeps neither its text nor guesses");
        }
    }

    /** What is kept of {@code reply}: the text is dropped for answered questions. */
    public static AskedQuestion of(Reply reply) {
        Objects.requireNonNull(reply, "reply");
        if (reply.outcome() == Outcome.ANSWER) {
            String entryId = reply.entry() == null ? null : reply.entry().id();
            return new AskedQuestion(reply.outcome(), reply.language(), entryId, reply.score(), null, List.of());
        }
        // The reply scores its best entry only; the other choices are kept without a score.
        List<Guess> guesses = new ArrayList<>();
        for (Entry choice : reply.choices()) {
            guesses.add(new Guess(choice.id(), guesses.isEmpty() ? reply.score() : null));
        }
        return new AskedQuestion(reply.outcome(), reply.language(), null, reply.score(),
                reply.question() == null ? "" : reply.question(), guesses);
    }
}
