package com.awshiringbot.knowledge;

import java.util.List;

/** The questions an entry answers; the first of each list is the canonical question. */
public record Questions(List<String> ko, List<String> en) {
    public Questions {
        ko = List.copyOf(ko);
        en = List.copyOf(en);
    }

    /** The questions in {@code language}, canonical first. */
    public List<String> in(Language language) {
        return language == Language.EN ? en : ko;
    }

    /** The canonical question in {@code language}. */
    public String canonical(Language language) {
        return in(language).get(0);
    }
}
