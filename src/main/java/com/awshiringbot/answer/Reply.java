package com.awshiringbot.answer;

import com.awshiringbot.knowledge.Entry;
import com.awshiringbot.knowledge.Language;
import java.util.List;
import java.util.Objects;

/**
 * The core's reply to one question.
 *
 * @param question the question as received
 * @param outcome answer, did-you-mean or don't-know
 * @param language the language of the reply (the question's language)
 * @param entry the answered entry for {@link Outcome#ANSWER}, otherwise null
 * @param text the text to show: the answer, the did-you-mean prompt, or the don't-know sentence
 * @param source the citation line of the answered entry, otherwise null
 * @param score the confidence of the best entry, comparable across questions (0 when nothing matched)
 * @param choices the entries offered for {@link Outcome#DID_YOU_MEAN} (at most three), otherwise empty
 */
public record Reply(
        String question,
        Outcome outcome,
        Language language,
        Entry entry,
        String text,
        String source,
        double score,
        List<Entry> choices) {

    public Reply {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public boolean answered() {
        return outcome == Outcome.ANSWER;
    }
}
