package com.awshiringbot.store;

import com.awshiringbot.answer.Outcome;
import java.time.Instant;
import java.util.List;

/**
 * One stored did-you-mean or don't-know question.
 *
 * @param askedAt when it was asked
 * @param outcome did-you-mean or don't-know
 * @param question its text
 * @param score the best entry's score
 * @param guesses the entries offered, best first
 */
public record UnansweredQuestion(Instant askedAt, Outcome outcome, String question, double score, List<Guess> guesses) {
    public UnansweredQuestion {
        guesses = List.copyOf(guesses);
    }
}
