package com.awshiringbot.eval;

import com.awshiringbot.knowledge.Language;
import java.util.Objects;

/**
 * One line of the labelled set: a question as a job seeker would type it and the entry that should answer it.
 *
 * @param question the question text
 * @param expectedId the id of the entry that answers it, or null when the question is out of scope
 * @param part the part of the set it belongs to ({@code tune}, {@code heldout}, or {@code set})
 * @param location where it was read, {@code knowledge/eval/tune/stages.tsv:12}
 */
public record LabelledQuestion(String question, String expectedId, String part, String location) {

    public LabelledQuestion {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(location, "location");
    }

    /** True when an entry of the knowledge should answer the question. */
    public boolean inScope() {
        return expectedId != null;
    }

    /** The question's language: Korean when it holds any Hangul, English otherwise. */
    public Language language() {
        return languageOf(question);
    }

    /** Korean when {@code text} holds any Hangul syllable or jamo, English otherwise. */
    public static Language languageOf(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HANGUL) {
                return Language.KO;
            }
        }
        return Language.EN;
    }

    /** The same labelled question with another text, for generated variants. */
    public LabelledQuestion withQuestion(String text) {
        return new LabelledQuestion(text, expectedId, part, location);
    }
}
