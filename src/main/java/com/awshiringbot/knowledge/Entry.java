package com.awshiringbot.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * One question-and-answer entry of the knowledge base.
 *
 * @param stage the entry's order among the hiring stages, or null when it is not a stage
 * @param related ids of entries offered as follow-ups
 * @param location where the entry was read from, for error messages ({@code knowledge/entries/x.yaml:12})
 */
public record Entry(
        String id,
        String topic,
        Integer stage,
        Questions questions,
        Bilingual answer,
        Citation citation,
        List<String> related,
        String location) {

    public Entry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(questions, "questions");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(citation, "citation");
        related = related == null ? List.of() : List.copyOf(related);
    }

    /** The canonical question in {@code language}: the entry's title on buttons and lists. */
    public String title(Language language) {
        return questions.canonical(language);
    }
}
