package com.awshiringbot.store;

import java.time.LocalDate;
import java.util.List;

/**
 * The maintainer's digest over a window of days: how questions went each day, what people asked that the bot
 * could not answer (near-identical questions grouped), the entries with the most 👎, and the entries no question
 * reached. Rendered by {@link ReportText} and {@link ReportJson}.
 *
 * @param from the first day of the window (UTC)
 * @param to the last day of the window (UTC), today
 * @param days the outcome counts of each day that had questions, oldest first
 * @param unanswered the most frequent groups of did-you-mean and don't-know questions, most asked first
 * @param mostDisliked entries with at least one 👎, most 👎 first
 * @param neverHit entries of the current knowledge that no question was answered with, in knowledge order
 * @param entryCount how many entries the current knowledge has
 */
public record Report(
        LocalDate from,
        LocalDate to,
        List<DayCounts> days,
        List<QuestionGroup> unanswered,
        List<Votes> mostDisliked,
        List<String> neverHit,
        int entryCount) {

    /**
     * Near-identical unanswered questions.
     *
     * @param question the most frequent wording
     * @param count how many times the group was asked
     * @param didYouMean how many of those got did-you-mean choices
     * @param dontKnow how many got "I don't know"
     * @param variants the other wordings, most frequent first (at most a few)
     * @param topGuess the entry most often guessed first, or null when none was
     */
    public record QuestionGroup(
            String question, int count, int didYouMean, int dontKnow, List<String> variants, String topGuess) {
        public QuestionGroup {
            variants = List.copyOf(variants);
        }
    }

    public Report {
        days = List.copyOf(days);
        unanswered = List.copyOf(unanswered);
        mostDisliked = List.copyOf(mostDisliked);
        neverHit = List.copyOf(neverHit);
    }

    /** The sums over all days of the window, dated with its last day. */
    public DayCounts totals() {
        int answered = 0;
        int didYouMean = 0;
        int dontKnow = 0;
        for (DayCounts day : days) {
            answered += day.answered();
            didYouMean += day.didYouMean();
            dontKnow += day.dontKnow();
        }
        return new DayCounts(to, answered, didYouMean, dontKnow);
    }
}
